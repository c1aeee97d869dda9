import type { Entity } from '../../../contracts/index.js';
import type { FactNode } from '../fact-node.js';
import { canBeAtMost, closure, relativeGap } from '../interval-ops.js';
import type { Item } from '../item.js';
import { highEndWitness, lowEndWitness } from './witness.js';

/** A rule between related facts that the figures break. */
export interface Violation {
  rule: 'part-whole' | 'place-part' | 'period-total' | 'share-total';
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

type Explain = (part: FactNode, partItem: Item, whole: FactNode, wholeItem: Item, reading: 'literal' | 'plain', place: string | null) => string;

/**
 * The violation when `part` can exceed `whole` (its smallest plain value above the whole's largest), else null.
 * Shared by the rules whose form is "this figure can be at most that one".
 */
export function atMostViolation(
  rule: 'part-whole' | 'place-part' | 'period-total', part: FactNode, whole: FactNode, entities: ReadonlyMap<string, Entity>, explain: Explain,
): Violation | null {
  if (canBeAtMost(part.plainRange, whole.plainRange)) return null;
  const reading = canBeAtMost(closure(part.literalRange), closure(whole.literalRange)) ? 'plain' : 'literal';
  const partItem = lowEndWitness(part);
  const wholeItem = highEndWitness(whole);
  const place = whole.fact.place === null ? null : entities.get(whole.fact.place)?.name ?? whole.fact.place;
  return {
    rule, facts: [part, whole], witnesses: [partItem, wholeItem], reading,
    gap: relativeGap(part.plainRange, whole.plainRange),
    explanation: explain(part, partItem, whole, wholeItem, reading, place),
  };
}
