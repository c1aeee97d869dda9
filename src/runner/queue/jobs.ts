import type { Source } from '../../core/doc.js';
import type { RunSettings } from '../../core/stage.js';

/** The BullMQ queue every coordinator sends to and every worker takes from. */
export const QUEUE_NAME = 'claimgraph-articles';

/**
 * Articles a job carries, at most. A job costs the queue a few milliseconds (add, lock, complete, the result's
 * round trip), about one short article's processing: 100 short articles a job keep that under 1% while a job
 * still spreads over several machines' workers in a run of thousands. Long articles fill a job by size instead.
 */
export const JOB_ARTICLES = 100;
/** …and at most this much text a job, so a job of long articles stays a few seconds of work and a few MB in Redis. */
export const JOB_CHARS = 4 * 1024 * 1024;
/** How long a worker's result waits in Redis for its coordinator before it expires (a coordinator that died). */
export const RESULT_TTL_SECONDS = 24 * 60 * 60;

/** What a job carries: the articles, the pipeline to run them through, and the versions that must match. */
export interface ArticlesJob {
  /** claimgraph's version and the hash of its data files: a worker of another version refuses the job */
  tool: string;
  data: string;
  /** the pipeline file's text, and its hash (workers keep one pipeline a hash) */
  pipeline: { text: string; hash: string; name: string };
  settings: RunSettings;
  tasks: Array<{ source: Source; warnings: string[] }>;
}

/** One article's result as the local pool gives it: the result as JSON, its journal lines (when the pool's workers made them), whether to cache it. */
export interface ArticleOutput {
  json: string;
  lines: { claims: string; entities: string } | null;
  cacheable: boolean;
}

/** Where a worker leaves a job's results for its coordinator (not in the job: BullMQ copies return values into its event stream). */
export const resultKey = (jobId: string) => `claimgraph:result:${jobId}`;
