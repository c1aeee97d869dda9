import { describe, expect, it } from 'vitest';
import { clauseOf, segmentsOf } from '../../src/readers/clause.js';
import { quantity, sentence, slice } from './support.js';

/** [sentence, figures of the sentence, figure asked about, expected clause, expected core (joined by " | ")] */
const CASES: Array<[string, string[], string, string, string?]> = [
  [
    'Over 97,000 Americans died from drug overdoses in 2021, with fentanyl being involved in nearly 71,000 of those deaths.',
    ['Over 97,000', 'nearly 71,000'], 'Over 97,000', 'Over 97,000 Americans died from drug overdoses in 2021',
  ],
  [
    'Over 97,000 Americans died from drug overdoses in 2021, with fentanyl being involved in nearly 71,000 of those deaths.',
    ['Over 97,000', 'nearly 71,000'], 'nearly 71,000', 'fentanyl being involved in nearly 71,000 of those deaths',
  ],
  [
    'In 2021, 106,000 people died from opioid overdoses in the US, more than 70,000 of them largely due to fentanyl, according to the National Institutes of Health.',
    ['106,000', 'more than 70,000'], '106,000', 'In 2021, 106,000 people died from opioid overdoses in the US', 'In 2021 | 106,000 people died from opioid overdoses in the US',
  ],
  [
    'In 2021, 106,000 people died from opioid overdoses in the US, more than 70,000 of them largely due to fentanyl, according to the National Institutes of Health.',
    ['106,000', 'more than 70,000'], 'more than 70,000', 'more than 70,000 of them largely due to fentanyl',
  ],
  [
    'In 2022, methamphetamine was linked to over 34,000 deaths, while cocaine-related fatalities, often due to fentanyl-laced supplies, topped 15,000 in the first half of 2023 alone.',
    ['over 34,000', 'topped 15,000'], 'topped 15,000',
    'cocaine-related fatalities, often due to fentanyl-laced supplies, topped 15,000 in the first half of 2023 alone',
    'cocaine-related fatalities | topped 15,000 in the first half of 2023 alone',
  ],
  [
    'In 2022, methamphetamine was linked to over 34,000 deaths, while cocaine-related fatalities, often due to fentanyl-laced supplies, topped 15,000 in the first half of 2023 alone.',
    ['over 34,000', 'topped 15,000'], 'over 34,000', 'In 2022, methamphetamine was linked to over 34,000 deaths',
  ],
  [
    'The fentanyl crisis, which claimed nearly 75,000 American lives in 2022, is described as a mass poisoning rather than a typical drug epidemic.',
    ['nearly 75,000'], 'nearly 75,000', 'The fentanyl crisis, which claimed nearly 75,000 American lives in 2022',
  ],
  [
    'In late February, Mexico handed over 29 drug cartel individuals to the United States, the largest in years before Trump was set to impose 25 percent tariffs on Mexican goods.',
    ['29', '25 percent'], '25 percent', 'Trump was set to impose 25 percent tariffs on Mexican goods',
  ],
  [
    'In late February, Mexico handed over 29 drug cartel individuals to the United States, the largest in years before Trump was set to impose 25 percent tariffs on Mexican goods.',
    ['29', '25 percent'], '29', 'In late February, Mexico handed over 29 drug cartel individuals to the United States',
  ],
  [
    '“Last year, Mexico extradited 24 drug-related defendants to the United States, but there are 232 drug-related defendants awaiting extradition.”',
    ['24', '232'], '232', 'there are 232 drug-related defendants awaiting extradition',
  ],
  [
    '“We have a watershed here, and the watershed is 100,000 people killed a year,” Feeley said.',
    ['100,000'], '100,000', 'the watershed is 100,000 people killed a year',
  ],
  [
    'This staggering statistic underscores the urgency behind Tuesday’s move by Mexico to extradite 26 alleged cartel leaders to the United States – a signal that the approach is shifting.',
    ['26'], '26', 'This staggering statistic underscores the urgency behind Tuesday’s move by Mexico to extradite 26 alleged cartel leaders to the United States',
  ],
  [
    'The operation also led to the seizure of nearly 44 million fentanyl pills, over 6,500 pounds of fentanyl powder, 8,497 firearms, and over $100 million in illicit proceeds.',
    ['nearly 44 million', 'over 6,500 pounds', '8,497', 'over $100 million'], 'over $100 million', 'over $100 million in illicit proceeds',
  ],
  [
    'It tracked networks across the country, resulting in 1,436 investigations and 3,337 arrests.',
    ['1,436', '3,337'], '3,337', '3,337 arrests',
  ],
  [
    'All 29 of the individuals were being held in Mexican prisons, when they boarded planes at an airport and were taken to eight U.S. cities.',
    ['29', 'eight'], 'eight', 'they boarded planes at an airport and were taken to eight U.S. cities',
  ],
  [
    'Some 100,000 people, mostly young men, died last year.',
    ['Some 100,000'], 'Some 100,000', 'Some 100,000 people, mostly young men, died last year', 'Some 100,000 people | died last year',
  ],
  [
    'The Sinaloa Cartel operates under a unique model, with four separate but cooperating criminal organizations working in tandem.',
    ['four'], 'four', 'four separate but cooperating criminal organizations working in tandem',
  ],
];

