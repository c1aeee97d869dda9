// The per-article work on one worker thread and on all cores, through piscina as the runner uses it: claimgraph's
// compiled worker (dist/runner/worker.js) against bare wink-nlp in the same pool shape, BATCH articles a task (as
// the runner sends short articles).
import { Piscina } from 'piscina';
import type { Source } from '../src/core/doc.js';
import { BATCH } from '../src/runner/pool.js';
import type { WorkerTask } from '../src/runner/worker.js';
import { medianSeconds } from './measure.js';

const WINK_WORKER = new URL('./workers/wink.mjs', import.meta.url).href;
const PIPELINE_WORKER = new URL('../dist/runner/worker.js', import.meta.url).href;

async function timePool<T>(filename: string, threads: number, tasks: readonly T[], reps: number): Promise<number> {
  const pool = new Piscina<T, unknown>({ filename, minThreads: threads, maxThreads: threads });
  try {
    // warm every thread (model loading, JIT) before timing
    await Promise.all(tasks.slice(0, threads * 4).map((t) => pool.run(t)));
    return await medianSeconds(reps, () => Promise.all(tasks.map((t) => pool.run(t))), false);
  } finally {
    await pool.destroy();
  }
}

/** Seconds for wink alone and for claimgraph's per-article stages, on `threads` worker threads. */
export async function benchPool(sources: readonly Source[], pipelinePath: string, threads: number, reps: number) {
  const texts: string[][] = [];
  const tasks: WorkerTask[][] = [];
  for (let i = 0; i < sources.length; i += BATCH) {
    const batch = sources.slice(i, i + BATCH);
    texts.push(batch.map((s) => s.content));
    tasks.push(batch.map((source) => ({ pipelinePath, source, settings: { published: '2025-03-10' }, warnings: [] })));
  }
  return {
    wink: await timePool(WINK_WORKER, threads, texts, reps),
    pipeline: await timePool(PIPELINE_WORKER, threads, tasks, reps),
  };
}
