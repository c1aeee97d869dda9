import type { Edge } from '../../contracts/index.js';
import type { BatchResult } from '../../core/batch.js';
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
 * order. An edge whose source is not in the graph gets a stub node, so no edge is silently dropped.
 */
export function attachEdges(nodes: GraphNode[], batch: BatchResult): GraphNode[] {
  const resolve = idResolver(batch);
  const byIri = new Map(nodes.map((n) => [n['@id'], n]));
  const stubs: GraphNode[] = [];
  for (const edge of batch.facts.edges) {
    const source = resolve(edge.source);
    let target = byIri.get(source);
    if (target === undefined) {
      target = node(source, 'prov:Entity', { 'cg:note': 'referenced by an edge in facts.json but not in this batch' });
      byIri.set(source, target);
      stubs.push(target);
    }
    const property = EDGE_PROPERTIES[edge.type];
    const existing = target[property];
    const values: Json[] = Array.isArray(existing) ? existing : [];
    target[property] = [...values, ref(resolve(edge.target))];
  }
  return [...nodes, ...stubs];
}
