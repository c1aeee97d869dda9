import { describe, expect, it } from 'vitest';
import type { EntityMention, Quantity } from '../../src/contracts/index.js';
import { clauseOf } from '../../src/readers/clause.js';
import { measureKey, predicateOf, readMeasure } from '../../src/readers/measure.js';
import { findPeriods } from '../../src/readers/period.js';
import { mention, quantity, sentence } from './support.js';

/** [sentence, figure, quantity fields, head, key, rule] — key null: only the head is checked; head null: no measure */
type Case = [string, string, Partial<Quantity>, string | null, string | null, string?];
const pct = { unit: 'percent', dimension: 'percent' } as const;
const usd = { unit: 'USD', dimension: 'currency' } as const;
const CASES: Case[] = [
  ['Over 97,000 Americans died from drug overdoses in 2021.', 'Over 97,000', {}, 'death', 'death die drug overdose', 'noun-after'],
  ['The fire burned 41,200 acres in Butte County.', '41,200 acres', { unit: 'acre', dimension: 'area' }, 'acre', 'acre burn fire', 'unit'],
  ['The number of fatal drug overdoses jumped 12% in 2020.', '12%', pct, 'overdose', 'overdose drug fatal', 'subject'],
  ['Turnout was 59.7%, the lowest since 2001.', '59.7%', pct, 'turnout', 'turnout', 'subject'],
  ['The unemployment rate slipped to 4.1% in September.', '4.1%', pct, 'rate', 'rate unemployment', 'subject'],
  ['Employers added 142,000 jobs in August.', '142,000', {}, 'job', 'job add', 'noun-after'],
  // the part of a stock its clause names joins the key ("construction"), the whole's subject does not ("employers")
  ['Construction added 34,000 jobs in August.', '34,000', {}, 'job', 'job add construction', 'noun-after'],
  ['Manufacturing shed 10,000 jobs.', '10,000', {}, 'job', 'job manufacturing shed', 'noun-after'],
  // wink reads the noun after "when" as a verb: "when murder fell"
  ['The current record is 1996, when murder fell 9.1%.', '9.1%', pct, 'murder', 'murder', 'subject'],
  ['Agents made 249,741 apprehensions in December.', '249,741', {}, 'apprehension', 'apprehension', 'noun-after'],
  // coordinated modifiers of one plural head; of two plural heads counted together, the first is the head and the
  // second qualifies it
  ['Sixty-three river and stream gauges set record highs.', 'Sixty-three', {}, 'gauge', 'gauge river stream', 'noun-after'],
  ['Crews found 12 bridges and culverts washed out.', '12', {}, 'bridge', 'bridge culvert', 'noun-after'],
  ['Preliminary data show more than 700,000 removals and returns in fiscal 2024.', 'more than 700,000', { hedge: 'over' }, 'removal', 'removal return', 'noun-after'],
  ['Police arrested 40 people on Tuesday.', '40', {}, 'arrest', 'arrest person', 'noun-after'],
  ['Police arrested 40 during the protest.', '40', {}, 'arrest', 'arrest', 'verb-object'],
  ['Labour won 411 seats.', '411', {}, 'seat', 'seat labour win', 'noun-after'],
  ['More than 2.26 million customers lost power at the peak.', 'More than 2.26 million', {}, 'customer', 'customer lose power', 'noun-after'],
  ['The state faces a deficit of $27.6 billion.', '$27.6 billion', usd, 'deficit', 'deficit', 'value-of'],
  ['The analyst pegged the shortfall at $37.9 billion.', '$37.9 billion', usd, 'shortfall', 'shortfall', 'value-of'],
  ['Fentanyl accounted for nearly 70% of all drug-related deaths.', 'nearly 70%', pct, 'death', 'death drug relate', 'of-phrase'],
  ['They seized over $100 million in illicit proceeds.', 'over $100 million', usd, 'proceeds', 'proceeds illicit', 'amount-in'],
  ['They took over 6,500 pounds of fentanyl powder.', 'over 6,500 pounds', { unit: 'lb', dimension: 'mass' }, 'powder', 'powder fentanyl', 'of-phrase'],
  ['The death toll rose to 230 on Friday.', '230', {}, 'death', null, 'subject'],
  ['The toll rose to 230.', '230', {}, 'death', null, 'subject'],
  ['Pedestrian deaths fell 5.4% in 2023.', '5.4%', pct, 'death', 'death pedestrian', 'subject'],
  ['The final count was 48,830.', '48,830', {}, null, null],
  ['Nearly 71,000 of them involved fentanyl.', 'Nearly 71,000', {}, null, null],
  ['Prices rose 2.4% over the year.', '2.4%', pct, 'price', 'price', 'subject'],
  ['A total of 1,200 arrests were made.', '1,200', {}, 'arrest', 'arrest', 'noun-after'],
  ['The team sold for $6.1 billion.', '$6.1 billion', usd, 'sale', 'sale', 'verb-object'],
  ['A 5% drop in encounters followed.', '5%', pct, 'encounter', 'encounter', 'noun-after'],
  ['It took more than 40 hours to declare the result.', 'more than 40 hours', { unit: 'hour', dimension: 'duration' }, 'declare', 'declare result', 'duration-of'],
  ['The storm dumped about 42 trillion gallons of rain.', 'about 42 trillion gallons', { unit: 'gal', dimension: 'volume' }, 'rain', 'rain', 'of-phrase'],
  ['The Conservatives won 121 seats, their worst result.', '121', {}, 'seat', 'seat conservative win', 'noun-after'],
  ['The district serves about 62,000 English learners.', 'about 62,000', {}, 'learner', 'learner english serve', 'noun-after'],
  ['The blaze has destroyed 66 structures.', '66', {}, 'structure', 'structure destroy', 'noun-after'],
  // a place or a date inside the subject is not what is measured
  ['Killings across the United States dropped by nearly 12% last year.', 'nearly 12%', pct, 'killing', 'killing', 'subject'],
  ['Turnout across the UK stood at 59.9%.', '59.9%', pct, 'turnout', 'turnout', 'subject'],
  ['Turnout at the 4 July general election was 59.7%.', '59.7%', pct, 'turnout', 'turnout', 'subject'],
  // a headline's verb after a plural subject; a disease named in the plural
  ['Texas measles cases climb to 198', '198', {}, 'case', 'case measles', 'value-of'],
  ['US measles count nears 1,600 as outbreak grows', '1,600', {}, 'measles', 'measles', 'subject'],
  // a prepositional phrase with no noun object, grading words, a headline's verb, an extreme reached, a price
  ['The deficit for the first four months of 2025 came to $452 billion.', '$452 billion', usd, 'deficit', 'deficit', 'subject'],
  ['The trade deficit widened 14% in March to a record $140.5 billion.', '$140.5 billion', usd, 'deficit', 'deficit trade', 'subject'],
  ['The state puts damage at a record $53 billion.', '$53 billion', usd, 'damage', 'damage', 'value-of'],
  ['Imports hit an all-time high of $419 billion in March.', '$419 billion', usd, 'import', 'import', 'value-of'],
  ['US employers add 142,000 jobs as unemployment rate slips to 4.2%', '4.2%', pct, 'rate', 'rate unemployment', 'subject'],
  ["AAA's national average for regular stood at $3.135 on Wednesday.", '$3.135', usd, 'price', 'price', 'subject'],
  ['Regular averaged $2.646 a gallon in the Gulf Coast.', '$2.646 a gallon', { ...usd, per: 'gallon' } as Partial<Quantity>, 'price', 'price gallon regular', 'unit-price'],
  // a place's people are persons: the act or the dying is the measure, the place is its place
  ['Over 97,000 Americans died from drug overdoses in 2021.', 'Over 97,000', {}, 'death', 'death die drug overdose', 'noun-after'],
  ['Agents removed 2,000 Hondurans in March.', '2,000', {}, 'removal', null, 'noun-after'],
  // a body that acts is not what its figure measures; a pace is of what it paces
  ['The state could recover $6.4 billion in 2023-24.', '$6.4 billion', usd, 'recovery', null, 'verb-object'],
  ['The pace in the sector has fallen by more than half.', 'more than half', { unit: 'fraction', dimension: 'ratio' } as Partial<Quantity>, null, null],
  // a bare count named by the participle after it; a passive that states its subject's figure; what a count is of; a label
  ['The confirmed death toll stood at 126 with another 188 injured as of Tuesday evening.', '188', {}, 'injury', 'injury', 'participle'],
  ['FEMA counted an estimated 126,000 damaged homes.', 'an estimated 126,000', {}, 'home', null, 'noun-after'],
  ['At least 23,172 were injured, the minister said.', 'At least 23,172', {}, 'injury', 'injury', 'participle'],
  ['That number was raised to 47,700 confirmed dead as of Wednesday.', '47,700', {}, 'death', 'death', 'participle'],
  ['The toll was raised to 230 on Friday.', '230', {}, 'death', null, 'subject'],
  ['A WHO official said 17 cases of tetanus have been reported.', '17', {}, 'case', 'case tetanus', 'noun-after'],
  ['The USGS said the quake was magnitude 7.1 at its center.', '7.1', {}, 'magnitude', 'magnitude', 'label'],
  // a subject past a relative clause; a price of what; a verb tagged as a noun after a figure
  ['Sales of existing homes, which make up the bulk of the market, fell 3.4% in April.', '3.4%', pct, 'sales', null, 'subject'],
  ['The median sale price of existing homes fell 1.7 percent in April to $388,800.', '$388,800', usd, 'price', 'price exist home median sale', 'subject'],
  ['Prices have fallen 6 percent from a record high of $413,800 set last June.', '$413,800', usd, 'price', 'price', 'value-of'],
  ['Sales decreased 3.3 percent to a seasonally adjusted annual rate of 5.04 million in April.', '5.04 million', {}, 'sales', null, 'value-of'],
  ['Of those, 2,714 were straight-party Republican tickets.', '2,714', {}, 'ticket', null, 'predicate'],
  ['About 15,500 arrived with family members and 6,400 were children traveling alone.', '6,400', {}, 'child', null, 'predicate'],
  // a multiple written as a verb is its subject's; a cut by a share is of its object; a change noun refers back
  ['In the Rio Grande Valley, arrests doubled from about 5,000 in November.', 'doubled', { unit: 'times', dimension: 'ratio' } as Partial<Quantity>, 'arrest', 'arrest', 'subject'],
  ['Most state departments will cut their operating budgets by nearly 8%.', 'nearly 8%', pct, 'budget', 'budget operate', 'value-of'],
  ['That was a 13% decline from the year before.', '13%', pct, null, null],
  // a bare change after another figure is that figure's change; with its own noun it is read there
  ['The paper counts 329 killings that year, for a decline of about 20%.', 'about 20%', pct, null, null],
  // a percentage in a list that shares an earlier verb measures the noun before it; a count there does not
  ['Reported rapes were down 9.4%, aggravated assaults 2.8% and robberies 0.3%.', '2.8%', pct, 'assault', 'assault aggravate', 'list-item'],
  ['Reported rapes were down 9.4%, aggravated assaults 2.8% and robberies 0.3%.', '0.3%', pct, 'robbery', 'robbery', 'list-item'],
  // a container whose "of" is the figure itself refers back, whatever follows it
  ['It sits below the early estimate of 40,990 that the agency announced.', '40,990', {}, null, null],
  ['Sales rose, a decline of 3% in imports aside.', '3%', pct, 'import', 'import', 'value-of'],
  // who confirmed or reported a generic count is its source, not what it counts; a word between subject and verb is skipped
  ['The Texas Department of State Health Services confirmed 198 cases on Friday.', '198', {}, 'case', 'case', 'noun-after'],
  ['The storm destroyed 300 homes.', '300', {}, 'home', 'home destroy', 'noun-after'],
  ['Violent crime overall was down about 6%.', 'about 6%', pct, 'crime', 'crime violent', 'subject'],
  // a multiple is of what it is compared with; a share of a possessed whole is of the whole
  ['That is more than double the 285 cases reported in all of 2024.', 'more than double', { unit: 'times', dimension: 'ratio' } as Partial<Quantity>, 'case', 'case', 'multiple-of'],
  ['It is roughly three times the $17 billion in damage from Hurricane Florence.', 'roughly three times', { unit: 'times', dimension: 'ratio' } as Partial<Quantity>, 'damage', 'damage', 'multiple-of'],
  ['The tally is already nearly twice the 324,917 acres that burned in all of 2023.', 'nearly twice', { unit: 'times', dimension: 'ratio' } as Partial<Quantity>, 'acre', 'acre', 'multiple-of'],
  ['An analysis found that 88.9% of last year\'s victims were men.', '88.9%', pct, 'victim', 'victim', 'of-phrase'],
  // money a good is said to cost is its price
  ['A dozen Grade A large eggs averaged $3.82 nationally in September.', '$3.82', usd, 'price', 'price egg large', 'subject'],
  ['The deficit stood at $1.8 trillion.', '$1.8 trillion', usd, 'deficit', 'deficit', 'subject'],
  // the two ends of a move are of what moved
  ['Cal Fire lowered its tally of destroyed structures from 134 to 66.', '134', {}, 'structure', 'structure destroy', 'from-to'],
  ['Cal Fire lowered its tally of destroyed structures from 134 to 66.', '66', {}, 'structure', 'structure destroy', 'from-to'],
  ['Hate crime incidents fell slightly, from 10,687 in 2022 to 10,627 in 2023.', '10,687', {}, 'incident', null, 'from-to'],
  // how long something lasted is of what lasted
  ['Trump paused them for 30 days.', '30 days', { unit: 'day', dimension: 'duration' } as Partial<Quantity>, 'pause', 'pause', 'duration-of'],
  ['It took more than a week to restore service.', 'more than a week', { unit: 'week', dimension: 'duration', hedge: 'over' } as Partial<Quantity>, 'restoration', 'restoration service', 'duration-of'],
  // a verb that holds a figure of its subject; a passive listing
  ['December border arrests hold near 47,000.', 'near 47,000', {}, 'arrest', 'arrest border', 'subject'],
  ['Containment was listed at 0% in the Friday night update.', '0%', pct, 'containment', 'containment', 'subject'],
  // a body that counts or expects a figure is its source, not what it measures
  ['The FAA expected over 360,000 flights during the stretch.', 'over 360,000', {}, 'flight', 'flight', 'noun-after'],
  // a body named before the noun is whose count it is, not what is counted
  ['About 2.26 million CenterPoint customers lost power.', 'About 2.26 million', {}, 'customer', 'customer lose power', 'noun-after'],
];

