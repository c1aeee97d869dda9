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

/**
 * Where a worker leaves a job's results for its coordinator — not as the job's return value, which BullMQ also
 * copies into its event stream. A list: first a JSON array of `[cacheable, withLines]` flags an article, then each
 * article's result JSON and, with lines, its journal lines, as they are (a list of strings escapes nothing, where
 * one JSON document would escape every result a second time). The `done` key is set with it, in one transaction:
 * the coordinator polls the `done` keys.
 */
export const resultKey = (jobId: string) => `claimgraph:result:${jobId}`;
export const doneKey = (jobId: string) => `claimgraph:done:${jobId}`;

/** The list a job's outputs are stored as (see `resultKey`). */
export function encodeOutputs(outputs: readonly ArticleOutput[]): string[] {
  const flags = outputs.map((o) => [o.cacheable ? 1 : 0, o.lines ? 1 : 0]);
  const out = [JSON.stringify(flags)];
  for (const o of outputs) {
    out.push(o.json);
    if (o.lines) out.push(o.lines.claims, o.lines.entities);
  }
  return out;
}

export function decodeOutputs(list: readonly string[]): ArticleOutput[] {
  const flags = JSON.parse(list[0]!) as Array<[number, number]>;
  let k = 1;
  return flags.map(([cacheable, withLines]) => {
    const json = list[k++]!;
    const lines = withLines === 1 ? { claims: list[k++]!, entities: list[k++]! } : null;
    return { json, lines, cacheable: cacheable === 1 };
  });
}
