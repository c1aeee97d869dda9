import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/contracts/index.js';
import { CLAIM_COLUMNS, writeClaimsCsv } from '../../../src/stages/06-report/claims-csv.js';
import { csvField, defuse } from '../../../src/stages/06-report/csv.js';
import { parseCsv } from './csv-parse.js';
import { CLAIMS, emptyBatch, ID_A, sampleBatch } from './sample-batch.js';

const HEADER = [
  'id', 'article', 'article_title', 'published', 'path', 'start', 'end', 'quote', 'sentence', 'valueText', 'value', 'low',
  'high', 'lowInclusive', 'highInclusive', 'plain_low', 'plain_high', 'hedge', 'unit', 'dimension', 'direction', 'per',
  'measure', 'measure_head', 'measure_text', 'measure_via', 'statistic', 'vintage', 'counted', 'metric', 'place',
  'place_name', 'scope', 'scope_entity', 'period_start', 'period_end', 'period_text', 'period_via', 'attribution_entity',
  'attribution_name', 'attribution_text', 'fact', 'fact_verdict', 'findings', 'extractor', 'confidence',
];

function rowsOf(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(csv.slice(1));
  expect(header).toEqual(HEADER);
  return rows.map((r) => Object.fromEntries(HEADER.map((h, i) => [h, r[i] ?? 'MISSING'])));
}

function batchWith(changes: Partial<Claim>) {
  const batch = sampleBatch();
  batch.claims = [{ ...CLAIMS[0]!, ...changes }];
  return batch;
}

describe('claims.csv', () => {
  it('starts with a BOM and the header, ends every record with CRLF and has no bare LF', () => {
    const csv = writeClaimsCsv(sampleBatch());
    expect(csv.slice(0, 30)).toBe('\uFEFFid,article,article_title,publ');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(CLAIM_COLUMNS.map(([h]) => h)).toEqual(HEADER);
  });

  it('round-trips every cell of the sample claims', () => {
    const rows = rowsOf(writeClaimsCsv(sampleBatch()));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual({
      id: 'c-a-1', article: ID_A, article_title: 'Mexico Extradites Cartel Leaders | US Fentanyl Fight', published: '2024-03-01',
      path: 'fixtures/articles/000_087547725cd6864a.txt', start: '54', end: '108',
      quote: 'Over 97,000 Americans died from drug overdoses in 2021',
      sentence: 'Over 97,000 Americans died from drug overdoses in 2021, with fentanyl being involved in nearly 71,000 of those deaths.',
      valueText: 'Over 97,000', value: '97000', low: '97000', high: '', lowInclusive: 'false', highInclusive: 'false',
      plain_low: '97000', plain_high: '98000', hedge: 'over', unit: 'count', dimension: 'count', direction: '', per: '',
      measure: '', measure_head: '', measure_text: '', measure_via: '', statistic: 'count', vintage: '',
      counted: 'deaths', metric: 'drug-overdose-deaths', place: 'us', place_name: 'United States', scope: '', scope_entity: '',
      period_start: '2021-01-01', period_end: '2021-12-31', period_text: 'in 2021', period_via: '', attribution_entity: '',
      attribution_name: '', attribution_text: '', fact: 'f-overdose-2021', fact_verdict: 'tension', findings: 'd-overdose-2021',
      extractor: 'deaths', confidence: '0.9',
    });
    expect(rows[2]).toMatchObject({
      id: 'c-b-1', value: '106000', low: '106000', high: '106000', lowInclusive: 'true', highInclusive: 'true',
      hedge: 'exact', attribution_entity: 'nih', attribution_name: 'National Institutes of Health',
      attribution_text: 'according to the National Institutes of Health',
    });
    expect(rows.map((r) => r.quote)).toEqual(CLAIMS.map((c) => c.quote));
  });

  it('quotes cells with commas, double quotes and line breaks, and they come back intact', () => {
    const quote = 'He said "over 97,000",\r\nthen\nrepeated it';
    const csv = writeClaimsCsv(batchWith({ quote, counted: 'a,b' }));
    expect(csv).toContain('"He said ""over 97,000"",\r\nthen\nrepeated it"');
    const [row] = rowsOf(csv);
    expect(row?.quote).toBe(quote);
    expect(row?.counted).toBe('a,b');
  });

  it('defuses text that a spreadsheet would run as a formula, but leaves numbers alone', () => {
    const csv = writeClaimsCsv(batchWith({
      quote: '=HYPERLINK("http://evil.example","click")', valueText: '-3', value: -3, low: -3, high: -3,
      counted: '+cmd|" /C calc"!A0', metric: '@SUM(A1:A9)', per: '-3 cmd', extractor: '\tTAB',
      attribution: { entity: null, text: '-2,500' },
    }));
    const [row] = rowsOf(csv);
    expect(row).toMatchObject({
      quote: `'=HYPERLINK("http://evil.example","click")`,
      valueText: '-3', value: '-3', low: '-3', high: '-3',
      counted: `'+cmd|" /C calc"!A0`, metric: "'@SUM(A1:A9)", per: "'-3 cmd", extractor: "'\tTAB",
      attribution_text: '-2,500',
    });
  });

  it.each([
    ['=1+2', "'=1+2"], ['+1', '+1'], ['-3', '-3'], ['-3.5%', '-3.5%'], ['-', "'-"], ['@x', "'@x"], ['a=b', 'a=b'],
    ['', ''], ['-1e5', "'-1e5"],
  ])('defuse(%j) → %j', (input, expected) => {
    expect(defuse(input)).toBe(expected);
  });

  it.each<[string | number | boolean | null, string]>([
    [null, ''], [0, '0'], [-3, '-3'], [0.1, '0.1'], [Number.NaN, ''], [true, 'true'], ['a"b', '"a""b"'], ['x,y', '"x,y"'],
  ])('csvField(%j) → %j', (cell, expected) => {
    expect(csvField(cell)).toBe(expected);
  });

  it('writes only the header for an empty batch', () => {
    expect(writeClaimsCsv(emptyBatch())).toBe(`\uFEFF${HEADER.join(',')}\r\n`);
  });
});
