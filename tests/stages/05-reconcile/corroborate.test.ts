// The same distinctive figure in two articles is one fact, even when one article's frame was read less fully.
import { describe, expect, it } from 'vitest';
import { distinctiveValue } from '../../../src/core/figures.js';
import { reconcile } from '../../../src/stages/05-reconcile/index.js';
import { batch, claim, HIERARCHY, year, type ClaimSpec } from './make.js';

function factsOf(specs: ClaimSpec[]): string[][] {
  const { facts } = reconcile(batch(specs.map(claim)), { hierarchy: HIERARCHY });
  return facts.facts.map((f) => [...f.claims].sort()).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

const encounters = (id: string, article: string, extra: Partial<ClaimSpec> = {}): ClaimSpec =>
  ({ id, article, value: 2135005, metric: 'encounters', counted: 'encounters', ...extra });

describe('distinctive figures', () => {
  it.each([
    [2135005, 'exact', true], [142000, 'exact', true], [40.1, 'exact', true], [3.75, 'exact', true],
    [100, 'exact', false], [2000000, 'exact', false], [45, 'exact', false], [0.5, 'exact', false],
    [2135005, 'about', false], [142000, 'over', false],
  ] as const)('%s (%s) is distinctive: %s', (value, hedge, expected) => {
    expect(hedge === 'exact' && distinctiveValue(value)).toBe(expected);
  });
});

describe('one figure, two frames', () => {
  it('joins a figure whose period or measure one article leaves unsaid', () => {
    expect(factsOf([encounters('a', 'A'), encounters('b', 'B', { period: null })])).toEqual([['a', 'b']]);
    expect(factsOf([encounters('a', 'A'), encounters('b', 'B', { metric: null })])).toEqual([['a', 'b']]);
  });

  it('joins the figure whatever noun each article names it by', () => {
    const named = (spec: ClaimSpec, key: string) => ({ ...claim(spec), measure: { key, head: key.split(' ')[0]!, text: key, start: 100, end: 100 + key.length, via: 'clause' as const, rule: 'noun-after' } });
    const { facts } = reconcile(batch([named(encounters('a', 'A', { metric: null }), 'valuation'), named(encounters('b', 'B', { metric: null }), 'sale price')]), { hierarchy: HIERARCHY });
    expect(facts.facts.map((f) => [...f.claims].sort())).toEqual([['a', 'b']]);
  });

  it('keeps the figure apart when both articles know the period, the place or the unit and they differ', () => {
    expect(factsOf([encounters('a', 'A'), encounters('b', 'B', { period: year(2022), metric: null })])).toEqual([['a'], ['b']]);
    expect(factsOf([encounters('a', 'A'), encounters('b', 'B', { place: 'mx', metric: null })])).toEqual([['a'], ['b']]);
    expect(factsOf([encounters('a', 'A'), encounters('b', 'B', { unit: 'USD', dimension: 'currency', metric: null })])).toEqual([['a'], ['b']]);
  });

  it('joins nothing on a figure that is round, hedged or from one article only', () => {
    expect(factsOf([encounters('a', 'A', { value: 2000000 }), encounters('b', 'B', { value: 2000000, period: null })])).toEqual([['a'], ['b']]);
    expect(factsOf([encounters('a', 'A', { hedge: 'about' }), encounters('b', 'B', { hedge: 'about', period: null })])).toEqual([['a'], ['b']]);
    expect(factsOf([encounters('a', 'A'), encounters('b', 'A', { period: null, metric: null })])).toEqual([['a'], ['b']]);
  });

  it('lets a frame that could belong to either of two places join neither', () => {
    expect(factsOf([
      encounters('a', 'A', { place: 'us' }), encounters('b', 'B', { place: 'mx' }), encounters('c', 'C', { place: null, metric: null }),
    ])).toEqual([['a'], ['b'], ['c']]);
  });
});
