import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { groupsOf } from '../core/collections.js';
import type { Source } from '../core/doc.js';
import { loadPipeline, type Pipeline } from '../stages/pipeline.js';
import type { RunSettings } from '../core/stage.js';
import { processSource, type ArticleResult } from './process.js';
import type { JournalLines } from './journal.js';
import { Board, wallClock } from './board.js';
import type { WorkerBatch, WorkerOutput, WorkerTask } from './worker.js';

/**
 * An article's result, the same as JSON (for the resume cache), and its journal lines when a worker made them
 * (the runner makes them for results computed on the main thread or taken from the cache). `cacheable` is false
 * for a failure that is not a property of the article (a timeout, a worker that died): `--resume` tries it again.
 */
export interface Processed {
  result: ArticleResult;
  json: string;
  lines: JournalLines | undefined;
  cacheable: boolean;
}

export interface Processor {
  run(source: Source, warnings: string[]): Promise<Processed>;
  close(): Promise<void>;
  /** worker threads in use; 0 when articles run on the main thread */
  readonly threads: number;
  /** what the pool did, for tests and diagnostics */
  readonly stats: PoolStats;
}

export interface PoolStats {
  /** batches handed to a worker (an article alone is a batch of one) */
  batches: number;
  /** articles stopped at the timeout */
  timedOut: number;
  /** articles run again because their batch was stopped or its worker died (never the article at fault) */
  rerun: number;
}

const WORKER = new URL('./worker.js', import.meta.url);
/** Articles sent to a worker in one task at most (the worker runs the stages across them stage by stage). */
export const BATCH = 8;
/**
 * Only articles shorter than this are batched: the hand-off matters beside a few milliseconds of work, not beside
 * seconds.
 */
const BATCH_MAX_CHARS = 64 * 1024;
/**
 * A worker's young generation, larger than V8's default 48 MB (3 × a 16 MB semi-space). A worker runs its stages
 * across a batch of articles, so a batch's tokens, words and drafts are alive when a scavenge comes and are copied
 * into the old generation only to die there a moment later; with room for a batch or two they die young
 * (bench/README.md has the measurements).
 */
export const WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 64 } as const;
/** Above this size a timeout or a worker's death is put down to the article's size, and the message says so. */
const LARGE_ARTICLE_CHARS = 8 * 1024 * 1024;

export interface ProcessorOptions {
  /** stop an article whose own processing runs longer than this (ms) */
  timeoutMs?: number;
  /** the worker module (tests give one that registers extra stages) */
  worker?: URL;
}

/**
 * Where the per-article stages run: a piscina pool of `threads` worker threads, so that the main thread only
 * schedules, merges and writes. An article whose own processing outlasts `timeoutMs` (a pathological input) is
 * stopped — its worker is replaced — and recorded as failed instead of stalling the batch: each batch keeps a
 * shared board of its articles' times (board.ts), which a watchdog on this thread reads, so time spent queued
 * behind other work never counts. When the compiled worker does not exist (tests running the TypeScript
 * sources), articles run on the main thread without a timeout. Either way the results are the same; the runner
 * orders them.
 */
