import type { Article, Claim, Discrepancy, Entity, FactsFile, Manifest } from '../contracts/index.js';

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
