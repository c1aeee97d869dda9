import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../src/contracts/index.js';
import { NOT_A_FIGURE, notClaimReason } from '../../src/readers/not-a-figure/index.js';
import { findPeriods } from '../../src/readers/period.js';
import { scanDetailed } from '../../src/stages/04-claims/quantities/scan.js';
import { mention, sentence } from './support.js';

/**
 * The not-a-figure table, one block per rule: each row is a sentence and the words of a number in it, and the rule
 * that must drop that number — the scanner's rules (it is then no quantity: nothing covers it) or the claim
 * readers' (the scanner's quantity there is no claim). Everything runs as the pipeline runs it: the real scanner,
 * the real tokenizer and period reader.
 */
function whyNot(text: string, figure: string, mentions: EntityMention[] = []): string | null {
  const at = text.indexOf(figure);
  if (at < 0) throw new Error(`"${figure}" is not in "${text}"`);
  const end = at + figure.length;
  const scanned = scanDetailed(text);
  const rejected = scanned.rejected.find((r) => r.start >= at && r.start < end);
  const covering = scanned.quantities.filter(({ quantity: q }) => q.start < end && at < q.end);
  if (rejected !== undefined && covering.length === 0) return rejected.rule;
  const q = covering[0]?.quantity;
  if (q === undefined) throw new Error(`no quantity and no rejection at "${figure}" in "${text}"`);
  const s = sentence(text);
  const periods = findPeriods(text, s.sentence, null);
  return notClaimReason({ text, quantity: q, tokens: s.tokens, sentence: s.sentence, periods, mentions })?.id ?? null;
}

