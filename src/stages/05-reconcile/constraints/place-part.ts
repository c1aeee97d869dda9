// A place's count cannot exceed the count for a place it lies in (Butte County ≤ California ≤ the United States),
// for the same measure, statistic and period. Containment comes from the gazetteers (`within` on an entity).
import type { Entity } from '../../../contracts/index.js';
import { explainPlacePart } from '../explain/constraints.js';
import type { FactNode } from '../fact-node.js';
import { statisticClass } from '../identity.js';
import type { Meter } from '../meter.js';
import type { PartOf } from './part-whole.js';
import { atMostViolation, type Violation } from './violation.js';

/** How far up a chain of places to look: a neighbourhood, a city, a county, a state, a country. */
const MAX_DEPTH = 6;

/** Heads that count places or stand for another figure: "50 states", "214 cities", "the figure" are no extensive count. */
const NOT_COUNTS = new Set(['city', 'state', 'county', 'country', 'nation', 'district', 'region', 'place', 'figure', 'number', 'total', 'time', 'day', 'year', 'month', 'week']);

/**
 * Whether a fact's frame is stated, not inferred: a claim whose own clause names both its place and its measure
 * (or the lexicon's metric). A place or a measure taken from the headline, the paragraph or the article's country
 * is too loose a reading to set a part against its whole.
 */
const stated = (node: FactNode): boolean => node.items.some(({ claim }) =>
  claim.placeFrom?.via === 'clause' && (claim.metric !== null || (claim.measure !== null && claim.measure.via === 'clause' && !NOT_COUNTS.has(claim.measure.head))));

/** Facts of one measure and period meet across places only as totals, only when dated and stated. */
function key(node: FactNode, place: string): string | null {
  const f = node.fact;
  if (node.group.kind !== 'dated' || f.direction !== null || f.period === null) return null;
  if (statisticClass(node.items[0]!.claim.statistic, node.items[0]!.claim) !== 'total' || !stated(node)) return null;
  return [node.items[0]!.measure, place, f.period.start ?? '', f.period.end ?? ''].join('|');
}

/**
 * For each fact at a place, the facts of the same measure and period at the places it lies in: each is a whole
 * it is part of (`links`: the nearest only), and a part above its whole is a violation. A rate, a share, an
 * average or a change of a part can exceed the whole's, so only totals are compared.
 */
export function checkPlaceParts(nodes: readonly FactNode[], entities: ReadonlyMap<string, Entity>, meter: Meter): { links: PartOf[]; violations: Violation[] } {
  const index = new Map<string, FactNode>();
  for (const node of nodes) {
    const k = node.fact.place === null ? null : key(node, node.fact.place);
    if (k !== null && !index.has(k)) index.set(k, node);
  }
  const links: PartOf[] = [];
  const violations: Violation[] = [];
  for (const part of nodes) {
    if (part.fact.place === null || key(part, part.fact.place) === null) continue;
    let linked = false;
    let place = entities.get(part.fact.place)?.within;
    for (let depth = 0; place !== undefined && depth < MAX_DEPTH; depth++) {
      meter.comparisons++;
      const whole = index.get(key(part, place)!);
      if (whole !== undefined) {
        if (!linked) links.push({ part, whole });
        linked = true;
        const violation = atMostViolation('place-part', part, whole, entities, (p, pi, w, wi, reading) =>
          explainPlacePart(p, pi, w, wi, reading, entities.get(part.fact.place!)?.name ?? part.fact.place!, entities.get(place!)?.name ?? place!));
        if (violation) violations.push(violation);
      }
      place = entities.get(place)?.within;
    }
  }
  return { links, violations };
}
