import { DiscrepancySchema } from '../../contracts/index.js';
import type { BatchResult } from '../../core/batch.js';
import { coalesce, joinChunks } from './chunks.js';
import { jsonFilePieces } from './json-chunks.js';
import { bySeverity } from './order.js';
import { validated } from './validated.js';


/** `discrepancies.json`, in chunks: what an auditor must look at, most severe first (ties by id). */
export function* discrepanciesJsonChunks(batch: BatchResult): Generator<string> {
  const ordered = bySeverity(batch.discrepancies);
  ordered.forEach((d, i) => validated('discrepancies.json', DiscrepancySchema, d, [i]));
  yield* coalesce(jsonFilePieces(ordered));
}

/** `discrepancies.json` as one string: the same bytes as the chunks. */
export function writeDiscrepanciesJson(batch: BatchResult): string {
  return joinChunks(discrepanciesJsonChunks(batch));
}
