import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Source } from '../core/doc.js';
import type { Pipeline } from '../core/pipeline.js';
import type { RunSettings } from '../core/stage.js';
import { processSource, type ArticleResult } from './process.js';
import type { WorkerTask } from './worker.js';

/** An article's result, and the same as JSON (for the resume cache). */
export interface Processed {
  result: ArticleResult;
  json: string;
}

export interface Processor {
  run(source: Source, warnings: string[]): Promise<Processed>;
  close(): Promise<void>;
  /** worker threads in use; 0 when articles run on the main thread */
  readonly threads: number;
}

const WORKER = new URL('./worker.js', import.meta.url);

/**
 * Where the per-article stages run: a piscina pool of `threads` worker threads, so that the main thread only
 * schedules, merges and writes, and an article that takes longer than `timeoutMs` (a pathological input) is
 * stopped — its worker is replaced — and recorded as failed instead of stalling the batch. When the compiled
 * worker does not exist (tests running the TypeScript sources), articles run on the main thread without a
 * timeout. Either way the results are the same; the runner orders them.
 */
export function makeProcessor(pipeline: Pipeline, settings: RunSettings, threads: number, timeoutMs = 60_000): Processor {
  const workerPath = fileURLToPath(WORKER);
  if (!workerPath.endsWith('.js')) {
    return {
      threads: 0,
      async run(source, warnings) {
        // let timers and signal handlers run between articles
        await new Promise((resolve) => setImmediate(resolve));
        const result = processSource(pipeline, source, settings, warnings);
        return { result, json: JSON.stringify(result) };
      },
      close: async () => undefined,
    };
  }
  const pool = new Piscina<WorkerTask, string>({ filename: WORKER.href, minThreads: threads, maxThreads: threads });
  const failed = (reason: string): Processed => {
    const result: ArticleResult = { ok: false, reason };
    return { result, json: JSON.stringify(result) };
  };
  return {
    threads,
    async run(source, warnings) {
      const signal = AbortSignal.timeout(timeoutMs);
      try {
        const json = await pool.run({ pipelinePath: pipeline.path, source, settings, warnings }, { signal });
        return { result: JSON.parse(json) as ArticleResult, json };
      } catch (error) {
        if (signal.aborted) {
          return failed(`processing took longer than ${timeoutMs / 1000} s and was stopped; some stage is pathologically slow on this article (please report it with the file)`);
        }
        return failed(`the worker processing this article failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    close: () => pool.destroy(),
  };
}
