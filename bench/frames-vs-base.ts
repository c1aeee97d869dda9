// Per-article time of two built trees of claimgraph, run as a user runs them: the compiled CLI, one fresh
// process a run, base and head taking turns.
//
//   vite-node bench/frames-vs-base.ts <base tree> <head tree> [corpus…] [--pairs N] [--concurrency 1,default] [--stages <corpus.jsonl>]
//
// Each tree must be built (`npm ci && npm run build` in it). A corpus is whatever `claimgraph run` reads: a folder,
// a file, a JSONL corpus (`vite-node bench/make-corpus.ts 1 <file>`). For every corpus and every concurrency
// ("default" passes no --concurrency, so the CLI uses all cores), one discarded warm-up run of each tree, then
// N pairs; the order within a pair alternates (base first, then head first) so a slow minute of the host falls
// on both sides. Every run writes into a fresh output folder, removed afterwards. It prints the medians per article
// (wall time of the whole process, its CPU time over all threads, and the wall time of the `process` phase that
// the phase meter reports) and the head/base ratios: the ratio of the medians and the median of the pairs' ratios.
//
// --stages <corpus.jsonl> adds the per-article work inside one process, for the same N pairs: each tree's
// bench/workers/tree-stages.mjs in a fresh process (base and head in turn), giving the CPU of a thread's start-up
// (the pipeline's modules, models, gazetteers and lexicons, paid by the main thread and again by every worker),
// of the first pass over the corpus, and of the later passes stage by stage.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './measure.js';

interface Phase { seconds: number; cpuSeconds: number; cpuByThread?: { main: number; ended: number; running: number } }
interface Run { wall: number; cpu: number | null; processPhase: number | null; phases: Record<string, Phase>; articles: number; claims: number }

const argv = process.argv.slice(2);
const flag = (name: string) => {
  const i = argv.indexOf(name);
  if (i < 0) return undefined;
  const value = argv[i + 1];
  argv.splice(i, 2);
  return value;
};
const pairs = Number(flag('--pairs') ?? 5);
const concurrencies = (flag('--concurrency') ?? '1,default').split(',');
const stagesCorpus = flag('--stages');
const [baseTree, headTree, ...corpora] = argv.map((a) => resolve(a));
if (!baseTree || !headTree || (corpora.length === 0 && stagesCorpus === undefined) || !(pairs >= 1)) {
  process.stderr.write('usage: vite-node bench/frames-vs-base.ts <base tree> <head tree> [corpus…] [--pairs N] [--concurrency 1,default] [--stages <corpus.jsonl>]\n');
  process.exit(2);
}
const trees = { base: baseTree, head: headTree } as const;
for (const tree of Object.values(trees)) {
  if (!existsSync(join(tree, 'dist/cli/index.js'))) throw new Error(`${tree}/dist/cli/index.js is missing: run npm ci && npm run build there`);
}

/** CPU seconds (user + system) of this process's children that have been waited for: /proc/self/stat's cutime + cstime. */
const TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;
function childrenCpu(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields from the third (state) on: cutime is the 16th field, cstime the 17th
    return (Number(fields[13]) + Number(fields[14])) / TICKS;
  } catch {
    return null;
  }
}

const countLines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((l) => l.length > 0).length : 0);

