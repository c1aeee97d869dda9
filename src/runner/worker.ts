// A worker thread of the pool: loads the pipeline once, then runs the per-article stages for each task.
import type { Source } from '../core/doc.js';
import { loadPipeline, type Pipeline } from '../stages/pipeline.js';
import type { RunSettings } from '../core/stage.js';
import { Board } from './board.js';
import { journalLines } from './journal.js';
import { processSources, type ArticleResult } from './process.js';

export interface WorkerTask {
  pipelinePath: string;
  source: Source;
  settings: RunSettings;
  warnings: string[];
}

const pipelines = new Map<string, Promise<Pipeline>>();

/** What a worker sends back for one article: its result as JSON, and its journal lines (empty when it failed). */
export type WorkerOutput = [json: string, claims: string, entities: string];

/** Articles of one pipeline and run settings, and the shared board the worker keeps each article's time on. */
export interface WorkerBatch {
  tasks: WorkerTask[];
  board: SharedArrayBuffer;
}

/**
 * The articles' results as JSON, and their journal lines: serialising here, in parallel, spares the main thread
 * the structured clone of a large object graph and the serialisation for the resume cache and the journal; it
 * parses each result once and appends the lines as they are. The stages run across the batch stage by stage
 * (one hand-off between threads for the lot); results come in the same order.
 */
export default async function work({ tasks, board }: WorkerBatch): Promise<WorkerOutput[]> {
  if (tasks.length === 0) return [];
  const { pipelinePath, settings } = tasks[0]!;
  const key = JSON.stringify(settings);
  if (tasks.some((t) => t.pipelinePath !== pipelinePath || JSON.stringify(t.settings) !== key)) {
    throw new Error('a batch must share one pipeline and one run\'s settings');
  }
  let pipeline = pipelines.get(pipelinePath);
  if (!pipeline) {
    pipeline = loadPipeline(pipelinePath);
    pipelines.set(pipelinePath, pipeline);
  }
  return processSources(await pipeline, tasks, settings, new Board(board).observer()).map(serialise);
}

/** The output for one result: `JSON.stringify(result)` and the journal lines, each claim serialised once for both. */
function serialise(result: ArticleResult): WorkerOutput {
  if (!result.ok) return [JSON.stringify(result), '', ''];
  const claims = result.claims.map((c) => JSON.stringify(c));
  let json = '';
  for (const [key, value] of Object.entries(result)) {
    if (value === undefined) continue;
    json += `${json === '' ? '{' : ','}${JSON.stringify(key)}:${key === 'claims' ? `[${claims.join(',')}]` : JSON.stringify(value)}`;
  }
  const lines = journalLines(result, claims);
  return [`${json}}`, lines.claims, lines.entities];
}
