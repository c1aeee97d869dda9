import type { BatchResult } from '../../core/batch.js';
import { indexBatch } from './lookup.js';
import { mdDiscrepancies, mdFacts } from './md-findings.js';
import { mdArticles, mdSummary, mdUnread } from './md-sources.js';

/**
 * `report.md`: the auditor's findings in Markdown: run summary, discrepancies by severity, facts with their
 * mentions, per-article summaries, then inputs that were not read. Article text is escaped so it stays text.
 */
export function writeReportMd(batch: BatchResult): string {
  const index = indexBatch(batch);
  const lines = [
    ...mdSummary(batch),
    ...mdDiscrepancies(batch, index),
    ...mdFacts(batch, index),
    ...mdArticles(batch, index),
    ...mdUnread(batch),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
