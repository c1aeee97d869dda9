// npm run bench — throughput of claimgraph against the libraries underneath, in one run on this machine.
// Sizes in MB from BENCH_SIZES (default "1,10,100"); results to bench/results.json (bench/README.md explains them).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Recognizers from '@microsoft/recognizers-text-suite';
import { groupsOf } from '../src/core/collections.js';
import { readPhaseReport } from '../src/cli/phases.js';
import { sourceOf } from '../src/core/doc.js';
import { loadPipeline } from '../src/stages/pipeline.js';
import { BATCH } from '../src/runner/pool.js';
import { processSource, processSources } from '../src/runner/process.js';
import { scanQuantities } from '../src/stages/04-claims/quantities/scan.js';
import { syntheticArticles } from './corpus.js';
import { mb, medianSeconds, round } from './measure.js';
import { benchInterleaved, benchPool } from './pool.js';
import { benchReconcile } from './reconcile.js';
import { stageBreakdown } from './stages.js';
import strictFloor, { defaultPipeline as defaultFloor } from './workers/wink.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join(ROOT, 'bench/corpus');
const CLI = join(ROOT, 'dist/cli/index.js');
const sizes = (process.env.BENCH_SIZES ?? '1,10,100').split(',').map(Number);
const cores = availableParallelism();

// The floors, read here in-process by the same functions the bench's pools and isolates run (workers/wink.mjs):
// wink with the two pipes claimgraph itself runs (sentences, parts of speech), stricter than wink as LIBRARIES.md
// timed it, and wink's default pipeline (3.77 MB/s there: it adds negation, sentiment and named entities), so the
// two figures can be told apart.
const pipeline = await loadPipeline(join(ROOT, 'pipelines/newsroom.json'));

function runCli(file: string, concurrency: number) {
  const out = join(CORPUS, `out-${concurrency}`);
  rmSync(out, { recursive: true, force: true });
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, 'run', file, '--out', out, '--concurrency', String(concurrency), '--quiet'], {
    encoding: 'utf8', env: { ...process.env, CLAIMGRAPH_REPORT_RSS: '1' }, maxBuffer: 1 << 26,
  });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0) throw new Error(`claimgraph run failed (${r.status}): ${r.stderr}`);
  const rss = /peak RSS (\d+) MB/.exec(r.stderr);
  // the phase meter's figures for programs (src/cli/phases.ts); cores: the process's CPU time (all threads) over
  // the phase's wall time
  const phases = Object.fromEntries(Object.entries(readPhaseReport(r.stderr)).map(([name, { cpuByThread, ...p }]) => [
    name, { ...p, cores: round(p.cpuSeconds / p.seconds, 2), ...(cpuByThread ? { cpuByThread } : {}) },
  ]));
  return { seconds, peakRssMb: rss ? Number(rss[1]) : null, phases };
}

/** The whole CLI on one worker and on all cores: time, peak RSS and phases of each, and the speed-ups. */
function cliOnOneAndAll(file: string, rate: (seconds: number) => Record<string, number>) {
  const cli1 = runCli(file, 1);
  const cliN = runCli(file, cores);
  return {
    concurrency1: { ...rate(cli1.seconds), peakRssMb: cli1.peakRssMb, phases: cli1.phases },
    [`concurrency${cores}`]: { ...rate(cliN.seconds), peakRssMb: cliN.peakRssMb, phases: cliN.phases },
    speedup: round(cli1.seconds / cliN.seconds),
    processingSpeedup: cli1.phases.process && cliN.phases.process ? round(cli1.phases.process.seconds / cliN.phases.process.seconds) : null,
  };
}

