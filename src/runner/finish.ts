import type { BatchResult } from '../core/batch.js';
import { reconcile } from '../stages/05-reconcile/index.js';

/**
 * The cross-article stages, once per batch on the main thread: reconcile claims into facts and discrepancies,
 * and fill the manifest's counts.
 */
export function finishBatch(batch: BatchResult): BatchResult {
  const { facts, discrepancies } = reconcile({ claims: batch.claims, entities: batch.entities, articles: batch.articles, texts: batch.texts });
  return {
    ...batch,
    facts,
    discrepancies,
    manifest: {
      ...batch.manifest,
      counts: { ...batch.manifest.counts, entities: batch.entities.length, facts: facts.facts.length, discrepancies: discrepancies.length },
    },
  };
}
