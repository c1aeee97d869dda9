// Possible links (a frame unknown on one side) and the per-axis evidence a fact records.
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../src/stages/05-reconcile/index.js';
import { MAX_CANDIDATES } from '../../../src/stages/05-reconcile/possible.js';
import { batch, claim, HIERARCHY, year, type ClaimSpec } from './make.js';

const deaths = (id: string, article: string, value: number, extra: Partial<ClaimSpec> = {}): ClaimSpec =>
  ({ id, article, value, metric: 'drug-overdose-deaths', ...extra });
const run = (specs: ClaimSpec[]) => reconcile(batch(specs.map(claim)), { hierarchy: HIERARCHY });

describe('possible links', () => {
  it('links an undated figure to the one dated fact of its measure and place in another article, never as a discrepancy', () => {
    const { facts, discrepancies } = run([deaths('a', 'A', 106000), deaths('b', 'B', 93000, { period: null })]);
    expect(discrepancies).toEqual([]);
    expect(facts.possible.map((p) => [p.claims, p.unknown, p.confidence])).toEqual([[['b', 'a'], ['period'], 0.3]]);
    expect(facts.possible[0]?.explanation).toBe('93,000 may be drug overdose deaths in United States in 2021: the measure, statistic and unit match, '
      + 'but it states no period; if it is, the figures differ: 93,000 against 106,000. Listed for review, not as a discrepancy.');
  });

  it('is more confident where the figures fit, and shares the confidence among the facts that fit', () => {
    // round figures: the same distinctive figure would join the fact outright (corroborate.ts)
    const fit = run([deaths('a', 'A', 100000), deaths('b', 'B', 100000, { period: null })]);
    expect(fit.facts.possible.map((p) => p.confidence)).toEqual([0.5]);
    const two = run([deaths('a', 'A', 100000), deaths('c', 'C', 90000, { period: year(2020) }), deaths('b', 'B', 100000, { period: null })]);
    expect(two.facts.possible.map((p) => [p.claims, p.confidence]).sort()).toEqual([[['b', 'a'], 0.25], [['b', 'c'], 0.15]]);
  });

  it(`lists nothing when more than ${MAX_CANDIDATES} facts would fit, or only the figure's own article has one`, () => {
    const years = Array.from({ length: MAX_CANDIDATES + 1 }, (_, i) => deaths(`y${i}`, `Y${i}`, 90000 + i * 1000, { period: year(2018 + i) }));
    expect(run([...years, deaths('b', 'B', 93000, { period: null })]).facts.possible).toEqual([]);
    expect(run([deaths('a', 'A', 106000), deaths('b', 'A', 93000, { period: null, start: 400 })]).facts.possible).toEqual([]);
  });

  it('links a dated figure with no place to the facts of its measure and period that name one', () => {
    const { facts } = run([deaths('a', 'A', 106000, { place: 'us' }), deaths('m', 'M', 8000, { place: 'mx' }), deaths('b', 'B', 7000, { place: null })]);
    expect(facts.possible.map((p) => [p.claims, p.unknown]).sort()).toEqual([[['b', 'a'], ['place']], [['b', 'm'], ['place']]]);
  });
});

describe('evidence per axis', () => {
  it('records how the claims of a fact meet, with the words read, and says it in the explanation', () => {
    const { facts } = run([deaths('a', 'A', 106000), deaths('b', 'B', 106000)]);
    expect(facts.facts[0]?.evidence).toEqual([
      { axis: 'measure', how: 'lexicon', values: ['drug overdose deaths'] },
      { axis: 'statistic', how: 'same', values: ['count'] },
      { axis: 'unit', how: 'same', values: ['count'] },
      { axis: 'place', how: 'same', values: ['United States'] },
      { axis: 'period', how: 'same', values: ['in 2021'] },
    ]);
    expect(facts.facts[0]).toMatchObject({ statistic: 'count', measure: null, scope: null });
    expect(facts.facts[0]?.explanation).toMatch(/ Why one fact: same measure by the lexicon \(drug overdose deaths\); same place \(United States\); same period \(in 2021\)\.$/);
  });

  it('names measures in other words, and a place inferred where a mention names none', () => {
    const measure = (key: string, text: string) => ({ key, head: key.split(' ')[0]!, text, start: 100, end: 100 + text.length, via: 'clause' as const, rule: 'noun-after' });
    const a = { ...claim(deaths('a', 'A', 41200, { metric: null })), measure: measure('acre burn', 'acres burned') };
    const b = { ...claim(deaths('b', 'B', 41200, { metric: null, place: null })), measure: measure('acre scorch', 'acres scorched') };
    const { facts } = reconcile(batch([a, b]), { hierarchy: HIERARCHY });
    expect(facts.facts).toHaveLength(1);
    expect(facts.facts[0]?.evidence.filter((e) => e.axis === 'measure' || e.axis === 'place')).toEqual([
      { axis: 'measure', how: 'synonym', values: ['acre burn (“acres burned”)', 'acre scorch (“acres scorched”)'] },
      { axis: 'place', how: 'inferred', values: ['United States'] },
    ]);
    expect(facts.facts[0]?.measure).toBe('acre burn');
  });
});
