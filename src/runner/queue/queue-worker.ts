import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { sourceOf } from '../../core/doc.js';
import { loadPipeline } from '../../stages/pipeline.js';
import type { RunSettings } from '../../core/stage.js';
import { dataVersion, TOOL } from '../../core/tool.js';
import { makeProcessor, type Processor } from '../pool.js';
import { openRedis, type QueueUrl } from './connection.js';
import { doneKey, encodeOutputs, QUEUE_NAME, RESULT_TTL_SECONDS, resultKey, type ArticleOutput, type ArticlesJob } from './jobs.js';

export interface QueueWorkerOptions {
  /** worker threads of the local pool */
  threads: number;
  /** how long a job stays with a worker that stopped answering before another worker takes it over */
  stallMs: number;
  /** stop taking jobs, finish those in hand, and return */
  signal: AbortSignal;
  say: (line: string) => void;
  /** the pool's worker module (tests) */
  worker?: URL;
  /**
   * a pipeline file to prepare the pool for while no job has come (this install's default pipeline): its threads
   * load it and read one short article, so the first job of a run with that pipeline finds them ready
   */
  warm?: string;
}

/**
 * `claimgraph worker`: takes jobs of articles from the queue and runs them through this machine's worker-thread
 * pool, as a local run would (the same per-article results, so the coordinator's outputs are a local run's). The
 * CPU work is on the pool's threads: this thread stays free to renew BullMQ's job locks, as BullMQ advises for
 * CPU-heavy jobs. Two jobs are taken at a time, so the pool has the next job's articles while one job's last
 * articles finish. A job of another claimgraph version (or other data files) is refused with a message, since its
 * results would not be the ones its coordinator's own version gives.
 */
export async function runQueueWorker(url: QueueUrl, o: QueueWorkerOptions): Promise<void> {
  const redis = await openRedis(url);
  const processors = new Map<string, Promise<Processor>>();
  const dir = join(tmpdir(), `claimgraph-worker-${process.pid}`);
  /** One pool a pipeline (by the hash of its file's text) and run settings. */
  const processorFor = (pipeline: { text: string; hash: string }, settings: RunSettings): Promise<Processor> => {
    const key = `${pipeline.hash} ${JSON.stringify(settings)}`;
    let made = processors.get(key);
    if (made === undefined) {
      // the pool's threads load the pipeline from a file: the coordinator's, written here under its hash
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `${pipeline.hash}.json`);
      writeFileSync(path, pipeline.text);
      made = loadPipeline(path, { setup: 'checks' }).then((loaded) => makeProcessor(loaded, settings, o.threads, { worker: o.worker }));
      processors.set(key, made);
    }
    return made;
  };
  // a job waits until the warm pool is registered, so that it uses that pool rather than starting a second one
  let warmed: Promise<unknown> = Promise.resolve();
  if (o.warm !== undefined) {
    // under the hash a coordinator gives the same file (`Pipeline.hash`), so its jobs find this pool
    const text = readFileSync(o.warm, 'utf8');
    const warm = loadPipeline(o.warm, { setup: 'checks' }).then((p) => processorFor({ text, hash: p.hash }, { published: null }));
    warmed = warm.catch(() => undefined);
    const article = (i: number) => sourceOf(`Warm-up ${i}: officials said 3 people were hurt in 2024.`, { path: '(warm-up)', line: null, format: 'txt', encoding: 'utf-8', meta: { sourceId: null, title: null, url: null, published: null } });
    warm.then((p) => Promise.all(Array.from({ length: Math.max(1, o.threads) }, (_, i) => p.run(article(i), []))))
      .catch((error: Error) => o.say(`could not prepare the pool for ${o.warm}: ${error.message} (jobs still run)`));
  }

  const work = async (job: Job<ArticlesJob, number, 'articles'>): Promise<number> => {
    const data = job.data;
    if (data.tool !== TOOL.version || data.data !== dataVersion()) {
      const why = data.tool !== TOOL.version
        ? `this worker is claimgraph ${TOOL.version} and the job came from claimgraph ${data.tool}`
        : `this worker's data files (${dataVersion()}) differ from the coordinator's (${data.data})`;
      o.say(`refused job ${job.id}: ${why}`);
      throw new UnrecoverableError(`${why}: run workers of the coordinator's version, with the same data/ folder`);
    }
    await warmed;
    const processor = await processorFor(data.pipeline, data.settings);
    const done = await Promise.all(data.tasks.map((t) => processor.run(t.source, t.warnings)));
    const outputs: ArticleOutput[] = done.map((p) => ({ json: p.json, lines: p.lines ?? null, cacheable: p.cacheable }));
    const id = job.id!;
    await redis.multi().del(resultKey(id)).rpush(resultKey(id), ...encodeOutputs(outputs)).expire(resultKey(id), RESULT_TTL_SECONDS)
      .set(doneKey(id), outputs.length, 'EX', RESULT_TTL_SECONDS).exec();
    return outputs.length;
  };

  const worker = new Worker<ArticlesJob, number, 'articles'>(QUEUE_NAME, work, {
    connection: url.options,
    concurrency: 2,
    name: `claimgraph@${TOOL.version} ${hostname()} pid ${process.pid}`,
    lockDuration: o.stallMs,
    stalledInterval: Math.max(1000, Math.round(o.stallMs / 2)),
    maxStalledCount: 10,
  });
  worker.on('error', () => undefined);
  worker.on('failed', (job, error) => {
    if (!(error instanceof UnrecoverableError)) o.say(`job ${job?.id ?? '?'} failed: ${error.message}`);
  });
  o.say(`waiting for jobs on ${url.shown} (${o.threads} thread${o.threads === 1 ? '' : 's'}); Ctrl-C stops after the jobs in hand`);
  await new Promise<void>((resolve) => {
    if (o.signal.aborted) resolve();
    else o.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await worker.close();
  for (const made of processors.values()) await (await made).close();
  redis.disconnect();
}
