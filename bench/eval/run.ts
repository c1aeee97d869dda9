// npm run eval — claimgraph over the seed articles and the development set (fixtures/realworld/), run as a user
// runs it (the built CLI, one batch), scored against the hand-written gold: claim precision and recall, each frame
// field over the matched claims, and across articles same-fact pairs, disagreements and look-alike pairs kept apart.
// Prints the tables and writes bench/eval/results.json.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Entity, Fact } from '../../src/contracts/index.js';
import { clusterDirs } from './clusters.js';
import { loadCluster, type PlacedClaim } from './gold.js';
import { ingestOnly, readArticle } from './read-text.js';
import {
  addCross, addTally, emptyCross, emptyTally, FIELDS, judge, matchClaims, readFindings, scoreCluster,
  type CrossTally, type Field, type Names, type OutClaim, type Tally,
} from './score.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist/cli/index.js');
const SEEDS = join(ROOT, 'fixtures/articles');
const EXPECTED = join(ROOT, 'fixtures/expected');

const lines = <T>(path: string): T[] => readFileSync(path, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as T);

// --- run claimgraph as a user would, over everything at once -------------------------------------------------
const clusters = clusterDirs(process.argv.slice(2).filter((a, i, all) => !a.startsWith('-') && all[i - 1] !== '--keep'));
const keep = process.argv.indexOf('--keep');
const out = keep !== -1 && process.argv[keep + 1] ? process.argv[keep + 1]! : mkdtempSync(join(tmpdir(), 'claimgraph-eval-'));
if (keep !== -1) rmSync(out, { recursive: true, force: true });
const run = spawnSync(process.execPath, [CLI, 'run', SEEDS, ...clusters.map((c) => join(ROOT, c)), '--out', out, '--quiet'], { encoding: 'utf8', maxBuffer: 1 << 26 });
if (run.status !== 0) {
  process.stderr.write(`claimgraph run failed (${run.status}):\n${run.stderr}`);
  process.exit(1);
}
const articles = lines<Article>(join(out, 'articles.jsonl'));
const claims = lines<OutClaim>(join(out, 'claims.jsonl'));
const entities = new Map(lines<Entity>(join(out, 'entities.jsonl')).map((e) => [e.id, e]));
const facts = (JSON.parse(readFileSync(join(out, 'facts.json'), 'utf8')) as { facts: Fact[]; possible?: Array<{ claims: string[] }> });
const discrepancies = JSON.parse(readFileSync(join(out, 'discrepancies.json'), 'utf8')) as Array<{ kind: string; claims: string[] }>;
const findings = readFindings(facts.facts, discrepancies, facts.possible ?? []);
const names: Names = (id) => {
  if (id === null) return [];
  const e = entities.get(id);
  return e ? [e.name, ...e.aliases] : [id];
};
const byPath = new Map(articles.map((a) => [resolve(a.path), a]));
const claimsOf = new Map<string, OutClaim[]>();
for (const c of claims) claimsOf.set(c.article, [...(claimsOf.get(c.article) ?? []), c]);

// --- claims and frames, article by article ---------------------------------------------------------------------
function tallyArticle(gold: readonly PlacedClaim[], found: readonly OutClaim[], judgeOne: (g: PlacedClaim, c: OutClaim) => Partial<Record<Field, boolean>>, misses: string[]): Tally {
  const t = emptyTally();
  t.found = found.length;
  t.expected = gold.length;
  const matched = matchClaims(gold, found);
  t.matched = matched.size;
  for (const [g, c] of matched) {
    const verdicts = judgeOne(g, c);
    for (const f of FIELDS) if (verdicts[f]) t.right[f]++;
    if (g.measure !== null) {
      t.measured++;
      if (c.measure) t.measurePresent++;
    }
    for (const f of FIELDS) if (verdicts[f] === false) misses.push(`${g.file} ${g.id} "${g.valueText}" ${f}${detail(f, g, c)}`);
  }
  for (const g of gold) if (!matched.has(g)) misses.push(`${g.file} ${g.id} "${g.valueText}" not found`);
  const used = new Set(matched.values());
  for (const c of found) if (!used.has(c)) misses.push(`${gold[0]?.file ?? '?'} extra "${c.valueText}" « ${c.quote.slice(0, 90)} »`);
  return t;
}