function runCli(tree: string, corpus: string, concurrency: string): Run {
  const out = mkdtempSync(join(tmpdir(), 'cg-frames-vs-base-'));
  const args = [join(tree, 'dist/cli/index.js'), 'run', corpus, '--out', out, '--quiet'];
  if (concurrency !== 'default') args.push('--concurrency', concurrency);
  const cpu0 = childrenCpu();
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, CLAIMGRAPH_REPORT_RSS: '1' }, maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  const cpu1 = childrenCpu();
  try {
    if (r.status !== 0) throw new Error(`${tree}: claimgraph run failed (${r.status}): ${r.stderr}`);
    const json = /phases-json: (.*)$/m.exec(r.stderr);
    const phases = json ? (JSON.parse(json[1]!) as Record<string, Phase>) : {};
    return {
      wall,
      cpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0,
      processPhase: phases.process?.seconds ?? null,
      phases,
      articles: countLines(join(out, 'articles.jsonl')),
      claims: countLines(join(out, 'claims.jsonl')),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const ms = (seconds: number, articles: number) => (seconds / articles) * 1000;
const fmt = (n: number | null, digits = 1) => (n === null || Number.isNaN(n) ? '—' : n.toFixed(digits));
const medianOf = (values: Array<number | null>) => {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? median(known) : null;
};

const rows: string[] = [];
const log = (line: string) => process.stderr.write(`${line}\n`);
const configs = corpora.flatMap((corpus) => concurrencies.map((concurrency) => ({ corpus, concurrency })));
const results = new Map<string, { base: Run[]; head: Run[] }>();
for (const c of configs) {
  // warm-up of each tree: the file cache, and the first run's one-off costs; discarded
  const warm = { base: runCli(trees.base, c.corpus, c.concurrency), head: runCli(trees.head, c.corpus, c.concurrency) };
  if (warm.base.articles !== warm.head.articles) log(`note: ${c.corpus}: base read ${warm.base.articles} articles, head ${warm.head.articles}`);
  results.set(`${c.corpus}\0${c.concurrency}`, { base: [], head: [] });
}
// pairs round-robin over the configurations, so every configuration's pairs spread over the whole measurement
for (let i = 0; i < pairs; i++) {
  for (const c of configs) {
    const r = results.get(`${c.corpus}\0${c.concurrency}`)!;
    const order = i % 2 === 0 ? (['base', 'head'] as const) : (['head', 'base'] as const);
    for (const side of order) {
      const run = runCli(trees[side], c.corpus, c.concurrency);
      r[side].push(run);
      log(`pair ${i + 1}/${pairs} ${c.corpus} concurrency ${c.concurrency} ${side}: ${run.wall.toFixed(2)} s wall, ${fmt(run.cpu, 2)} s CPU, process ${fmt(run.processPhase, 2)} s, ${run.articles} articles`);
    }
  }
}

const header = `${pairs} pairs a row, base ${trees.base}, head ${trees.head}; medians; head/base is the ratio of the medians (in brackets: the median of the pairs' ratios)`;
if (configs.length > 0) {
  rows.push(`| corpus | workers | articles | claims base / head | wall ms/article base | head | head/base | CPU ms/article base | head | head/base | process phase ms/article base | head | head/base |`);
  rows.push(`|---|---|---|---|---|---|---|---|---|---|---|---|---|`);
  for (const c of configs) {
    const r = results.get(`${c.corpus}\0${c.concurrency}`)!;
    const articles = r.base[0]!.articles;
    const per = (runs: Run[], pick: (run: Run) => number | null) => medianOf(runs.map((run) => { const v = pick(run); return v === null ? null : ms(v, run.articles); }));
    // the median of the pairs' own ratios beside the ratio of the medians: the two agree when the host was steady
    const pairRatio = (pick: (run: Run) => number | null) =>
      medianOf(r.base.map((b, i) => { const h = r.head[i]!; const bv = pick(b); const hv = pick(h); return bv === null || hv === null ? null : (hv / h.articles) / (bv / b.articles); }));
    const cell = (pick: (run: Run) => number | null) => {
      const b = per(r.base, pick);
      const h = per(r.head, pick);
      const ratio = b === null || h === null ? null : h / b;
      return `${fmt(b)} | ${fmt(h)} | ${fmt(ratio, 2)} (pairs ${fmt(pairRatio(pick), 2)})`;
    };
    rows.push(`| ${c.corpus} | ${c.concurrency} | ${articles} | ${r.base[0]!.claims} / ${r.head[0]!.claims} | ${cell((x) => x.wall)} | ${cell((x) => x.cpu)} | ${cell((x) => x.processPhase)} |`);
  }
  process.stdout.write(`The CLI, whole process: ${header}\n\n${rows.join('\n')}\n`);

  // where the CPU goes, by the phase meter (src/cli/phases.ts): the process phase split by thread (the main
  // thread, the pool's workers, V8's and libuv's helper threads), then the finish and write phases
  const parts: Array<[string, (run: Run) => number | null]> = [
    ['process: main thread', (run) => run.phases.process?.cpuByThread?.main ?? null],
    ['process: workers', (run) => run.phases.process?.cpuByThread?.ended ?? null],
    ['process: helper threads', (run) => run.phases.process?.cpuByThread?.running ?? null],
    ['finish', (run) => run.phases.finish?.cpuSeconds ?? null],
    ['write', (run) => run.phases.write?.cpuSeconds ?? null],
  ];
  const split = [`| corpus | workers | ${parts.map(([name]) => `${name} base | head | head/base`).join(' | ')} |`, `|---|---|${parts.map(() => '---|---|---|').join('')}`];
  for (const c of configs) {
    const r = results.get(`${c.corpus}\0${c.concurrency}`)!;
    const cells = parts.map(([, pick]) => {
      const per = (runs: Run[]) => medianOf(runs.map((run) => { const v = pick(run); return v === null ? null : ms(v, run.articles); }));
      const b = per(r.base);
      const h = per(r.head);
      return `${fmt(b, 2)} | ${fmt(h, 2)} | ${b === null || h === null || b === 0 ? '—' : fmt(h / b, 2)}`;
    });
    split.push(`| ${c.corpus} | ${c.concurrency} | ${cells.join(' | ')} |`);
  }
  process.stdout.write(`\nCPU ms per article by phase and thread (medians):\n\n${split.join('\n')}\n`);
}

if (stagesCorpus !== undefined) {
  // the per-article work in one process: each tree's own dist/, through the same plain-JS worker
  interface StageRun { startUpMs: number; firstPassMsPerArticle: number; msPerArticle: number; stages: Record<string, number>; articles: number }
  const worker = fileURLToPath(new URL('./workers/tree-stages.mjs', import.meta.url));
  const runStages = (tree: string): StageRun => {
    const r = spawnSync(process.execPath, [worker, tree, resolve(stagesCorpus), '5'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`${tree}: tree-stages failed (${r.status}): ${r.stderr}`);
    return JSON.parse(r.stdout) as StageRun;
  };
  const runs = { base: [] as StageRun[], head: [] as StageRun[] };
  for (let i = 0; i < pairs; i++) {
    for (const side of i % 2 === 0 ? (['base', 'head'] as const) : (['head', 'base'] as const)) {
      const run = runStages(trees[side]);
      runs[side].push(run);
      log(`stages pair ${i + 1}/${pairs} ${side}: start-up ${run.startUpMs.toFixed(0)} ms, ${run.msPerArticle.toFixed(2)} ms/article`);
    }
  }
  const names = [...new Set([...runs.base, ...runs.head].flatMap((r) => Object.keys(r.stages)))];
  const figures: Array<[string, (r: StageRun) => number | undefined]> = [
    ['start-up of one thread (ms CPU)', (r) => r.startUpMs],
    ['first pass (ms CPU/article)', (r) => r.firstPassMsPerArticle],
    ['later passes (ms CPU/article)', (r) => r.msPerArticle],
    ...names.map((name): [string, (r: StageRun) => number | undefined] => [`  stage ${name} (ms CPU/article)`, (r) => r.stages[name]]),
  ];
  const lines = ['| figure | base | head | head/base |', '|---|---|---|---|'];
  for (const [label, pick] of figures) {
    const b = medianOf(runs.base.map((r) => pick(r) ?? null));
    const h = medianOf(runs.head.map((r) => pick(r) ?? null));
    lines.push(`| ${label} | ${fmt(b, 2)} | ${fmt(h, 2)} | ${b === null || h === null ? '—' : fmt(h / b, 2)} |`);
  }
  process.stdout.write(`\nIn one process, ${stagesCorpus} (${runs.base[0]!.articles} articles), 5 passes after a first; ${pairs} pairs, base ${trees.base}, head ${trees.head}; medians, head/base their ratio\n\n${lines.join('\n')}\n`);
}
