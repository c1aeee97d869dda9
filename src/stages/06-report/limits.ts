/**
 * How much of a batch the human-facing reports (report.html, report.md) show. An auditor reads a page, not
 * 140,000 claims, and a page of a large batch must stay small enough to open; so above these limits the
 * reports show a selection and say, in counts, what was left out and which file has it. Every limit is far
 * above what a newsroom batch of a few hundred articles reaches, so such reports are complete. The data files
 * (facts.json, discrepancies.json, claims.csv, graph.jsonld, the .jsonl files) always hold everything.
 */
export interface ReportLimits {
  /** discrepancies shown in full (claim cards, number lines), most severe first */
  discrepancies: number;
  /** facts shown: those with disagreement or several sources first */
  facts: number;
  /** articles with a claim table */
  articles: number;
  /** claims shown for one discrepancy or fact: its first ones, which for a discrepancy are the two that disagree */
  claimsPerFinding: number;
  /** rows in one article's claim table */
  claimsPerArticle: number;
  /** rows in the table of inputs that were not read */
  unreadInputs: number;
}

export const MAX_DISCREPANCIES_SHOWN = 200;
export const MAX_FACTS_SHOWN = 300;
export const MAX_ARTICLES_SHOWN = 200;
export const MAX_CLAIMS_PER_FINDING = 12;
export const MAX_CLAIMS_PER_ARTICLE = 40;
export const MAX_UNREAD_INPUTS_SHOWN = 500;

export const REPORT_LIMITS: Readonly<ReportLimits> = Object.freeze({
  discrepancies: MAX_DISCREPANCIES_SHOWN,
  facts: MAX_FACTS_SHOWN,
  articles: MAX_ARTICLES_SHOWN,
  claimsPerFinding: MAX_CLAIMS_PER_FINDING,
  claimsPerArticle: MAX_CLAIMS_PER_ARTICLE,
  unreadInputs: MAX_UNREAD_INPUTS_SHOWN,
});
