import { describe, expect, it } from 'vitest';
import { anaphorOf, findAntecedent, type Antecedent } from '../../src/readers/anaphora.js';
import { quantity } from './support.js';

const prior = (value: number, counted: string | null, sentence = 0, dimension = 'count'): Antecedent => ({
  value, low: value, high: value, unit: dimension === 'count' ? 'count' : dimension, dimension, counted, sentence, valueStart: 0,
});

describe('anaphorOf', () => {
  it.each([
    ['fentanyl being involved in nearly 71,000 of those deaths.', 'nearly 71,000', 'part', 'deaths', 'nearly 71,000 of those deaths'],
    ['more than 70,000 of them largely due to fentanyl', 'more than 70,000', 'part', null, 'more than 70,000 of them'],
    ['All 29 of the individuals were being held in Mexican prisons', '29', 'all', 'individuals', 'All 29 of the individuals'],
    ['1,000 of which were seized', '1,000', 'part', null, '1,000 of which'],
  ])('%s', (text, figure, kind, noun, words) => {
    const a = anaphorOf(text, quantity(text, figure));
    expect(a).toMatchObject({ kind, noun, text: words });
  });

  it.each([
    ['Of the 46 suspects detained, 12 were later released.', '12', 'subset'],
    ['Deaths fell to 74,702 in 2023, down from 76,226 the year before.', '76,226', 'comparison'],
    ['Seizures reached 27,000 pounds, compared with 14,700 pounds a year earlier.', '14,700 pounds', 'comparison'],
    ['107,543 people died in 2023, a decrease of 3% from 2022.', '3%', 'change'],
  ])('%s', (text, figure, kind) => {
    expect(anaphorOf(text, quantity(text, figure), 0)?.kind).toBe(kind);
  });

  it('is null when the figure does not point back', () => {
    for (const [text, figure] of [
      ['nearly 70% of all drug-related deaths', 'nearly 70%'],
      ['over 6,500 pounds of fentanyl powder', 'over 6,500 pounds'],
      ['26 alleged cartel leaders', '26'],
      ['2 of the most wanted', '2'],
    ] as const) {
      expect(anaphorOf(text, quantity(text, figure))).toBeNull();
    }
  });
});

describe('findAntecedent', () => {
  it('links a subset to the whole it names, a comparison to the figure of the same unit', () => {
    const subset = 'Of the 46 suspects detained, 12 were later released.';
    const a = anaphorOf(subset, quantity(subset, '12'), 0)!;
    const suspects = prior(46, 'suspects');
    expect(findAntecedent(a, 12, 'count', [suspects])).toBe(suspects);
    const comparison = 'Seizures reached 27,000 pounds, up from 14,700 pounds.';
    const c = anaphorOf(comparison, quantity(comparison, '14,700 pounds'), 0)!;
    const pounds = { ...prior(27000, 'fentanyl'), unit: 'lb', dimension: 'mass' };
    expect(findAntecedent(c, 14700, 'lb', [prior(5, 'arrests'), pounds])).toBe(pounds);
  });

  it('links "of those deaths" to the nearest earlier count of deaths no smaller than the part', () => {
    const text = 'nearly 71,000 of those deaths';
    const a = anaphorOf(text, quantity(text, 'nearly 71,000'))!;
    const deaths = prior(97000, 'deaths');
    expect(findAntecedent(a, 71000, 'count', [prior(26, 'leaders'), deaths])).toBe(deaths);
    expect(findAntecedent(a, 71000, 'count', [prior(50000, 'deaths')])).toBeNull();
  });

  it('links "of them" to the nearest earlier count with a counted noun', () => {
    const text = 'more than 70,000 of them';
    const a = anaphorOf(text, quantity(text, 'more than 70,000'))!;
    const people = prior(106000, 'deaths');
    expect(findAntecedent(a, 70000, 'count', [prior(25, null, 0, 'percent'), people])).toBe(people);
  });

  it('links "All 29 of the individuals" to an equal count only', () => {
    const text = 'All 29 of the individuals';
    const a = anaphorOf(text, quantity(text, '29'))!;
    const same = prior(29, 'individuals');
    expect(findAntecedent(a, 29, 'count', [prior(65, 'individuals'), same])).toBe(same);
  });
});
