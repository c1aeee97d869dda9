import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../src/contracts/index.js';
import { clauseOf } from '../../src/readers/clause.js';
import { countedOf } from '../../src/readers/counted.js';
import { quantity, sentence } from './support.js';

/** [sentence, figure, quantity fields, counted, via] */
const CASES: Array<[string, string, Partial<Quantity>, string | null, string?]> = [
  ['Over 97,000 Americans died from drug overdoses in 2021.', 'Over 97,000', {}, 'deaths', 'death'],
  ['In 2021, 106,000 people died from opioid overdoses in the US.', '106,000', {}, 'deaths', 'death'],
  ['The watershed is 100,000 people killed a year.', '100,000', {}, 'deaths', 'death'],
  ['The fentanyl crisis claimed nearly 75,000 American lives in 2022.', 'nearly 75,000', {}, 'deaths', 'death'],
  ['Mexico moved to extradite 26 alleged cartel leaders to the United States.', '26', {}, 'leaders', 'after'],
  ['Mexico handed over 29 drug cartel individuals to the United States.', '29', {}, 'individuals', 'after'],
  ['It resulted in 1,436 investigations and 3,337 arrests.', '1,436', {}, 'investigations', 'after'],
  ['Mexico extradited 24 drug-related defendants to the United States.', '24', {}, 'defendants', 'after'],
  ['There are 232 drug-related defendants awaiting extradition.', '232', {}, 'defendants', 'after'],
  ['The seizure of nearly 44 million fentanyl pills was announced.', 'nearly 44 million', {}, 'pills', 'after'],
  ['They took over 6,500 pounds of fentanyl powder.', 'over 6,500 pounds', { unit: 'lb', dimension: 'mass' }, 'fentanyl powder', 'of'],
  ['They took more than 91,000 pounds of methamphetamine.', 'more than 91,000 pounds', { unit: 'lb', dimension: 'mass' }, 'methamphetamine', 'of'],
  ['They seized over $100 million in illicit proceeds.', 'over $100 million', { unit: 'USD', dimension: 'currency' }, 'proceeds', 'of'],
  ['Fentanyl was involved in nearly 71,000 of those deaths.', 'nearly 71,000', {}, 'deaths', 'of'],
  ['Fentanyl accounted for nearly 70% of all drug-related deaths in 2022.', 'nearly 70%', { unit: 'percent', dimension: 'percent' }, 'deaths', 'of'],
  ['Trump was set to impose 25 percent tariffs on Mexican goods.', '25 percent', { unit: 'percent', dimension: 'percent' }, 'tariffs', 'after'],
  ['Thousands of cartel-linked drug dealers operate in major cities.', 'Thousands', { value: null, hedge: 'vague' }, 'dealers', 'of'],
  ['Mexico is postponing dozens of US extradition requests.', 'dozens', { value: null, hedge: 'vague' }, 'requests', 'of'],
  ['The cartel works with four separate but cooperating criminal organizations working in tandem.', 'four', { value: 4 }, 'organizations', 'after'],
  ['They were taken to eight U.S. cities.', 'eight', { value: 8 }, 'cities', 'after'],
  ['Cocaine-related fatalities, often due to fentanyl-laced supplies, topped 15,000 in 2023.', 'topped 15,000', { hedge: 'over' }, 'fatalities', 'subject'],
  ['The death toll rose to 1,200.', '1,200', {}, 'deaths', 'death'],
  ['Roughly two-thirds of the 107,000 deaths involved fentanyl.', 'Roughly two-thirds', { unit: 'percent', dimension: 'percent' }, 'deaths', 'of'],
  ['Mexico’s homicide rate was 25 per 100,000 residents.', '25', {}, 'rate', 'subject'],
  ['A total of 1,200 arrests were made.', '1,200', {}, 'arrests', 'after'],
  ['Fentanyl is up to 100 times more potent than morphine.', 'up to 100 times', { unit: 'times', dimension: 'ratio' }, null],
  ['Oseguera was released just nine days later.', 'nine days', { unit: 'day', dimension: 'duration', value: 9 }, null],
  ['It costs just 10 cents to produce a pill.', '10 cents', { unit: 'USD', dimension: 'currency', value: 0.1 }, null],
];

describe('countedOf', () => {
  for (const [text, figure, fields, counted, via] of CASES) {
    it(`${figure} → ${counted}`, () => {
      const s = sentence(text);
      const q = quantity(text, figure, fields);
      const clause = clauseOf(text, s.tokens, q);
      const found = countedOf(text, s.tokens, q, clause.core);
      expect(found?.text ?? null).toBe(counted);
      if (via !== undefined) expect(found?.via).toBe(via);
    });
  }

  it('points at the words it read', () => {
    const text = 'Over 97,000 Americans died from drug overdoses in 2021.';
    const s = sentence(text);
    const q = quantity(text, 'Over 97,000');
    const found = countedOf(text, s.tokens, q, [{ start: 0, end: text.length }]);
    expect(text.slice(found!.start, found!.end)).toBe('Americans');
  });
});

describe('countedOf: the subject of a predicative figure', () => {
  it.each([
    ['Deaths involving synthetic opioids other than methadone fell to an estimated 74,702 in 2023.', 'an estimated 74,702', 'deaths'],
    ['In the first half, deaths topped 15,000.', '15,000', 'deaths'],
    ['The number of arrests fell by 3,000 last year.', '3,000', 'arrests'],
  ])('%s', (text, figure, counted) => {
    const s = sentence(text);
    const q = quantity(text, figure);
    const clause = clauseOf(text, s.tokens, q);
    expect(countedOf(text, s.tokens, q, clause.core)?.text).toBe(counted);
  });

  it('does not take the subject of an action for what the figure counts', () => {
    const text = 'Mexico deported 1,200 migrants last week, while the US expelled about 3,000 more.';
    const s = sentence(text);
    const qs = [quantity(text, '1,200'), quantity(text, 'about 3,000')];
    const clause = clauseOf(text, s.tokens, qs[1]!, qs);
    expect(countedOf(text, s.tokens, qs[1]!, clause.core)).toBeNull();
  });

  it('does not count a time word or a place', () => {
    const a = 'Arrests fell by 3,000 last year.';
    const sa = sentence(a);
    expect(countedOf(a, sa.tokens, quantity(a, '3,000'), [{ start: 0, end: a.length }])?.text).toBe('arrests');
    const b = 'A kilogram of fentanyl costs about $3,000 in China.';
    const sb = sentence(b);
    expect(countedOf(b, sb.tokens, quantity(b, 'about $3,000', { unit: 'USD', dimension: 'currency' }), [{ start: 0, end: b.length }])).toBeNull();
  });
});
