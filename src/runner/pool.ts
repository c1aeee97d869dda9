import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Source } from '../core/doc.js';
import type { Pipeline } from '../core/pipeline.js';
import type { RunSettings } from '../core/stage.js';
import { processSource, type ArticleResult } from './process.js';
import type { WorkerTask } from './worker.js';

export interface Processor {
  run(source: Source, warnings: string[]): Promise<ArticleResult>;
  close(): Promise<void>;
  /** worker threads in use; 0 when articles run on the main thread */
  readonly threads: number;
}

const WORKER = new URL('./worker.js', import.meta.url);

/**
 * Where the per-article stages run: a piscina pool of worker threads when more than one is asked for (and the
 * compiled worker exists), else the main thread. Both give the same results; the runner orders them.
 */
export function makeProcessor(pipeline: Pipeline, settings: RunSettings, threads: number): Processor {
  const workerPath = fileURLToPath(WORKER);
  if (threads <= 1 || !workerPath.endsWith('.js')) {
    return {
      threads: 0,
      async run(source, warnings) {
        // let timers and signal handlers run between articles
        await new Promise((resolve) => setImmediate(resolve));
        return processSource(pipeline, source, settings, warnings);
      },
      close: async () => undefined,
    };
  }
  const pool = new Piscina<WorkerTask, ArticleResult>({ filename: WORKER.href, minThreads: threads, maxThreads: threads });
  return {
    threads,
    run: (source, warnings) => pool.run({ pipelinePath: pipeline.path, source, settings, warnings }),
    close: () => pool.destroy(),
  };
}
