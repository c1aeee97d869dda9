import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-parse.js';
import { CHUNKED_WRITERS, WRITERS } from '../../../src/stages/06-report/index.js';
import { BOM, csvRow } from '../../../src/stages/06-report/csv.js';
import { CLAIM_COLUMNS } from '../../../src/stages/06-report/claims-csv.js';
import { bySeverity } from '../../../src/stages/06-report/order.js';
import { emptyBatch, sampleBatch } from './sample-batch.js';
import { syntheticBatch } from './synthetic-batch.js';

const MB = 1024 * 1024;
/** A few thousand claims: every file but discrepancies.json is well over one chunk. */
const mid = syntheticBatch({ articles: 400, claimsPerArticle: 8, claimsPerFact: 4, discrepancies: 40, bigFact: 300, failedInputs: 3 });

describe('CHUNKED_WRITERS', () => {
  it('covers every file WRITERS writes', () => {
    expect(Object.keys(CHUNKED_WRITERS).sort()).toEqual(['claims.csv', 'discrepancies.json', 'facts.json', 'graph.jsonld', 'report.html', 'report.md']);
    expect(Object.keys(WRITERS).sort()).toEqual(Object.keys(CHUNKED_WRITERS).sort());
  });

  it.each(Object.keys(CHUNKED_WRITERS))('%s: the chunks join to the string writer’s output, and none is large', (name) => {
    const chunked = CHUNKED_WRITERS[name]!;
    for (const batch of [sampleBatch(), emptyBatch(), mid]) {
      const chunks = [...chunked(batch)];
      expect(chunks.join('')).toBe(WRITERS[name]!(batch));
      expect(chunks.every((c) => c.length > 0)).toBe(true);
      expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(MB / 4);
    }
    if (name !== 'discrepancies.json') expect([...chunked(mid)].length).toBeGreaterThan(3);
  });

  it('keeps the JSON files exactly as JSON.stringify(value, null, 2) wrote them', () => {
    expect(WRITERS['facts.json']!(mid)).toBe(`${JSON.stringify(mid.facts, null, 2)}\n`);
    expect(WRITERS['discrepancies.json']!(mid)).toBe(`${JSON.stringify(bySeverity(mid.discrepancies), null, 2)}\n`);
    const graph = WRITERS['graph.jsonld']!(mid);
    expect(graph).toBe(`${JSON.stringify(JSON.parse(graph), null, 2)}\n`);
  });

  it('keeps claims.csv as the header and one row a claim', () => {
    const csv = WRITERS['claims.csv']!(mid);
    expect(csv.startsWith(BOM + csvRow(CLAIM_COLUMNS.map(([n]) => n)))).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(mid.claims.length + 1);
    expect(rows.slice(1).map((r) => r[0])).toEqual(mid.claims.map((c) => c.id));
  });

  it('gives a graph node with very many mentions in pieces, not as one chunk', () => {
    const batch = sampleBatch();
    const us = batch.entities.find((e) => e.id === 'us')!;
    us.mentions = Array.from({ length: 20_000 }, (_, i) => ({ ...us.mentions[0]!, start: i, end: i + 9 }));
    const chunks = [...CHUNKED_WRITERS['graph.jsonld']!(batch)];
    expect(chunks.join('').length).toBeGreaterThan(4 * MB);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(MB / 4);
  });
});
