// facts.edges: how claims, facts and entities hang together, sorted and without duplicates.
import { EdgeSchema, type Edge } from '../../contracts/index.js';
import type { PartOf } from './constraints/part-whole.js';
import type { Violation } from './constraints/violation.js';
import type { FactNode } from './fact-node.js';
import type { Item } from './item.js';
import { compareStrings, pairPacker } from './fast/index.js';
import { prefixKeys, stringOrder } from './fast/index.js';

type EdgeType = Edge['type'];

/** Every edge type in code-unit order: the order edges are written in, type by type. */
const TYPES: readonly EdgeType[] = [...EdgeSchema.shape.type.options].sort(compareStrings);
const TYPE_INDEX = new Map(TYPES.map((type, i) => [type, i]));

/** Relations stored once, with the smaller id as source. */
const SYMMETRIC: ReadonlySet<EdgeType> = new Set(['contradicts']);

/**
 * Edges as numbers while they are found, made into objects once, sorted and without duplicates. A batch of a
 * million claims has ~3 million edges between ~1.2 million ids: sorting them as objects by their ids' strings
 * costs ~20 string comparisons an edge, most of them cache misses into the claims (bench/README.md,
 * "Reconciliation's growth", has the measurements). Each id instead gets a number in the order of the
 * strings (`ranks`), an edge is the pair of numbers packed into one, and a Float64Array sorts each type natively.
 *
 * The edges are found twice: once to count them, once to write them into one array of exactly that length. A
 * typed array's memory lies outside the JavaScript heap, and V8 starts a full collection whenever that memory
 * has grown by 64 MB since the last: lists grown by doubling, then packed into arrays of their own, passed that
 * step for a million claims' edges, and such a collection then fell inside the reconciliation.
 *
 * An end is first known by a local number: claims by rank, then facts by position, then every other id (entities,
 * places) in the order met.
 */
class EdgeSet {
  private readonly others = new Map<string, number>();
  /** each type's edges: how many (while counting), then where the next one goes in `packed` */
  private readonly counts = new Array<number>(TYPES.length).fill(0);
  private readonly starts = new Array<number>(TYPES.length).fill(0);
  /** null while counting; then each edge as its two local numbers packed into one, type by type */
  private packed: Float64Array | null = null;
  private locals = pairPacker(1);

  constructor(private readonly claims: readonly Item[], private readonly nodes: readonly FactNode[]) {}

  claim(item: Item): number {
    return item.rank;
  }

  fact(position: number): number {
    return this.claims.length + position;
  }

  /** Any other id: an entity, a place. */
  other(id: string): number {
    let local = this.others.get(id);
    if (local === undefined) {
      if (this.packed !== null) throw new Error(`edge end ${id} was not met while the edges were counted: the two passes must add the same edges`);
      this.others.set(id, (local = this.claims.length + this.nodes.length + this.others.size));
    }
    return local;
  }

  add(type: EdgeType, source: number, target: number): void {
    const t = TYPE_INDEX.get(type)!;
    if (this.packed === null) this.counts[t]!++;
    else this.packed[this.counts[t]!++] = this.locals.pack(source, target);
  }

  /**
   * Each local number's rank in code-unit order of the ids (equal ids share one), and the id of each rank. Claims'
   * ids are in order already (local number = rank), so only the facts' and the other ids are sorted, then merged
   * in. The merge compares prefix keys, made while the claims are walked in the order they lie in memory: in
   * rank order their ids are scattered over the whole batch, and comparing them as strings costs a cache miss a
   * comparison. Strings are compared only where keys tie.
   */
  private ranks(): { rank: Int32Array; idOf: string[] } {
    const n = this.claims.length;
    const inBatch = this.claims.map((item) => item.claim.id);
    const rest = [...this.nodes.map((node) => node.fact.id), ...this.others.keys()];
    const restOrder = stringOrder(rest);
    const key = prefixKeys(inBatch, rest);
    const claimIds = new Array<string>(n);
    const claimKeys = new Float64Array(n);
    this.claims.forEach((item, i) => {
      claimIds[item.rank] = inBatch[i]!;
      claimKeys[item.rank] = key(inBatch[i]!);
    });
    const restKeys = Float64Array.from(restOrder, (position) => key(rest[position]!));
    const rank = new Int32Array(n + rest.length);
    const idOf: string[] = [];
    let lastKey = -1;
    const take = (local: number, id: string, idKey: number) => {
      if (idKey !== lastKey || idOf[idOf.length - 1] !== id) idOf.push(id);
      lastKey = idKey;
      rank[local] = idOf.length - 1;
    };
    let [c, r] = [0, 0];
    while (c < n || r < rest.length) {
      const fromClaims = r === rest.length || (c < n && (claimKeys[c]! < restKeys[r]! || (claimKeys[c] === restKeys[r] && compareStrings(claimIds[c]!, rest[restOrder[r]!]!) <= 0)));
      if (fromClaims) {
        take(c, claimIds[c]!, claimKeys[c]!);
        c++;
      } else {
        take(n + restOrder[r]!, rest[restOrder[r]!]!, restKeys[r]!);
        r++;
      }
    }
    return { rank, idOf };
  }

