import { readFileSync } from 'node:fs';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Source } from '../../core/doc.js';
import { UsageError } from '../../core/errors.js';
import type { Pipeline } from '../../core/pipeline.js';
import type { RunSettings } from '../../core/stage.js';
import { dataVersion, TOOL } from '../../core/tool.js';
import type { Processed, Processor } from '../pool.js';
import type { ArticleResult } from '../process.js';
import { openRedis, type QueueUrl } from './connection.js';
import { decodeOutputs, doneKey, JOB_ARTICLES, JOB_CHARS, QUEUE_NAME, resultKey, type ArticleOutput, type ArticlesJob } from './jobs.js';

/** How often the coordinator looks for finished jobs' results, and for jobs lost or failed. */
const POLL_MS = 100;
const CHECK_MS = 2000;
/** Articles arrive from the reader a few at a time: a job is sent when full, or when none came for this long. */
const IDLE_FLUSH_MS = 20;

interface Entry {
  source: Source;
  warnings: string[];
  resolve: (p: Processed) => void;
  reject: (e: Error) => void;
}

interface Outstanding {
  entries: Entry[];
  data: ArticlesJob;
  checkedAt: number;
}

export interface QueueProcessorOptions {
  /** the run's id: job ids are `<runId>-<n>` (BullMQ ids hold no colon) */
  runId: string;
  /** a line for the user (connection lost and back, a job sent again) */
  say?: (line: string) => void;
}

/**
 * The coordinator's side of a run on the queue: the same `Processor` the runner uses for its local pool, so
 * everything around it — reading, deduplication, the ordered window, the journal, the resume cache, the outputs —
 * is the local run's, and the outputs are byte for byte a local run's. Articles go to the queue in jobs of up to
 * JOB_ARTICLES; a worker (`claimgraph worker`) runs them through its own pool and leaves the results under a key
 * of their own, which this side polls, reads and deletes. Each article's promise settles once, however many times
 * its job ran (a job retried after a worker died, a result read twice).
 *
 * Faults: while Redis is away, commands wait and the run pauses (and says so); a job that Redis lost meanwhile
 * (a restart without persistence) is sent again under the same id; a job that failed for good (a worker of
 * another version refused it) stops the run with the worker's reason, and `--resume` picks up from the articles
 * already settled.
 */
export async function makeQueueProcessor(pipeline: Pipeline, settings: RunSettings, url: QueueUrl, options: QueueProcessorOptions): Promise<Processor> {
  const say = options.say ?? (() => undefined);
  const redis: Redis = await openRedis(url);
  const queue = new Queue<ArticlesJob, number, 'articles'>(QUEUE_NAME, { connection: url.options });
  queue.on('error', () => undefined);
  const pipelineText = readFileSync(pipeline.path, 'utf8');
  const base = { tool: TOOL.version, data: dataVersion(), pipeline: { text: pipelineText, hash: pipeline.hash, name: pipeline.name }, settings };
  const outstanding = new Map<string, Outstanding>();
  const stats = { batches: 0, timedOut: 0, rerun: 0 };
  let seq = 0;
  let fatal: Error | null = null;

  let away = false;
  redis.on('close', () => {
    if (!away && outstanding.size > 0) say(`lost the connection to Redis at ${url.shown}: waiting for it to come back (Ctrl-C stops; --resume continues)`);
    away = true;
  });
  redis.on('ready', () => {
    if (away) say(`connected to Redis at ${url.shown} again`);
    away = false;
  });

  const fail = (error: Error) => {
    fatal ??= error;
    for (const job of outstanding.values()) for (const e of job.entries) e.reject(error);
    outstanding.clear();
    for (const e of pending.splice(0)) e.reject(error);
  };

  const send = async (id: string, data: ArticlesJob) => {
    await queue.add('articles', data, { jobId: id, removeOnComplete: true, removeOnFail: { age: 24 * 60 * 60 }, attempts: 1 });
  };

  let pending: Entry[] = [];
  let pendingChars = 0;
  let idle: NodeJS.Timeout | undefined;
  const flush = () => {
    if (idle) clearTimeout(idle);
    idle = undefined;
    const entries = pending;
    pending = [];
    pendingChars = 0;
    if (entries.length === 0) return;
    const id = `${options.runId}-${seq++}`;
    const data: ArticlesJob = { ...base, tasks: entries.map((e) => ({ source: e.source, warnings: e.warnings })) };
    outstanding.set(id, { entries, data, checkedAt: Date.now() });
    stats.batches++;
    send(id, data).catch((error: Error) => fail(new UsageError(`could not send a job to Redis at ${url.shown} (${error.message}): check that it is running; --resume continues the run`)));
  };

  const processed = (output: ArticleOutput): Processed => {
    const result = JSON.parse(output.json) as ArticleResult;
    return { result, json: output.json, lines: result.ok && output.lines ? output.lines : undefined, cacheable: output.cacheable };
  };

  let polling = false;
  let lastCheck = Date.now();
  const poll = async () => {
    if (polling || outstanding.size === 0 || away) return;
    polling = true;
    try {
      const ids = [...outstanding.keys()];
      const marks = await redis.mget(ids.map(doneKey));
      for (const [i, mark] of marks.entries()) {
        if (mark === null) continue;
        const id = ids[i]!;
        const list = await redis.lrange(resultKey(id), 0, -1);
        await redis.del(resultKey(id), doneKey(id));
        const job = outstanding.get(id);
        if (job === undefined || list.length === 0) continue;
        outstanding.delete(id);
        const outputs = decodeOutputs(list);
        job.entries.forEach((e, k) => e.resolve(processed(outputs[k]!)));
      }
      if (Date.now() - lastCheck >= CHECK_MS) {
        lastCheck = Date.now();
        await check();
      }
    } catch {
      // Redis went away mid-poll: the next poll after it is back reads the same keys again
    } finally {
      polling = false;
    }
  };

  /** Jobs that Redis no longer holds are sent again; a job that failed for good stops the run. */
  const check = async () => {
    for (const [id, job] of [...outstanding]) {
      if (Date.now() - job.checkedAt < CHECK_MS) continue;
      job.checkedAt = Date.now();
      const found = await queue.getJob(id);
      if (!outstanding.has(id)) continue;
      if (found === undefined || found === null) {
        if ((await redis.exists(doneKey(id))) === 1) continue;
        say(`job ${id} (${job.entries.length} articles) is no longer in Redis (was Redis restarted?): sending it again`);
        await send(id, job.data);
        continue;
      }
      if ((await found.getState()) === 'failed') {
        fail(new UsageError(`a worker could not run job ${id}: ${found.failedReason}`));
        return;
      }
    }
  };

  const timer = setInterval(() => void poll(), POLL_MS);

  return {
    threads: 0,
    stats,
    run(source, warnings) {
      return new Promise<Processed>((resolve, reject) => {
        if (fatal) {
          reject(fatal);
          return;
        }
        pending.push({ source, warnings, resolve, reject });
        pendingChars += source.content.length;
        if (pending.length >= JOB_ARTICLES || pendingChars >= JOB_CHARS) flush();
        else {
          if (idle) clearTimeout(idle);
          idle = setTimeout(flush, IDLE_FLUSH_MS);
        }
      });
    },
    async close() {
      clearInterval(timer);
      if (idle) clearTimeout(idle);
      await queue.close();
      redis.disconnect();
    },
  };
}
