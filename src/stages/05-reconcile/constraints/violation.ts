import type { FactNode } from '../fact-node.js';
import type { Item } from '../item.js';

/** A rule between related facts that the figures break. */
export interface Violation {
  rule: 'part-whole' | 'period-total' | 'share-total';
  /** part first, then whole (for shares: the share, the part, the whole) */
  facts: FactNode[];
  /** the claims that fire the rule, in the same order */
  witnesses: Item[];
  /** `literal` when even the literal readings break the rule; `plain` when only the plain readings do */
  reading: 'literal' | 'plain';
  /** how far past the rule, relative to the bound it breaks */
  gap: number;
  explanation: string;
}

/** Facts only meet a related fact of the same place, period and unit, as levels (not rates of change). */
export function relationKey(node: FactNode, metric: string): string | null {
  const f = node.fact;
  if (node.group.kind !== 'dated' || f.direction !== null) return null;
  return [metric, f.place ?? '', f.period?.start ?? '', f.period?.end ?? '', node.items[0]?.base ?? '', f.per ?? ''].join('|');
}
