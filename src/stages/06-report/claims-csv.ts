import type { Article, Claim, Fact } from '../../contracts/index.js';
import type { BatchResult } from '../../core/batch.js';
import { pushTo } from '../../core/collections.js';
import { coalesce, joinChunks } from './chunks.js';
import { BOM, csvRow, type Cell } from './csv.js';

/** What a row may look up beyond its claim: its article, the article's text, its fact and findings, names. */
interface Row {
  article: Article | undefined;
  text: string | undefined;
  fact: Fact | undefined;
  findings: readonly string[];
  name(id: string | null): string | null;
}

/**
 * The columns of `claims.csv`, in order: header → cell. A researcher filters on the frame (measure, statistic,
 * place, period, who said it), the article (title, publication date) and the fact and findings a claim is in;
 * places and speakers come with their names as well as their ids.
 */
export const CLAIM_COLUMNS: readonly (readonly [string, (c: Claim, r: Row) => Cell])[] = [
  ['id', (c) => c.id],
  ['article', (c) => c.article],
  ['article_title', (_c, r) => r.article?.title ?? null],
  ['published', (_c, r) => r.article?.published ?? null],
  ['path', (c) => c.path],
  ['start', (c) => c.start],
  ['end', (c) => c.end],
  ['quote', (c) => c.quote],
  ['sentence', (c, r) => (r.text === undefined ? null : r.text.slice(c.sentence.start, c.sentence.end))],
  ['valueText', (c) => c.valueText],
  ['value', (c) => c.value],
  ['low', (c) => c.low],
  ['high', (c) => c.high],
  ['lowInclusive', (c) => c.lowInclusive],
  ['highInclusive', (c) => c.highInclusive],
  ['plain_low', (c) => (c.plain ?? c).low],
  ['plain_high', (c) => (c.plain ?? c).high],
  ['hedge', (c) => c.hedge],
  ['unit', (c) => c.unit],
  ['dimension', (c) => c.dimension],
  ['direction', (c) => c.direction],
  ['per', (c) => c.per],
  ['measure', (c) => c.measure?.key ?? null],
  ['measure_head', (c) => c.measure?.head ?? null],
  ['measure_text', (c) => c.measure?.text ?? null],
  ['measure_via', (c) => c.measure?.via ?? null],
  ['statistic', (c) => c.statistic],
  ['vintage', (c) => c.vintage],
  ['counted', (c) => c.counted],
  ['metric', (c) => c.metric],
  ['place', (c) => c.place],
  ['place_name', (c, r) => r.name(c.place)],
  ['scope', (c) => c.scope?.text ?? null],
  ['scope_entity', (c) => c.scope?.entity ?? null],
  ['period_start', (c) => c.period?.start ?? null],
  ['period_end', (c) => c.period?.end ?? null],
  ['period_text', (c) => c.period?.text ?? null],
  ['period_via', (c) => c.period?.via ?? null],
  ['attribution_entity', (c) => c.attribution?.entity ?? null],
  ['attribution_name', (c, r) => r.name(c.attribution?.entity ?? null)],
  ['attribution_text', (c) => c.attribution?.text ?? null],
  ['fact', (_c, r) => r.fact?.id ?? null],
  ['fact_verdict', (_c, r) => r.fact?.verdict ?? null],
  ['findings', (_c, r) => (r.findings.length ? r.findings.join(' ') : null)],
  ['extractor', (c) => c.extractor],
  ['confidence', (c) => c.confidence],
];

/** `claims.csv`, in chunks: one claim a row in batch order; RFC 4180 with CRLF line ends and a UTF-8 BOM for Excel. */
export function* claimsCsvChunks(batch: BatchResult): Generator<string> {
  yield* coalesce(claimsCsvPieces(batch));
}

function* claimsCsvPieces(batch: BatchResult): Generator<string> {
  yield BOM + csvRow(CLAIM_COLUMNS.map(([name]) => name));
  const articles = new Map(batch.articles.map((a) => [a.id, a]));
  const names = new Map(batch.entities.map((e) => [e.id, e.name]));
  const factOf = new Map<string, Fact>();
  for (const fact of batch.facts.facts) for (const id of fact.claims) if (!factOf.has(id)) factOf.set(id, fact);
  const findings = new Map<string, string[]>();
  for (const d of batch.discrepancies) for (const id of d.claims) pushTo(findings, id, d.id);
  // texts are read once an article, in batch order (the runner's source reads them back from disk)
  let textOf: { article: string; text: string | undefined } | undefined;
  for (const claim of batch.claims) {
    if (textOf?.article !== claim.article) textOf = { article: claim.article, text: batch.texts.get(claim.article) };
    const row: Row = {
      article: articles.get(claim.article),
      text: textOf.text,
      fact: factOf.get(claim.id),
      findings: findings.get(claim.id) ?? [],
      name: (id) => (id === null ? null : names.get(id) ?? null),
    };
    yield csvRow(CLAIM_COLUMNS.map(([, cell]) => cell(claim, row)));
  }
}

/** `claims.csv` as one string: the same bytes as the chunks. */
export function writeClaimsCsv(batch: BatchResult): string {
  return joinChunks(claimsCsvChunks(batch));
}
