import PQueue from 'p-queue';
import type { Manifest } from '../contracts/index.js';
import type { BatchResult } from '../core/batch.js';
import type { Pipeline } from '../core/pipeline.js';
import { TOOL } from '../core/tool.js';
import { ResultCache } from './cache.js';
import { countInputs, walkInputs } from './inputs.js';
import { makeAdmitter, type Admitted } from './admit.js';
import { Journal, journalLines, type JournalLines } from './journal.js';
import { makeProcessor, type Processor } from './pool.js';
import type { QueueUrl } from './queue/connection.js';
import { JOB_ARTICLES } from './queue/jobs.js';
import { makeQueueProcessor } from './queue/queue-processor.js';
import { readItem, type ReadRecord } from './read.js';
import { SettledInputs, type PerArticle, type Settled } from './settle.js';
import { textJob, writeTextsInBackground } from './text-writer.js';
import { diskTexts } from './texts.js';
import { OrderedWindow } from './window.js';
import type { DeskStore } from './store/store.js';

export interface Progress {
  done: number;
  failed: number;
  skipped: number;
  cached: number;
  /** bytes of input settled so far, for an ETA against the total */
  bytes: number;
  path: string;
}

export interface RunOptions {
  inputs: readonly string[];
  pipeline: Pipeline;
  published: string | null;
  /** articles processed in parallel (worker threads) */
  concurrency: number;
  /** an article still running after this long is stopped and recorded as failed */
  articleTimeoutMs?: number;
  maxArticleBytes: number;
  runId: string;
  /** the output folder, for the resume cache */
  outDir: string;
  /** reuse cached per-article results from an earlier (stopped) run into the same folder */
  resume?: boolean;
  /** stop cleanly: no new inputs are started; those in flight finish and are recorded */
  signal?: AbortSignal;
  onProgress?: (p: Progress) => void;
  /** the wall clock, injected so the runner is the only place that knows about time */
  now?: () => Date;
  /** the pool's worker module (tests give one that registers extra stages) */
  worker?: URL;
  /** process on the queue's workers (`claimgraph worker`) instead of this machine's pool */
  queue?: QueueUrl;
  /** a line for the user about the run itself (the queue's connection) */
  say?: (line: string) => void;
  /**
   * a desk store (its run begun): articles it holds are skipped as duplicates of the earlier run's, and every
   * settled input and article is recorded in it
   */
  store?: DeskStore;
}

/**
 * Inputs in flight per worker thread. Results settle in input order, so one slow article (a long text, a
 * garbage-collection pause) holds back every later one that has finished; a window of 32 a thread keeps that from
 * idling the pool (bench/README.md, "Two cores", measures the workers' idle time).
 */
const WINDOW_PER_THREAD = 32;
/** …and at most this much input in flight, so a run of very large articles cannot balloon memory. */
const WINDOW_BYTES = 64 * 1024 * 1024;
/** On the queue, jobs in flight: enough to keep several machines' workers busy while the oldest job settles. */
const QUEUE_JOBS_IN_FLIGHT = 8;

/**
 * Run the per-article stages over every input and collect the batch.
 *
 * Inputs are walked lazily and read ahead through a bounded p-queue; each record is admitted in input order
 * (admit.ts: failures and duplicates settle at once); articles go to the processor (the worker pool, or the
 * queue's workers) unless the resume cache holds them; results settle strictly in input order through a bounded
 * window (window.ts), so the output is byte-identical whatever the concurrency. As each article finishes, its
 * result is appended to the resume cache, and (once settled, in input order: settle.ts) its fate, claims,
 * entities and extracted text appended to the journal `<out>/in-progress/` (see journal.ts). The batch keeps what
 * the cross-article stages need (article records, claims, entity mentions) but no article text or source: `texts`
 * reads them back from disk when asked (the extracted ones from the journal's text pack, which a thread of its
 * own starts copying to `<out>/texts/` as processing ends: see text-writer.ts).
 */
