// node bench/workers/tree-stages.mjs <built tree> <corpus.jsonl> <passes>
// One built tree's per-article work in this process, as a worker runs it (batches of BATCH articles, each stage
// across the batch), from that tree's dist/: the CPU of its start-up (importing the pipeline's modules and
// loadPipeline: models, gazetteers, lexicons), of a first pass over the corpus, and the median of `passes` later
// passes, stage by stage. Prints one JSON line. Plain JavaScript, so it runs against any tree's dist/
// (bench/frames-vs-base.ts --stages runs it for two trees in turn).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [treeArg, corpusArg, passesArg = '5'] = process.argv.slice(2);
const tree = resolve(treeArg);
const corpus = resolve(corpusArg);
const passes = Number(passesArg);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const t0 = cpuMs();
const { loadPipeline } = await import(join(tree, 'dist/core/pipeline.js'));
const { processSources } = await import(join(tree, 'dist/runner/process.js'));
const { sourceOf } = await import(join(tree, 'dist/core/doc.js'));
const { groupsOf } = await import(join(tree, 'dist/core/collections.js'));
const { BATCH } = await import(join(tree, 'dist/runner/pool.js'));
const pipeline = await loadPipeline(join(tree, 'pipelines/newsroom.json'));
const startUp = cpuMs() - t0;

const articles = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l));
const sources = articles.map((a) => sourceOf(a.text, { path: corpus, line: 1, format: 'txt', encoding: 'utf-8', meta: { sourceId: a.id, title: null, url: null, published: null } }));
const batches = groupsOf(sources.map((source) => ({ source, warnings: [] })), BATCH);
const spent = {};
const timed = {
  ...pipeline,
  stages: pipeline.stages.map((stage) => ({
    ...stage,
    definition: {
      ...stage.definition,
      run(...args) {
        const from = cpuMs();
        try {
          return stage.definition.run(...args);
        } finally {
          spent[stage.definition.name] = (spent[stage.definition.name] ?? 0) + cpuMs() - from;
        }
      },
    },
  })),
};
const pass = () => {
  for (const name of Object.keys(spent)) spent[name] = 0;
  const from = cpuMs();
  for (const batch of batches) processSources(timed, batch, { published: '2025-03-10' });
  return { total: cpuMs() - from, stages: { ...spent } };
};
const first = pass();
const later = Array.from({ length: passes }, pass);
const n = articles.length;
const stages = Object.fromEntries(Object.keys(first.stages).map((name) => [name, median(later.map((p) => p.stages[name] ?? 0)) / n]));
process.stdout.write(JSON.stringify({
  tree, articles: n, startUpMs: startUp, firstPassMsPerArticle: first.total / n,
  msPerArticle: median(later.map((p) => p.total)) / n, stages,
}) + '\n');
