import type { BatchResult } from '../../core/batch.js';
import { joinChunks } from './chunks.js';
import { claimsCsvChunks, writeClaimsCsv } from './claims-csv.js';
import { discrepanciesJsonChunks, writeDiscrepanciesJson } from './discrepancies-json.js';
import { factsJsonChunks, writeFactsJson } from './facts-json.js';
import { graphJsonldChunks, writeGraphJsonld } from './graph-jsonld.js';
import { reportHtmlChunks, writeReportHtml } from './report-html.js';
import { reportMdChunks, writeReportMd } from './report-md.js';

export { interruptionNote } from './describe.js';

export type Writer = (batch: BatchResult) => string;
export type ChunkedWriter = (batch: BatchResult) => Iterable<string>;

/**
 * Output file name → its file in chunks of about 64 KB (see chunks.ts). Every writer streams: a large batch's
 * files are longer than one JavaScript string may be, and holding them whole took gigabytes. Each writer is a
 * pure function of the batch: the same batch gives byte-identical output. The runner writes manifest.json and
 * the .jsonl files itself.
 */
export const CHUNKED_WRITERS: Record<string, ChunkedWriter> = {
  'facts.json': factsJsonChunks,
  'discrepancies.json': discrepanciesJsonChunks,
  'graph.jsonld': graphJsonldChunks,
  'report.html': (batch) => reportHtmlChunks(batch),
  'report.md': (batch) => reportMdChunks(batch),
  'claims.csv': claimsCsvChunks,
};

/** The same files as one string each: exactly the chunks joined, for tests and small batches. */
export const WRITERS: Record<string, Writer> = Object.fromEntries(
  Object.entries(CHUNKED_WRITERS).map(([name, chunks]) => [name, (batch: BatchResult) => joinChunks(chunks(batch))]),
);

export { writeClaimsCsv, writeDiscrepanciesJson, writeFactsJson, writeGraphJsonld, writeReportHtml, writeReportMd };
/** Pieces joined into chunks of ~64 KB: the runner writes its .jsonl files through it too. */
export { coalesce } from './chunks.js';
