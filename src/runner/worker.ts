// A worker thread of the pool: loads the pipeline once, then runs the per-article stages for each task.
import type { Source } from '../core/doc.js';
import { loadPipeline, type Pipeline } from '../core/pipeline.js';
import type { RunSettings } from '../core/stage.js';
import { journalLines } from './journal.js';
import { processSource } from './process.js';

export interface WorkerTask {
  pipelinePath: string;
  source: Source;
  settings: RunSettings;
  warnings: string[];
}

const pipelines = new Map<string, Promise<Pipeline>>();

/** What a worker sends back for one article: its result as JSON, and its journal lines (empty when it failed). */
export type WorkerOutput = [json: string, claims: string, entities: string];

/**
 * The article's result as JSON, and its journal lines: serialising here, in parallel, spares the main thread
 * the structured clone of a large object graph and the serialisation for the resume cache and the journal; it
 * parses the result once and appends the lines as they are.
 */
export default async function work(task: WorkerTask): Promise<WorkerOutput>;
export default async function work(task: WorkerTask[]): Promise<WorkerOutput[]>;
/** One article, or several in a row (one hand-off between threads for the lot; results in the same order). */
export default async function work(task: WorkerTask | WorkerTask[]): Promise<WorkerOutput | WorkerOutput[]> {
  if (Array.isArray(task)) {
    const out: WorkerOutput[] = [];
    for (const one of task) out.push(await work(one));
    return out;
  }
  let pipeline = pipelines.get(task.pipelinePath);
  if (!pipeline) {
    pipeline = loadPipeline(task.pipelinePath);
    pipelines.set(task.pipelinePath, pipeline);
  }
  const result = processSource(await pipeline, task.source, task.settings, task.warnings);
  const lines = result.ok ? journalLines(result) : { claims: '', entities: '' };
  return [JSON.stringify(result), lines.claims, lines.entities];
}
