import type { BatchResult } from '../../core/batch.js';
import { coalesce, joinChunks } from './chunks.js';
import { REPORT_LIMITS, type ReportLimits } from './limits.js';
import { indexBatch } from './lookup.js';
import { markdownDocument } from './md-document.js';
import { mdDiscrepancies, mdFacts, mdPossible } from './md-findings.js';
import { mdArticles, mdSummary, mdUnread } from './md-sources.js';
import { selectForReport } from './selection.js';
import { newsSectionMd } from './news.js';
import { officialSectionMd } from './official-section.js';

/**
 * `report.md`: the auditor's findings in Markdown: run summary, discrepancies by severity, facts with their
 * mentions, per-article summaries, then inputs that were not read. Article text is escaped so it stays text.
 * A batch beyond `limits` gets the same selection as report.html, with counts of what was left out.
 */
export function* reportMdChunks(batch: BatchResult, limits: Readonly<ReportLimits> = REPORT_LIMITS): Generator<string> {
  yield* coalesce(markdownDocument(reportBlocks(batch, limits)));
}

function* reportBlocks(batch: BatchResult, limits: Readonly<ReportLimits>): Generator<readonly string[]> {
  const index = indexBatch(batch);
  const shown = selectForReport(batch, index, limits);
  yield mdSummary(batch, shown);
  if (batch.news !== undefined) yield newsSectionMd(batch, index);
  if (batch.facts.official !== undefined) yield officialSectionMd(batch, index);
  yield* mdDiscrepancies(batch, index, shown);
  yield* mdPossible(batch, index, shown);
  yield* mdFacts(batch, index, shown);
  yield* mdArticles(batch, index, shown);
  yield mdUnread(shown);
}

/** `report.md` as one string: the same bytes as the chunks. */
export function writeReportMd(batch: BatchResult, limits: Readonly<ReportLimits> = REPORT_LIMITS): string {
  return joinChunks(reportMdChunks(batch, limits));
}
