// Severity orders the report: gap size, independent sources on the sides, a named primary source.
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../src/stages/05-reconcile/index.js';
import { severity } from '../../../src/stages/05-reconcile/severity.js';
import { batch, claim, HIERARCHY, year, type ClaimSpec } from './make.js';

const pair = (y: number, a: number, b: number, extra: Partial<ClaimSpec> = {}, more: ReturnType<typeof claim>[] = []) => [
  claim({ id: `${y}-a`, article: `A${y}`, value: a, metric: 'drug-overdose-deaths', period: year(y) }),
  claim({ id: `${y}-b`, article: `B${y}`, value: b, metric: 'drug-overdose-deaths', period: year(y), ...extra }),
  ...more,
];

describe('severity', () => {
  it('grows with the gap, the number of independent sources and a primary source', () => {
    const base = { reading: 'literal' as const, gap: 0.1, sources: 2, primary: false };
    expect(severity({ ...base, gap: 0.5 })).toBeGreaterThan(severity(base));
    expect(severity({ ...base, sources: 3 })).toBeGreaterThan(severity(base));
    expect(severity({ ...base, primary: true })).toBeGreaterThan(severity(base));
    expect(severity({ ...base, reading: 'plain' })).toBeLessThan(severity(base));
    expect(severity({ ...base, gap: 5 })).toBe(severity({ ...base, gap: 1 })); // capped
    expect(severity({ ...base, gap: 0 })).toBeGreaterThan(0); // a tiny gap is still shown
  });

  it('orders discrepancies: bigger gap, more sources, agency named — most severe first', () => {
    const claims = [
      ...pair(2019, 100000, 101000), // 1% gap, 2 sources
      ...pair(2020, 100000, 150000), // 33% gap, 2 sources
      ...pair(2021, 100000, 101000, { attribution: 'cdc' }), // 1% gap, CDC on one side
      ...pair(2022, 100000, 101000, {}, [claim({ id: '2022-c', article: 'C2022', value: 101000, metric: 'drug-overdose-deaths', period: year(2022) })]), // 3 sources
      ...pair(2023, 100000, 101000, {}, [claim({ id: '2023-c', article: 'A2023', value: 100000, metric: 'drug-overdose-deaths', period: year(2023), start: 500 })]), // a repeat in A: still 2
    ];
    const { discrepancies } = reconcile(batch(claims), { hierarchy: HIERARCHY });
    const yearOf = (id: string) => id.slice(0, 4);
    const ranked = discrepancies.map((d) => [yearOf(d.claims[0] ?? ''), d.sources, d.severity] as const);
    expect(ranked.slice(0, 3)).toEqual([
      ['2020', 2, 1.25], // (0.5 + 50,000/150,000) × 1.5
      ['2021', 2, 1.1473], // (0.5 + 1,000/101,000) × 1.5 × 1.5
      ['2022', 3, 1.0198], // (0.5 + 1,000/101,000) × 2
    ]);
    // a figure repeated inside one article adds no source: 2023 ranks with 2019
    expect(ranked.slice(3).map(([y, s, v]) => [y, s, v]).sort()).toEqual([['2019', 2, 0.7649], ['2023', 2, 0.7649]]);
  });
});
