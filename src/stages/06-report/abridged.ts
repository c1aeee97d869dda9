// Plain-text sentences that say what a report of a large batch left out and where it is; shared by the HTML
// and Markdown reports (each escapes them its own way), so both say the same thing. None appear for a batch
// within every limit.
import type { Discrepancy, Fact } from '../../contracts/index.js';
import type { BatchResult } from '../../core/batch.js';
import { KIND_LABELS, VERDICT_LABELS } from './labels.js';
import type { BatchIndex } from './lookup.js';
import { formatNumber, formatSeverity } from './numbers.js';
import { isCut, type ReportSelection } from './selection.js';

/** "1 fact", "1,681 facts". */
export function counted(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

export const VERDICT_ORDER: readonly Fact['verdict'][] = ['discrepancy', 'tension', 'compatible', 'agree', 'single'];
const KIND_ORDER: readonly Discrepancy['kind'][] = ['conflict', 'tension', 'revision', 'constraint', 'official'];

export function verdictCounts(facts: readonly Fact[]): Record<Fact['verdict'], number> {
  const counts = { discrepancy: 0, tension: 0, compatible: 0, agree: 0, single: 0 };
  for (const fact of facts) counts[fact.verdict]++;
  return counts;
}

/** "Discrepancy 9 · Tension 3 · Compatible 3 · Agree 0 · Single source 1,966". */
export function verdictSummary(counts: Readonly<Record<Fact['verdict'], number>>): string {
  return VERDICT_ORDER.map((v) => `${VERDICT_LABELS[v]} ${formatNumber(counts[v])}`).join(' · ');
}

function kindSummary(discrepancies: readonly Discrepancy[]): string {
  const counts = { conflict: 0, tension: 0, revision: 0, constraint: 0, official: 0 };
  for (const d of discrepancies) counts[d.kind]++;
  return KIND_ORDER.filter((k) => counts[k] > 0).map((k) => `${KIND_LABELS[k].toLowerCase()} ${formatNumber(counts[k])}`).join(', ');
}

/** One sentence for the top of the report when any section is cut; null when everything is shown. */
export function reportNote(s: ReportSelection): string | null {
  const parts = [
    isCut(s.discrepancies) ? `the ${formatNumber(s.discrepancies.items.length)} most severe of ${counted(s.discrepancies.total, 'discrepancy', 'discrepancies')}` : null,
    isCut(s.facts) ? `${formatNumber(s.facts.items.length)} of ${counted(s.facts.total, 'fact', 'facts')}` : null,
    isCut(s.articles) ? `${formatNumber(s.articles.items.length)} of ${counted(s.articles.total, 'article', 'articles')}` : null,
    isCut(s.unread) ? `${formatNumber(s.unread.items.length)} of ${counted(s.unread.total, 'input', 'inputs')} not read` : null,
  ].filter((p): p is string => p !== null);
  if (parts.length === 0) return null;
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `This batch is larger than one page can show, so this report shows a selection: ${list}, and at most ${s.limits.claimsPerFinding} claims of each finding. Nothing is missing from the data files: discrepancies.json, facts.json, claims.csv, claims.jsonl, articles.jsonl, manifest.json and graph.jsonld hold every item. Each section below says what it left out.`;
}

export function discrepanciesNote(batch: BatchResult, s: ReportSelection): string | null {
  if (!isCut(s.discrepancies)) return null;
  const shown = s.discrepancies.items.length;
  const rest = s.discrepancies.total - shown;
  return `By kind: ${kindSummary(batch.discrepancies)}. Shown here in full: the ${formatNumber(shown)} most severe. The other ${counted(rest, 'discrepancy', 'discrepancies')} (severity ${formatSeverity(s.discrepancies.items.at(-1)?.severity ?? 0)} or less) are in discrepancies.json, most severe first, and in graph.jsonld.`;
}

/** Under a discrepancy or fact whose claims were cut to the first ones. */
export function findingClaimsNote(of: 'discrepancy' | 'fact', total: number, shown: number): string | null {
  if (shown >= total) return null;
  return of === 'discrepancy'
    ? `Showing the first ${formatNumber(shown)} of ${formatNumber(total)} claims, as discrepancies.json lists them (the claims that disagree first); all ${formatNumber(total)} are listed there, and claims.csv has every claim.`
    : `Showing the first ${formatNumber(shown)} of ${formatNumber(total)} mentions; facts.json lists all ${formatNumber(total)}, and claims.csv has every claim.`;
}

export function factsNote(s: ReportSelection, all: readonly Fact[]): string | null {
  if (!isCut(s.facts)) return null;
  const shown = new Set(s.facts.items);
  const rest = verdictCounts(all.filter((f) => !shown.has(f)));
  const restList = VERDICT_ORDER.filter((v) => rest[v] > 0).map((v) => `${formatNumber(rest[v])} ${VERDICT_LABELS[v].toLowerCase()}`).join(', ');
  return `Showing ${formatNumber(s.facts.items.length)} of ${counted(s.facts.total, 'fact', 'facts')}: discrepancies, tensions, compatible and agreeing facts first, then single-source facts; within each verdict, those reported by most articles first. The other ${counted(s.facts.total - shown.size, 'fact', 'facts')} (${restList}) are in facts.json and graph.jsonld, with their claims in claims.csv.`;
}

export function articlesNote(batch: BatchResult, index: BatchIndex, s: ReportSelection): string | null {
  if (!isCut(s.articles)) return null;
  const shownClaims = s.articles.items.reduce((n, a) => n + index.claimsOf(a.id).length, 0);
  const rest = s.articles.total - s.articles.items.length;
  return `Showing ${formatNumber(s.articles.items.length)} of ${counted(s.articles.total, 'article', 'articles')}, in input order: those quoted in the findings above first, then the earliest others. The other ${counted(rest, 'article', 'articles')} are in articles.jsonl, and their ${counted(batch.claims.length - shownClaims, 'claim', 'claims')} in claims.csv and claims.jsonl.`;
}

/** Under an article table cut to its first claims. */
export function articleClaimsNote(total: number, shown: number): string | null {
  if (shown >= total) return null;
  return `Showing the first ${formatNumber(shown)} of ${formatNumber(total)} claims of this article, in reading order; claims.csv has them all.`;
}

export function unreadNote(s: ReportSelection): string | null {
  if (!isCut(s.unread)) return null;
  return `Showing the first ${formatNumber(s.unread.items.length)} of ${counted(s.unread.total, 'input', 'inputs')} not read; manifest.json lists every input with its status and reason.`;
}