const results: Record<string, unknown> = {
  machine: { cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`, memoryGb: round(totalmem() / 2 ** 30, 1), node: process.version },
  date: new Date().toISOString().slice(0, 10),
  sizes: [] as unknown[],
};

mkdirSync(CORPUS, { recursive: true });
for (const size of sizes) {
  const articles = syntheticArticles(size * 1024 * 1024);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const file = join(CORPUS, `${size}mb.jsonl`);
  writeFileSync(file, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const rate = (seconds: number) => ({ seconds: round(seconds, 3), mbPerSec: round(mb(bytes) / seconds, 3), articlesPerSec: round(articles.length / seconds, 1) });
  const row: Record<string, unknown> = { sizeMb: round(mb(bytes), 1), articles: articles.length };
  (results.sizes as unknown[]).push(row);

  if (size >= 100) {
    // the large corpus: the whole CLI only, for memory, the batch phases and the two-core gain at archive scale,
    // where a worker's start-up no longer counts (the rates come from the smaller sizes)
    process.stderr.write(`bench: ${size} MB, ${articles.length} articles, the CLI on 1 and on ${cores} workers\n`);
    row.cliEndToEnd = cliOnOneAndAll(file, rate);
    process.stderr.write(`bench: ${JSON.stringify(row)}\n`);
    continue;
  }
  const reps = 3;
  process.stderr.write(`bench: ${size} MB, ${articles.length} articles, ${reps} repetitions\n`);
  row.repetitions = reps;

  // 1. the floor, and 2. the per-article stages in this process, on one core
  const texts = articles.map((a) => a.text);
  const winkFloor = () => strictFloor(texts);
  const wink = await medianSeconds(reps, winkFloor);
  const sources = articles.map((a) => sourceOf(a.text, { path: file, line: 1, format: 'txt', encoding: 'utf-8', meta: { sourceId: a.id, title: null, url: null, published: null } }));
  // as a worker runs them: batches of BATCH articles, the stages run across each batch stage by stage
  const batches = groupsOf(sources.map((source) => ({ source, warnings: [] })), BATCH);
  const oneCore = await medianSeconds(reps, () => {
    for (const batch of batches) processSources(pipeline, batch, { published: '2025-03-10' });
  });
  // and one article after another, for comparison
  const oneCoreArticleByArticle = await medianSeconds(reps, () => {
    for (const s of sources) processSource(pipeline, s, { published: '2025-03-10' });
  });
  const winkDefaultSeconds = await medianSeconds(reps, () => defaultFloor(texts));
  row.winkTokensSentences = rate(wink);
  row.winkDefaultPipeline = rate(winkDefaultSeconds);
  row.pipelineOneCore = { ...rate(oneCore), timesWink: round(oneCore / wink), timesWinkDefaultPipeline: round(oneCore / winkDefaultSeconds), batch: BATCH };
  row.pipelineOneCoreArticleByArticle = { ...rate(oneCoreArticleByArticle), timesWink: round(oneCoreArticleByArticle / wink) };
  // where the per-article time goes, in CPU seconds, each stage as a multiple of wink alternated with it
  const breakdown = stageBreakdown(pipeline, batches, winkFloor, reps);
  row.cpuBreakdown = {
    winkSeconds: round(breakdown.winkCpuSeconds, 3),
    pipelineSeconds: round(breakdown.pipelineCpuSeconds, 3),
    timesWink: round(breakdown.timesWink),
    stagesTimesWink: Object.fromEntries(Object.entries(breakdown.stages).map(([name, s]) => [name, round(s / breakdown.winkCpuSeconds)])),
    outsideStagesTimesWink: round(breakdown.outsideStages / breakdown.winkCpuSeconds),
  };

  // 1 and 2 as the target asks: bare wink (both floors) and the pipeline each on its own worker thread, in turn
  const isolated = await benchInterleaved(sources, join(ROOT, 'pipelines/newsroom.json'), reps);
  row.isolatedInterleaved = {
    winkSeconds: round(isolated.winkSeconds, 3),
    pipelineSeconds: round(isolated.pipelineSeconds, 3),
    timesWink: round(isolated.timesWink, 3),
    perPass: isolated.perPass.map((r) => round(r, 3)),
    // the same passes against wink's default pipeline, the floor
    winkDefaultSeconds: round(isolated.winkDefaultSeconds, 3),
    timesWinkDefault: round(isolated.timesWinkDefault, 3),
    perPassDefault: isolated.perPassDefault.map((r) => round(r, 3)),
  };

  // 2. the same work through the worker pool on one thread and on all cores, against bare wink in the same pool
  const pools = await benchPool(sources, join(ROOT, 'pipelines/newsroom.json'), cores, reps);
  row.pool = {
    threads: cores,
    wink: { oneThread: rate(pools.wink.one), allCores: rate(pools.wink.all), speedup: round(pools.wink.one / pools.wink.all) },
    pipeline: { oneThread: rate(pools.pipeline.one), allCores: rate(pools.pipeline.all), speedup: round(pools.pipeline.one / pools.pipeline.all) },
  };

  // the CLI end to end: reading, pool, cache, texts, merge, reconciliation, every output file
  row.cliEndToEnd = cliOnOneAndAll(file, rate);

  // 3. quantities vs Recognizers-Text number-with-unit (currency + dimension: the JS port has no combined model),
  // paragraph by paragraph as Recognizers needs; Recognizers on a sample (it runs ~0.05 MB/s)
  const paragraphs = articles.flatMap((a) => a.text.split(/\n\n+/));
  const quantities = await medianSeconds(reps, () => {
    for (const p of paragraphs) scanQuantities(p);
  });
  const sample: string[] = [];
  let sampleBytes = 0;
  for (const p of paragraphs) {
    if (sampleBytes > 64 * 1024) break;
    sample.push(p);
    sampleBytes += Buffer.byteLength(p);
  }
  const recognizers = await medianSeconds(1, () => {
    for (const p of sample) {
      Recognizers.recognizeCurrency(p, Recognizers.Culture.English);
      Recognizers.recognizeDimension(p, Recognizers.Culture.English);
    }
  }, false);
  const recognizersMbPerSec = mb(sampleBytes) / recognizers;
  row.quantities = {
    claimgraphMbPerSec: round(mb(bytes) / quantities, 3),
    recognizersMbPerSec: round(recognizersMbPerSec, 4),
    recognizersSampleKb: round(sampleBytes / 1024, 1),
    timesFaster: round(mb(bytes) / quantities / recognizersMbPerSec, 1),
  };
  process.stderr.write(`bench: ${JSON.stringify(row)}\n`);
}

results.reconcile = await benchReconcile([10_000, 100_000, 1_000_000]);
writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
process.stdout.write(JSON.stringify(results, null, 2) + '\n');