/** With --detail: what the gold says and what was found, for a field that missed. */
function detail(f: Field, g: PlacedClaim, c: OutClaim): string {
  if (!process.argv.includes('--detail')) return '';
  const show = (x: unknown) => JSON.stringify(x);
  const found: Record<Field, unknown> = {
    value: [c.value, c.low, c.high], unit: c.unit, hedge: c.hedge, direction: c.direction,
    measure: c.measure ? `${c.measure.head} | ${c.measure.key} | ${c.measure.text}` : null, mhead: c.measure?.head ?? null, statistic: c.statistic ?? null, vintage: c.vintage ?? null,
    place: c.place, scope: c.scope ?? null, period: c.period ? [c.period.start, c.period.end, c.period.text] : null,
    attribution: c.attribution ? [c.attribution.entity, c.attribution.text] : null,
  };
  const wanted: Record<Field, unknown> = {
    value: [g.value, g.low, g.high], unit: g.unit, hedge: g.hedge, direction: g.direction, measure: g.measure, mhead: g.measure, statistic: g.statistic,
    vintage: g.vintage, place: g.place, scope: g.scope, period: g.period ? [g.period.start, g.period.end] : null, attribution: g.attribution,
  };
  return `  gold ${show(wanted[f])}  found ${show(found[f])}  « ${g.anchor} »`;
}

// the seeds' gold predates the frame fields: it is scored on the fields it has
interface SeedClaim { valueText: string; valueStart: number; valueEnd: number; value: number | null; low: number | null; high: number | null; hedge: string; unit: string; place: string | null; period: { start: string | null; end: string | null } | null; attribution: { text: string } | null }
const seedTally = emptyTally();
const seedMisses: string[] = [];
const seedFields: Field[] = ['value', 'unit', 'hedge', 'place', 'period', 'attribution'];
for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
  const spec = JSON.parse(readFileSync(join(EXPECTED, file.replace(/\.txt$/, '.claims.json')), 'utf8')) as { claims: SeedClaim[] };
  const article = byPath.get(join(SEEDS, file));
  const found = article ? claimsOf.get(article.id) ?? [] : [];
  const gold = spec.claims.map((c, i) => ({ ...c, id: `s${i + 1}`, file, anchor: c.valueText, measure: null, statistic: 'count', scope: null, vintage: null, direction: null, attribution: c.attribution?.text ?? null } as unknown as PlacedClaim & { attribution: string | null }));
  addTally(seedTally, tallyArticle(gold, found, (g, c) => {
    const s = spec.claims[Number(g.id.slice(1)) - 1]!;
    return {
      value: c.value === s.value && c.low === s.low && c.high === s.high,
      unit: c.unit === s.unit,
      hedge: c.hedge === s.hedge,
      place: c.place === s.place,
      period: (c.period?.start ?? null) === (s.period?.start ?? null) && (c.period?.end ?? null) === (s.period?.end ?? null),
      attribution: (c.attribution?.text ?? null) === (s.attribution?.text ?? null),
    };
  }, seedMisses));
}

const ingest = await ingestOnly();
const realTally = emptyTally();
const cross = emptyCross();
const perCluster: Array<{ cluster: string; tally: Tally; cross: CrossTally }> = [];
const misses: string[] = [];
const published = { right: 0, of: 0, wrong: [] as string[] };
for (const dir of clusters) {
  const loaded = loadCluster(dir, (file) => readArticle(ingest, dir, file).text);
  if (loaded.problems.length) {
    process.stderr.write(`${dir}: the gold has problems; run bench/eval/check.ts\n`);
    process.exit(1);
  }
  const tally = emptyTally();
  const toOut = new Map<string, OutClaim>();
  for (const [file, spec] of Object.entries(loaded.gold.articles)) {
    const article = byPath.get(resolve(ROOT, dir, file));
    published.of++;
    if ((article?.published ?? null) === spec.published) published.right++;
    else published.wrong.push(`${dir}/${file}: ${article?.published ?? 'none'} (gold ${spec.published})`);
    const gold = loaded.claims.filter((c) => c.file === file);
    const found = article ? claimsOf.get(article.id) ?? [] : [];
    addTally(tally, tallyArticle(gold, found, (g, c) => judge(g, c, names), misses));
    for (const [g, c] of matchClaims(gold, found)) toOut.set(g.id, c);
  }
  const goldById = new Map(loaded.claims.map((c) => [c.id, c]));
  const c = scoreCluster(loaded.gold.groups, loaded.gold.apart, goldById, toOut, findings);
  addTally(realTally, tally);
  addCross(cross, c);
  perCluster.push({ cluster: dir.split('/').pop()!, tally, cross: c });
}

