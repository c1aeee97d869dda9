import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { groupsOf } from '../core/collections.js';
import type { Source } from '../core/doc.js';
import type { Pipeline } from '../core/pipeline.js';
import type { RunSettings } from '../core/stage.js';
import { processSource, type ArticleResult } from './process.js';
import type { JournalLines } from './journal.js';
import type { WorkerOutput, WorkerTask } from './worker.js';

/**
 * An article's result, the same as JSON (for the resume cache), and its journal lines when a worker made them
 * (the runner makes them for results computed on the main thread or taken from the cache).
 */
export interface Processed {
  result: ArticleResult;
  json: string;
  lines: JournalLines | undefined;
}

export interface Processor {
  run(source: Source, warnings: string[]): Promise<Processed>;
  close(): Promise<void>;
  /** worker threads in use; 0 when articles run on the main thread */
  readonly threads: number;
}

const WORKER = new URL('./worker.js', import.meta.url);
/** Articles sent to a worker in one task at most (the worker runs the stages across them stage by stage). */
export const BATCH = 8;
/**
 * Only articles shorter than this are batched: the hand-off matters beside a few milliseconds of work, not beside
 * seconds, and a batch of long articles could outlast the timeout and be run twice.
 */
const BATCH_MAX_CHARS = 64 * 1024;
/**
 * A worker's young generation, larger than V8's default 48 MB (3 × a 16 MB semi-space). A worker runs its stages
 * across a batch of articles, so a batch's tokens, words and drafts are alive when a scavenge comes and are copied
 * into the old generation only to die there a moment later; with room for a batch or two they die young. Measured
 * on the 10 MB benchmark corpus, one worker, asked in turn with bare wink-nlp: 2.62–2.76× wink's time in six runs
 * against 2.82–3.06× in five at the default (alternated); 96 MB gave no more. The whole CLI on that corpus:
 * processing 7.69 and 7.90 s on one worker against 7.84 and 8.31 s, within noise on two; on 100 MB peak RSS 873
 * against 789 MB, ~40 MB more a worker (bench/README.md, sixth session).
 */
export const WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 64 } as const;

/**
 * Where the per-article stages run: a piscina pool of `threads` worker threads, so that the main thread only
 * schedules, merges and writes, and an article that takes longer than `timeoutMs` (a pathological input) is
 * stopped — its worker is replaced — and recorded as failed instead of stalling the batch. When the compiled
 * worker does not exist (tests running the TypeScript sources), articles run on the main thread without a
 * timeout. Either way the results are the same; the runner orders them.
 */
export function makeProcessor(pipeline: Pipeline, settings: RunSettings, threads: number, timeoutMs = 60_000): Processor {
  const workerPath = fileURLToPath(WORKER);
  if (!existsSync(workerPath)) {
    return {
      threads: 0,
      async run(source, warnings) {
        // let timers and signal handlers run between articles
        await new Promise((resolve) => setImmediate(resolve));
        const result = processSource(pipeline, source, settings, warnings);
        return { result, json: JSON.stringify(result), lines: undefined };
      },
      close: async () => undefined,
    };
  }
  const pool = new Piscina<WorkerTask | WorkerTask[], WorkerOutput | WorkerOutput[]>({
    filename: WORKER.href, minThreads: threads, maxThreads: threads, resourceLimits: WORKER_RESOURCE_LIMITS,
  });
  const failed = (reason: string): Processed => {
    const result: ArticleResult = { ok: false, reason };
    return { result, json: JSON.stringify(result), lines: undefined };
  };
  const processed = ([json, claims, entities]: WorkerOutput): Processed => {
    const result = JSON.parse(json) as ArticleResult;
    return { result, json, lines: result.ok ? { claims, entities } : undefined };
  };

  /** One article alone, with its own timeout. */
  const runAlone = async (task: WorkerTask): Promise<Processed> => {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      return processed((await pool.run(task, { signal })) as WorkerOutput);
    } catch (error) {
      if (signal.aborted) {
        return failed(`processing took longer than ${timeoutMs / 1000} s and was stopped; some stage is pathologically slow on this article (please report it with the file)`);
      }
      return failed(`the worker processing this article failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  // Short articles asked for in the same turn of the event loop go to a worker together, up to BATCH at a time: each
  // hand-off between threads costs ~1 ms of a worker's time under load, as much as a fifth of a short article.
  // A batch that fails or outlasts the timeout is run again article by article, so only the article at fault
  // is recorded as failed.
  let pending: Array<{ task: WorkerTask; resolve: (p: Processed) => void }> = [];
  const dispatch = (batch: typeof pending) => {
    const signal = AbortSignal.timeout(timeoutMs);
    pool.run(batch.map((b) => b.task), { signal }).then(
      (outputs) => batch.forEach((b, i) => b.resolve(processed((outputs as WorkerOutput[])[i]!))),
      () => batch.forEach((b) => void runAlone(b.task).then(b.resolve)),
    );
  };
  const flush = () => {
    const all = pending;
    pending = [];
    // spread over the threads: never leave a worker without work for the sake of a fuller batch
    const size = Math.max(1, Math.min(BATCH, Math.ceil(all.length / threads)));
    for (const batch of groupsOf(all, size)) dispatch(batch);
  };
  return {
    threads,
    run(source, warnings) {
      const task = { pipelinePath: pipeline.path, source, settings, warnings };
      if (source.content.length > BATCH_MAX_CHARS) return runAlone(task);
      return new Promise<Processed>((resolve) => {
        if (pending.length === 0) setImmediate(flush);
        pending.push({ task, resolve });
      });
    },
    close: () => pool.destroy(),
  };
}
