// A worker thread of the pool: loads the pipeline once, then runs the per-article stages for each task.
import type { Source } from '../core/doc.js';
import { loadPipeline, type Pipeline } from '../core/pipeline.js';
import type { RunSettings } from '../core/stage.js';
import { processSource } from './process.js';

export interface WorkerTask {
  pipelinePath: string;
  source: Source;
  settings: RunSettings;
  warnings: string[];
}

const pipelines = new Map<string, Promise<Pipeline>>();

/**
 * The article's result as JSON: serialising here, in parallel, spares the main thread both the structured clone
 * of a large object graph and the serialisation for the resume cache; it parses the string once.
 */
export default async function work(task: WorkerTask): Promise<string>;
export default async function work(task: WorkerTask[]): Promise<string[]>;
/** One article, or several in a row (one hand-off between threads for the lot; results in the same order). */
export default async function work(task: WorkerTask | WorkerTask[]): Promise<string | string[]> {
  if (Array.isArray(task)) {
    const out: string[] = [];
    for (const one of task) out.push(await work(one));
    return out;
  }
  let pipeline = pipelines.get(task.pipelinePath);
  if (!pipeline) {
    pipeline = loadPipeline(task.pipelinePath);
    pipelines.set(task.pipelinePath, pipeline);
  }
  return JSON.stringify(processSource(await pipeline, task.source, task.settings, task.warnings));
}
