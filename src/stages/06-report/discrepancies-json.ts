import { DiscrepanciesFileSchema } from '../../contracts/index.js';
import type { BatchResult } from '../../core/batch.js';
import { bySeverity } from './order.js';
import { validated } from './validated.js';

/** `discrepancies.json`: what an auditor must look at, most severe first (ties by id). */
export function writeDiscrepanciesJson(batch: BatchResult): string {
  const ordered = bySeverity(batch.discrepancies);
  validated('discrepancies.json', DiscrepanciesFileSchema, ordered);
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
