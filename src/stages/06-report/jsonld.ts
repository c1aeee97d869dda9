/** JSON-LD building blocks for `graph.jsonld`: the context, node ids and small value helpers. */

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type Ref = { '@id': string };
export type GraphNode = { '@id': string; '@type': string | string[]; [property: string]: Json | undefined };

/** The claimgraph vocabulary; terms are documented in the `cg:` properties this writer emits. */
export const CG_NS = 'https://claimgraph.dev/ns#';

export const CONTEXT = {
  prov: 'http://www.w3.org/ns/prov#',
  schema: 'https://schema.org/',
  cg: CG_NS,
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** Percent-encode everything outside a conservative URN character set, so any id makes a valid IRI. */
function segment(id: string): string {
  return id.replace(/[^A-Za-z0-9\-._~:@]/gu, (c) => {
    try {
      return encodeURIComponent(c);
    } catch {
      return '%EF%BF%BD';
    }
  });
}

export const iri = {
  run: (runId: string) => `urn:claimgraph:run:${segment(runId)}`,
  tool: (name: string, version: string) => `urn:claimgraph:tool:${segment(name)}:${segment(version)}`,
  input: (position: number) => `urn:claimgraph:input:${position}`,
  outlet: (host: string) => `urn:claimgraph:outlet:${segment(host)}`,
  article: (id: string) => `urn:claimgraph:article:${segment(id)}`,
  claim: (id: string) => `urn:claimgraph:claim:${segment(id)}`,
  entity: (id: string) => `urn:claimgraph:entity:${segment(id)}`,
  fact: (id: string) => `urn:claimgraph:fact:${segment(id)}`,
  discrepancy: (id: string) => `urn:claimgraph:discrepancy:${segment(id)}`,
  unknown: (id: string) => `urn:claimgraph:unknown:${segment(id)}`,
};

export function ref(id: string): Ref {
  return { '@id': id };
}

export function typed(value: string, type: 'xsd:date' | 'xsd:dateTime' | 'xsd:anyURI'): Json {
  return { '@value': value, '@type': type };
}

/** Null or absent values say nothing in JSON-LD; leave them out (and empty lists) so the graph stays readable. */
export function node(id: string, type: string | string[], properties: Record<string, Json | undefined>): GraphNode {
  const out: GraphNode = { '@id': id, '@type': type };
  for (const [key, value] of Object.entries(properties)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out;
}

/** `xsd:date` only for ISO calendar dates; anything else stays a plain string. */
export function date(value: string | null | undefined): Json | undefined {
  if (value === null || value === undefined) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? typed(value, 'xsd:date') : value;
}