const EXAMPLES: Record<string, Array<[text: string, number: string]>> = {
  // the number alone
  footnote: [['nearly 70% of all drug-related deaths in 2022.1,2 More deaths', '1'], ['in 2022.1,7 More deaths', '7'], ['the overdose deaths.3 The report', '3'], ['as earlier work showed [12].', '12']],
  url: [['see https://example.com/report-2024/page/17 for more', '17'], ['write to info2024@example.org', '2024']],
  clock: [['at 10:30 a.m.', '30'], ['The meeting starts at 10:30 a.m.', '10']],
  'written-date': [['Any time to meet on 5/17/2018?', '17'], ['filed 2018-05-17 in court', '05']],
  phone: [['My phone number is +1-222-2222/2222', '222'], ['call 1-800-273-8255', '800'], ['Call 555-123-4567 for details.', '123']],
  sequence: [['the server at 192.168.1.2 is down', '168'], ['version 2.4.1 ships today', '4']],
  idiom: [['open 24/7 all year', '24/7'], ['since 9/11 the agency', '9/11'], ['a 50-50 chance', '50']],
  emergency: [
    ['Call 911 now', '911'], ['she dialled 999 twice', '999'], ['a 911 dispatcher answered', '911'],
    ['the 999 call lasted', '999'], ['ring 112 from any phone', '112'], ['Call 311 for a ride to a cooling center.', '311'],
  ],
  rank: [['the #1 killer of young adults', '1'], ['under § 924 of the code', '924']],
  superscript: [['E = mc^2 holds', '2']],
  furniture: [['Comments (0)', '0'], ['Shares (12) Likes (3)', '12'], ['*Share this analysis* · 12 comments', '12']],
  // the number with its unit and currency read
  name: [
    ['akin to a Fortune 500 company', '500'], ['expelled under Title 42 rules', '42'], ['a Boeing 737 jet', '737'],
    ['the Boeing 737-800 jets', '800'], ['filed for Chapter 11 protection', '11'], ['see page 5 of the report', '5'],
    ['patients with type 2 diabetes', '2'], ['No. 1 priority', '1'], ['as Fig. 3 shows', '3'],
  ],
  'short-year': [['back in ’22', '22']],
  ordinal: [['on the May 4th holiday', '4'], ['in the 21st century', '21'], ['It was the 3rd time this year.', '3']],
  time: [['At 2 pm everybody will be gone.', '2'], ['at 6pm on Friday', '6'], ['by 9 o’clock', '9'], ['at 1730 GMT', '1730']],
  date: [['drugs seized in Tempe, Arizona, on February 23.', '23'], ['on Jan. 6, 2021', '6'], ['on 23 February', '23']],
  decade: [['the joint operations of the 2000s', '2000'], ['by the end of the 1960s', '1960'], ['in the 1990’s', '1990']],
  code: [
    ['the COVID-19 pandemic', '19'], ['the G7 summit', '7'], ['an F-16 crashed', '16'], ['SCP 06F6', '06'],
    ['Intel I7-860BOX', '860'], ['the 13F filing', '13'], ['the B-52 bomber', '52'], ['at 34.05°N, 118.24°W', '34.05'],
  ],
  street: [['Jane Doe, 123 Random Street, Cloud City', '123'], ['at 1600 Pennsylvania Avenue NW', '1600'], ['KLAB 7 News, 101 W. Gay St., Los Angeles', '101']],
  postcode: [['Cloud City, PA 23456 F Block', '23456']],
  year: [
    ['Over 97,000 Americans died from drug overdoses in 2021, with fentanyl', '2021'],
    ['The agency’s 2024 National Drug Threat Assessment paints a grim picture', '2024'],
    ['DEA Report (2024)', '2024'], ['Between 2019 and 2023, 65 individuals were extradited', '2023'],
    ['We produced nothing in 2013-14.', '14'], ['In 1776 there were 13 colonies', '1776'],
    ['She was born on May 8, 1945.', '1945'], ['the 2020/21 season', '2020'],
  ],
  period: [
    ['In just the first six months of 2023, the DEA estimates', 'six'], ['over the past 12 months', '12'],
    ['in the last two years', 'two'], ['the 12 months ending in April 2023', '12'],
  ],
  'at-one-point': [['At one point the line stretched', 'one']],
  pronoun: [
    ['One of the things we expect Mexico to do', 'One'], ['unlike one who stakes his identity', 'one'],
    ['Which one do you prefer?', 'one'], ['She was the only one who stayed.', 'one'], ['No one came', 'one'], ['one another', 'one'],
  ],
  compound: [['a loss after one-time gains', 'one'], ['his half-brother', 'half'], ['signed a three-year deal', 'three'], ['an eight-speed gearbox', 'eight']],
  // two numbers read as a range
  'phone-pair': [['call 555-1234 now', '555']],
  score: [['The bill passed 52-48 in the Senate', '52'], ['won 3-2 at home', '2'], ['a 2-3 loss at home', '2']],
  // the sentence as the tokenizer and the entity stage read it
  'in-period': [['Turnout fell from 48 five years ago.', 'five years']],
  age: [['Two 16-year-olds were arrested.', '16'], ['A 16-year-old was arrested.', '16'], ['It is the leading cause of death for Americans aged 18-45.', '18-45']],
  'in-name': [['a first-half estimate', 'half'], ['Georgia had recorded at least 40 deaths and South Carolina 25.', '25']],
  one: [['One proposal is to designate the cartels as terrorist organizations.', 'One'], ['Deaths involving more than one substance are counted.', 'one']],
  reference: [['Maintaining peace between the two nations is crucial.', 'two'], ['They aim to defeat the two Mexican drug cartels responsible.', 'two']],
  'rate-base': [['The rate is 3.2 for every 1,000 births.', '1,000']],
  'indefinite-time': [['It took a year.', 'a year']],
  'record-span': [['Annual inflation rose for the first time in seven months.', 'seven months'], ['It was the weakest participation in more than two decades.', 'two decades']],
  elapsed: [['Power returned four days after the storm came ashore.', 'four days'], ['Two weeks later the revised count was 58,009.', 'Two weeks']],
  'compound-span': [['It was the largest one-year decline on record.', 'one-year']],
  frequency: [['The department publishes new figures twice a week.', 'twice']],
  'bare-line': [['Comments\n71\nShare', '71']],
  'reading-time': [['Listen: the morning segment on the FBI numbers (4 min)', '4 min']],
  'age-bound': [['Most cases are in people 17 or younger.', '17']],
  threshold: [['In cities of 1 million or more people, murders fell.', '1 million']],
  'day-range': [['Rain fell from Sept. 25 to 28 across the region.', '28']],
  'possessed-reference': [["California's two sectors reported fewer crossings.", 'two']],
  'apposed-age': [['"Now we hardly see anyone," said Fred Lopez, 71, who runs cattle.', '71']],
  broadcaster: [['By Carla Mendívil, KTSN News 9 Border Report', '9'], ['Watch KTXC 12 News at six.', '12']],
  'list-marker': [['**1. The number.** A group will buy most of the team.', '1']],
  window: [['The energy index was down 6.8% over 12 months.', '12 months'], ['Busick received more than 30 inches of rain over four days.', 'four days']],
  heading: [['## Three trackers', 'Three']],
  unit: [['A kilogram of fentanyl costs about $3,000 in China.', 'A kilogram']],
};

