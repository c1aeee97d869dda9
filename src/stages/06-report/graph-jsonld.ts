import { GraphFileSchema, GraphNodeSchema } from '../../contracts/index.js';
import type { BatchResult } from '../../core/batch.js';
import { coalesce, joinChunks } from './chunks.js';
import { edgeAttacher } from './graph-edges.js';
import { claimNodes, discrepancyNodes, factNodes } from './graph-findings.js';
import { articleNodes, entityNodes, runNodes } from './graph-sources.js';
import { jsonPieces } from './json-chunks.js';
import { CONTEXT, type GraphNode } from './jsonld.js';
import { validated } from './validated.js';

/**
 * `graph.jsonld`: the batch as JSON-LD with PROV-O provenance. Every claim is `prov:wasQuotedFrom` its article
 * with its offsets and `prov:wasGeneratedBy` the run; the run is associated with the tool and version.
 */
export function writeGraphJsonld(batch: BatchResult): string {
  return joinChunks(graphJsonldChunks(batch));
}

/** Every node in file order, each with its edges attached, made one at a time. */
function* graphNodes(batch: BatchResult): Generator<GraphNode> {
  const edges = edgeAttacher(batch);
  const kinds = [runNodes, articleNodes, entityNodes, claimNodes, factNodes, discrepancyNodes];
  for (const kind of kinds) for (const node of kind(batch)) yield edges.attach(node);
  yield* edges.stubs();
}

/**
 * The same bytes as `JSON.stringify(graph, null, 2)`, in chunks: a large batch's graph is longer than the
 * longest string V8 can hold, and holding every node at once would take gigabytes, so nodes are made, checked
 * and written one by one (a node with many mentions in pieces too).
 */
export function* graphJsonldChunks(batch: BatchResult): Generator<string> {
  validated('graph.jsonld', GraphFileSchema.shape['@context'], CONTEXT, ['@context']);
  yield* coalesce(graphPieces(batch));
}

function* graphPieces(batch: BatchResult): Generator<string> {
  const indent = (json: string, pad: string) => json.replace(/\n/g, `\n${pad}`);
  yield `{\n  "@context": ${indent(JSON.stringify(CONTEXT, null, 2), '  ')},\n  "@graph": [`;
  let count = 0;
  for (const node of graphNodes(batch)) {
    validated('graph.jsonld', GraphNodeSchema, node, ['@graph', count]);
    yield `${count === 0 ? '' : ','}\n    `;
    yield* jsonPieces(node, '    ');
    count++;
  }
  yield count === 0 ? ']\n}\n' : '\n  ]\n}\n';
}
