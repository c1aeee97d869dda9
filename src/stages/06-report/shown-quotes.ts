import type { Claim } from '../../contracts/index.js';
import type { BatchResult } from '../../core/batch.js';
import { pushTo } from '../../core/collections.js';
import { quoteContext, type QuoteContext } from './quote-context.js';

/** The sentence around each shown claim's quote, cut once from its article's text. */
export interface QuoteLookup {
  get(claim: Claim): QuoteContext;
}

/**
 * Reading an article's text can mean reading a file (the runner's TextSource reads each text back from disk),
 * so the page asks for each article's text once, in batch order, and only for the claims it shows; it keeps
 * just the cut sentences (a few hundred characters each), never the texts.
 */
export function shownQuotes(batch: BatchResult, claims: Iterable<Claim>): QuoteLookup {
  const byArticle = new Map<string, Claim[]>();
  for (const claim of claims) pushTo(byArticle, claim.article, claim);
  const order = [...batch.articles.map((a) => a.id).filter((id) => byArticle.has(id)), ...byArticle.keys()];
  const contexts = new Map<Claim, QuoteContext>();
  for (const article of new Set(order)) {
    const text = batch.texts.get(article);
    for (const claim of byArticle.get(article) ?? []) contexts.set(claim, quoteContext(text, claim));
  }
  return {
    // a claim the page did not announce still gets its sentence, read on its own
    get: (claim) => contexts.get(claim) ?? quoteContext(batch.texts.get(claim.article), claim),
  };
}
