// facts.edges: how claims, facts and entities hang together, sorted and without duplicates.
import type { Edge } from '../../contracts/index.js';
import type { PartOf } from './constraints/part-whole.js';
import type { Violation } from './constraints/violation.js';
import type { FactNode } from './fact-node.js';
import type { Item } from './item.js';
import { compareStrings, pairPacker, pushTo } from './order.js';

type EdgeType = Edge['type'];

const byEnds = (a: Edge, b: Edge) => compareStrings(a.source, b.source) || compareStrings(a.target, b.target);

/**
 * Edges as they are found, sorted and deduplicated once at the end. A batch of a million claims has ~3 million
 * edges, so the order they are found in matters: claims' edges are added in claim-id order (the order the items
 * come in) with each claim's targets in order, which leaves each list all but sorted, and the sort (a merge sort
 * that finds runs) then costs one pass instead of n log n string comparisons. A plain list per type costs a third
 * of a map keyed by joined strings, which is what once let reconciliation grow faster than the batch.
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
      let previous: Edge | undefined;
      for (const edge of this.byType.get(type)!.sort(byEnds)) {
        if (previous === undefined || previous.source !== edge.source || previous.target !== edge.target) out.push(edge);
        previous = edge;
      }
    }
    return out;
  }
}

/** The claim's `about` targets in order: the entities its sentence mentions and its place, not the speaker. */
function aboutTargets(item: Item, speaker: string | null): string[] {
  const targets = item.claim.entities.filter((entity) => entity !== speaker);
  if (item.place !== null && item.place !== speaker) targets.push(item.place);
  return targets.length > 1 ? targets.sort(compareStrings) : targets;
}

/**
 * Claims that contradict each other, as pairs of ranks (claim-id order) packed into one number each and sorted
 * as numbers: a million claims give hundreds of thousands of pairs, which sorted by their ids' strings cost more
 * than all the other edges together.
 */
function disputedPairs(nodes: readonly FactNode[], items: readonly Item[]): Array<[Item, Item]> {
  const pairs = pairPacker(items.length);
  const packed: number[] = [];
  for (const node of nodes) {
    for (const [a, b] of node.judgement.disputes) packed.push(a.rank < b.rank ? pairs.pack(a.rank, b.rank) : pairs.pack(b.rank, a.rank));
  }
  return Array.from(Float64Array.from(packed).sort(), (p) => [items[pairs.high(p)]!, items[pairs.low(p)]!]);
}

/**
 * - mention-of: claim → its fact; stated-by: claim → the attributed entity;
 * - about: fact → its place, claim → its place and the entities its sentence mentions (the speaker has stated-by);
 * - part-of: fact → the nearest broader fact along the metric hierarchy;
 * - same-event: a wire copy → the first appearance of the same words (one source reappearing);
 * - contradicts: claim ↔ claim inside a conflicting or tense fact; fact ↔ fact in a broken constraint.
 *
 * `items` come sorted by claim id, each knowing its rank in that order (prepareItems).
 */
export function buildEdges(items: readonly Item[], nodes: readonly FactNode[], links: readonly PartOf[], violations: readonly Violation[]): Edge[] {
  const edges = new EdgeSet();
  const factOf: string[] = new Array<string>(items.length);
  for (const node of nodes) for (const item of node.items) factOf[item.rank] = node.fact.id;
  const firstOfWire = new Map<string, Item>();
  for (const item of items) {
    const { claim } = item;
    edges.add('mention-of', claim.id, factOf[item.rank]!);
    const speaker = claim.attribution?.entity ?? null;
    if (speaker !== null) edges.add('stated-by', claim.id, speaker);
    for (const target of aboutTargets(item, speaker)) edges.add('about', claim.id, target);
    if (item.wire === null) continue;
    const first = firstOfWire.get(item.wire);
    if (first === undefined) firstOfWire.set(item.wire, item);
    else if (first.article !== item.article) edges.add('same-event', claim.id, first.claim.id);
  }
  for (const node of nodes) if (node.fact.place !== null) edges.add('about', node.fact.id, node.fact.place);
  for (const [a, b] of disputedPairs(nodes, items)) edges.add('contradicts', a.claim.id, b.claim.id);
  for (const { part, whole } of links) edges.add('part-of', part.fact.id, whole.fact.id);
  for (const v of violations) {
    const [head, ...others] = v.facts;
    if (head === undefined) continue;
    for (const other of others) edges.addBoth('contradicts', head.fact.id, other.fact.id);
  }
  return edges.sorted();
}