describe('predicateOf', () => {
  it.each([
    ['An analysis found that 88.9% of last year\'s victims were men.', '88.9%', pct, ['man']],
    ['At least 83.2% were Black, and most were young.', 'At least 83.2%', pct, ['black']],
    ['Two-thirds of them were children.', 'Two-thirds', { unit: 'percent', dimension: 'ratio' }, ['child']],
    ['About 40% of patients were unvaccinated.', 'About 40%', pct, ['unvaccinated']],
    ['23,172 were injured.', '23,172', {}, []],
    ['Half of the victims were men in their 20s who lived nearby.', 'Half', { unit: 'percent', dimension: 'ratio' }, []],
  ] as Array<[string, string, Partial<Quantity>, string[]]>)('%s', (text, figure, fields, expected) => {
    const s = sentence(text);
    const q = quantity(text, figure, fields);
    const clause = clauseOf(text, s.tokens, q);
    expect(predicateOf({ tokens: s.tokens, figure: q, core: clause.core, periods: findPeriods(text, s.sentence, '2024-10-01') })).toEqual(expected);
  });
});

describe('readMeasure', () => {
  for (const [text, figure, fields, head, key, rule] of CASES) {
    it(`${figure} in "${text}"`, () => {
      const s = sentence(text);
      const q = quantity(text, figure, fields);
      const periods = findPeriods(text, s.sentence, '2024-10-01');
      const clause = clauseOf(text, s.tokens, q);
      const mentions: EntityMention[] = [];
      if (text.includes('Butte County')) mentions.push(mention(text, 'Butte County', 'place:us-ca-butte', 'place'));
      for (const place of ['United States', 'UK', 'Texas', 'US', 'Americans', 'Hondurans']) if (new RegExp(`\\b${place}\\b`).test(text)) mentions.push(mention(text, place, `place:${place.toLowerCase()}`, 'country'));
      for (const party of ['Labour', 'Conservatives', 'CenterPoint', 'FAA']) if (text.includes(party)) mentions.push(mention(text, party, `org:${party.toLowerCase()}`, 'organization'));
      const { read, refersBack } = readMeasure({ text, tokens: s.tokens, figure: q, core: clause.core, periods, mentions });
      if (head === null) {
        expect(read).toBeNull();
        expect(refersBack).toBe(true);
        return;
      }
      expect(read, 'a measure').not.toBeNull();
      expect([read!.head, key === null ? null : measureKey(read!.head, read!.quals), rule === undefined ? undefined : read!.rule]).toEqual([head, key, rule]);
      expect(text.slice(read!.start, read!.end)).toContain(text.slice(read!.start, read!.end).trim());
    });
  }
});
