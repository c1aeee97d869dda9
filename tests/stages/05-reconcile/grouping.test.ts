// Which claims are one fact: same metric, place, period and unit — and nothing that only looks alike.
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../src/stages/05-reconcile/index.js';
import type { Claim } from '../../../src/contracts/index.js';
import { batch, claim, HIERARCHY, span, year, type ClaimSpec } from './make.js';

function factsOf(specs: ClaimSpec[]): string[][] {
  const { facts } = reconcile(batch(specs.map(claim)), { hierarchy: HIERARCHY });
  return facts.facts.map((f) => f.claims).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

const deaths = (id: string, article: string, value: number, extra: Partial<ClaimSpec> = {}): ClaimSpec =>
  ({ id, article, value, metric: 'drug-overdose-deaths', ...extra });

describe('same fact or not', () => {
  it('merges the same metric, place, period and unit across articles', () => {
    expect(factsOf([deaths('a', 'A', 100), deaths('b', 'B', 100)])).toEqual([['a', 'b']]);
  });

  it.each([
    ['2021 vs 2022', year(2021), year(2022)],
    ['the first half of 2023 vs 2023', span('2023-01-01', '2023-06-30', 'in the first half of 2023'), year(2023)],
    ['the 12 months ending April 2021 vs calendar 2021', span('2020-05-01', '2021-04-30', 'the 12 months ending in April 2021'), year(2021)],
    ['a dated claim vs an undated one from another article', year(2021), null],
  ])('keeps periods apart: %s', (_, p, q) => {
    expect(factsOf([deaths('a', 'A', 100, { period: p }), deaths('b', 'B', 100, { period: q })])).toEqual([['a'], ['b']]);
  });

  it('keeps different metrics, units, rates and directions apart', () => {
    expect(factsOf([deaths('a', 'A', 100), deaths('b', 'B', 100, { metric: 'opioid-overdose-deaths' })])).toEqual([['a'], ['b']]);
    expect(factsOf([deaths('a', 'A', 100), deaths('b', 'B', 100, { per: 'day' })])).toEqual([['a'], ['b']]);
    expect(factsOf([deaths('a', 'A', 100), deaths('b', 'B', 100, { direction: 'up' })])).toEqual([['a'], ['b']]);
    expect(factsOf([deaths('a', 'A', 100), deaths('b', 'B', 100, { unit: 'percent' })])).toEqual([['a'], ['b']]);
    expect(factsOf([
      { id: 'a', article: 'A', value: 5, metric: 'proceeds-seized', unit: 'USD', dimension: 'currency' },
      { id: 'b', article: 'B', value: 5, metric: 'proceeds-seized', unit: 'EUR', dimension: 'currency' },
    ])).toEqual([['a'], ['b']]);
  });

  it('joins the level a move reached with the same level stated without the move', () => {
    const level = (spec: ClaimSpec) => ({ ...claim(spec), statistic: 'level' as const });
    const { facts } = reconcile(batch([level(deaths('a', 'A', 5210, { direction: 'down' })), level(deaths('b', 'B', 5210))]), { hierarchy: HIERARCHY });
    expect(facts.facts.map((f) => f.claims)).toEqual([['a', 'b']]);
  });

  it('converts units of one dimension: 100 lb and 45.359237 kg are one fact that agrees', () => {
    const { facts } = reconcile(batch([
      claim({ id: 'a', article: 'A', value: 100, metric: 'fentanyl-seized', unit: 'lb', dimension: 'mass' }),
      claim({ id: 'b', article: 'B', value: 45.359237, metric: 'fentanyl-seized', unit: 'kg', dimension: 'mass' }),
    ]), { hierarchy: HIERARCHY });
    expect(facts.facts).toHaveLength(1);
    expect(facts.facts[0]).toMatchObject({ verdict: 'agree', unit: 'kg', interval: { low: 45.359237, high: 45.359237 } });
  });

  it('shows a fact in its claims\' own unit when they share one', () => {
    const { facts } = reconcile(batch([
      claim({ id: 'a', article: 'A', value: 6500, hedge: 'over', metric: 'fentanyl-seized', unit: 'lb', dimension: 'mass' }),
      claim({ id: 'b', article: 'B', value: 6500, hedge: 'over', metric: 'fentanyl-seized', unit: 'lb', dimension: 'mass' }),
    ]), { hierarchy: HIERARCHY });
    expect(facts.facts[0]).toMatchObject({ unit: 'lb', verdict: 'agree', interval: { low: 6500, high: 6600 } });
    expect(facts.facts[0]?.explanation).toBe('2 independent sources give the same figure: over 6,500 (read as 6,500–6,600 lb). '
      + 'Why one fact: same measure by the lexicon (fentanyl seized); same place (United States); same period (in 2021).');
  });

  it('gives every claim without a metric a fact of its own', () => {
    expect(factsOf([deaths('a', 'A', 100, { metric: null }), deaths('b', 'B', 100, { metric: null })])).toEqual([['a'], ['b']]);
  });

  it('gives wire copies of a claim without a metric one fact, and every other such claim its own', () => {
    const wire = 'A sentence that several outlets copied word for word';
    expect(factsOf([
      deaths('a', 'A', 100, { metric: null, quote: wire }), deaths('b', 'B', 100, { metric: null }),
      deaths('c', 'C', 100, { metric: null, quote: wire }), deaths('d', 'D', 100, { metric: null }),
    ])).toEqual([['a', 'c'], ['b'], ['d']]);
  });

  describe('places', () => {
    it('reads a claim without a place as the only place reported for that measure and period', () => {
      const { facts } = reconcile(batch([deaths('a', 'A', 100), deaths('b', 'B', 100, { place: null })].map(claim)), { hierarchy: HIERARCHY });
      expect(facts.facts).toHaveLength(1);
      expect(facts.facts[0]).toMatchObject({ place: 'us', claims: ['a', 'b'], verdict: 'agree' });
    });

    it('does not guess when two places are reported', () => {
      expect(factsOf([deaths('a', 'A', 100), deaths('b', 'B', 50, { place: 'mx' }), deaths('c', 'C', 75, { place: null })]))
        .toEqual([['a'], ['b'], ['c']]);
    });

    it('merges two claims without a place when nothing else is reported', () => {
      expect(factsOf([deaths('a', 'A', 100, { place: null }), deaths('b', 'B', 100, { place: null })])).toEqual([['a', 'b']]);
    });

    it('keeps different places apart', () => {
      expect(factsOf([deaths('a', 'A', 100), deaths('b', 'B', 100, { place: 'mx' })])).toEqual([['a'], ['b']]);
    });
  });

  describe('undated claims', () => {
    it('merge when their readings overlap, and never conflict', () => {
      const out = reconcile(batch([
        claim({ id: 'a', article: 'A', value: 50, hedge: 'up_to', metric: 'potency-vs-heroin', unit: 'times', dimension: 'ratio', period: null, place: null }),
        claim({ id: 'b', article: 'B', value: 50, metric: 'potency-vs-heroin', unit: 'times', dimension: 'ratio', period: null, place: null }),
        claim({ id: 'c', article: 'C', value: 100, metric: 'potency-vs-heroin', unit: 'times', dimension: 'ratio', period: null, place: null }),
      ]), { hierarchy: HIERARCHY });
      expect(out.facts.facts.map((f) => [f.claims, f.verdict]).sort()).toEqual([[['a', 'b'], 'compatible'], [['c'], 'single']]);
      expect(out.discrepancies).toEqual([]);
    });

    it('join the dated fact of the same figure in the same article only', () => {
      expect(factsOf([
        { id: 'd1', article: 'D', value: 29, metric: 'transfers', period: span('2025-02-20', '2025-02-28', 'in late February') },
        { id: 'd2', article: 'D', value: 29, metric: 'transfers', period: null, place: null },
        { id: 'd3', article: 'D', value: 30, metric: 'transfers', period: null },
        { id: 'e1', article: 'E', value: 29, metric: 'transfers', period: null },
      ])).toEqual([['d1', 'd2'], ['d3'], ['e1']]);
    });

    it('join only a dated fact of their own article and measure, however the articles and measures interleave', () => {
      const dated = (id: string, article: string, metric: string) => ({ id, article, value: 29, metric, period: year(2025) });
      const undated = (id: string, article: string, metric: string) => ({ id, article, value: 29, metric, period: null });
      expect(factsOf([
        dated('d1', 'D', 'transfers'), undated('d2', 'D', 'arrests'), undated('d3', 'D', 'transfers'), undated('d4', 'D', 'transfers'),
        dated('e1', 'E', 'arrests'), undated('e2', 'E', 'transfers'), undated('e3', 'E', 'arrests'),
        undated('f1', 'F', 'arrests'),
      ])).toEqual([['d1', 'd3', 'd4'], ['d2', 'f1'], ['e1', 'e3'], ['e2']]); // left over, undated arrests that overlap merge
    });

    it('stay apart when the same article has the figure for two periods (ambiguous)', () => {
      expect(factsOf([
        { id: 'd1', article: 'D', value: 29, metric: 'transfers', period: year(2024) },
        { id: 'd2', article: 'D', value: 29, metric: 'transfers', period: year(2025) },
        { id: 'd3', article: 'D', value: 29, metric: 'transfers', period: null },
      ])).toEqual([['d1'], ['d2'], ['d3']]);
    });
  });

  describe('a frame one article gives two figures that cannot both hold', () => {
    // the article's own words: period and place read in the figure's clause; a lent frame: from its headline
    const stated = (spec: ClaimSpec): Claim => ({ ...claim(spec), period: { ...year(2023), via: 'clause' }, placeFrom: { text: 'Baltimore', start: 0, end: 9, via: 'clause' } });
    const lent = (spec: ClaimSpec): Claim => ({ ...claim(spec), period: { ...year(2023), via: 'headline' }, placeFrom: { text: 'Baltimore', start: 0, end: 9, via: 'headline' } });
    const homicides = (id: string, article: string, value: number): ClaimSpec => ({ id, article, value, metric: 'homicides', place: 'us' });
    const placeLentOf = (spec: ClaimSpec): Claim => ({ ...stated(spec), placeFrom: { text: 'Baltimore', start: 0, end: 9, via: 'headline' } });

    it('keeps the figure that states the frame in its own words and sets the lent one apart, so the other articles meet it', () => {
      const out = reconcile(batch([stated(homicides('a1', 'A', 262)), lent(homicides('a2', 'A', 330)), stated(homicides('b1', 'B', 263))]), { hierarchy: HIERARCHY });
      expect(out.facts.facts.map((f) => f.claims).sort()).toEqual([['a1', 'b1'], ['a2']]);
      // 262 against 263: set against each other, never against the figure set apart
      expect(out.discrepancies.flatMap((d) => d.claims).sort()).toEqual(['a1', 'b1']);
    });

    it('sets a figure against others when its headline gives its period, not when the headline gives its place', () => {
      const periodLent = (spec: ClaimSpec): Claim => ({ ...stated(spec), period: { ...year(2023), via: 'headline' } });
      const placeLent = (spec: ClaimSpec): Claim => ({ ...stated(spec), placeFrom: { text: 'Baltimore', start: 0, end: 9, via: 'headline' } });
      const byPeriod = reconcile(batch([periodLent(homicides('a1', 'A', 263)), stated(homicides('b1', 'B', 262))]), { hierarchy: HIERARCHY });
      expect(byPeriod.facts.facts.map((f) => f.claims)).toEqual([['a1', 'b1']]);
      expect(byPeriod.discrepancies.map((d) => [...d.claims].sort())).toEqual([['a1', 'b1']]);
      const byPlace = reconcile(batch([placeLent(homicides('a1', 'A', 263)), stated(homicides('b1', 'B', 262))]), { hierarchy: HIERARCHY });
      expect(byPlace.facts.facts.map((f) => f.claims).sort()).toEqual([['a1'], ['b1']]);
      expect(byPlace.discrepancies).toEqual([]);
      expect(byPlace.facts.possible.map((p) => p.claims)).toEqual([['a1', 'b1']]);
    });

    it('joins a lent figure that its article marks as revising an early one it states in its own words; not on a late mark alone', () => {
      const marked = (c: Claim, vintage: Claim['vintage']): Claim => ({ ...c, vintage });
      const revised = reconcile(batch([
        marked(stated(homicides('a1', 'A', 142)), 'preliminary'), marked(placeLentOf(homicides('a2', 'A', 159)), 'revised'), stated(homicides('b1', 'B', 142)),
      ]), { hierarchy: HIERARCHY });
      expect(revised.facts.facts.map((f) => [...f.claims].sort())).toEqual([['a1', 'a2', 'b1']]);
      expect(revised.discrepancies.map((d) => [d.kind, [...d.claims].sort()])).toEqual([['revision', ['a1', 'a2', 'b1']]]);
      // one early mark is enough: "a little above the 461,685 in the preliminary data"
      const early = reconcile(batch([marked(stated(homicides('a1', 'A', 142)), 'preliminary'), placeLentOf(homicides('a2', 'A', 159))]), { hierarchy: HIERARCHY });
      expect(early.facts.facts.map((f) => [...f.claims].sort())).toEqual([['a1', 'a2']]);
      const finalOnly = reconcile(batch([stated(homicides('a1', 'A', 142)), marked(placeLentOf(homicides('a2', 'A', 159)), 'final')]), { hierarchy: HIERARCHY });
      expect(finalOnly.facts.facts.map((f) => f.claims).sort()).toEqual([['a1'], ['a2']]);
    });

    it('anchors an article that states both figures in its own words at the earlier one; alone, its figures are never set against each other', () => {
      const out = reconcile(batch([stated(homicides('a1', 'A', 262)), stated(homicides('a2', 'A', 330)), stated(homicides('b1', 'B', 263))]), { hierarchy: HIERARCHY });
      expect(out.facts.facts.map((f) => f.claims).sort()).toEqual([['a1', 'b1'], ['a2']]);
      const alone = reconcile(batch([stated(homicides('a1', 'A', 262)), stated(homicides('a2', 'A', 330))]), { hierarchy: HIERARCHY });
      expect(alone.discrepancies).toEqual([]);
    });
  });

  it('reads a figure written to a scale word\'s decimals as the figures it rounds: "1.53 million" agrees with 1,530,523', () => {
    const out = reconcile(batch([
      claim({ id: 'a', article: 'A', value: 1530523, metric: 'arrests' }), claim({ id: 'b', article: 'B', value: 1530000, metric: 'arrests', valueText: '1.53 million' }),
      claim({ id: 'c', article: 'C', value: 1540000, metric: 'arrests', valueText: '1.54 million' }),
    ]), { hierarchy: HIERARCHY });
    expect(out.facts.facts.map((f) => [...f.claims].sort())).toEqual([['a', 'b', 'c']]);
    // 1.54 million rounds from 1,535,000 up: it stands against 1,530,523
    expect(out.discrepancies.map((d) => [...d.claims].sort())).toEqual([['a', 'c']]);
    const agree = reconcile(batch([claim({ id: 'a', article: 'A', value: 1530523, metric: 'arrests' }), claim({ id: 'b', article: 'B', value: 1530000, metric: 'arrests', valueText: '1.53 million' })]), { hierarchy: HIERARCHY });
    expect(agree.discrepancies).toEqual([]);
  });

  it('keeps what forecasters expected apart from the figure they forecast, but a body\'s own projection with its count', () => {
    const jobs = (id: string, article: string, value: number, quote: string, vintage: Claim['vintage']): Claim => ({ ...claim({ id, article, value, metric: 'jobs-added', quote }), vintage });
    const out = reconcile(batch([
      jobs('a', 'A', 163000, 'economists polled by Bloomberg had looked for a gain of 163,000', 'projection'),
      jobs('b', 'B', 142000, 'employers added 142,000 jobs', null),
    ]), { hierarchy: HIERARCHY });
    expect(out.facts.facts.map((f) => f.claims).sort()).toEqual([['a'], ['b']]);
    expect(out.discrepancies).toEqual([]);
    const own = reconcile(batch([
      jobs('a', 'A', 7318, 'the association projects that 7,318 pedestrians died', 'projection'),
      jobs('b', 'B', 7318, 'drivers killed 7,318 people on foot', null),
    ]), { hierarchy: HIERARCHY });
    expect(own.facts.facts.map((f) => f.claims)).toEqual([['a', 'b']]);
  });

  it('keeps counts of different events apart: 26 on a Tuesday, 29 in late February, no discrepancy', () => {
    const out = reconcile(batch([
      claim({ id: 'a', article: 'A', value: 26, metric: 'transfers', place: 'mx', period: span('2025-02-25', '2025-02-25', 'Tuesday') }),
      claim({ id: 'd', article: 'D', value: 29, metric: 'transfers', place: 'mx', period: span('2025-02-20', '2025-02-28', 'in late February') }),
    ]), { hierarchy: HIERARCHY });
    expect(out.facts.facts).toHaveLength(2);
    expect(out.discrepancies).toEqual([]);
  });
});
