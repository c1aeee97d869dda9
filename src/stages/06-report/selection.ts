import type { Article, Claim, Discrepancy, Fact, ManifestInput, PossibleLink } from '../../contracts/index.js';
import type { BatchResult } from '../../core/batch.js';
import type { ReportLimits } from './limits.js';
import type { BatchIndex } from './lookup.js';
import { bySeverity } from './order.js';

/** What report.html and report.md show of a batch, and the totals they say it was chosen from. */
export interface ReportSelection {
  limits: Readonly<ReportLimits>;
  /** most severe first */
  discrepancies: Shown<Discrepancy>;
  /** batch order when all fit; otherwise by `factPriority` */
  facts: Shown<Fact>;
  /** possible links, most confident first */
  possible: Shown<PossibleLink>;
  /** batch order */
  articles: Shown<Article>;
  /** manifest order */
  unread: Shown<ManifestInput>;
}

export interface Shown<T> {
  items: T[];
  total: number;
}

/** True when a section shows less than the batch has. */
export const isCut = (s: Shown<unknown>): boolean => s.items.length < s.total;

/** The ids of a finding's claims that are shown: its first ones (a discrepancy lists the two that disagree first). */
export function shownClaimIds(ids: readonly string[], limits: Readonly<ReportLimits>): readonly string[] {
  return ids.length <= limits.claimsPerFinding ? ids : ids.slice(0, limits.claimsPerFinding);
}

/** An article's claims that get a row in its table: the first in reading order. */
export function shownArticleClaims(claims: readonly Claim[], limits: Readonly<ReportLimits>): readonly Claim[] {
  return claims.length <= limits.claimsPerArticle ? claims : claims.slice(0, limits.claimsPerArticle);
}

const VERDICT_RANK: Readonly<Record<Fact['verdict'], number>> = { discrepancy: 0, tension: 1, compatible: 2, agree: 3, single: 4 };

/** Distinct articles among a fact's claims: how many sources report it. */
function sourceCount(index: BatchIndex, fact: Fact): number {
  const articles = new Set<string>();
  for (const id of fact.claims) {
    const claim = index.claim(id);
    if (claim) articles.add(claim.article);
  }
  return articles.size;
}

/**
 * The facts an auditor should see first: disagreement before agreement before a single source (discrepancy,
 * tension, compatible, agree, single), then most sources, then most mentions, then batch order.
 */
function topFacts(index: BatchIndex, facts: readonly Fact[], limit: number): Fact[] {
  const ranked = facts.map((fact, position) => ({ fact, position, rank: VERDICT_RANK[fact.verdict], sources: sourceCount(index, fact) }));
  ranked.sort((a, b) => a.rank - b.rank || b.sources - a.sources || b.fact.claims.length - a.fact.claims.length || a.position - b.position);
  return ranked.slice(0, limit).map((r) => r.fact);
}

/**
 * Articles quoted by the findings shown (in the order they are quoted), then the others in batch order, up to
 * the limit; shown in batch order, so the links from a shown finding to its claims' rows mostly resolve.
 */
function topArticles(batch: BatchResult, index: BatchIndex, quoted: Iterable<string>, limit: number): Article[] {
  const chosen = new Set<string>();
  for (const id of quoted) {
    if (chosen.size >= limit) break;
    if (index.article(id)) chosen.add(id);
  }
  for (const article of batch.articles) {
    if (chosen.size >= limit) break;
    chosen.add(article.id);
  }
  return batch.articles.filter((a) => chosen.has(a.id));
}

function* quotedArticles(index: BatchIndex, findings: Iterable<{ claims: readonly string[] }>, limits: Readonly<ReportLimits>): Generator<string> {
  for (const finding of findings) {
    for (const id of shownClaimIds(finding.claims, limits)) {
      const claim = index.claim(id);
      if (claim) yield claim.article;
    }
  }
}

function* concat<T>(...parts: Iterable<T>[]): Generator<T> {
  for (const part of parts) yield* part;
}

/** Choose what the reports show. A batch within every limit is shown whole, in the order it has always been. */
export function selectForReport(batch: BatchResult, index: BatchIndex, limits: Readonly<ReportLimits>): ReportSelection {
  const discrepancies = bySeverity(batch.discrepancies).slice(0, limits.discrepancies);
  const allFacts = batch.facts.facts;
  const facts = allFacts.length <= limits.facts ? [...allFacts] : topFacts(index, allFacts, limits.facts);
  const articles = batch.articles.length <= limits.articles
    ? [...batch.articles]
    : topArticles(batch, index, concat(quotedArticles(index, discrepancies, limits), quotedArticles(index, facts, limits)), limits.articles);
  const unread = batch.manifest.inputs.filter((i) => i.status !== 'ok');
  const possible = [...batch.facts.possible].sort((a, b) => b.confidence - a.confidence || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, limits.discrepancies);
  return {
    limits,
    discrepancies: { items: discrepancies, total: batch.discrepancies.length },
    possible: { items: possible, total: batch.facts.possible.length },
    facts: { items: facts, total: allFacts.length },
    articles: { items: articles, total: batch.articles.length },
    unread: { items: unread.slice(0, limits.unreadInputs), total: unread.length },
  };
}

/** Every claim the HTML report quotes in its sentence, in the order the page shows them. */
export function* shownClaims(index: BatchIndex, selection: ReportSelection): Generator<Claim> {
  const { limits } = selection;
  for (const finding of concat<{ claims: readonly string[] }>(selection.discrepancies.items, selection.possible.items, selection.facts.items)) {
    for (const id of shownClaimIds(finding.claims, limits)) {
      const claim = index.claim(id);
      if (claim) yield claim;
    }
  }
  for (const article of selection.articles.items) yield* shownArticleClaims(index.claimsOf(article.id), limits);
}
