import type { Claim, OfficialFigure } from '../contracts/index.js';
import type { BatchResult } from '../core/batch.js';
import { resolveBatch, type ArticleEntities } from '../stages/03-entities/public.js';
import { judgeOfficial, reconcile, type ReviewedPairs } from '../stages/05-reconcile/index.js';

/**
 * The cross-article stages, once per batch on the main thread: merge each article's entities into batch-wide
 * ones (and point claims at the merged ids), reconcile claims into facts and discrepancies, judge claims against
 * official figures when reference tables are given (and keep apart or join the claims reviewers decided on, in a
 * desk store), fill the counts.
 *
 * It takes the collected batch over: its per-article entities are let go once merged, and claims are pointed at
 * the merged ids in place, so a large batch never holds two copies of its mentions or claims.
 */
export function finishBatch(collected: BatchResult & { perArticle: ArticleEntities[] }, official: readonly OfficialFigure[] = [], decided?: ReviewedPairs): BatchResult {
  const { entities, renames } = resolveBatch(collected.perArticle);
  collected.perArticle = [];
  const { perArticle: _, ...batch } = collected;
  const claims = batch.claims;
  for (const claim of claims) renameClaim(claim, renames[claim.article]);
  const reconciled = reconcile({ claims, entities, articles: batch.articles, texts: batch.texts, ...(decided !== undefined ? { decided } : {}) });
  let { facts, discrepancies } = reconciled;
  // official figures (reference tables): each claim of a frame a table holds, judged against its latest release
  if (official.length > 0) {
    const judged = judgeOfficial(claims, facts.facts, entities, official);
    facts = { ...facts, official: judged.verdicts };
    discrepancies = [...discrepancies, ...judged.discrepancies].sort((a, b) => b.severity - a.severity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
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

function renameClaim(claim: Claim, renames: Readonly<Record<string, string>> | undefined): void {
  if (!renames) return;
  const to = (id: string | null) => (id === null ? null : (renames[id] ?? id));
  claim.place = to(claim.place);
  claim.entities = [...new Set(claim.entities.map((id) => renames[id] ?? id))];
  if (claim.attribution) claim.attribution = { ...claim.attribution, entity: to(claim.attribution.entity) };
}
