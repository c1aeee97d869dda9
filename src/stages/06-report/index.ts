import type { BatchResult } from '../../core/batch.js';
import { writeClaimsCsv } from './claims-csv.js';
import { writeDiscrepanciesJson } from './discrepancies-json.js';
import { writeFactsJson } from './facts-json.js';
import { graphJsonldChunks, writeGraphJsonld } from './graph-jsonld.js';
import { writeReportHtml } from './report-html.js';
import { writeReportMd } from './report-md.js';

export type Writer = (batch: BatchResult) => string;

/**
 * Output file name → writer. Each writer is a pure function of the batch: the same batch gives byte-identical
 * output. The runner writes manifest.json and the .jsonl files itself.
 */
export const WRITERS: Record<string, Writer> = {
  'facts.json': writeFactsJson,
  'discrepancies.json': writeDiscrepanciesJson,
  'graph.jsonld': writeGraphJsonld,
  'report.html': writeReportHtml,
  'report.md': writeReportMd,
  'claims.csv': writeClaimsCsv,
};

/**
 * Writers that can also give their file in chunks, for batches whose file is longer than one JavaScript string
 * may be. The chunks join to exactly the writer's output.
 */
export const CHUNKED_WRITERS: Record<string, (batch: BatchResult) => Iterable<string>> = {
  'graph.jsonld': graphJsonldChunks,
};

export { writeClaimsCsv, writeDiscrepanciesJson, writeFactsJson, writeGraphJsonld, writeReportHtml, writeReportMd };