  /** After the counting pass: room for exactly the edges counted; `add` writes from now on. */
  write(): void {
    this.locals = pairPacker(Math.max(1, this.claims.length + this.nodes.length + this.others.size));
    let total = 0;
    TYPES.forEach((_, t) => {
      this.starts[t] = total;
      total += this.counts[t]!;
      this.counts[t] = this.starts[t]!;
    });
    this.packed = new Float64Array(total);
  }

  /** By type, then source, then target (code-unit order), each edge once; no edge from an id to itself. */
  sorted(): Edge[] {
    const packed = this.packed;
    if (packed === null) throw new Error('EdgeSet.sorted() needs write() and the pass that writes the edges first');
    const { rank, idOf } = this.ranks();
    const pairs = pairPacker(Math.max(1, idOf.length));
    const locals = this.locals;
    // each type's range in place: locals to ranks, sorted, then each edge once (equal pairs are neighbours)
    const unique = TYPES.map((type, t) => {
      const [start, end] = [this.starts[t]!, this.counts[t]!];
      const symmetric = SYMMETRIC.has(type);
      let count = start;
      for (let i = start; i < end; i++) {
        const a = rank[locals.high(packed[i]!)]!;
        const b = rank[locals.low(packed[i]!)]!;
        if (a !== b) packed[count++] = symmetric && b < a ? pairs.pack(b, a) : pairs.pack(a, b);
      }
      const sorted = packed.subarray(start, count).sort();
      let kept = 0;
      for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[kept++] = sorted[i]!;
      return kept;
    });
    // made at its final length: a list of 3 million edges grown by pushing copies itself ~2.5 times over
    const out = new Array<Edge>(unique.reduce((n, kept) => n + kept, 0));
    let next = 0;
    TYPES.forEach((type, t) => {
      for (let i = this.starts[t]!; i < this.starts[t]! + unique[t]!; i++) {
        out[next++] = { type, source: idOf[pairs.high(packed[i]!)]!, target: idOf[pairs.low(packed[i]!)]! };
      }
    });
    return out;
  }

}

/**
 * - mention-of: claim → its fact; stated-by: claim → the attributed entity;
 * - about: fact → its place, claim → its place and the entities its sentence mentions (the speaker has stated-by);
 * - part-of: fact → the nearest broader fact along the metric hierarchy;
 * - same-event: a wire copy → the first appearance of the same words (one source reappearing);
 * - contradicts: claim ↔ claim inside a conflicting or tense fact; fact ↔ fact in a broken constraint.
 *
 * `items` come in the batch's order, each knowing its rank in claim-id order (prepareItems).
 */
export function buildEdges(items: readonly Item[], nodes: readonly FactNode[], links: readonly PartOf[], violations: readonly Violation[]): Edge[] {
  const edges = new EdgeSet(items, nodes);
  const factOf = new Int32Array(items.length);
  const positionOf = new Map<FactNode, number>();
  nodes.forEach((node, position) => {
    positionOf.set(node, position);
    for (const item of node.items) factOf[item.rank] = position;
  });
  // the first appearance of each wire text: its claim with the smallest id
  const firstOfWire = new Map<string, Item>();
  for (const item of items) {
    if (item.wire === null) continue;
    const first = firstOfWire.get(item.wire);
    if (first === undefined || item.rank < first.rank) firstOfWire.set(item.wire, item);
  }
  const fact = (node: FactNode) => edges.fact(positionOf.get(node)!);
  const find = () => {
    for (const item of items) {
      const { claim } = item;
      const source = edges.claim(item);
      edges.add('mention-of', source, edges.fact(factOf[item.rank]!));
      const speaker = claim.attribution?.entity ?? null;
      if (speaker !== null) edges.add('stated-by', source, edges.other(speaker));
      for (const entity of claim.entities) if (entity !== speaker) edges.add('about', source, edges.other(entity));
      if (item.place !== null && item.place !== speaker) edges.add('about', source, edges.other(item.place));
      const first = item.wire === null ? undefined : firstOfWire.get(item.wire);
      if (first !== undefined && first.articleRank !== item.articleRank) edges.add('same-event', source, edges.claim(first));
    }
    nodes.forEach((node, position) => {
      if (node.fact.place !== null) edges.add('about', edges.fact(position), edges.other(node.fact.place));
      for (const [a, b] of node.judgement.disputes) edges.add('contradicts', edges.claim(a), edges.claim(b));
    });
    for (const { part, whole } of links) edges.add('part-of', fact(part), fact(whole));
    for (const v of violations) {
      const [head, ...others] = v.facts;
      if (head === undefined) continue;
      for (const other of others) edges.add('contradicts', fact(head), fact(other));
    }
  };
  find(); // counts each type's edges and numbers the ids met
  edges.write();
  find(); // writes them
  return edges.sorted();
}
