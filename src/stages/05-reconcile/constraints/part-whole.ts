// A part cannot exceed its whole along the metric hierarchy (fentanyl-involved ≤ opioid ≤ drug overdose deaths).
import type { Entity } from '../../../contracts/index.js';
import { explainPartWhole } from '../explain/constraints.js';
import type { FactNode } from '../fact-node.js';
import { ancestors, type MetricHierarchy } from '../hierarchy.js';
import type { Meter } from '../meter.js';
import { atMostViolation, relationKey, type Violation } from './violation.js';

export interface PartOf {
  part: FactNode;
  whole: FactNode;
}

/**
 * For each fact, the facts of its broader metrics at the same place, period and unit. `links` holds the nearest
 * broader fact only (the graph's part-of edge; the rest follows by transitivity); every broader fact is checked.
 * A part breaks the rule when even its smallest plain value exceeds the whole's largest one.
 */
export function checkPartWhole(
  nodes: readonly FactNode[], hierarchy: MetricHierarchy, entities: ReadonlyMap<string, Entity>, meter: Meter,
): { links: PartOf[]; violations: Violation[] } {
  const index = new Map<string, FactNode>();
  for (const node of nodes) {
    const key = node.fact.metric === null ? null : relationKey(node, node.fact.metric);
    if (key !== null) index.set(key, node);
  }
  const links: PartOf[] = [];
  const violations: Violation[] = [];
  for (const part of nodes) {
    if (part.fact.metric === null) continue;
    let linked = false;
    for (const metric of ancestors(hierarchy, part.fact.metric)) {
      const key = relationKey(part, metric);
      const whole = key === null ? undefined : index.get(key);
      if (whole === undefined) continue;
      meter.comparisons++;
      if (!linked) links.push({ part, whole });
      linked = true;
      const violation = atMostViolation('part-whole', part, whole, entities, explainPartWhole);
      if (violation) violations.push(violation);
    }
  }
  return { links, violations };
}
