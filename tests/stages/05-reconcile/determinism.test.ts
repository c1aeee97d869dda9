// Same input → byte-identical JSON, whatever order the claims arrive in; ids derive from content.
import { describe, expect, it } from 'vitest';
import { DiscrepanciesFileSchema, FactsFileSchema } from '../../../src/contracts/index.js';
import { contentId } from '../../../src/core/ids.js';
import { reconcile } from '../../../src/stages/05-reconcile/index.js';
import { writeDiscrepanciesJson } from '../../../src/stages/06-report/discrepancies-json.js';
import { writeFactsJson } from '../../../src/stages/06-report/facts-json.js';
import { emptyBatch } from '../06-report/sample-batch.js';
import { batch, claim, HIERARCHY, span, year } from './make.js';

const CLAIMS = [
  claim({ id: 'a1', article: 'A', value: 97000, hedge: 'over', metric: 'drug-overdose-deaths', entities: ['us'] }),
  claim({ id: 'a2', article: 'A', value: 71000, hedge: 'nearly', metric: 'fentanyl-involved-deaths', start: 200 }),
  claim({ id: 'b1', article: 'B', value: 106000, metric: 'opioid-overdose-deaths', attribution: 'nih', entities: ['us', 'nih'] }),
  claim({ id: 'b2', article: 'B', value: 70000, hedge: 'over', metric: 'fentanyl-involved-deaths', attribution: 'nih', start: 200 }),
  claim({ id: 'c1', article: 'C', value: 107000, metric: 'drug-overdose-deaths', attribution: 'cdc', place: null }),
  claim({ id: 'd1', article: 'D', value: 29, metric: 'transfers', place: 'mx', period: span('2025-02-20', '2025-02-28', 'In late February') }),
  claim({ id: 'd2', article: 'D', value: 29, metric: 'transfers', place: null, period: null, start: 300 }),
  claim({ id: 'e1', article: 'E', value: 12, metric: null, period: year(2020) }),
];

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 16807) % 2147483647;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('determinism', () => {
  const text = (claims: typeof CLAIMS) => JSON.stringify(reconcile(batch(claims), { hierarchy: HIERARCHY }));

  it('gives byte-identical output for any order of the claims', () => {
    const reference = text(CLAIMS);
    for (const seed of [1, 2, 3, 42, 1234]) expect(text(shuffled(CLAIMS, seed))).toBe(reference);
  });

  it('gives byte-identical output for any order of a batch with hash ids, wire copies, undated and unmeasured claims', () => {
    // 3,000 claims: enough for every sort to take its fast paths (string-order.ts), ids as the pipeline makes them
    let seed = 9;
    const rand = (k: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return Math.floor((seed / 2147483648) * k); };
    const claims = Array.from({ length: 3000 }, (_, i) => claim({
      id: contentId('claim', i), article: contentId('article', Math.floor(i / 6)), start: (i % 6) * 100, value: 1000 * (1 + rand(20)),
      hedge: (['exact', 'over', 'nearly', 'about'] as const)[rand(4)], metric: ['drug-overdose-deaths', 'fentanyl-involved-deaths', 'arrests', null][rand(4)] ?? null,
      place: ['us', 'mx', null][rand(3)] ?? null, period: rand(5) === 0 ? null : year(2018 + rand(5)), attribution: rand(4) === 0 ? 'cdc' : null,
      entities: rand(3) === 0 ? ['dea', 'us'] : [], quote: rand(8) === 0 ? `A wire sentence that several outlets copied word for word ${rand(30)}` : undefined,
    }));
    const reference = text(claims);
    expect(JSON.parse(reference).facts.edges.length).toBeGreaterThan(9000);
    for (const seed of [7, 99]) expect(text(shuffled(claims, seed))).toBe(reference);
  });

  it('derives fact ids from content: a new unrelated claim does not change existing ids', () => {
    const before = reconcile(batch(CLAIMS), { hierarchy: HIERARCHY }).facts.facts.map((f) => f.id);
    const extra = claim({ id: 'z9', article: 'Z', value: 5, metric: 'arrests', period: year(2019) });
    const after = reconcile(batch([...CLAIMS, extra]), { hierarchy: HIERARCHY }).facts.facts.map((f) => f.id);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after).toHaveLength(before.length + 1);
  });

  it('sorts facts, edges, entities and articles', () => {
    const { facts } = reconcile(batch(CLAIMS), { hierarchy: HIERARCHY });
    const edgeKeys = facts.edges.map((e) => `${e.type} ${e.source} ${e.target}`);
    expect(edgeKeys).toEqual([...edgeKeys].sort());
    expect(facts.entities).toEqual(['cdc', 'mx', 'nih', 'us']);
    expect(facts.articles).toEqual(['A', 'B', 'C', 'D', 'E']);
    // 107,000 with no place of its own does not meet over 97,000: it stands apart, a possible link
    expect(facts.facts.map((f) => f.metric)).toEqual([
      'drug-overdose-deaths', 'drug-overdose-deaths', 'fentanyl-involved-deaths', 'opioid-overdose-deaths', 'transfers', null,
    ]);
    expect(facts.possible.map((p) => [p.claims, p.unknown])).toEqual([[['c1', 'a1'], ['place']]]);
  });

  it('is accepted by the report writers (the files match their contract)', () => {
    const out = reconcile(batch(CLAIMS), { hierarchy: HIERARCHY });
    const report = { ...emptyBatch(), claims: CLAIMS, facts: out.facts, discrepancies: out.discrepancies };
    expect(() => FactsFileSchema.parse(JSON.parse(writeFactsJson(report)))).not.toThrow();
    expect(() => DiscrepanciesFileSchema.parse(JSON.parse(writeDiscrepanciesJson(report)))).not.toThrow();
  });

  it('reconciles an empty batch to an empty graph', () => {
    expect(reconcile({ claims: [], entities: [], articles: [] }, { hierarchy: HIERARCHY })).toEqual({
      facts: { facts: [], edges: [], entities: [], articles: [], possible: [] }, discrepancies: [],
    });
  });
});
