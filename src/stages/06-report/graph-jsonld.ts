import { GraphFileSchema } from '../../contracts/index.js';
import type { BatchResult } from '../../core/batch.js';
import { attachEdges } from './graph-edges.js';
import { claimNodes, discrepancyNodes, factNodes } from './graph-findings.js';
import { articleNodes, entityNodes, runNodes } from './graph-sources.js';
import { CONTEXT } from './jsonld.js';
import { validated } from './validated.js';

/**
 * `graph.jsonld`: the batch as JSON-LD with PROV-O provenance. Every claim is `prov:wasQuotedFrom` its article
 * with its offsets and `prov:wasGeneratedBy` the run; the run is associated with the tool and version.
 */
export function writeGraphJsonld(batch: BatchResult): string {
  const nodes = [
    ...runNodes(batch),
    ...articleNodes(batch),
    ...entityNodes(batch),
    ...claimNodes(batch),
    ...factNodes(batch),
    ...discrepancyNodes(batch),
  ];
  const graph = { '@context': CONTEXT, '@graph': attachEdges(nodes, batch) };
  validated('graph.jsonld', GraphFileSchema, graph);
  return `${JSON.stringify(graph, null, 2)}\n`;
}