export async function runBatch(options: RunOptions): Promise<BatchResult & { perArticle: PerArticle[] }> {
  const now = options.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const settings = { published: options.published };
  const processor: Processor = options.queue
    ? await makeQueueProcessor(options.pipeline, settings, options.queue, { runId: options.runId, say: options.say })
    : makeProcessor(options.pipeline, settings, options.concurrency, { timeoutMs: options.articleTimeoutMs, worker: options.worker });
  const cache = await ResultCache.open(options.outDir, options.pipeline.hash, settings, options.resume === true);
  const limit = options.queue ? JOB_ARTICLES * QUEUE_JOBS_IN_FLIGHT : Math.max(16, options.concurrency * WINDOW_PER_THREAD);
  const identity = {
    runId: options.runId,
    tool: TOOL,
    pipeline: { name: options.pipeline.name, path: options.pipeline.path, stages: options.pipeline.stages.map((s) => s.definition.name) },
    options: { published: options.published, concurrency: options.concurrency, resume: options.resume === true },
  };
  const journal = Journal.open(options.outDir, { ...identity, startedAt });
  const settled = new SettledInputs(journal, options.onProgress, options.store);
  const admit = makeAdmitter(options.store ? (sha) => options.store!.storedBy(sha) : undefined);

  /** An admitted input's outcome: at once, from the resume cache, or from the processor. */
  const complete = async (admitted: Admitted): Promise<Settled> => {
    if ('settled' in admitted) return admitted.settled;
    const { todo: { source, warnings }, base } = admitted;
    let result = options.resume ? await cache.get(source) : undefined;
    const cached = result !== undefined;
    let lines: JournalLines | undefined;
    if (!result) {
      const processed = await processor.run(source, warnings);
      // a timeout or a dead worker is no property of the article: --resume tries it again
      if (processed.cacheable) await cache.put(source, processed.json);
      ({ result, lines } = processed);
    }
    const bytes = source.content.length;
    if (!result.ok) return { entry: { ...base, status: 'failed', error: result.reason }, cached, bytes };
    // a file's own text is read back from the file when asked; a store keeps every text
    const text = result.article.textPath === null && options.store === undefined ? '' : result.text;
    return { entry: { ...base, status: 'ok' }, result: { ...result, text }, lines: lines ?? journalLines(result), cached, bytes };
  };

  const reads = new PQueue({ concurrency: Math.max(2, options.concurrency) });
  const window = new OrderedWindow<Settled>((s) => settled.settle(s), WINDOW_BYTES);
  // records are admitted one read after another, in input order, whatever order the reads finish in
  let admitChain: Promise<unknown> = Promise.resolve();
  const enqueue = (records: Promise<ReadRecord[]>, bytes: number) => {
    const admitted = admitChain.then(async () => (await records).map(admit));
    admitChain = admitted;
    window.push(admitted.then((list) => Promise.all(list.map(complete))), bytes);
  };
  const collect = async (item: Parameters<typeof readItem>[0]) => {
    const out: ReadRecord[] = [];
    for await (const record of readItem(item, { maxArticleBytes: options.maxArticleBytes })) out.push(record);
    return out;
  };

  let reached = 0;
  try {
    for await (const item of walkInputs(options.inputs, options.signal)) {
      if (options.signal?.aborted) break;
      reached++;
      if (item.kind === 'file' && item.format === 'jsonl') {
        // a JSONL file may hold a whole archive: stream it line by line through the same bounded window
        for await (const record of readItem(item, { maxArticleBytes: options.maxArticleBytes })) {
          if (options.signal?.aborted) break;
          enqueue(Promise.resolve([record]), record.kind === 'source' ? record.source.content.length : 0);
          await window.drainTo(limit);
        }
      } else {
        enqueue(reads.add(() => collect(item)) as Promise<ReadRecord[]>, item.kind === 'file' ? item.size : 0);
      }
      await window.drainTo(limit);
    }
    await window.drainTo(0);
  } finally {
    await processor.close();
    await cache.close();
    journal.close();
    options.store?.flush();
  }

  const { inputs, articles, claims, perArticle, counts } = settled;
  const packed = journal.texts();
  const interrupted = options.signal?.aborted === true;
  // what an interrupted run never reached, so its reports can say how much is missing
  const notReached = interrupted ? Math.max(0, (await countInputs(options.inputs)) - reached) : undefined;
  const manifest: Manifest = {
    ...identity,
    status: interrupted ? 'interrupted' : 'complete',
    startedAt,
    finishedAt: now().toISOString(),
    inputs,
    counts: {
      inputs: inputs.length, ok: articles.length, failed: counts.failed, skipped: counts.skipped, claims: claims.length,
      entities: 0, facts: 0, discrepancies: 0, messages: counts.messages, cached: counts.cached,
      ...(notReached === undefined ? {} : { notReached }),
    },
  };
  return {
    manifest,
    articles,
    claims,
    entities: [],
    facts: { facts: [], edges: [], entities: [], articles: articles.map((a) => a.id), possible: [] },
    discrepancies: [],
    texts: diskTexts(options.outDir, articles, packed, writeTextsInBackground(textJob(options.outDir, articles, packed, options.store === undefined))),
    perArticle,
  };
}