// --- print ----------------------------------------------------------------------------------------------------
const r3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);
const prf = (t: Tally) => {
  const p = ratio(t.matched, t.found);
  const r = ratio(t.matched, t.expected);
  return { precision: p, recall: r, f1: (2 * p * r) / (p + r) };
};
const fieldRates = (t: Tally, only: readonly Field[] = FIELDS) => Object.fromEntries(FIELDS.map((f) => [f, only.includes(f) ? ratio(t.right[f], t.matched) : NaN])) as Record<Field, number>;
const pad = (s: string, n: number) => s.padEnd(n);
const row = (name: string, t: Tally, only?: readonly Field[]) => {
  const { precision, recall, f1 } = prf(t);
  const rates = fieldRates(t, only);
  return `${pad(name, 30)} ${String(t.found).padStart(5)} ${String(t.expected).padStart(5)} ${String(t.matched).padStart(5)}  ${r3(precision)} ${r3(recall)} ${r3(f1)}  ${FIELDS.map((f) => r3(rates[f]).padStart(5)).join(' ')}  ${r3(ratio(t.measurePresent, t.measured))}`;
};
console.log(`${pad('claims', 30)} found  gold match  P     R     F1     ${FIELDS.map((f) => f.slice(0, 5).padStart(5)).join(' ')}  meas%`);
console.log(row('seeds', seedTally, seedFields));
console.log(row('realworld', realTally));
for (const { cluster, tally } of perCluster) console.log(row(`  ${cluster}`, tally));
console.log(`publication dates read: ${published.right}/${published.of}`);

const crossRow = (name: string, t: CrossTally) =>
  `${pad(name, 30)} same-fact R ${r3(ratio(t.sameFound, t.samePairs))} (${t.sameFound}/${t.samePairs}) P ${r3(ratio(t.predictedRight, t.predictedPairs))} (${t.predictedRight}/${t.predictedPairs})  ` +
  `disagree R ${r3(ratio(t.disagreeFound, t.disagreePairs))} (${t.disagreeFound}/${t.disagreePairs}) P ${r3(ratio(t.flaggedRight, t.flaggedPairs))} (${t.flaggedRight}/${t.flaggedPairs})  ` +
  `apart violated ${t.apartViolations}/${t.apartPairs}  possible ${t.possible}`;
console.log('');
console.log(crossRow('realworld', cross));
for (const { cluster, cross: c } of perCluster) console.log(crossRow(`  ${cluster}`, c));

if (process.argv.includes('--misses')) {
  console.log('\nmisses:');
  for (const m of [...seedMisses, ...misses]) console.log(`  ${m}`);
  for (const w of published.wrong) console.log(`  published ${w}`);
  for (const v of cross.violations) console.log(`  apart violated: ${v}`);
}

const summary = (t: Tally, only?: readonly Field[]) => ({ ...prf(t), found: t.found, expected: t.expected, matched: t.matched, fields: fieldRates(t, only), measurePresent: ratio(t.measurePresent, t.measured) });
const crossSummary = (t: CrossTally) => ({
  sameFactRecall: ratio(t.sameFound, t.samePairs), sameFactPrecision: ratio(t.predictedRight, t.predictedPairs),
  discrepancyRecall: ratio(t.disagreeFound, t.disagreePairs), discrepancyPrecision: ratio(t.flaggedRight, t.flaggedPairs),
  apartViolations: t.apartViolations, apartPairs: t.apartPairs, possible: t.possible,
  counts: { samePairs: t.samePairs, sameFound: t.sameFound, disagreePairs: t.disagreePairs, disagreeFound: t.disagreeFound, flaggedPairs: t.flaggedPairs, predictedPairs: t.predictedPairs },
});
if (!process.argv.includes('--no-write')) {
  writeFileSync(join(ROOT, 'bench/eval/results.json'), JSON.stringify({
    seeds: summary(seedTally, seedFields),
    realworld: { ...summary(realTally), cross: crossSummary(cross), publishedRead: ratio(published.right, published.of) },
    clusters: Object.fromEntries(perCluster.map(({ cluster, tally, cross: c }) => [cluster, { ...summary(tally), cross: crossSummary(c) }])),
  }, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 1000) / 1000 : v), 2) + '\n');
}
