import { FactsFileSchema } from '../../contracts/index.js';
import type { BatchResult } from '../../core/batch.js';
import { validated } from './validated.js';

/** `facts.json`: the fact graph exactly as reconciliation built it. */
export function writeFactsJson(batch: BatchResult): string {
  validated('facts.json', FactsFileSchema, batch.facts);
  return `${JSON.stringify(batch.facts, null, 2)}\n`;
}
