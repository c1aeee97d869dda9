// How urgently an auditor should look: the size of the gap, how many independent sources disagree, and whether
// a named primary source (an agency such as NIH, CDC or DEA) is on either side.
import type { Entity } from '../../contracts/index.js';
import type { Item } from './item.js';

export interface SeverityFactors {
  /** `literal` when even the literal readings disagree (a contradiction), `plain` for a tension between readings */
  reading: 'literal' | 'plain';
  /** gap relative to the bound it crosses (0.075 for 106,000 against 98,000); capped at 1 */
  gap: number;
  /** independent sources among the claims involved: wire copies and repeats count once */
  sources: number;
  /** an agency is named as the source of a claim involved */
  primary: boolean;
}

/**
 * severity = reading weight (1 contradiction, 0.6 tension) × (0.5 + gap, gap capped at 1)
 *          × (1 + 0.5 per independent source beyond the first, at most 4 more) × (1.5 with a primary source).
 * A tiny gap still counts (0.5): a provisional 107,000 against a final 106,699 must be seen.
 */
export function severity(f: SeverityFactors): number {
  const weight = f.reading === 'literal' ? 1 : 0.6;
  const gap = 0.5 + Math.min(1, Math.max(0, f.gap));
  const sources = 1 + 0.5 * Math.min(4, Math.max(0, f.sources - 1));
  const primary = f.primary ? 1.5 : 1;
  return Number((weight * gap * sources * primary).toFixed(4));
}

/** Agencies named as the source of any of these claims, by entity id, sorted. */
export function primarySources(items: readonly Item[], entities: ReadonlyMap<string, Entity>): string[] {
  const ids = new Set<string>();
  for (const { claim } of items) {
    const id = claim.attribution?.entity ?? null;
    if (id !== null && entities.get(id)?.type === 'agency') ids.add(id);
  }
  return [...ids].sort();
}
