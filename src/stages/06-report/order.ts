import type { Claim, Discrepancy } from '../../contracts/index.js';

/** Code-unit string comparison: the same order on every machine and locale (unlike localeCompare). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Most severe first; equal severities by id, so the order never depends on how the batch was built. */
export function bySeverity(discrepancies: readonly Discrepancy[]): Discrepancy[] {
  return [...discrepancies].sort((a, b) => b.severity - a.severity || compareStrings(a.id, b.id));
}

/** Claims in reading order: by offset in their article, then by id. */
export function byPosition(claims: readonly Claim[]): Claim[] {
  return [...claims].sort((a, b) => a.start - b.start || a.end - b.end || compareStrings(a.id, b.id));
}