export function makeProcessor(pipeline: Pipeline, settings: RunSettings, threads: number, options: ProcessorOptions = {}): Processor {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const worker = options.worker ?? WORKER;
  const stats: PoolStats = { batches: 0, timedOut: 0, rerun: 0 };
  const workerPath = fileURLToPath(worker);
  if (!existsSync(workerPath)) {
    // no worker module (running from the sources): this thread processes, with every stage set up
    let full: Promise<Pipeline> | undefined;
    return {
      threads: 0,
      stats,
      async run(source, warnings) {
        // let timers and signal handlers run between articles
        await new Promise((resolve) => setImmediate(resolve));
        const ready = pipeline.complete ? pipeline : await (full ??= loadPipeline(pipeline.path));
        const result = processSource(ready, source, settings, warnings);
        return { result, json: JSON.stringify(result), lines: undefined, cacheable: true };
      },
      close: async () => undefined,
    };
  }
  const pool = new Piscina<WorkerBatch, WorkerOutput[]>({
    filename: worker.href, minThreads: threads, maxThreads: threads, resourceLimits: WORKER_RESOURCE_LIMITS,
  });
  const failed = (reason: string): Processed => {
    const result: ArticleResult = { ok: false, reason };
    return { result, json: JSON.stringify(result), lines: undefined, cacheable: false };
  };
  const processed = ([json, claims, entities]: WorkerOutput): Processed => {
    const result = JSON.parse(json) as ArticleResult;
    return { result, json, lines: result.ok ? { claims, entities } : undefined, cacheable: true };
  };
  const seconds = `${timeoutMs / 1000} s`;
  const tooSlow = (source: Source) => source.content.length > LARGE_ARTICLE_CHARS
    ? `the article is ${mb(source.content.length)}, and processing it took longer than ${seconds}, so it was stopped: split it into smaller articles, or give it more time with --article-timeout`
    : `processing took longer than ${seconds} and was stopped; some stage is pathologically slow on this article (please report it with the file)`;
  const workerDied = (source: Source, error: unknown) => {
    const why = error instanceof Error ? error.message : String(error);
    const memory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
    return memory || source.content.length > LARGE_ARTICLE_CHARS
      ? `the article is ${mb(source.content.length)} and the worker processing it ran out of memory or failed (${why}): split it into smaller articles, or lower --max-article-mb to record such files as failed at once`
      : `the worker processing this article failed: ${why}`;
  };

  interface Entry {
    task: WorkerTask;
    resolve: (p: Processed) => void;
  }
  interface Flight {
    entries: Entry[];
    board: Board;
    controller: AbortController;
    /** the article stopped at the timeout, once the watchdog has stopped the batch */
    stopped: number | null;
  }
  const flights = new Set<Flight>();
  let watchdog: NodeJS.Timeout | undefined;

  /** Stop each batch whose current article has been worked on for longer than the timeout. */
  const watch = () => {
    const now = wallClock();
    for (const flight of flights) {
      const running = flight.board.running(now);
      if (running !== null && running.ms > timeoutMs && flight.stopped === null) {
        flight.stopped = running.article;
        flight.controller.abort();
      }
    }
  };

  const dispatch = (entries: Entry[]) => {
    const flight: Flight = { entries, board: Board.create(entries.length), controller: new AbortController(), stopped: null };
    flights.add(flight);
    watchdog ??= setInterval(watch, Math.min(1000, Math.max(10, timeoutMs / 20))).unref();
    stats.batches++;
    pool.run({ tasks: entries.map((e) => e.task), board: flight.board.buffer }, { signal: flight.controller.signal }).then(
      (outputs) => {
        flights.delete(flight);
        entries.forEach((e, i) => e.resolve(processed(outputs[i]!)));
      },
      (error: unknown) => {
        flights.delete(flight);
        if (flight.stopped !== null) {
          // the article at fault is charged once; the rest of its batch start again
          const culprit = entries[flight.stopped]!;
          stats.timedOut++;
          culprit.resolve(failed(tooSlow(culprit.task.source)));
          const rest = entries.filter((e) => e !== culprit);
          stats.rerun += rest.length;
          if (rest.length > 0) dispatch(rest);
        } else if (entries.length > 1) {
          // a worker that died on a batch: run each again alone, so only the article at fault fails
          stats.rerun += entries.length;
          for (const e of entries) dispatch([e]);
        } else {
          entries[0]!.resolve(failed(workerDied(entries[0]!.task.source, error)));
        }
      },
    );
  };

  // Short articles asked for in the same turn of the event loop go to a worker together, up to BATCH at a time: each
  // hand-off between threads costs ~1 ms of a worker's time under load, as much as a fifth of a short article.
  let pending: Entry[] = [];
  const flush = () => {
    const all = pending;
    pending = [];
    // spread over the threads: never leave a worker without work for the sake of a fuller batch
    const size = Math.max(1, Math.min(BATCH, Math.ceil(all.length / threads)));
    for (const batch of groupsOf(all, size)) dispatch(batch);
  };
  return {
    threads,
    stats,
    run(source, warnings) {
      const task = { pipelinePath: pipeline.path, source, settings, warnings };
      return new Promise<Processed>((resolve) => {
        if (source.content.length > BATCH_MAX_CHARS) {
          dispatch([{ task, resolve }]);
          return;
        }
        if (pending.length === 0) setImmediate(flush);
        pending.push({ task, resolve });
      });
    },
    close: async () => {
      if (watchdog) clearInterval(watchdog);
      await pool.destroy();
    },
  };
}

const mb = (chars: number) => `${(chars / 1024 / 1024).toFixed(1)} MB`;
