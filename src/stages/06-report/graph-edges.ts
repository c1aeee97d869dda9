import type { Edge } from '../../contracts/index.js';
import type { BatchResult } from '../../core/batch.js';
import { pushTo } from '../../core/collections.js';
import { iri, node, ref, type GraphNode, type Json } from './jsonld.js';

/** The property each edge type becomes on its source node. */
export const EDGE_PROPERTIES: Readonly<Record<Edge['type'], string>> = {
  'mention-of': 'cg:mentionOf',
  'stated-by': 'cg:statedBy',
  about: 'cg:about',
  'part-of': 'cg:partOf',
  'same-event': 'cg:sameEvent',
  contradicts: 'cg:contradicts',
};

/**
 * Resolves a batch id to its node IRI. Edges carry bare ids; the kinds are tried in a fixed order
 * (claim, fact, entity, article, discrepancy) and an id none of them knows gets an `unknown` IRI.
 */
export function idResolver(batch: BatchResult): (id: string) => string {
  const known = new Map<string, string>();
  const add = (ids: readonly string[], make: (id: string) => string) => {
    for (const id of ids) if (!known.has(id)) known.set(id, make(id));
  };
  add(batch.claims.map((c) => c.id), iri.claim);
  add(batch.facts.facts.map((f) => f.id), iri.fact);
  add(batch.entities.map((e) => e.id), iri.entity);
  add(batch.articles.map((a) => a.id), iri.article);
  add(batch.discrepancies.map((d) => d.id), iri.discrepancy);
  return (id) => known.get(id) ?? iri.unknown(id);
}

/**
 * Adds each edge of `facts.json` as a property of its source node (`cg:partOf`, `cg:contradicts`...), in edge
 * order, as the nodes stream past. Edges are grouped by source up front (edge positions only, so the grouping
 * stays small); `attach` gives a node its edges, and `stubs` then yields a node for each source that no node
 * had, in the order the edges first name it, so no edge is silently dropped. Node ids are unique in a batch
 * (they are derived from content), so each source's edges go to the one node with its IRI.
 */
export function edgeAttacher(batch: BatchResult): { attach(node: GraphNode): GraphNode; stubs(): Generator<GraphNode> } {
  const resolve = idResolver(batch);
  const { edges } = batch.facts;
  const bySource = new Map<string, number[]>();
  edges.forEach((edge, i) => pushTo(bySource, resolve(edge.source), i));
  const attach = (target: GraphNode): GraphNode => {
    const group = bySource.get(target['@id']);
    if (group === undefined) return target;
    bySource.delete(target['@id']);
    for (const i of group) {
      const edge = edges[i]!;
      const property = EDGE_PROPERTIES[edge.type];
      const existing = target[property];
      const values: Json[] = Array.isArray(existing) ? existing : [];
      target[property] = [...values, ref(resolve(edge.target))];
    }
    return target;
  };
  function* stubs(): Generator<GraphNode> {
    for (const source of [...bySource.keys()]) {
      yield attach(node(source, 'prov:Entity', { 'cg:note': 'referenced by an edge in facts.json but not in this batch' }));
    }
  }
  return { attach, stubs };
}
