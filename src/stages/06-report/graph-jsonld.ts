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
  return [...graphJsonldChunks(batch)].join('');
}

/**
 * The same bytes as `JSON.stringify(graph, null, 2)`, a node at a time: a large batch's graph is longer than
 * the longest string V8 can hold, so the runner writes these chunks to the file one by one.
 */
export function* graphJsonldChunks(batch: BatchResult): Generator<string> {
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
  const indent = (json: string, pad: string) => json.replace(/\n/g, `\n${pad}`);
  yield `{\n  "@context": ${indent(JSON.stringify(graph['@context'], null, 2), '  ')},\n  "@graph": [`;
  for (let i = 0; i < graph['@graph'].length; i++) {
    yield `${i === 0 ? '' : ','}\n    ${indent(JSON.stringify(graph['@graph'][i], null, 2), '    ')}`;
  }
  yield graph['@graph'].length === 0 ? ']\n}\n' : '\n  ]\n}\n';
}
