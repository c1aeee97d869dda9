// Related facts that break a rule: a part above its whole, a year above the longer period holding it, a share
// that does not match its counts.
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../src/stages/05-reconcile/index.js';
import { batch, claim, HIERARCHY, span, year, type ClaimSpec } from './make.js';

const run = (specs: ClaimSpec[]) => reconcile(batch(specs.map(claim)), { hierarchy: HIERARCHY });

describe('part ≤ whole along the hierarchy', () => {
  it('checks every broader metric, and links each fact to the nearest broader fact present', () => {
    const out = run([
      { id: 'drug', article: 'A', value: 90000, metric: 'drug-overdose-deaths' },
      { id: 'fent', article: 'B', value: 95000, metric: 'fentanyl-involved-deaths' },
    ]);
    const factOf = (id: string) => out.facts.facts.find((f) => f.claims.includes(id))?.id;
    expect(out.discrepancies.map((d) => [d.rule, d.reading, d.facts])).toEqual([['part-whole', 'literal', [factOf('fent'), factOf('drug')]]]);
    expect(out.facts.edges.filter((e) => e.type === 'part-of')).toEqual([{ type: 'part-of', source: factOf('fent'), target: factOf('drug') }]);
  });

  it('holds a part equal to its whole, and a part within it', () => {
    expect(run([
      { id: 'opioid', article: 'A', value: 80000, metric: 'opioid-overdose-deaths' },
      { id: 'drug', article: 'B', value: 80000, metric: 'drug-overdose-deaths' },
      { id: 'fent', article: 'B', value: 71000, hedge: 'nearly', metric: 'fentanyl-involved-deaths', start: 300 },
    ]).discrepancies).toEqual([]);
  });

  it('compares only the same place and period', () => {
    expect(run([
      { id: 'drug', article: 'A', value: 90000, metric: 'drug-overdose-deaths', period: year(2020) },
      { id: 'opioid', article: 'B', value: 95000, metric: 'opioid-overdose-deaths', period: year(2021) },
      { id: 'mx', article: 'C', value: 95000, metric: 'opioid-overdose-deaths', period: year(2020), place: 'mx' },
    ]).discrepancies).toEqual([]);
  });

  it('does not compare changes ("rose by") as levels', () => {
    expect(run([
      { id: 'drug', article: 'A', value: 5, metric: 'drug-overdose-deaths', direction: 'up', unit: 'percent' },
      { id: 'fent', article: 'B', value: 20, metric: 'fentanyl-involved-deaths', direction: 'up', unit: 'percent' },
    ]).discrepancies).toEqual([]);
  });
});

describe('a year ≤ a longer period containing it', () => {
  const extraditions = (id: string, value: number, period: ReturnType<typeof span>): ClaimSpec =>
    ({ id, article: id, value, metric: 'extraditions', counted: 'individuals', period });

  it('does not flag 24 last year against 65 between 2019 and 2023', () => {
    expect(run([extraditions('b3', 24, year(2023, 'Last year')), extraditions('d4', 65, span('2019-01-01', '2023-12-31', 'Between 2019 and 2023'))]).discrepancies).toEqual([]);
  });

  it('flags a year above the period containing it, and not one outside it', () => {
    const out = run([
      extraditions('y2023', 70, year(2023)),
      extraditions('y2024', 90, year(2024)),
      extraditions('span', 65, span('2019-01-01', '2023-12-31', 'between 2019 and 2023')),
    ]);
    expect(out.discrepancies.map((d) => [d.rule, d.claims])).toEqual([['period-total', ['y2023', 'span']]]);
  });

  it('does not add up percents or prices over time', () => {
    expect(run([
      { id: 'a', article: 'A', value: 30, unit: 'percent', metric: 'tariff-rate', period: year(2023) },
      { id: 'b', article: 'B', value: 25, unit: 'percent', metric: 'tariff-rate', period: span('2019-01-01', '2023-12-31', 'between 2019 and 2023') },
    ]).discrepancies).toEqual([]);
  });

  it('finds exactly the facts that exceed some container, like comparing all pairs', () => {
    let seed = 11;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return Math.floor((seed / 2147483648) * n); };
    for (let round = 0; round < 30; round++) {
      const specs: ClaimSpec[] = [];
      const seen = new Set<string>();
      for (let i = 0; i < 25; i++) {
        const from = 2000 + rand(10);
        const to = from + rand(5);
        const key = `${from}-${to}`;
        if (seen.has(key)) continue;
        seen.add(key);
        specs.push(extraditions(`c${i}`, 1 + rand(100), span(`${from}-01-01`, `${to}-12-31`, `from ${from} to ${to}`)));
      }
      const expected = specs.filter((p) => specs.some((w) => w !== p
        && (w.period?.start ?? '') <= (p.period?.start ?? '') && (w.period?.end ?? '') >= (p.period?.end ?? '') && p.value > w.value))
        .map((p) => p.id).sort();
      const flagged = run(specs).discrepancies.map((d) => d.claims[0] ?? '').sort();
      expect(flagged).toEqual(expected);
    }
  });
});

describe('share, count and total agree', () => {
  const three = (share: number, hedge: ClaimSpec['hedge'] = 'nearly'): ClaimSpec[] => [
    { id: 'whole', article: 'A', value: 107000, metric: 'drug-overdose-deaths' },
    { id: 'part', article: 'A', value: 71000, hedge: 'nearly', metric: 'fentanyl-involved-deaths', start: 300 },
    { id: 'share', article: 'B', value: share, hedge, unit: 'percent', metric: 'fentanyl-involved-deaths-share' },
  ];

  it('accepts nearly 70% when 70,000–71,000 of 107,000 is 65.4%–66.4%', () => {
    expect(run(three(70)).discrepancies).toEqual([]);
  });

  it('flags a share the counts cannot make', () => {
    const out = run(three(50, 'exact'));
    expect(out.discrepancies.map((d) => [d.rule, d.reading, d.claims])).toEqual([['share-total', 'literal', ['share', 'part', 'whole']]]);
  });

  it('uses an explicit share definition from the hierarchy data', () => {
    const specs = three(50, 'exact').map((s) => (s.id === 'share' ? { ...s, metric: 'fentanyl-share-of-overdoses' } : s));
    const explicit = { ...HIERARCHY, shares: { 'fentanyl-share-of-overdoses': { part: 'fentanyl-involved-deaths', whole: 'drug-overdose-deaths' } } };
    expect(reconcile(batch(specs.map(claim)), { hierarchy: explicit }).discrepancies.map((d) => d.rule)).toEqual(['share-total']);
    expect(reconcile(batch(specs.map(claim)), { hierarchy: HIERARCHY }).discrepancies).toEqual([]);
  });
});
