import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Claim, Period } from '../src/contracts/index.js';
import { contentId } from '../src/core/ids.js';
import { reconcile, type Meter } from '../src/stages/05-reconcile/index.js';
import { claim, span, year } from '../tests/stages/05-reconcile/make.js';
import { round } from './measure.js';

const VITE_NODE = fileURLToPath(new URL('../node_modules/vite-node/vite-node.mjs', import.meta.url));

const METRICS = ['drug-overdose-deaths', 'opioid-overdose-deaths', 'fentanyl-involved-deaths', 'extraditions', 'arrests', null];
const PLACES = ['country:us', 'country:mx', 'place:arizona', null];
const HEDGES = ['exact', 'over', 'nearly', 'about', 'up_to'] as const;
/** Measures outside the lexicon, as the readers give them: heads of many subjects, some with qualifiers. */
const HEADS = ['death', 'case', 'acre', 'job', 'vote', 'seat', 'customer', 'home', 'student', 'arrest', 'encounter', 'deficit', 'budget', 'price', 'sale', 'structure', 'injury', 'evacuation', 'visit', 'tariff'];
const QUALIFIERS = ['', 'traffic', 'pedestrian', 'measles', 'burn', 'lose power', 'destroy', 'federal', 'school', 'county'];
const STATISTICS = ['count', 'count', 'count', 'amount', 'rate', 'share', 'change', 'level'] as const;
const VINTAGES = [null, null, null, null, 'preliminary', 'final', 'estimate', 'revised'] as const;

/**
 * Synthetic claims shaped like a news archive: many metrics, places and periods, some wire copies. Claim and
 * article ids are content ids, as the pipeline makes them (16 hex digits): ids numbered in order (`c1`, `c2`…)
 * sort in a fraction of the time and keep a batch's claims in id order where they lie in memory, which hid
 * half of what a million real claims cost (31.9 s, not 13.1 s, before reconciliation stopped comparing ids).
 */
function synthetic(n: number): Claim[] {
  let seed = 7;
  const rand = (k: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * k);
  };
  const periods = Math.max(4, Math.floor(n / 25));
  return Array.from({ length: n }, (_, i) => {
    const p = rand(periods);
    const period: Period | null = p % 7 === 0 ? null : p % 5 === 0 ? span(`${1900 + (p % 100)}-01-01`, `${1904 + (p % 100)}-12-31`, 'five years') : year(1900 + (p % 120));
    const metric = METRICS[rand(METRICS.length)] ?? null;
    const made = claim({
      id: contentId('claim', i), article: contentId('article', Math.floor(i / 8)), start: (i % 8) * 100,
      // some exact figures distinctive enough to be joined by value alone across articles (corroborate.ts)
      value: rand(6) === 0 ? 10_000 + rand(90_000) : 1000 * (1 + rand(50)), hedge: HEDGES[rand(HEDGES.length)]!,
      metric, place: PLACES[rand(PLACES.length)] ?? null, period,
      attribution: rand(4) === 0 ? 'agency:cdc' : null,
      quote: rand(10) === 0 ? `A wire sentence that several outlets copied word for word ${p}` : undefined,
    });
    // most claims have no lexicon metric but a measure read from their words, a statistic, sometimes a vintage,
    // and a place or period that comes from the headline
    const head = HEADS[rand(HEADS.length)]!;
    const qualifier = QUALIFIERS[rand(QUALIFIERS.length)]!;
    const key = qualifier === '' ? head : [head, ...qualifier.split(' ')].sort().join(' ');
    const vintage = VINTAGES[rand(VINTAGES.length)]!;
    const soft = rand(5) === 0;
    return {
      ...made,
      measure: metric !== null && rand(2) === 0 ? null : { key, head, text: `${qualifier} ${head}s`.trim(), start: made.start, end: made.end, via: rand(4) === 0 ? 'headline' as const : 'clause' as const, rule: 'noun-after' },
      statistic: STATISTICS[rand(STATISTICS.length)]!,
      vintage, vintageText: vintage,
      placeFrom: made.place === null ? null : { text: made.place, start: null, end: null, via: soft ? 'headline' as const : 'clause' as const },
    };
  });
}

/** One size, measured in this process: a warm-up on 10,000 claims, then the median of `reps` runs. */
export function measureReconcile(n: number, reps: number) {
  reconcile({ claims: synthetic(10_000), entities: [], articles: [] });
  const claims = synthetic(n);
  const runs: Array<{ seconds: number; comparisons: number; heapMb: number; facts: number; discrepancies: number }> = [];
  for (let r = 0; r < reps; r++) {
    (globalThis as { gc?: () => void }).gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const meter: Meter = { comparisons: 0 };
    const t = process.hrtime.bigint();
    const out = reconcile({ claims, entities: [], articles: [] }, { meter });
    const seconds = Number(process.hrtime.bigint() - t) / 1e9;
    runs.push({ seconds, comparisons: meter.comparisons, heapMb: (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20, facts: out.facts.facts.length, discrepancies: out.discrepancies.length });
  }
  runs.sort((a, b) => a.seconds - b.seconds);
  return runs[Math.floor(runs.length / 2)]!;
}

/**
 * Time, heap growth and comparisons of reconcile() over n synthetic claims, for each n, with growth ratios. Each
 * size runs in a fresh process (warmed up, median of 3), so the largest is not charged for the garbage and heap
 * the smaller ones left, nor the smallest for compiling the code.
 */
export async function benchReconcile(sizes: number[]) {
  const rows: Array<{ claims: number; seconds: number; microsPerClaim: number; comparisons: number; heapMb: number; growthTime?: number; growthComparisons?: number }> = [];
  let previous: ReturnType<typeof measureReconcile> | undefined;
  for (const n of sizes) {
    const child = spawnSync(process.execPath, ['--expose-gc', VITE_NODE, fileURLToPath(new URL('./reconcile-one.ts', import.meta.url)), String(n)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`reconcile benchmark for ${n} claims failed: ${child.stderr}`);
    const m = JSON.parse(child.stdout) as ReturnType<typeof measureReconcile>;
    // time a claim: flat when reconciliation is linear; comparisons a claim show whether the blocking keys held
    rows.push({
      claims: n, seconds: round(m.seconds, 2), microsPerClaim: round((m.seconds / n) * 1e6, 2), comparisons: m.comparisons, heapMb: round(m.heapMb, 0),
      ...(previous ? { growthTime: round(m.seconds / previous.seconds, 2), growthComparisons: round(m.comparisons / previous.comparisons, 2) } : {}),
    });
    previous = m;
    process.stderr.write(`bench: reconcile ${n} claims → ${m.facts} facts, ${m.discrepancies} discrepancies, ${round(m.seconds, 2)} s\n`);
  }
  return rows;
}
