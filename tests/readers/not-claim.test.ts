import { describe, expect, it } from 'vitest';
import type { EntityMention, Quantity } from '../../src/contracts/index.js';
import { notClaimReason } from '../../src/readers/not-claim.js';
import { findPeriods } from '../../src/readers/period.js';
import { mention, quantity, sentence } from './support.js';

function why(text: string, figure: string, fields: Partial<Quantity> = {}, mentions: EntityMention[] = []) {
  const s = sentence(text);
  const periods = findPeriods(text, s.sentence, null);
  return notClaimReason({ text, quantity: quantity(text, figure, fields), tokens: s.tokens, sentence: s.sentence, periods, mentions })?.id ?? null;
}

/** [sentence, figure, quantity fields, rule that rejects it] */
const REJECTED: Array<[string, string, Partial<Quantity>, string]> = [
  ['In just the first six months of 2023, fentanyl caused over 38,000 fatalities.', 'six months', { unit: 'month', dimension: 'duration', value: 6 }, 'period'],
  ['Fatalities topped 15,000 in the first half of 2023 alone.', 'half', { value: 0.5, unit: 'ratio', dimension: 'ratio' }, 'period'],
  ['There were 107,000 deaths in the 12 months ending in April 2023.', '12 months', { unit: 'month', dimension: 'duration' }, 'period'],
  ['The agency’s 2024 National Drug Threat Assessment paints a grim picture.', '2024', {}, 'date'],
  ['DEA Report (2024)', '2024', {}, 'date'],
  ['Joint operations became commonplace in the 2000s.', '2000s', {}, 'period'],
  ['Drugs were seized in Tempe, Arizona, on February 23.', '23', {}, 'period'],
  ['Drugs were seized on 23 February, officials said.', '23', {}, 'date'],
  ['It is the leading cause of death for Americans aged 18-45.', '18-45', { value: null, low: 18, high: 45, hedge: 'range' }, 'age'],
  ['Two 16-year-olds were arrested.', '16', {}, 'age'],
  ['A 16-year-old was arrested.', '16-year-old', { unit: 'year', dimension: 'age' }, 'age'],
  ['It is the leading cause of death for Americans aged 18-45.', 'aged 18-45', { value: null, low: 18, high: 45, hedge: 'range', unit: 'year', dimension: 'age' }, 'age'],
  ['The Sinaloa Cartel operates like a Fortune 500 company.', '500', {}, 'name'],
  ['The border policy known as Title 42 ended.', '42', {}, 'name'],
  ['Cases of COVID-19 fell.', '19', {}, 'name'],
  ['The report was published by the 2024 National Drug Threat Assessment team.', '2024', {}, 'date'],
  ['“One of the things we expect Mexico to do is arrest and extradite more people,” she said.', 'One', { value: 1 }, 'one'],
  ['One proposal is to designate the cartels as terrorist organizations.', 'One', { value: 1 }, 'one'],
  ['Deaths involving more than one substance are reflected in the totals.', 'more than one', { value: 1, hedge: 'over' }, 'one'],
  ['This handover of prisoners is one of Mexico’s largest in years.', 'one', { value: 1 }, 'one'],
  ['It was the 3rd time this year.', '3rd', { value: 3 }, 'ordinal'],
  ['Maintaining peace between the two nations is crucial.', 'two', { value: 2 }, 'reference'],
  ['They aim to defeat the two Mexican drug cartels responsible.', 'two', { value: 2 }, 'reference'],
  ['Comments (0)', '0', { value: 0 }, 'counter'],
  ['The homicide rate was 25 per 100,000 residents.', '100,000', {}, 'rate-base'],
  ['The meeting starts at 10:30 a.m.', '10:30', {}, 'time-or-phone'],
  ['Call 555-123-4567 for details.', '555-123-4567', {}, 'time-or-phone'],
  ['A kilogram of fentanyl costs about $3,000 in China.', 'A kilogram', { value: 1, unit: 'kg', dimension: 'mass' }, 'unit'],
  ['It has happened for years.', 'years', { value: null, hedge: 'vague', unit: 'year', dimension: 'duration' }, 'indefinite-time'],
  ['Annual inflation rose for the first time in seven months.', 'seven months', { unit: 'month', dimension: 'duration' }, 'record-span'],
  ['It was the weakest participation in more than two decades.', 'more than two decades', { unit: 'decade', dimension: 'duration', hedge: 'over' }, 'record-span'],
  ['Power returned four days after the storm came ashore.', 'four days', { unit: 'day', dimension: 'duration' }, 'elapsed'],
  ['Prices were 39.6% higher than a year earlier.', 'higher than a year', { unit: 'year', dimension: 'duration' }, 'elapsed'],
  ['Two weeks later the revised count was 58,009.', 'Two weeks', { unit: 'week', dimension: 'duration' }, 'elapsed'],
  ['It was the largest one-year decline on record.', 'one-year', { unit: 'year', dimension: 'duration' }, 'compound-span'],
  ['The department publishes new figures twice a week.', 'twice', { unit: 'times', dimension: 'ratio' }, 'frequency'],
  ['Comments\n71\nShare', '71', {}, 'bare-line'],
  ['Most cases are in people 17 or younger.', '17', {}, 'age-bound'],
  ['In cities of 1 million or more people, murders fell.', '1 million', {}, 'threshold'],
  ['Rain fell from Sept. 25 to 28 across the region.', '28', {}, 'day-range'],
  ["California's two sectors reported fewer crossings.", 'two', {}, 'possessed-reference'],
  ['Call 311 for a ride to a cooling center.', '311', {}, 'service-number'],
  // the span another figure is counted over; a small number in a section heading
  ['The energy index was down 6.8% over 12 months.', '12 months', { unit: 'month', dimension: 'duration' }, 'window'],
  ['Busick received more than 30 inches of rain over four days.', 'four days', { unit: 'day', dimension: 'duration' }, 'window'],
  ['The gasoline index fell 15.3% over 12 months.', 'over 12 months', { unit: 'month', dimension: 'duration', hedge: 'over', low: 12, high: null }, 'window'],
  ['## Three trackers', 'Three', {}, 'heading'],
  ['The deal is close, according to one person familiar with the talks.', 'one', { value: 1 }, 'one'],
  // an age set off after a name; a broadcaster's number; a list item's number; a street number; page counters
  ['"Now we hardly see anyone," said Fred Lopez, 71, who runs cattle.', '71', {}, 'apposed-age'],
  ['By Carla Mendívil, KTSN News 9 Border Report', '9', {}, 'broadcaster'],
  ['Watch KTXC 12 News at six.', '12', {}, 'broadcaster'],
  ['**1. The number.** A group will buy most of the team.', '1', {}, 'list-marker'],
  ['KLAB 7 News, 101 W. Gay St., Los Angeles', '101 W', { value: 101, unit: 'W', dimension: 'power' }, 'street-number'],
  ['Listen: the morning segment on the FBI numbers (4 min)', '4 min', { unit: 'min', dimension: 'duration' }, 'reading-time'],
  ['*Share this analysis* · 12 comments', '12', {}, 'counter'],
  ['The department publishes new figures twice a week.', 'twice a week', { value: 2, unit: 'times', dimension: 'ratio' }, 'frequency'],
];

