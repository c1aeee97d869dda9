import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pipeline } from '../../src/core/pipeline.js';

/** The pool's worker for tests: the real one with a `busy` stage (see busy-worker.mjs). */
export const BUSY_WORKER = new URL('./busy-worker.mjs', import.meta.url);

/**
 * The default pipeline with the `busy` stage after ingest, in a temporary file the workers load, loaded here with
 * the compiled modules (worker threads need JavaScript; npm test builds dist/ first). An article whose text holds
 * "BUSY <N>" then keeps its worker busy for N ms.
 */
export async function busyPipeline(): Promise<Pipeline> {
  const { registerBusyStage } = (await import(BUSY_WORKER.href)) as { registerBusyStage: () => void };
  registerBusyStage();
  const { loadPipeline } = (await import('../../dist/stages/pipeline.js' as string)) as typeof import('../../src/stages/pipeline.js');
  const config = JSON.parse(readFileSync('pipelines/newsroom.json', 'utf8')) as { stages: Array<{ use: string }> };
  config.stages.splice(1, 0, { use: 'busy' });
  const path = join(mkdtempSync(join(tmpdir(), 'claimgraph-busy-')), 'busy.json');
  writeFileSync(path, JSON.stringify(config));
  return loadPipeline(path);
}
