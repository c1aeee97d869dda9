import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../src/contracts/index.js';
import extractor from '../../src/extractors/numeric-claims.js';
import { tokenizeText } from '../../src/stages/02-tokenize/spans.js';
import { scanQuantities } from '../../src/stages/04-claims/quantities/scan.js';
import { runExtractors } from '../../src/stages/04-claims/run-extractors.js';
import { makeArticleView } from '../../src/stages/04-claims/view.js';

/**
 * Place, speaker and the sentence's entities come from the entity stage's mentions. These cases hand the
 * extractor mentions written by hand (ids as the entity stage makes them), so they do not depend on that stage.
 */
function claimsOf(text: string, mentions: Array<[string, string, EntityMention['type']]>, published: string | null = null) {
  const { tokens, sentences } = tokenizeText(text, []);
  const found: EntityMention[] = [];
  for (const [words, entity, type] of mentions) {
    for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + words.length] ?? ' ';
      if (/\p{L}/u.test(before) || /\p{L}/u.test(after)) continue;
      found.push({ entity, type, start: at, end: at + words.length, text: words });
    }
  }
  const view = makeArticleView({ id: 'a', path: 'a.txt', text, published, sentences, tokens, mentions: found, quantities: scanQuantities(text) });
  return runExtractors(view, [{ definition: extractor, options: extractor.options.parse({}) }], () => undefined);
}

/** The same, with mentions given whole (a `within` the entity stage sets). */
function claimsWithMentions(text: string, mentions: EntityMention[], published: string | null = null) {
  const { tokens, sentences } = tokenizeText(text, []);
  const view = makeArticleView({ id: 'a', path: 'a.txt', text, published, sentences, tokens, mentions, quantities: scanQuantities(text) });
  return runExtractors(view, [{ definition: extractor, options: extractor.options.parse({}) }], () => undefined);
}

