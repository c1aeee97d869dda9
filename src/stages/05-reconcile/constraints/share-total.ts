// A share and two counts must agree when all three are stated: part ÷ whole must fall in the stated percent.
import type { Interval } from '../../../contracts/index.js';
import { explainShareTotal } from '../explain/constraints.js';
import type { FactNode } from '../fact-node.js';
import { shareOf, type MetricHierarchy } from '../hierarchy.js';
import { closure, overlaps, relativeGap } from '../interval-ops.js';
import type { Meter } from '../meter.js';
import { pushTo } from '../fast/index.js';
import { highEndWitness, lowEndWitness } from './witness.js';
import type { Violation } from './violation.js';

function scopeKey(node: FactNode, metric: string): string | null {
  const f = node.fact;
  if (node.group.kind !== 'dated' || f.direction !== null || f.per !== null) return null;
  return [metric, f.place ?? '', f.period?.start ?? '', f.period?.end ?? ''].join('|');
}

/** The percents part ÷ whole can make, both ends closed (a conservative range). */
export function ratioRange(part: Interval, whole: Interval): Interval {
  const low = part.low === null || whole.high === null || whole.high <= 0 ? 0 : (Math.max(part.low, 0) / whole.high) * 100;
  const high = part.high === null || whole.low === null || whole.low <= 0 ? null : (part.high / whole.low) * 100;
  return { low, high, lowInclusive: true, highInclusive: true };
}

export function checkShareTotals(nodes: readonly FactNode[], hierarchy: MetricHierarchy, meter: Meter): Violation[] {
  const index = new Map<string, FactNode[]>();
  for (const node of nodes) {
    const key = node.fact.metric === null ? null : scopeKey(node, node.fact.metric);
    if (key !== null) pushTo(index, key, node);
  }
  const violations: Violation[] = [];
  for (const share of nodes) {
    const rel = share.fact.metric === null || share.fact.unit !== 'percent' ? null : shareOf(hierarchy, share.fact.metric);
    if (rel === null) continue;
    const partKey = scopeKey(share, rel.part);
    const wholeKey = scopeKey(share, rel.whole);
    if (partKey === null || wholeKey === null) continue;
    for (const part of index.get(partKey) ?? []) {
      for (const whole of index.get(wholeKey) ?? []) {
        if (part.items[0]?.base !== whole.items[0]?.base) continue;
        meter.comparisons++;
        const plainRatio = ratioRange(part.plainRange, whole.plainRange);
        if (overlaps(share.plainRange, plainRatio)) continue;
        const reading = overlaps(closure(share.literalRange), ratioRange(part.literalRange, whole.literalRange)) ? 'plain' : 'literal';
        const shareItem = share.plainRange.low !== null && plainRatio.high !== null && share.plainRange.low > plainRatio.high
          ? lowEndWitness(share) : highEndWitness(share);
        const partItem = lowEndWitness(part);
        const wholeItem = highEndWitness(whole);
        violations.push({
          rule: 'share-total', facts: [share, part, whole], witnesses: [shareItem, partItem, wholeItem], reading,
          gap: relativeGap(share.plainRange, plainRatio),
          explanation: explainShareTotal(share, shareItem, part, partItem, whole, wholeItem, plainRatio, reading),
        });
      }
    }
  }
  return violations;
}
