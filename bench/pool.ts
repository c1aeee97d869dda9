// The per-article work on one worker thread and on all cores, through piscina as the runner uses it: claimgraph's
// compiled worker (dist/runner/worker.js) against bare wink-nlp in the same pool shape, BATCH articles a task (as
// the runner sends short articles).
import { Piscina } from 'piscina';
import type { Source } from '../src/core/doc.js';
import { groupsOf } from '../src/core/collections.js';
import { BATCH, WORKER_RESOURCE_LIMITS } from '../src/runner/pool.js';
import type { WorkerTask } from '../src/runner/worker.js';
import { median } from './measure.js';

const WINK_WORKER = new URL('./workers/wink.mjs', import.meta.url).href;
const PIPELINE_WORKER = new URL('../dist/runner/worker.js', import.meta.url).href;

/** `sources` as the runner's pool sends them to a worker: tasks of BATCH articles. */
function workerTasks(sources: readonly Source[], pipelinePath: string): WorkerTask[][] {
  return groupsOf(sources, BATCH).map((batch) => batch.map((source) => ({ pipelinePath, source, settings: { published: '2025-03-10' }, warnings: [] })));
}

/**
 * Every pool, bare wink's too, gets the runner's worker heap settings: the ratios compare the two on equal terms
 * (wink's own time moved by less than the host's noise with them).
 */
const resourceLimits = WORKER_RESOURCE_LIMITS;

const textsOf = (batch: readonly WorkerTask[]) => batch.map((t) => t.source.content);

/** Seconds of one pass: every task through `pool`, all queued at once. */
async function pass<T>(pool: Piscina<T, unknown>, tasks: readonly T[]): Promise<number> {
  const t = process.hrtime.bigint();
  await Promise.all(tasks.map((task) => pool.run(task)));
  return Number(process.hrtime.bigint() - t) / 1e9;
}

/**
 * Seconds for wink alone and for claimgraph's per-article stages, on one worker thread and on `threads`. The four
 * pools live side by side and their passes alternate (one order, then the reverse), so a slow minute of the host
 * falls on all of them rather than on one: timed one after another, the one-thread bare-wink pass once came out
 * 2.21× the two-thread one, more than 2 vCPUs can give. Medians of `reps` passes after a warm-up pass of each.
 */
export async function benchPool(sources: readonly Source[], pipelinePath: string, threads: number, reps: number) {
  const tasks = workerTasks(sources, pipelinePath);
  const texts = tasks.map(textsOf);
  const winkPools = [1, threads].map((n) => new Piscina<string[], unknown>({ filename: WINK_WORKER, minThreads: n, maxThreads: n, resourceLimits }));
  const pipelinePools = [1, threads].map((n) => new Piscina<WorkerTask[], unknown>({ filename: PIPELINE_WORKER, minThreads: n, maxThreads: n, resourceLimits }));
  const passes = [
    () => pass(winkPools[0]!, texts),
    () => pass(winkPools[1]!, texts),
    () => pass(pipelinePools[0]!, tasks),
    () => pass(pipelinePools[1]!, tasks),
  ];
  try {
    for (const run of passes) await run(); // warm every thread: model loading, JIT
    const seconds: number[][] = passes.map(() => []);
    for (let r = 0; r < reps; r++) {
      const order = r % 2 === 0 ? [0, 1, 2, 3] : [3, 2, 1, 0];
      for (const i of order) seconds[i]!.push(await passes[i]!());
    }
    const [winkOne, winkAll, pipelineOne, pipelineAll] = seconds.map(median) as [number, number, number, number];
    return { wink: { one: winkOne, all: winkAll }, pipeline: { one: pipelineOne, all: pipelineAll } };
  } finally {
    await Promise.all([...winkPools, ...pipelinePools].map((p) => p.destroy()));
  }
}

/** Articles a turn in `benchInterleaved`: six of the runner's batches. */
const TURN = BATCH * 6;

/**
 * The target's measure with each side in its own isolate: bare wink on one worker thread and claimgraph's worker
 * on another (so neither shares wink's compiled code, type feedback or caches with the other), asked in turn
 * TURN articles at a time and never at once, the order rotated turn by turn, so every side meets the same minute
 * of a noisy host. Two floors, each on a worker of its own: wink with the annotations the tokenize stage asks for
 * (sbd, pos: `wink`, the strict floor) and wink's default pipeline (`winkDefault`: the `readDoc` LIBRARIES.md
 * timed at 3.77 MB/s, which the "~3.8 MB/s" floor names). Summed wall seconds of each over `reps` passes
 * after one warm-up pass, and the ratio to each floor pass by pass.
 */
export async function benchInterleaved(sources: readonly Source[], pipelinePath: string, reps: number) {
  const wink = new Piscina<string[], unknown>({ filename: WINK_WORKER, minThreads: 1, maxThreads: 1, resourceLimits });
  const winkDefault = new Piscina<string[], unknown>({ filename: WINK_WORKER, name: 'defaultPipeline', minThreads: 1, maxThreads: 1, resourceLimits });
  const pipeline = new Piscina<WorkerTask[], unknown>({ filename: PIPELINE_WORKER, minThreads: 1, maxThreads: 1, resourceLimits });
  const turns = groupsOf(sources, TURN).map((turn) => workerTasks(turn, pipelinePath));
  const sides = [
    (turn: WorkerTask[][]) => pass(wink, turn.map(textsOf)),
    (turn: WorkerTask[][]) => pass(winkDefault, turn.map(textsOf)),
    (turn: WorkerTask[][]) => pass(pipeline, turn),
  ];
  try {
    const total = [0, 0, 0];
    const perPass: number[] = [];
    const perPassDefault: number[] = [];
    for (let n = 0; n <= reps; n++) {
      const seconds = [0, 0, 0];
      for (const [i, turn] of turns.entries()) {
        // each side first, second and third in turn
        for (let k = 0; k < sides.length; k++) {
          const side = (i + n + k) % sides.length;
          seconds[side]! += await sides[side]!(turn);
        }
      }
      if (n === 0) continue; // warm-up: model loading, JIT
      seconds.forEach((s, side) => (total[side]! += s));
      perPass.push(seconds[2]! / seconds[0]!);
      perPassDefault.push(seconds[2]! / seconds[1]!);
    }
    const [winkSeconds, winkDefaultSeconds, pipelineSeconds] = total as [number, number, number];
    return {
      winkSeconds, winkDefaultSeconds, pipelineSeconds,
      timesWink: pipelineSeconds / winkSeconds, timesWinkDefault: pipelineSeconds / winkDefaultSeconds,
      perPass, perPassDefault,
    };
  } finally {
    await Promise.all([wink.destroy(), winkDefault.destroy(), pipeline.destroy()]);
  }
}