describe('numeric-claims with entity mentions', () => {
  it('reads the place from "in the US", a demonym, and inherits it through "of those deaths"', () => {
    const claims = claimsOf(
      'Over 97,000 Americans died from drug overdoses in 2021, with fentanyl being involved in nearly 71,000 of those deaths. In 2021, 106,000 people died from opioid overdoses in the US.',
      [['Americans', 'country:us', 'country'], ['US', 'country:us', 'country']],
    );
    expect(claims.map((c) => [c.valueText, c.place])).toEqual([
      ['Over 97,000', 'country:us'], ['nearly 71,000', 'country:us'], ['106,000', 'country:us'],
    ]);
    expect(claims[0]!.entities).toEqual(['country:us']);
  });

  it('gives a measure its own words call the state\'s to the state, not the city its government sits in', () => {
    const text = 'In Sacramento, the governor released a revised state spending plan of $288 billion. Sacramento police reported 40 homicides.';
    const at = (w: string, from = 0) => text.indexOf(w, from);
    const sacramento = (start: number): EntityMention => ({ entity: 'place:us-sacramento', type: 'place', start, end: start + 10, text: 'Sacramento', within: 'place:us-ca' });
    const claims = claimsWithMentions(text, [sacramento(at('Sacramento')), sacramento(at('Sacramento', 5))]);
    expect(claims.map((c) => [c.valueText, c.place, c.placeFrom?.text])).toEqual([['$288 billion', 'place:us-ca', 'state'], ['40', 'place:us-sacramento', 'Sacramento']]);
    const from = claims[0]!.placeFrom!;
    expect(text.slice(from.start!, from.end!)).toBe('state');
  });

  it('takes the subject country, and "across the country" as the country in context', () => {
    const claims = claimsOf(
      'Last year, Mexico extradited 24 drug-related defendants to the United States. The American operation tracked networks across the country, resulting in 1,436 investigations and 3,337 arrests.',
      [['Mexico', 'country:mx', 'country'], ['United States', 'country:us', 'country'], ['American', 'country:us', 'country']],
    );
    expect(claims.map((c) => [c.valueText, c.place])).toEqual([['24', 'country:mx'], ['1,436', 'country:us'], ['3,337', 'country:us']]);
  });

  it('names the speaker, and resolves "she said" to the last named person who spoke', () => {
    const claims = claimsOf(
      '“The cartels control the supply chain,” DEA Administrator Anne Milgram told Congress last month. The DEA estimates that 38,000 people died. She said it costs cartels just 10 cents to produce a pill. “Last year, Mexico extradited 24 defendants.”',
      [['DEA', 'agency:dea', 'agency'], ['Anne Milgram', 'person:anne-milgram', 'official'], ['Congress', 'agency:us-congress', 'agency'], ['Mexico', 'country:mx', 'country']],
    );
    expect(claims.map((c) => [c.valueText, c.attribution])).toEqual([
      ['38,000', { entity: 'agency:dea', text: 'The DEA estimates', via: 'sentence' }],
      ['10 cents', { entity: 'person:anne-milgram', text: 'She said', via: 'sentence' }],
      // a figure of a quotation is said by the speaker the quotation goes with
      ['24', { entity: 'person:anne-milgram', text: 'She said', via: 'antecedent' }],
    ]);
  });

  it('terminates on prose that once looped (a prepositional phrase whose object ends outside the clause)', () => {
    const claims = claimsOf('during the first hour of trading yesterday , prices fell as much as 1 / 4 point , or down about $ 2.50 for each face amount .', []);
    expect(claims.every((c) => c.quote.length > 0)).toBe(true);
  });

  it('never takes a figure inside a name the entity stage found', () => {
    const claims = claimsOf('Operation 7 Seas led to 120 arrests.', [['Operation 7 Seas', 'operation:7-seas', 'organization']]);
    expect(claims.map((c) => c.valueText)).toEqual(['120']);
  });

  it('takes no place from a dateline: where the report was filed is not what a figure is about', () => {
    const claims = claimsOf(
      'FBI: Murders fell in 2023\n\nWASHINGTON (AP) — Killings across the United States dropped by nearly 12% last year, the FBI said. Murders in Washington rose 35%.',
      [['WASHINGTON', 'place:us-dc', 'place'], ['Washington', 'place:us-dc', 'place'], ['United States', 'country:us', 'country']],
      '2024-09-23',
    );
    expect(claims.map((c) => [c.valueText, c.place])).toEqual([['nearly 12%', 'country:us'], ['35%', 'place:us-dc']]);
  });

  it('puts a figure that names no place in the country the article is about', () => {
    const claims = claimsOf(
      'U.S. employers added 254,000 jobs in September, the Labor Department said. The unemployment rate slipped to 4.1%. Health care added 45,000 jobs.',
      [['U.S.', 'country:us', 'country']],
      '2024-10-04',
    );
    expect(claims.map((c) => [c.valueText, c.place, c.placeFrom?.via])).toEqual([
      ['254,000', 'country:us', 'clause'], ['4.1%', 'country:us', 'headline'], ['45,000', 'country:us', 'headline'],
    ]);
  });

  it('gives a restated distinctive figure the measure it was first stated with', () => {
    const claims = claimsOf(
      'Agents made 58,038 apprehensions in August. Two weeks later the revised count was 58,009. The August figure now stands below the 58,038 the agency published in September.',
      [],
      '2024-10-20',
    );
    const restated = claims.find((c) => c.valueText === '58,038' && c.valueStart > 100)!;
    expect([restated.measure?.head, restated.measure?.via]).toEqual(['apprehension', 'antecedent']);
  });

  it('gives the last figure of a sentence the vintage the next sentence names it by, unless that sentence states its own figure', () => {
    const claims = claimsOf('Murders fell 13.2% in 2023. The final count was 400. Murders fell 12% in 2024. That preliminary figure rested on fewer agencies.', [], '2024-09-30');
    expect(claims.map((c) => [c.valueText, c.vintage])).toEqual([['13.2%', null], ['400', 'final'], ['12%', 'preliminary']]);
  });

  it('gives a figure the vintage of the source its sentence names after it', () => {
    const claims = claimsOf('The storm caused $53 billion in damage, by one estimate. Prices rose 3.2% in the year to March, according to provisional estimates. Sales rose 4%.', [], '2024-05-01');
    expect(claims.map((c) => [c.valueText, c.vintage, c.vintageText])).toEqual([
      ['$53 billion', 'estimate', 'by one estimate'], ['3.2%', 'provisional', 'provisional'], ['4%', null, null],
    ]);
  });

  it('dates a figure by its own period, not by the day it was proposed; a running count runs to the day it was reported', () => {
    const claims = claimsOf(
      'The governor proposed a $291.5 billion budget in January. The state reported 198 measles cases on Friday. Police arrested 40 people on Tuesday.',
      [],
      '2024-03-09',
    );
    expect(claims.map((c) => [c.valueText, c.period?.start ?? null, c.period?.end ?? null])).toEqual([
      ['$291.5 billion', null, null], ['198', null, '2024-03-08'], ['40', '2024-03-05', '2024-03-05'],
    ]);
  });

  it('dates a plan by the year it is for (its own, or the first the article names), not by the day it was voted or adopted', () => {
    const claims = claimsOf('The school board voted on Tuesday to adopt an $18.8 billion spending plan for 2025-26. The council will approve a $12.9 billion budget on Friday.', [], '2025-06-25');
    expect(claims.map((c) => [c.valueText, c.period?.start ?? null, c.period?.end ?? null])).toEqual([
      ['$18.8 billion', '2025-07-01', '2026-06-30'], ['$12.9 billion', '2025-07-01', '2026-06-30'],
    ]);
  });

  it('dates a plan or an estimate for a year by that year, not by the month it was stated; a month right after the figure is its own', () => {
    const claims = claimsOf(
      'The state faces a $73 billion shortfall in the 2024-25 fiscal year.\n\nIn December, the office had put the gap at $68 billion. The trade gap widened to $71.5 billion in May.',
      [],
      '2024-06-10',
    );
    expect(claims.map((c) => [c.valueText, c.period?.start, c.period?.end])).toEqual([
      ['$73 billion', '2024-07-01', '2025-06-30'], ['$68 billion', '2024-07-01', '2025-06-30'], ['$71.5 billion', '2024-05-01', '2024-05-31'],
    ]);
  });

  it('reads a month-on-a-year change as the twelve months to that month', () => {
    const claims = claimsOf('Prices rose 0.2% in September and were up 2.4% from a year earlier.', [], '2024-10-10');
    expect(claims.map((c) => [c.valueText, c.period?.start, c.period?.end])).toEqual([
      ['0.2%', '2024-09-01', '2024-09-30'], ['2.4%', '2023-10-01', '2024-09-30'],
    ]);
  });

  it('reads an inflation rate, an annual rate and a change against the same month a year before as year-on-year', () => {
    const claims = claimsOf(
      'Inflation eased to 2.4% in September. Economists had expected an annual rate of 2.3% in September. Restaurant meals cost 3.9% more in September than in September 2023. The jobless rate was 4.1% in September.',
      [],
      '2024-10-10',
    );
    expect(claims.map((c) => [c.valueText, c.period?.start, c.period?.end])).toEqual([
      ['2.4%', '2023-10-01', '2024-09-30'], ['2.3%', '2023-10-01', '2024-09-30'], ['3.9%', '2023-10-01', '2024-09-30'], ['4.1%', '2024-09-01', '2024-09-30'],
    ]);
  });

  it('reads "the first … since 2015" as a record\'s reach, however many words lie between, not as a figure\'s period', () => {
    const claims = claimsOf('The outbreak has now sickened more than 120 people, and it caused the first measles death anywhere in the United States since 2015.', [], '2025-02-26');
    expect(claims.map((c) => [c.valueText, c.period?.start ?? null, c.period?.end ?? null])).toEqual([['more than 120', null, '2025-02-26']]);
  });

  it('measures a move in points by the percentage it moves, never by the word "points"', () => {
    const claims = claimsOf('Turnout was 59.7% on Thursday. It fell by roughly 12 points. The Fed cut its benchmark rate by half a percentage point.', [], '2024-07-06');
    expect(claims.map((c) => [c.valueText, c.measure?.head ?? null])).toEqual([['59.7%', 'turnout'], ['roughly 12 points', 'turnout'], ['half a percentage point', 'rate']]);
  });

  it('gives no figure the period another one is compared with, before or after it', () => {
    const claims = claimsOf(
      'Consumer prices rose 2.6% in October. Energy prices were down 4.9% from October 2023, helped by a 12.2% drop in gasoline prices over the year.',
      [],
      '2024-11-13',
    );
    expect(claims.map((c) => [c.valueText, c.period?.start, c.period?.end])).toEqual([
      ['2.6%', '2024-10-01', '2024-10-31'], ['4.9%', '2023-11-01', '2024-10-31'], ['12.2%', '2023-11-01', '2024-10-31'],
    ]);
  });

  it('dates no figure by the day it was reported, by a comparison "by the same date", or by a speech a verb of its own stands after', () => {
    const claims = claimsOf(
      'Employers added 254,000 jobs in September, well up from the 159,000 reported last month. Fires had burned 751,327 acres by July 30, 29 times more than by the same date in 2023. The record, he noted, was set in 1996, when murders fell 9.1%.',
      [],
      '2024-10-04',
    );
    const periods = claims.map((c) => [c.valueText, c.period?.text ?? null]);
    expect(periods.filter(([v]) => v !== '159,000')).toEqual([['254,000', 'in September'], ['751,327 acres', 'by July 30'], ['29 times', 'by July 30'], ['9.1%', 'in 1996']]);
    // the baseline's own month is not stated; "last month" is when it was reported
    expect(periods.find(([v]) => v === '159,000')?.[1]).not.toBe('last month');
  });

  it('gives a period after two figures to both, unless one of them is a baseline', () => {
    const claims = claimsOf(
      'ICE removed 271,484 people to 192 countries in fiscal 2024. Receipts rose 13% to $526 billion in June. The rate rose to 2.6% from 2.4% in September.',
      [['ICE', 'agency:ice', 'agency']],
      '2024-12-20',
    );
    const periods = claims.map((c) => [c.valueText, c.period?.text ?? null]);
    expect(periods.filter(([v]) => v !== '2.6%')).toEqual([
      ['271,484', 'fiscal 2024'], ['192', 'fiscal 2024'], ['13%', 'in June'], ['$526 billion', 'in June'], ['2.4%', 'in September'],
    ]);
    expect(periods.find(([v]) => v === '2.6%')?.[1]).not.toBe('in September');
  });

  it('lends no date ahead of publication to other figures, except a fiscal year', () => {
    const claims = claimsOf(
      'Chisholm will buy 51% of the team now and the rest in 2028.\n\nThe deal values the team at $6.1 billion.\n\nThe district adopted an $18.8 billion budget for 2025-26. The budget keeps $175 million for tutoring.',
      [],
      '2025-03-24',
    );
    expect(claims.map((c) => [c.valueText, c.period?.text ?? null])).toEqual([
      ['51%', 'in 2028'], ['$6.1 billion', null], ['$18.8 billion', '2025-26'], ['$175 million', '2025-26'],
    ]);
  });

  it('gives figures the period a figure-less sentence before them in their paragraph sets; not a day, nor a report\'s date', () => {
    const claims = claimsOf(
      'Road deaths fell last year.\n\nThe agency also revised its count for 2023. The new figure, 40,901 deaths, sits just below the early estimate of 40,990 that the agency announced a year ago.\n\nThe agency spoke on Friday. It counted 12,000 crashes.',
      [],
      '2025-04-16',
    );
    expect(claims.map((c) => [c.valueText, c.period?.text ?? null])).toEqual([
      // the lede's period, not the day the sentence before states
      ['40,901', 'for 2023'], ['40,990', 'for 2023'], ['12,000', 'for 2023'],
    ]);
  });

  it('counts a city named beside the state\'s government as its state for the article\'s place', () => {
    const text = 'Budget gap narrows\n\nIn Sacramento, Gov. Gavin Newsom released a revised plan on Friday. His plan closes a remaining gap of $27.6 billion. Sacramento lawmakers have until June 15 to pass it.';
    const at = (words: string, from = 0) => text.indexOf(words, from);
    const sac = (from: number): EntityMention => ({ entity: 'place:us-sacramento', type: 'place', start: at('Sacramento', from), end: at('Sacramento', from) + 10, text: 'Sacramento', within: 'place:us-ca' });
    const claims = claimsWithMentions(text, [sac(0), sac(at('Sacramento') + 1)], '2024-05-17');
    expect(claims.map((c) => [c.valueText, c.place])).toEqual([['$27.6 billion', 'place:us-ca']]);
  });

  it('places a figure by the city or county a local agency in its clause serves', () => {
    const text = 'Schools lose students\n\nThe number of Americans in school fell. The Los Angeles Unified School District has nearly 16,500 fewer students this fall.';
    const m = (words: string, entity: string, type: EntityMention['type'], within?: string): EntityMention =>
      ({ entity, type, start: text.indexOf(words), end: text.indexOf(words) + words.length, text: words, ...(within === undefined ? {} : { within }) });
    const claims = claimsWithMentions(text, [m('Americans', 'country:us', 'country'), m('Los Angeles Unified School District', 'agency:ca-lausd', 'agency', 'place:us-los-angeles')], '2025-10-16');
    expect(claims.map((c) => [c.valueText, c.place, c.placeFrom?.text])).toEqual([['nearly 16,500', 'place:us-los-angeles', 'Los Angeles Unified School District']]);
  });

  it('places a sentence by the place it opens with, set off by a comma', () => {
    const text = 'Here in the El Paso Sector, which covers West Texas and New Mexico, CBP recorded 256,102 encounters in fiscal 2024.';
    const m = (words: string, entity: string, type: EntityMention['type'], within?: string): EntityMention =>
      ({ entity, type, start: text.indexOf(words), end: text.indexOf(words) + words.length, text: words, ...(within === undefined ? {} : { within }) });
    const claims = claimsWithMentions(text, [
      m('El Paso', 'place:us-el-paso', 'place', 'place:us-tx'), m('West Texas', 'place:us-west-texas', 'place', 'place:us-tx'),
      m('New Mexico', 'place:us-nm', 'place', 'country:us'), m('CBP', 'agency:cbp', 'agency', 'country:us'),
    ], '2025-01-16');
    expect(claims.map((c) => [c.valueText, c.place, c.placeFrom?.text])).toEqual([['256,102', 'place:us-el-paso', 'El Paso']]);
  });

  it('reads a weekday a forecast made now is for as the coming one, and one a past forecast named as before', () => {
    const now = claimsOf('CenterPoint expects to reach about 98% of customers by the end of Wednesday.', [], '2024-07-16');
    expect(now.map((c) => [c.valueText, c.period?.start ?? null, c.period?.end ?? null])).toEqual([['about 98%', null, '2024-07-17']]);
    const before = claimsOf('Few had expected turnout of 40% on Thursday.', [], '2024-07-16');
    expect(before.map((c) => [c.valueText, c.period?.start ?? null, c.period?.end ?? null])).toEqual([['40%', '2024-07-11', '2024-07-11']]);
  });

  it('gives a figure named again the statistic it was stated with ("If the 13.2% figure holds")', () => {
    const claims = claimsOf('Murders fell 13.2% last year, according to preliminary figures. If the 13.2% figure holds, it will be the largest drop on record.', [], '2024-03-25');
    expect(claims.map((c) => [c.valueText, c.statistic, c.direction])).toEqual([['13.2%', 'change', 'down'], ['13.2%', 'change', 'down']]);
  });

  it('gives a period that opens the next item of a coordination to the next figure', () => {
    const claims = claimsOf("The bureau put December's gain at 307,000 and November's at 261,000. Hiring rose by 5,000 in May and 6,000 in June.", [], '2025-02-10');
    expect(claims.map((c) => [c.valueText, c.period?.text ?? null])).toEqual([
      ['307,000', "December's"], ['261,000', "November's"], ['5,000', 'in May'], ['6,000', 'in June'],
    ]);
  });

  it('reads an outbreak\'s count on a day as its running total up to that day; a day\'s deaths stay that day\'s', () => {
    const claims = claimsOf('The state reported 124 confirmed measles cases on Tuesday. Two people were killed on Monday when a tree fell.', [], '2025-02-26');
    expect(claims.map((c) => [c.valueText, c.period?.start ?? null, c.period?.end ?? null])).toEqual([
      ['124', null, '2025-02-25'], ['Two', '2025-02-24', '2025-02-24'],
    ]);
  });

  it('dates a comparison "the year before" a year before the figure it compares with', () => {
    const claims = claimsOf('The murder rate stood at 5.7 per 100,000 people in 2023, compared with 6.2 the year before.', [], '2024-09-24');
    expect(claims.map((c) => [c.valueText, c.period?.start ?? null, c.period?.end ?? null])).toEqual([
      ['5.7 per 100,000 people', '2023-01-01', '2023-12-31'], ['6.2', '2022-01-01', '2022-12-31'],
    ]);
  });

  it('takes "that year" and "the same month" from the period stated before them', () => {
    const claims = claimsOf('Baltimore had more people in 2014. That year the city recorded 211 homicides. Crossings peaked in December 2023; officers made 12,000 arrests that same month.', [], '2024-06-01');
    expect(claims.map((c) => [c.valueText, c.period?.start ?? null, c.period?.end ?? null])).toEqual([
      ['211', '2014-01-01', '2014-12-31'], ['12,000', '2023-12-01', '2023-12-31'],
    ]);
  });

  it('reads a change from one month to another as the change over the months after the first; a stretch "through" keeps its span', () => {
    const claims = claimsOf(
      'From August to September, prices climbed 0.2%. Consumer prices rose 3.4% from December 2022 to December 2023. Violent crime fell 10.3% from January through June.',
      [],
      '2024-10-10',
    );
    expect(claims.map((c) => [c.valueText, c.period?.start, c.period?.end])).toEqual([
      ['0.2%', '2024-09-01', '2024-09-30'], ['3.4%', '2023-01-01', '2023-12-31'], ['10.3%', '2024-01-01', '2024-06-30'],
    ]);
  });

  it('keeps the fiscal year of a country the article names most only when the article is about that country', () => {
    const claims = claimsOf(
      'The US put new duties on Canada and Mexico. Canada says it will retaliate, and Canada\'s premier called them unjust. For the first nine months of fiscal 2025, US customs collections reached $113.3 billion.',
      [['Canada', 'country:ca', 'country'], ['Mexico', 'country:mx', 'country'], ['US', 'country:us', 'country']],
      '2025-07-12',
    );
    expect(claims.map((c) => [c.valueText, c.period?.start, c.period?.end])).toEqual([['$113.3 billion', '2024-10-01', '2025-06-30']]);
  });

  it('reads a change over a stated stretch as that stretch, and passes on only its own period', () => {
    const claims = claimsOf(
      'Food prices rose 0.4% in September and 2.3% over the year. Egg prices jumped 8.4% in a single month. Gas was 47 cents less than a year ago on Thursday.',
      [],
      '2024-10-12',
    );
    expect(claims.map((c) => [c.valueText, c.statistic, c.period?.start, c.period?.end])).toEqual([
      ['0.4%', 'change', '2024-09-01', '2024-09-30'], ['2.3%', 'change', '2023-10-01', '2024-09-30'],
      ['8.4%', 'change', '2024-09-01', '2024-09-30'], ['47 cents', 'change', '2023-10-10', '2024-10-10'],
    ]);
  });

  it('runs a running total of the article\'s event from the day the event began, when a sentence gives that day', () => {
    const fire = claimsOf('The Park Fire started July 24 near Chico. By Aug. 5 it had burned 402,042 acres, and 2,500 firefighters were assigned on Aug. 5.', [], '2024-08-10');
    expect(fire.map((c) => [c.valueText, c.period?.start ?? null, c.period?.end ?? null])).toEqual([
      ['402,042 acres', '2024-07-24', '2024-08-05'], ['2,500', '2024-08-05', '2024-08-05'],
    ]);
    const counted = claimsOf('The storm has killed at least 90 people, and power was still out on Monday, four days after the storm came ashore.', [], '2024-09-30');
    expect(counted.map((c) => [c.valueText, c.period?.start ?? null, c.period?.end ?? null])).toEqual([['at least 90', '2024-09-26', '2024-09-30']]);
    expect(counted[0]!.reason).toContain('a running total since "four days after the storm came ashore"');
    const rough = claimsOf('The outbreak began in late January. By March 3, officials had confirmed 146 cases.', [], '2025-03-10');
    expect(rough.map((c) => [c.valueText, c.period?.start ?? null, c.period?.end ?? null])).toEqual([['146', null, '2025-03-03']]);
    // the day further on in the onset's clause; a share as of a day runs too; a fiscal year's start is no event's
    const far = claimsOf('Beryl knocked out power after the storm came ashore near Matagorda on July 8. As of Sunday, 93% of customers had power back.', [], '2024-07-16');
    expect(far.map((c) => [c.valueText, c.period?.start ?? null, c.period?.end ?? null])).toEqual([['93%', '2024-07-08', '2024-07-14']]);
    const fiscal = claimsOf('Fiscal 2025 began Oct. 1. Customs duties totaled $113 billion as of Monday.', [], '2025-07-14');
    expect(fiscal.map((c) => [c.valueText, c.period?.start ?? null, c.period?.end ?? null])).toEqual([['$113 billion', null, '2025-07-14']]);
  });

  it('gives a body\'s document to the body: "the bureau\'s yearly report", "according to the report"', () => {
    const claims = claimsOf(
      'The Council on Criminal Justice and the Federal Bureau of Investigation released data on Monday. Murders fell nearly 12% last year, according to the bureau\'s yearly crime report. Robberies fell 3%, according to the report.',
      [['Federal Bureau of Investigation', 'agency:fbi', 'agency'], ['Council on Criminal Justice', 'org:ccj', 'organization']],
      '2024-09-30',
    );
    expect(claims.map((c) => [c.valueText, c.attribution?.entity ?? null])).toEqual([['nearly 12%', 'agency:fbi'], ['3%', 'agency:fbi']]);
  });

  it('gives a poll\'s source to the figure beside it, not to one past another figure', () => {
    const claims = claimsOf(
      'The September gain of 254,000 topped the 150,000 that economists polled by Reuters had expected.',
      [['Reuters', 'org:reuters', 'organization']],
      '2024-10-04',
    );
    expect(claims.map((c) => [c.valueText, c.attribution?.entity ?? null])).toEqual([['254,000', null], ['150,000', 'org:reuters']]);
  });

  it('resolves "the bureau said" to the body named with that noun, not to the body named last', () => {
    const claims = claimsOf(
      'The Bureau of Labor Statistics counted 142,000 new jobs in August. Dow Jones had forecast 160,000. Wages rose 0.4%, the bureau said.',
      [['Bureau of Labor Statistics', 'agency:bls', 'agency'], ['Dow Jones', 'org:dow-jones', 'organization']],
      '2024-09-06',
    );
    expect(claims.map((c) => [c.valueText, c.attribution?.entity ?? null])).toEqual([['142,000', 'agency:bls'], ['160,000', 'org:dow-jones'], ['0.4%', 'agency:bls']]);
  });

  it('reads a speaker whose only capital opens the sentence as a common noun: "District officials said"', () => {
    const claims = claimsOf(
      'The Los Angeles Unified School District adopted its budget. District officials said nearly one-third of students were chronically absent.',
      [['Los Angeles Unified School District', 'agency:ca-lausd', 'agency']],
      '2025-06-25',
    );
    expect(claims.map((c) => [c.valueText, c.attribution?.entity ?? null])).toEqual([['nearly one-third', 'agency:ca-lausd']]);
  });

  it('resolves a speaker named by one capitalised word or a head noun of a body named before it: "the Library", "Yale", "the lab"', () => {
    const claims = claimsOf(
      'The House of Commons Library published its count on Friday. Turnout was 59.7%, the Library notes. The Budget Lab at Yale put the average rate at 17.8%. It would reach 9.5%, the lab estimates. Prices will rise 1.7%, Yale said.',
      [['House of Commons Library', 'agency:commons-library', 'agency'], ['Budget Lab at Yale', 'org:yale-budget-lab', 'organization']],
      '2025-08-01',
    );
    expect(claims.map((c) => [c.valueText, c.attribution?.entity ?? null])).toEqual([
      ['59.7%', 'agency:commons-library'], ['17.8%', 'org:yale-budget-lab'], ['9.5%', 'org:yale-budget-lab'], ['1.7%', 'org:yale-budget-lab'],
    ]);
  });

  it('gives a national agency\'s figure the nation, not the article\'s main place', () => {
    const text = 'Texas roads saw 4,289 deaths in 2023. Texas officials said crashes fell in Houston and Dallas. The national figure, 40,901 deaths, comes from NHTSA.';
    const claims = claimsOf(text, [
      ['Texas', 'place:us-tx', 'place'], ['Houston', 'place:us-houston', 'place'], ['Dallas', 'place:us-dallas', 'place'],
    ], '2025-04-16');
    // NHTSA as the entity stage gives it: a national agency, within its country
    const nhtsa = text.indexOf('NHTSA');
    const withAgency = claimsWithMentions(text, [
      { entity: 'place:us-tx', type: 'place', start: 0, end: 5, text: 'Texas' },
      { entity: 'place:us-tx', type: 'place', start: 38, end: 43, text: 'Texas' },
      { entity: 'agency:nhtsa', type: 'agency', start: nhtsa, end: nhtsa + 5, text: 'NHTSA', within: 'country:us' },
    ], '2025-04-16');
    expect(withAgency.map((c) => [c.valueText, c.place])).toEqual([['4,289', 'place:us-tx'], ['40,901', 'country:us']]);
    expect(claims.map((c) => [c.valueText, c.place])).toEqual([['4,289', 'place:us-tx'], ['40,901', 'place:us-tx']]);
  });

  it('dates a running total "so far" as of the publication date, by that rule and not by any words', () => {
    const [c] = claimsOf('The county has so far confirmed 42 deaths.', [], '2024-10-23');
    expect(c!.period).toMatchObject({ start: null, end: '2024-10-23', via: 'published', textStart: null, textEnd: null, basis: 'publication date 2024-10-23' });
  });

  it('points "nationwide" and a place read from the sentence around a clause to their words', () => {
    const text = 'Traffic deaths fell 3.6% nationwide in 2024. In Texas the toll rose, though across the US crashes fell by 2,000.';
    const claims = claimsOf(text, [['Texas', 'place:us-tx', 'place'], ['US', 'country:us', 'country']], '2025-04-16');
    for (const c of claims) if (c.placeFrom !== null && c.placeFrom.start !== null) expect(text.slice(c.placeFrom.start, c.placeFrom.end!)).toBe(c.placeFrom.text);
    expect(claims.every((c) => c.place === null || c.placeFrom?.start !== null)).toBe(true);
  });

  it('gives a figure of a list the place its list states, with the words it was read from', () => {
    const text = 'Tucson agents stay busy.\n\nIn Tucson the sector is the busiest.\n\nFor the week ending Oct. 11, agents reported 2,400 apprehensions, along with 284 federal criminal cases, 21 rescues and 14 pounds of fentanyl seized.';
    const claims = claimsOf(text, [['Tucson', 'place:us-tucson', 'place']], '2024-10-15');
    const listed = claims.filter((c) => ['284', '21', '14 pounds'].includes(c.valueText));
    expect(listed.map((c) => [c.valueText, c.place, c.placeFrom?.text, c.placeFrom?.start])).toEqual(
      ['284', '21', '14 pounds'].map((v) => [v, 'place:us-tucson', 'Tucson', 0]));
  });

  it('dates a plan or a budget balance with no period of its own by the fiscal year the article gave such figures', () => {
    const text = 'California deficit has grown to $73 billion\n\nThe state faces a shortfall of $27.6 billion in 2024-25, the governor said.\n\nThe package closes a $46.8 billion gap.';
    const claims = claimsOf(text, [], '2024-05-17');
    expect(claims.map((c) => [c.valueText, c.period?.start ?? null, c.period?.end ?? null, c.period?.via ?? null])).toEqual([
      ['$73 billion', '2024-07-01', '2025-06-30', 'headline'],
      ['$27.6 billion', '2024-07-01', '2025-06-30', 'clause'],
      ['$46.8 billion', '2024-07-01', '2025-06-30', 'headline'],
    ]);
  });

  it('keeps the period of a figure compared with from the article and from the change that follows it', () => {
    const claims = claimsOf('Turnout across the UK stood at 59.9%, down from 67.3% at the 2019 election, a fall of more than seven percentage points.\n\nLabour won 412 seats.', [], '2024-07-06');
    expect(claims.map((c) => [c.valueText, c.period?.start ?? null])).toEqual([
      ['59.9%', null], ['67.3%', '2019-01-01'], ['more than seven percentage points', null], ['412', null],
    ]);
  });

  it('takes "it" that puts or lists a figure as the body named before it', () => {
    const text = 'Traffic deaths fell.\n\nThe National Highway Traffic Safety Administration published its estimate in July. In it, it put deaths in the first six months of 2023 at 19,515.';
    const at = text.indexOf('National Highway');
    const claims = claimsWithMentions(text, [{ entity: 'agency:nhtsa', type: 'agency', start: at, end: at + 'National Highway Traffic Safety Administration'.length, text: 'National Highway Traffic Safety Administration', within: 'country:us' }]);
    expect(claims.find((c) => c.valueText === '19,515')?.attribution).toMatchObject({ entity: 'agency:nhtsa', text: 'it put' });
  });

  it('takes a body\'s document named by a common noun as the body named before it whose name holds the noun, else as no body', () => {
    const text = 'Fires burned fewer acres.\n\nCal Fire said the season was mild. The agency\'s database shows 332,822 acres burned in 2023. In Chico, the police department\'s year-end tally shows 410 arrests.';
    const claims = claimsOf(text, [['Cal Fire', 'agency:ca-cal-fire', 'agency']]);
    expect(claims.map((c) => [c.valueText, c.attribution?.entity ?? null, c.attribution?.text ?? null])).toEqual([
      ['332,822 acres', 'agency:ca-cal-fire', 'The agency\'s database'],
      // no body named before holds "police" or "department": the words stay, with no entity (never the nearest body)
      ['410', null, 'the police department\'s year-end tally'],
    ]);
  });

  it('carries a named counting body over the figures its paragraph lists after it, but not into another place, nor a poll of forecasters', () => {
    const rain = claimsOf('Rain totals\n\nPreliminary totals from the National Weather Service show 30.78 inches at Busick. Spruce Pine got 24.12 inches.', [['National Weather Service', 'agency:nws', 'agency']]);
    expect(rain.map((c) => [c.valueText, c.attribution?.entity ?? null, c.attribution?.via ?? null])).toEqual([['30.78 inches', 'agency:nws', 'sentence'], ['24.12 inches', 'agency:nws', 'paragraph']]);
    const text = 'Homicides fell\n\nPhiladelphia police counted 410 homicides in 2023. Baltimore finished the year with 263 killings.';
    const police = claimsWithMentions(text, [
      { entity: 'agency:pa-philadelphia-police', type: 'agency', start: text.indexOf('Philadelphia police'), end: text.indexOf('Philadelphia police') + 19, text: 'Philadelphia police', within: 'place:us-philadelphia' },
      { entity: 'place:us-baltimore', type: 'place', start: text.indexOf('Baltimore'), end: text.indexOf('Baltimore') + 9, text: 'Baltimore', within: 'place:us-md' },
    ]);
    expect(police.map((c) => [c.valueText, c.attribution?.entity ?? null])).toEqual([['410', 'agency:pa-philadelphia-police'], ['263', null]]);
    const polled = claimsOf('Jobs\n\nEconomists surveyed by Dow Jones had expected 169,000 jobs. The jobless rate edged down to 4.1%.', [['Dow Jones', 'org:dow-jones', 'organization']]);
    expect(polled.map((c) => [c.valueText, c.attribution?.entity ?? null])).toEqual([['169,000', 'org:dow-jones'], ['4.1%', null]]);
  });

  it('gives an article that names no place the country of the national agencies it cites', () => {
    const text = 'Revisions rewrote the jobs story\n\nThe Bureau of Labor Statistics said employers added 598,000 fewer jobs than first reported. The agency revised the total to 589,000.';
    const at = text.indexOf('Bureau of Labor Statistics');
    const claims = claimsWithMentions(text, [{ entity: 'agency:us-bls', type: 'agency', start: at, end: at + 26, text: 'Bureau of Labor Statistics', within: 'country:us' }]);
    expect(claims.map((c) => [c.valueText, c.place])).toEqual([['598,000', 'country:us'], ['589,000', 'country:us']]);
  });

  it('takes as the article\'s place the place inside its main one that it names more often', () => {
    const text = 'LA schools cut budget\n\nLos Angeles Unified will close a $2.9 billion shortfall, officials in Los Angeles said. California funds most of it. Los Angeles has 400,000 students.\n\nThe district laid off 300 staff.';
    const mentions: EntityMention[] = [];
    for (const [words, entity, within] of [['Los Angeles', 'place:us-los-angeles', 'place:us-ca'], ['California', 'place:us-ca', 'country:us']] as const) {
      for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) mentions.push({ entity, type: 'place', start: at, end: at + words.length, text: words, within });
    }
    mentions.sort((a, b) => a.start - b.start);
    const claims = claimsWithMentions(text, mentions);
    expect(claims.find((c) => c.valueText === '300')?.place).toBe('place:us-los-angeles');
  });

  it('counts the mentions of a city\'s agency for the city it serves', () => {
    const text = 'LAUSD enrollment falls 4%\n\nLAUSD counted 392,954 students this fall, California officials said. LAUSD expects fewer next year.\n\nThe district closed 12 schools.';
    const mentions: EntityMention[] = [];
    const add = (words: string, entity: string, type: EntityMention['type'], within: string) => {
      for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) mentions.push({ entity, type, start: at, end: at + words.length, text: words, within });
    };
    add('LAUSD', 'agency:ca-lausd', 'agency', 'place:us-los-angeles');
    add('California', 'place:us-ca', 'place', 'country:us');
    mentions.sort((a, b) => a.start - b.start);
    const claims = claimsWithMentions(text, mentions);
    expect(claims.find((c) => c.valueText === '12')).toMatchObject({ place: 'place:us-los-angeles', placeFrom: { text: 'LAUSD', via: 'headline' } });
  });

  it('reads the part a gapped item of a list of parts names right before its figure', () => {
    const claims = claimsOf('Employers added 142,000 jobs in August. Construction added 34,000 jobs and health care 31,000, while 5,000 more came in retail.', []);
    expect(claims.map((c) => [c.valueText, c.measure?.head ?? null, c.measure?.part ?? null])).toEqual([
      ['142,000', 'job', null], ['34,000', 'job', ['construction']], ['31,000', 'job', ['care', 'health']], ['5,000', 'job', null],
    ]);
  });

  it('moves a figure whose clause has no verb as the figure before it moves, but not a baseline or a part', () => {
    const claims = claimsOf('Reported rapes were down 9.4%, aggravated assaults 2.8% and robberies 0.3%. Murders fell to 480, down from 514 in 2022. Construction added 34,000 jobs and health care 31,000. Deaths rose to 36, six of them in Houston.', []);
    expect(claims.map((c) => [c.valueText, c.statistic, c.direction])).toEqual([
      ['9.4%', 'change', 'down'], ['2.8%', 'change', 'down'], ['0.3%', 'change', 'down'],
      ['480', 'level', 'down'], ['514', 'count', null],
      ['34,000', 'change', 'up'], ['31,000', 'change', 'up'],
      ['36', 'level', 'up'], ['six', 'count', null],
    ]);
  });

  it('gives a percentage that refers back the measure of the figure before it, whatever its unit', () => {
    const claims = claimsOf('Agents recorded 2,135,005 encounters in fiscal 2024. That was a 13% decline from the year before.', [], '2024-10-20');
    expect(claims.map((c) => [c.valueText, c.measure?.head, c.measure?.via])).toEqual([['2,135,005', 'encounter', 'clause'], ['13%', 'encounter', 'antecedent']]);
  });

  it('dates a change by its own period, not from its baseline; "a year ago" beside a month is that month a year back', () => {
    const claims = claimsOf(
      'Apprehensions fell 25% in fiscal 2024 from 2,045,838 in fiscal 2023. In September the number of unemployed people stood at 6.8 million, up from 6.3 million a year ago.',
      [],
      '2024-10-20',
    );
    expect(claims.map((c) => [c.valueText, c.period?.start, c.period?.end])).toEqual([
      ['25%', '2023-10-01', '2024-09-30'], ['2,045,838', '2022-10-01', '2023-09-30'],
      ['6.8 million', '2024-09-01', '2024-09-30'], ['6.3 million', '2023-09-01', '2023-09-30'],
    ]);
  });
});
