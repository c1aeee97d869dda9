// facts.edges: how claims, facts and entities hang together, sorted and without duplicates.
import type { Edge } from '../../contracts/index.js';
import type { PartOf } from './constraints/part-whole.js';
import type { Violation } from './constraints/violation.js';
import type { FactNode } from './fact-node.js';
import type { Item } from './item.js';
import { compareStrings, pushTo } from './order.js';

type EdgeType = Edge['type'];

/**
 * Edges as they are found, sorted and deduplicated once at the end. A batch of a million claims has ~3 million
 * edges: a plain list per type costs a third of a map keyed by joined strings, which is what let reconciliation
 * grow faster than the batch (the heap, not the work, grew superlinearly).
 */
class EdgeSet {
  private readonly byType = new Map<EdgeType, Edge[]>();

  add(type: EdgeType, source: string, target: string): void {
    if (source === target) return;
    pushTo(this.byType, type, { type, source, target });
  }

  /** A symmetric relation, stored once with the smaller id as source. */
  addBoth(type: EdgeType, a: string, b: string): void {
    if (compareStrings(a, b) <= 0) this.add(type, a, b);
    else this.add(type, b, a);
  }

  /** By type, then source, then target (code-unit order), each edge once. */
  sorted(): Edge[] {
    const out: Edge[] = [];
    for (const type of [...this.byType.keys()].sort(compareStrings)) {
      const list = this.byType.get(type)!.sort((a, b) => compareStrings(a.source, b.source) || compareStrings(a.target, b.target));
      let previous: Edge | undefined;
      for (const edge of list) {
        if (previous === undefined || previous.source !== edge.source || previous.target !== edge.target) out.push(edge);
        previous = edge;
      }
    }
    return out;
  }
}

/**
 * - mention-of: claim → its fact; stated-by: claim → the attributed entity;
 * - about: fact → its place, claim → its place and the entities its sentence mentions (the speaker has stated-by);
 * - part-of: fact → the nearest broader fact along the metric hierarchy;
 * - same-event: a wire copy → the first appearance of the same words (one source reappearing);
 * - contradicts: claim ↔ claim inside a conflicting or tense fact; fact ↔ fact in a broken constraint.
 */
export function buildEdges(items: readonly Item[], nodes: readonly FactNode[], links: readonly PartOf[], violations: readonly Violation[]): Edge[] {
  const edges = new EdgeSet();
  for (const node of nodes) {
    if (node.fact.place !== null) edges.add('about', node.fact.id, node.fact.place);
    for (const item of node.items) edges.add('mention-of', item.claim.id, node.fact.id);
    for (const [a, b] of node.judgement.disputes) edges.addBoth('contradicts', a.claim.id, b.claim.id);
  }
  const byWire = new Map<string, Item[]>();
  for (const item of items) {
    const { claim } = item;
    const speaker = claim.attribution?.entity ?? null;
    if (speaker !== null) edges.add('stated-by', claim.id, speaker);
    for (const entity of claim.entities) if (entity !== speaker) edges.add('about', claim.id, entity);
    if (item.place !== null && item.place !== speaker) edges.add('about', claim.id, item.place);
    if (item.wire !== null) pushTo(byWire, item.wire, item);
  }
  for (const copies of byWire.values()) {
    const [first, ...rest] = copies;
    if (first === undefined) continue;
    for (const copy of rest) if (copy.claim.article !== first.claim.article) edges.add('same-event', copy.claim.id, first.claim.id);
  }
  for (const { part, whole } of links) edges.add('part-of', part.fact.id, whole.fact.id);
  for (const v of violations) {
    const [head, ...others] = v.facts;
    if (head === undefined) continue;
    for (const other of others) edges.addBoth('contradicts', head.fact.id, other.fact.id);
  }
  return edges.sorted();
}
