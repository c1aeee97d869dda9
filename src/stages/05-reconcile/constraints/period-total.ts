// A count over a period cannot exceed the same count over a longer period containing it (24 in 2023 ≤ 65 in 2019–2023).
import type { Entity } from '../../../contracts/index.js';
import { explainPeriodTotal } from '../explain/constraints.js';
import type { FactNode } from '../fact-node.js';
import { compareHigh } from '../interval-ops.js';
import type { Meter } from '../meter.js';
import { compareStrings, pushTo } from '../fast/index.js';
import { SuffixMinTree } from './min-tree.js';
import { atMostViolation, type Violation } from './violation.js';

/** Quantities that add up over time. Percents, prices, ratios and rates do not. */
const CUMULATIVE = new Set(['count', 'mass']);

function blockKey(node: FactNode): string | null {
  const f = node.fact;
  const p = f.period;
  if (node.group.kind !== 'dated' || f.metric === null || f.direction !== null || f.per !== null) return null;
  if (!CUMULATIVE.has(f.dimension) || p === null || p.start === null || p.end === null) return null;
  return [f.metric, f.place ?? '', f.dimension, node.items[0]?.base ?? ''].join('|');
}

/**
 * Per metric, place and unit: sweep the facts by start (longer first on ties) keeping, by end date, the container
 * with the smallest upper bound seen so far; each fact is checked against the tightest cap among the periods
 * that contain it. O(n log n) per block, one comparison per fact.
 */
export function checkPeriodTotals(nodes: readonly FactNode[], entities: ReadonlyMap<string, Entity>, meter: Meter): Violation[] {
  const blocks = new Map<string, FactNode[]>();
  for (const node of nodes) {
    const key = blockKey(node);
    if (key !== null) pushTo(blocks, key, node);
  }
  const violations: Violation[] = [];
  for (const list of blocks.values()) {
    if (list.length < 2) continue;
    const start = (n: FactNode) => n.fact.period?.start ?? '';
    const end = (n: FactNode) => n.fact.period?.end ?? '';
    const ends = [...new Set(list.map(end))].sort(compareStrings);
    const rank = new Map(ends.map((e, i) => [e, i]));
    const tree = new SuffixMinTree<FactNode>(ends.length, (a, b) => compareHigh(a.plainRange, b.plainRange) < 0);
    const sorted = [...list].sort((a, b) => compareStrings(start(a), start(b)) || compareStrings(end(b), end(a)));
    // facts of one period (kept apart by their readings or by a reviewer) are not each other's totals: a run of
    // equal periods is checked against the longer ones before any of it joins the tree
    for (let i = 0; i < sorted.length;) {
      let j = i;
      while (j < sorted.length && start(sorted[j]!) === start(sorted[i]!) && end(sorted[j]!) === end(sorted[i]!)) j++;
      const position = rank.get(end(sorted[i]!)) ?? 0;
      const whole = tree.minFrom(position);
      for (const part of sorted.slice(i, j)) {
        if (whole === undefined) continue;
        meter.comparisons++;
        const violation = atMostViolation('period-total', part, whole, entities, explainPeriodTotal);
        if (violation) violations.push(violation);
      }
      for (const part of sorted.slice(i, j)) tree.insert(position, part);
      i = j;
    }
  }
  return violations;
}
