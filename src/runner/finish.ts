import type { Claim } from '../contracts/index.js';
import type { BatchResult } from '../core/batch.js';
import { resolveBatch, type ArticleEntities } from '../stages/03-entities/merge.js';
import { reconcile } from '../stages/05-reconcile/index.js';

/**
 * The cross-article stages, once per batch on the main thread: merge each article's entities into batch-wide
 * ones (and point claims at the merged ids), reconcile claims into facts and discrepancies, fill the counts.
 */
export function finishBatch(batch: BatchResult, perArticle: readonly ArticleEntities[]): BatchResult {
  const { entities, renames } = resolveBatch(perArticle);
  const claims = batch.claims.map((c) => renameClaim(c, renames[c.article]));
  const { facts, discrepancies } = reconcile({ claims, entities, articles: batch.articles, texts: batch.texts });
  return {
    ...batch,
    claims,
    entities,
    facts,
    discrepancies,
    manifest: {
      ...batch.manifest,
      counts: { ...batch.manifest.counts, entities: entities.length, facts: facts.facts.length, discrepancies: discrepancies.length },
    },
  };
}

function renameClaim(claim: Claim, renames: Readonly<Record<string, string>> | undefined): Claim {
  if (!renames || Object.keys(renames).length === 0) return claim;
  const to = (id: string | null) => (id === null ? null : (renames[id] ?? id));
  return {
    ...claim,
    place: to(claim.place),
    entities: [...new Set(claim.entities.map((id) => renames[id] ?? id))],
    attribution: claim.attribution && { ...claim.attribution, entity: to(claim.attribution.entity) },
  };
}