/** figures that are claims: [sentence, figure, fields] */
const KEPT: Array<[string, string, Partial<Quantity>]> = [
  ['Over 97,000 Americans died from drug overdoses in 2021.', 'Over 97,000', { hedge: 'over' }],
  ['The storm killed 71, officials said.', '71', {}],
  ['Revenue rose 12. Analysts expected more.', '12', {}],
  // "one" that counts: people or deaths a clause reports, one of a list of counts of one noun
  ['A falling tree killed one person.', 'one', { value: 1 }],
  ['The largest was the 2020 August Complex (1,032,648 acres).', '1,032,648 acres', { value: 1032648, unit: 'acre', dimension: 'area' }],
  ['Officials knew of one death.', 'one', { value: 1 }],
  ['Deaths fell in 31 states, were flat in one state and rose in 18 states.', 'one', { value: 1 }],
  ['All 29 of the individuals were being held in Mexican prisons.', '29', {}],
  ['Mexico Extradites 26 Cartel Leaders To The US', '26', {}],
  ['Oseguera was released just nine days later.', 'nine days', { unit: 'day', dimension: 'duration', value: 9 }],
  ['The cartels have a presence in all 50 states.', '50', {}],
  ['Only one person was charged.', 'one', { value: 1 }],
  ['Fentanyl is up to 100 times more potent than morphine.', 'up to 100 times', { unit: 'times', dimension: 'ratio', hedge: 'up_to' }],
  ['In 2021, 106,000 people died from opioid overdoses in the US.', '106,000', {}],
  ['Authorities deployed 2000 troops to the border.', '2000', {}],
  ['The leading cause of death, at an average age of 35, is overdose.', '35', {}],
  ['Victims had an average age of 35 years.', '35 years', { unit: 'year', dimension: 'age' }],
  ['She is 34 years old and has two children.', '34 years old', { unit: 'year', dimension: 'age' }],
  ['They were taken to eight U.S. cities.', 'eight', { value: 8 }],
  ['Thousands of cartel-linked drug dealers operate in major cities.', 'Thousands', { value: null, hedge: 'vague' }],
  ['Oseguera was released just nine days later.', 'nine days', { unit: 'day', dimension: 'duration' }],
  ['The outage lasted more than a week for 400,000 customers.', '400,000', {}],
  ['The Conservatives had governed for 14 years.', '14 years', { unit: 'year', dimension: 'duration' }],
  ['Two firefighters were injured.', 'Two', {}],
  ['The levy on China doubled to 20% on Tuesday.', 'doubled', { unit: 'times', dimension: 'ratio', value: 2 }],
  // a span that is the claim itself; a ratio in the headline
  ['The tariffs, worth roughly $106 billion, would be phased in over 21 days.', '21 days', { unit: 'day', dimension: 'duration' }],
  ['# Only four in ten voted in Rusholme', 'four in ten', { unit: 'ratio', dimension: 'ratio' }],
];

describe('notClaimReason', () => {
  for (const [text, figure, fields, rule] of REJECTED) {
    it(`rejects "${figure}" in "${text}" (${rule})`, () => expect(why(text, figure, fields)).toBe(rule));
  }
  for (const [text, figure, fields] of KEPT) {
    it(`keeps "${figure}" in "${text}"`, () => expect(why(text, figure, fields)).toBeNull());
  }
  it('rejects a figure inside an entity name the entity stage found', () => {
    const text = 'The report of Operation 7 Seas was released.';
    expect(why(text, '7', {}, [mention(text, 'Operation 7 Seas', 'organization:operation-7-seas', 'organization')])).toBe('name');
  });

  it('keeps a place\'s figure in a list, which a capitalised word before it would make a name', () => {
    const text = 'Georgia had recorded at least 40 deaths and South Carolina 25.';
    const carolina = [mention(text, 'South Carolina', 'place:us-sc', 'place')];
    expect(why(text, '25', {})).toBe('name');
    expect(why(text, '25', {}, carolina)).toBeNull();
  });
});