describe('clauseOf', () => {
  for (const [text, figures, figure, clause, core] of CASES) {
    it(`${figure} in "${text.slice(0, 60)}..."`, () => {
      const s = sentence(text);
      const qs = figures.map((f) => quantity(text, f));
      const c = clauseOf(text, s.tokens, quantity(text, figure), qs);
      expect(slice(text, c)).toBe(clause);
      if (core !== undefined) expect(c.core.map((x) => slice(text, x)).join(' | ')).toBe(core);
      expect(c.context.start).toBeLessThanOrEqual(c.start);
      expect(c.context.end).toBeGreaterThanOrEqual(c.end);
    });
  }

  it('reads a participle clause with the main clause as context', () => {
    const text = 'Fueled by the cartels, fentanyl overdoses have skyrocketed, accounting for nearly 70% of all drug-related deaths in 2022.';
    const c = clauseOf(text, sentence(text).tokens, quantity(text, 'nearly 70%'));
    expect(slice(text, c)).toBe('accounting for nearly 70% of all drug-related deaths in 2022');
    expect(slice(text, c.context)).toBe('fentanyl overdoses have skyrocketed, accounting for nearly 70% of all drug-related deaths in 2022');
  });

  it('gives list items the head of the list as context', () => {
    const text = 'The operation led to the seizure of nearly 44 million fentanyl pills, over 6,500 pounds of fentanyl powder, and 8,497 firearms.';
    const qs = ['nearly 44 million', 'over 6,500 pounds', '8,497'].map((f) => quantity(text, f));
    const c = clauseOf(text, sentence(text).tokens, qs[2]!, qs);
    expect(slice(text, c)).toBe('8,497 firearms');
    expect(slice(text, c.context)?.startsWith('The operation led to the seizure of')).toBe(true);
  });
});

describe('segmentsOf', () => {
  it('cuts at commas, dashes, quotation marks and clause-opening conjunctions, not inside a figure', () => {
    const text = '“Prices rose from $10 to $30,” she said – but officials say the range is wider.';
    const s = sentence(text);
    const segments = segmentsOf(text, s.tokens, [quantity(text, '$10 to $30')]);
    expect(segments.map((g) => [slice(text, g), g.opener])).toEqual([
      ['Prices rose from $10 to $30', 'hard'],
      ['she said', 'hard'],
      ['but officials say the range is wider', 'hard'],
    ]);
  });

  it('keeps coordinated modifiers together ("separate but cooperating")', () => {
    const text = 'There are four separate but cooperating groups.';
    expect(segmentsOf(text, sentence(text).tokens).map((g) => slice(text, g))).toEqual(['There are four separate but cooperating groups']);
  });
});
