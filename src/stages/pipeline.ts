// The pipeline loader bound to this project's stage registry: core/pipeline.ts knows no stage, the registry knows
// no loader, and this is where the two meet for every caller (the CLI, the runner's threads, the queue's workers).
import type { PipelineConfig } from '../contracts/index.js';
import { buildPipeline as build, loadPipeline as load, type Pipeline, type PipelineLoad } from '../core/pipeline.js';
import { STAGES } from './index.js';

export type { Pipeline, PipelineLoad };

/** Read, check and set up the pipeline file at `path` with the registered stages. */
export const loadPipeline = (path: string, options: PipelineLoad = {}): Promise<Pipeline> => load(path, STAGES, options);

/** The same for a pipeline given as data; `path` names it in messages. */
export const buildPipeline = (config: PipelineConfig, path: string, options: PipelineLoad = {}): Promise<Pipeline> => build(config, path, STAGES, options);
