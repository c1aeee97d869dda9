import type { BatchResult } from '../../core/batch.js';
import type { ReportLimits } from './limits.js';
import { indexBatch, type BatchIndex } from './lookup.js';
import { selectForReport, shownClaims, type ReportSelection } from './selection.js';
import { shownQuotes, type QuoteLookup } from './shown-quotes.js';

/** What the HTML report's sections read: the batch, its lookups, what is shown, and the shown claims' sentences. */
export interface ReportView {
  batch: BatchResult;
  index: BatchIndex;
  shown: ReportSelection;
  quotes: QuoteLookup;
}

/** Choose what the page shows first, so that article texts are read only for the claims on it. */
export function reportView(batch: BatchResult, limits: Readonly<ReportLimits>): ReportView {
  const index = indexBatch(batch);
  const shown = selectForReport(batch, index, limits);
  return { batch, index, shown, quotes: shownQuotes(batch, shownClaims(index, shown)) };
}
