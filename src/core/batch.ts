import type { Article, Claim, Discrepancy, Entity, FactsFile, Manifest } from '../contracts/index.js';
import { contentId } from './ids.js';

/**
 * Everything a run produced, in deterministic order, as the cross-article stages (reconcile, report) see it.
 * `texts` maps article id → the text offsets refer to.
 */
export interface BatchResult {
  manifest: Manifest;
  articles: Article[];
  claims: Claim[];
  entities: Entity[];
  facts: FactsFile;
  discrepancies: Discrepancy[];
  texts: ReadonlyMap<string, string>;
}

/**
 * A content-derived key for a batch: the same inputs, pipeline and tool version give the same key. Reports and
 * the graph name the run by this key (not by the manifest's random run id or its times), so that running twice
 * on the same input gives byte-identical files apart from manifest.json.
 */
export function batchKey(manifest: Manifest): string {
  return contentId(
    manifest.tool.version, manifest.pipeline.name, manifest.pipeline.stages.join(','), manifest.options.published ?? '',
    ...manifest.inputs.map((i) => `${i.path}:${i.line ?? ''}:${i.sha256 ?? ''}:${i.status}`),
  );
}
