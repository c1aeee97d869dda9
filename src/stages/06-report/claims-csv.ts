import type { Claim } from '../../contracts/index.js';
import type { BatchResult } from '../../core/batch.js';
import { coalesce, joinChunks } from './chunks.js';
import { BOM, csvRow, type Cell } from './csv.js';

/** The columns of `claims.csv`, in order: header → cell. */
export const CLAIM_COLUMNS: readonly (readonly [string, (c: Claim) => Cell])[] = [
  ['id', (c) => c.id],
  ['article', (c) => c.article],
  ['path', (c) => c.path],
  ['start', (c) => c.start],
  ['end', (c) => c.end],
  ['quote', (c) => c.quote],
  ['valueText', (c) => c.valueText],
  ['value', (c) => c.value],
  ['low', (c) => c.low],
  ['high', (c) => c.high],
  ['lowInclusive', (c) => c.lowInclusive],
  ['highInclusive', (c) => c.highInclusive],
  ['hedge', (c) => c.hedge],
  ['unit', (c) => c.unit],
  ['dimension', (c) => c.dimension],
  ['direction', (c) => c.direction],
  ['per', (c) => c.per],
  ['counted', (c) => c.counted],
  ['metric', (c) => c.metric],
  ['place', (c) => c.place],
  ['period_start', (c) => c.period?.start ?? null],
  ['period_end', (c) => c.period?.end ?? null],
  ['period_text', (c) => c.period?.text ?? null],
  ['attribution_entity', (c) => c.attribution?.entity ?? null],
  ['attribution_text', (c) => c.attribution?.text ?? null],
  ['extractor', (c) => c.extractor],
  ['confidence', (c) => c.confidence],
];

/** `claims.csv`, in chunks: one claim a row in batch order; RFC 4180 with CRLF line ends and a UTF-8 BOM for Excel. */
export function* claimsCsvChunks(batch: BatchResult): Generator<string> {
  yield* coalesce(claimsCsvPieces(batch));
}

function* claimsCsvPieces(batch: BatchResult): Generator<string> {
  yield BOM + csvRow(CLAIM_COLUMNS.map(([name]) => name));
  for (const claim of batch.claims) yield csvRow(CLAIM_COLUMNS.map(([, cell]) => cell(claim)));
}

/** `claims.csv` as one string: the same bytes as the chunks. */
export function writeClaimsCsv(batch: BatchResult): string {
  return joinChunks(claimsCsvChunks(batch));
}