/** Figures that are claims: no rule may drop them. */
const KEPT: Array<[text: string, figure: string]> = [
  ['Over 97,000 Americans died from drug overdoses in 2021.', '97,000'],
  ['The storm killed 71, officials said.', '71'],
  ['Revenue rose 12. Analysts expected more.', '12'],
  ['A falling tree killed one person.', 'one'],
  ['The largest was the 2020 August Complex (1,032,648 acres).', '1,032,648'],
  ['Officials knew of one death.', 'one'],
  ['Deaths fell in 31 states, were flat in one state and rose in 18 states.', 'one'],
  ['All 29 of the individuals were being held in Mexican prisons.', '29'],
  ['Mexico Extradites 26 Cartel Leaders To The US', '26'],
  ['The cartels have a presence in all 50 states.', '50'],
  ['Only one person was charged.', 'one'],
  ['Just one hospital stayed open.', 'one'],
  ['Fentanyl is up to 100 times more potent than morphine.', '100'],
  ['The leading cause of death, at an average age of 35, is overdose.', '35'],
  ['She is 34 years old and has two children.', '34'],
  ['Victims had an average age of 35 years.', '35'],
  ['the median age was 41', '41'],
  ['They were taken to eight U.S. cities.', 'eight'],
  ['Thousands of cartel-linked drug dealers operate in major cities.', 'Thousands'],
  ['Oseguera was released just nine days later.', 'nine days'],
  ['The Conservatives had governed for 14 years.', '14 years'],
  ['Two firefighters were injured.', 'Two'],
  ['The levy on China doubled to 20% on Tuesday.', 'doubled'],
  ['The tariffs, worth roughly $106 billion, would be phased in over 21 days.', '21 days'],
  ['# Only four in ten voted in Rusholme', 'four in ten'],
  ['By late July at least 36 deaths in Texas had been tied to the heat.', '36'],
  ['Police seized 999 kilos of cocaine.', '999'],
  ['The quake killed 911 people.', '911'],
  ['Over 2000 people died in 2000.', '2000'],
  ['The agency received 4,000 comments on the rule.', '4,000'],
];

describe('the not-a-figure table', () => {
  it('gives every rule its own id and a reason, and an example below', () => {
    const ids = NOT_A_FIGURE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of NOT_A_FIGURE) expect(rule.reason.length, rule.id).toBeGreaterThan(10);
    expect(ids.filter((id) => !(id in EXAMPLES))).toEqual([]);
    expect(Object.keys(EXAMPLES).filter((id) => !ids.includes(id))).toEqual([]);
  });

  for (const [rule, rows] of Object.entries(EXAMPLES)) {
    it(rule, () => {
      for (const [text, number] of rows) expect(whyNot(text, number), `"${number}" in ${JSON.stringify(text)}`).toBe(rule);
    });
  }

  it('keeps the figures that are claims', () => {
    for (const [text, figure] of KEPT) expect(whyNot(text, figure), `"${figure}" in ${JSON.stringify(text)}`).toBeNull();
  });

  it('drops a figure inside an entity name the entity stage found', () => {
    const text = 'The report of Ocean 7 Partners was released.';
    expect(whyNot(text, '7', [mention(text, 'Ocean 7 Partners', 'organization:ocean-7-partners', 'organization')])).toBe('in-name');
  });

  it('keeps a place\'s figure in a list, which a capitalised word before it would make a name', () => {
    const text = 'Georgia had recorded at least 40 deaths and South Carolina 25.';
    expect(whyNot(text, '25')).toBe('in-name');
    expect(whyNot(text, '25', [mention(text, 'South Carolina', 'place:us-sc', 'place')])).toBeNull();
  });

  it('keeps the counts next to rejected numbers', () => {
    const texts = scanDetailed('In 2021, 106,000 people died; Mexico extradited 24 defendants on February 23.').quantities.map((m) => m.quantity.text);
    expect(texts).toEqual(['106,000', '24']);
  });

  it('marks ages as a dimension instead of dropping them', () => {
    const [q] = scanDetailed('the leading cause of death for Americans aged 18-45').quantities;
    expect(q?.quantity).toMatchObject({ text: 'aged 18-45', dimension: 'age', unit: 'year', low: 18, high: 45 });
  });
});
