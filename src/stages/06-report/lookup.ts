import type { Article, Claim, Discrepancy, Entity, Fact, PossibleLink } from '../../contracts/index.js';
import type { BatchResult } from '../../core/batch.js';
import { byPosition } from './order.js';

/** Id lookups over one batch, built once per writer call. */
export interface BatchIndex {
  claim(id: string): Claim | undefined;
  article(id: string): Article | undefined;
  entity(id: string): Entity | undefined;
  fact(id: string): Fact | undefined;
  /** facts that list the claim among their mentions, in batch order */
  factsOf(claimId: string): Fact[];
  /** the article's claims in reading order */
  claimsOf(articleId: string): Claim[];
  /** the discrepancies that name the claim, most severe first */
  findingsOf(claimId: string): Discrepancy[];
  /** the possible links that name the claim */
  possibleOf(claimId: string): PossibleLink[];
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

export function indexBatch(batch: BatchResult): BatchIndex {
  const claims = byId(batch.claims);
  const articles = byId(batch.articles);
  const entities = byId(batch.entities);
  const facts = byId(batch.facts.facts);
  const factsByClaim = groupBy(batch.facts.facts, (f) => f.claims);
  const claimsByArticle = groupBy(byPosition(batch.claims), (c) => [c.article]);
  const findingsByClaim = groupBy([...batch.discrepancies].sort((a, b) => b.severity - a.severity), (d) => d.claims);
  const possibleByClaim = groupBy(batch.facts.possible, (p) => p.claims);
  return {
    claim: (id) => claims.get(id),
    article: (id) => articles.get(id),
    entity: (id) => entities.get(id),
    fact: (id) => facts.get(id),
    factsOf: (id) => factsByClaim.get(id) ?? [],
    claimsOf: (id) => claimsByArticle.get(id) ?? [],
    findingsOf: (id) => findingsByClaim.get(id) ?? [],
    possibleOf: (id) => possibleByClaim.get(id) ?? [],
  };
}
