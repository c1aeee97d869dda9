// npm run bench:store — what adding articles to a desk store costs, as whole processes: a store filled with
// BENCH_STORE_BASE articles (default 5,000, varied copies of the seed articles), then BENCH_STORE_ADD more
// (default 1,000) added with `run --store`, against a fresh run of the same added articles alone — once articles
// on the store's subject (their claims meet the store's in every block: the worst case), once articles on other
// subjects (varied copies of the development set's .txt and .md articles). Also the store's size and claims, the
// runs' peak RSS and `export`'s time. Results to bench/store-results.json, one entry a base size.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { syntheticArticles } from './corpus.js';
import { mb, round } from './measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli/index.js');
const DIR = join(ROOT, 'bench/corpus/store');
const base = Number(process.env.BENCH_STORE_BASE ?? '5000');
const add = Number(process.env.BENCH_STORE_ADD ?? '1000');

function timed(args: string[]): { seconds: number; rssMb: number | null } {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, CLAIMGRAPH_REPORT_RSS: '1' } });
  if (r.status !== 0) throw new Error(`claimgraph ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const rss = /peak RSS (\d+) MB/.exec(r.stderr);
  return { seconds: Number(process.hrtime.bigint() - t) / 1e9, rssMb: rss ? Number(rss[1]) : null };
}

rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
// ~5 KB an article: enough bytes for base + add articles, cut into the two sets
const articles = syntheticArticles((base + add) * 5300);
if (articles.length < base + add) throw new Error(`made only ${articles.length} articles`);
const write = (name: string, list: typeof articles) => {
  const path = join(DIR, name);
  writeFileSync(path, list.map((a) => JSON.stringify(a)).join('\n') + '\n');
  return path;
};
const baseFile = write('base.jsonl', articles.slice(0, base));
const addFile = write('add.jsonl', articles.slice(base, base + add));
const realworld = join(ROOT, 'fixtures/realworld');
const others = readdirSync(realworld, { withFileTypes: true }).filter((d) => d.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1))
  .flatMap((d) => readdirSync(join(realworld, d.name)).filter((f) => /\.(?:txt|md)$/.test(f)).sort().map((f) => readFileSync(join(realworld, d.name, f), 'utf8')));
const otherFile = write('other.jsonl', syntheticArticles(add * 5300, 2, others).slice(0, add).map((a) => ({ ...a, id: `other-${a.id}` })));
const store = join(DIR, 'desk.sqlite');

const fill = timed(['run', baseFile, '--store', store, '--out', join(DIR, 'o-base'), '--quiet']);
const fresh = timed(['run', addFile, '--out', join(DIR, 'o-fresh'), '--quiet']);
const added = timed(['run', addFile, '--store', store, '--out', join(DIR, 'o-added'), '--quiet']);
const freshOther = timed(['run', otherFile, '--out', join(DIR, 'o-fresh-other'), '--quiet']);
const addedOther = timed(['run', otherFile, '--store', store, '--out', join(DIR, 'o-added-other'), '--quiet']);
const exported = timed(['export', '--store', store, '--out', join(DIR, 'o-export'), '--quiet']);
const db = new Database(store, { readonly: true });
let claims = 0;
for (const row of db.prepare('SELECT claims FROM articles').iterate() as Iterable<{ claims: string }>) claims += row.claims.split('\n').length - 1;
db.close();

const results = {
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '?', memoryGb: round(totalmem() / 2 ** 30, 1), node: process.version },
  store: { articles: base + 2 * add, claims, mb: round(mb(statSync(store).size), 1) },
  fillSeconds: round(fill.seconds, 1),
  sameSubject: {
    freshSeconds: round(fresh.seconds, 1), addToStoreSeconds: round(added.seconds, 1),
    freshPeakRssMb: fresh.rssMb, addToStorePeakRssMb: added.rssMb, addRatio: round(added.seconds / fresh.seconds, 2),
  },
  otherSubjects: {
    freshSeconds: round(freshOther.seconds, 1), addToStoreSeconds: round(addedOther.seconds, 1),
    freshPeakRssMb: freshOther.rssMb, addToStorePeakRssMb: addedOther.rssMb, addRatio: round(addedOther.seconds / freshOther.seconds, 2),
  },
  exportSeconds: round(exported.seconds, 1),
};
// one entry a base size, so runs at several sizes show how the cost grows with the store
const path = join(ROOT, 'bench/store-results.json');
let all: Record<string, unknown> = {};
try {
  all = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
} catch {
  all = {};
}
all[`base ${base}`] = results;
writeFileSync(path, JSON.stringify(all, null, 2) + '\n');
console.log(results);
