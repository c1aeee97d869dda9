import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../src/contracts/index.js';
import { attributionsIn, isQuotation, nearestAttribution } from '../../src/readers/attribution.js';
import { mention, quantity, sentence } from './support.js';

function attributions(text: string, mentions: EntityMention[] = []) {
  const s = sentence(text);
  return attributionsIn(text, s.tokens, s.sentence, mentions).map((a) => ({ text: a.text, speaker: a.speaker.text, pronoun: a.pronoun, entity: a.entity }));
}

/** The one attribution a sentence gives, with the entity of the mention `words` (a body the entity stage found). */
function expectSource(text: string, words: string, entity: string, attribution: string, type: EntityMention['type'] = 'organization') {
  expect(attributions(text, [mention(text, words, entity, type)]).map((a) => [a.text, a.entity])).toEqual([[attribution, entity]]);
}

/** [sentence, attribution words, speaker words] */
const CASES: Array<[string, string, string]> = [
  ['In 2021, 106,000 people died, more than 70,000 of them largely due to fentanyl, according to the National Institutes of Health.', 'according to the National Institutes of Health', 'the National Institutes of Health'],
  ['“We have a watershed here, and the watershed is 100,000 people killed a year,” Feeley said.', 'Feeley said', 'Feeley'],
  ['“The cartels control the supply chain,” DEA Administrator Anne Milgram told Congress last month.', 'DEA Administrator Anne Milgram told Congress', 'DEA Administrator Anne Milgram'],
  ['She said it costs cartels just 10 cents to produce a fake fentanyl pill.', 'She said', 'She'],
  ['In the first six months of 2023, the DEA estimates that fentanyl caused over 38,000 fatalities.', 'the DEA estimates', 'the DEA'],
  ['These organizations have “eliminated any competition in U.S. markets,” the report states, dictating the flow.', 'the report states', 'the report'],
  ['“Let’s unleash the fury,” said Senator Lindsey Graham, who called on the president.', 'said Senator Lindsey Graham', 'Senator Lindsey Graham'],
  ['“Extraditions are often tactical,” explains Dr. Guadalupe Correa-Cabrera, a professor.', 'explains Dr. Guadalupe Correa-Cabrera', 'Dr. Guadalupe Correa-Cabrera'],
  ['In addition, he added, Mexico is postponing dozens of US extradition requests.', 'he added', 'he'],
  ['US officials and international experts say the vast majority of fentanyl is produced in Mexico.', 'US officials and international experts say', 'US officials and international experts'],
  ['Officials were furious about the whole affair, say current and former US officials.', 'say current and former US officials', 'current and former US officials'],
  ['Watson, a spokesperson for the NSC, said the US had sent 1,500 troops to the border.', 'Watson, a spokesperson for the NSC, said', 'Watson'],
  ['The report, released Thursday, found that 62% of respondents had used fentanyl.', 'The report, released Thursday, found', 'The report'],
  // the source of "according to" ends where a clause or a figure begins
  ['More than 3,600 houses collapsed, according to a preliminary survey and 30,000 residents had been relocated.', 'according to a preliminary survey', 'a preliminary survey'],
  ['Arrests fell 3%, according to data released Tuesday by the agency.', 'according to data', 'data'],
  // a named body before the verb reports, whatever follows
  ['CenterPoint reported net income of $228 million.', 'CenterPoint reported', 'CenterPoint'],
  // over the auxiliaries between a speaker and the verb; "for" inside a name; a capitalised word inside a name
  ['In the county, officials had confirmed 30 deaths by Sunday.', 'officials had confirmed', 'officials'],
  ['Schools enrolled 49.5 million students, the National Center for Education Statistics reported.', 'the National Center for Education Statistics reported', 'the National Center for Education Statistics'],
  ['At least 36 deaths were tied to the storm, according to a tally by The Associated Press.', 'according to a tally by The Associated Press', 'a tally by The Associated Press'],
  // a verb joined to an earlier one by "and" has that verb's subject, not the words before "and"
  ['Crews cleared 30 roads by Sunday afternoon and said hundreds more were blocked, Reuters reported.', 'Reuters reported', 'Reuters'],
];

describe('attributionsIn', () => {
  it.each([
    'The confirmed death toll stood at 126 with another 188 injured.',
    'An estimated 5,000 people attended the rally.',
    'The reported cases rose to 40.',
    'Employers added 142,000 jobs in August.',
    'We added a further 5,000 workers last year.',
    'U.S. employers added more than 250,000 jobs last month.',
    'The storm killed at least 90 people in six Southeastern states.',
    // a passive names its source after "by": no speaker before the verb
    'A letter sent to shareholders last week and reported by the paper laid out the $6.1 billion deal.',
    'Hundreds of cases were reported in March.',
    // a participle after its noun: what was reported, not who reports
    '270 of the 300 people reported missing were found safe.',
    'More than 86% of the outages first reported in the state were fixed.',
  ])('reads no speaker in a participle used as an adjective, or in "added" before a figure: %s', (text) => {
    expect(attributions(text)).toEqual([]);
  });

  for (const [text, words, speaker] of CASES) {
    it(words, () => {
      const found = attributions(text);
      expect(found.map((a) => [a.text, a.speaker])).toEqual([[words, speaker]]);
    });
  }

  it('names the speaker by the entity stage\'s id, a pronoun as a pronoun', () => {
    const text = '“The cartels control the supply chain,” DEA Administrator Anne Milgram told Congress last month.';
    expect(attributions(text, [mention(text, 'DEA', 'agency:dea', 'agency'), mention(text, 'Anne Milgram', 'person:anne-milgram', 'official')])[0])
      .toMatchObject({ entity: 'person:anne-milgram', pronoun: false });
    expect(attributions('She said it costs 10 cents.')[0]).toMatchObject({ pronoun: true, entity: null });
  });

  it('does not read nouns that look like verbs as attributions', () => {
    expect(attributions('The cartels have a presence in all 50 states.')).toEqual([]);
    expect(attributions('The estimates of 1,200 reported cases were revised.')).toEqual([]);
    expect(attributions('Mexico handed over 29 people to the United States.')).toEqual([]);
    expect(attributions('The agency found 29 labs.')).toEqual([]);
  });

  it('reads the body that counted or put a figure as its source, when it is a named body or a source noun and a figure follows', () => {
    const cbp = 'CBP recorded 107,503 encounters along the southwest border in August.';
    expect(attributions(cbp, [mention(cbp, 'CBP', 'agency:cbp', 'agency')])).toEqual([{ text: 'CBP recorded', speaker: 'CBP', pronoun: false, entity: 'agency:cbp' }]);
    expect(attributions('In December, the office had put the gap at $68 billion.').map((a) => a.text)).toEqual(['the office had put']);
    expect(attributions('The office now expects revenue to come in $24 billion below the plan.').map((a) => a.text)).toEqual(['The office now expects']);
    // a body that lists or revises a figure; a source noun for a body named before ("the association")
    expect(attributions('At 8 a.m. Sunday the agency had listed 353,194 acres.').map((a) => a.text)).toEqual(['the agency had listed']);
    expect(attributions('The bureau revised July to 89,000 from 114,000.').map((a) => a.text)).toEqual(['The bureau revised']);
    expect(attributions('The association projects that 7,318 pedestrians died.').map((a) => a.text)).toEqual(['The association projects']);
    // "it" counting a figure is a body named before (the frame reader resolves it); "it rose" counts nothing
    expect(attributions('In July it put deaths in the first six months at 19,515.').map((a) => [a.text, a.speaker])).toEqual([['it put', 'it']]);
    expect(attributions('It rose to 19,515 in June.')).toEqual([]);
    // raising a rate is an act, not a statement of a figure
    expect(attributions('The White House raised the rate to 104%.')).toEqual([]);
    // no source: actors, a passive, no figure in the clause
    expect(attributions('Border Patrol agents counted 58,038 apprehensions.')).toEqual([]);
    const celtics = 'The Celtics are projected to spend around $500 million.';
    expect(attributions(celtics, [mention(celtics, 'Celtics', 'org:celtics', 'organization')])).toEqual([]);
    expect(attributions('The office put pressure on lawmakers, who later approved 12 bills.')).toEqual([]);
  });

  it.each([
    ['AAA’s national average for a gallon of regular was $3.21 on Thursday.', 'AAA', 'org:aaa', 'AAA’s national average'],
    ['Economists surveyed by Dow Jones had expected a rate of 2.3%.', 'Dow Jones', 'org:dow-jones', 'surveyed by Dow Jones'],
    ['Preliminary FBI data show murders down 13% in 2023.', 'FBI', 'agency:fbi', 'FBI data show'],
    ['The $78.7 billion figure, compiled by NOAA, is the third-highest.', 'NOAA', 'agency:noaa', 'compiled by NOAA'],
  ])('reads the body whose document or poll holds the figure: %s', (text, words, entity, attribution) => {
    expectSource(text, words, entity, attribution);
  });

  it.each([
    ['Newsom, a Democrat, pegged the shortfall at $37.9 billion.', 'Newsom', 'person:gavin-newsom', 'Newsom, a Democrat, pegged'],
    ['The Governors Highway Safety Association, which represents state highway safety offices, had projected 7,508 deaths.', 'Governors Highway Safety Association', 'org:ghsa', 'The Governors Highway Safety Association, which represents state highway safety offices, had projected'],
    ['Smart Growth America, drawing on federal crash data, tallied 7,522 people killed while walking.', 'Smart Growth America', 'org:sga', 'Smart Growth America, drawing on federal crash data, tallied'],
    ['The exit poll for the BBC, ITV and Sky News, which projected 410 seats, was close.', 'Sky News', 'org:sky', 'ITV and Sky News, which projected'],
    ['In Harris County, the Institute of Forensic Sciences has linked 14 deaths to the storm.', 'Institute of Forensic Sciences', 'org:ifs', 'the Institute of Forensic Sciences has linked'],
    ['The council issued a preliminary estimate of about 44,450 deaths.', 'council', 'org:nsc', 'The council issued'],
  ])('reads the subject of a counting verb past a parenthetical or a relative pronoun: %s', (text, words, entity, attribution) => {
    expectSource(text, words, entity, attribution);
  });

  it.each([
    ['Preliminary totals from the National Weather Service show 30.78 inches at Busick.', 'National Weather Service', 'totals from the National Weather Service'],
    ['The CDC\'s weekly update, released Friday, counted 607 confirmed cases.', 'CDC', 'CDC\'s weekly update'],
  ])('reads the body a document comes from: %s', (text, words, attribution) => {
    expectSource(text, words, 'agency:x', attribution, 'agency');
  });

  it.each([
    ['By the bureau\'s reckoning, an estimated 1,218,467 violent crimes were committed.', 'By the bureau\'s reckoning', 'the bureau\'s'],
    ['In Philadelphia, the police department\'s year-end tally shows 410 homicides.', 'the police department\'s year-end tally', 'the police department\'s'],
    ['The agency\'s database shows 332,822 acres burned in 2023.', 'The agency\'s database', 'The agency\'s'],
  ])('reads a document of a body named by a common noun, for the frame reader to resolve: %s', (text, attribution, speaker) => {
    expect(attributions(text)).toEqual([{ text: attribution, speaker, pronoun: false, entity: null }]);
  });

  it.each([
    // a body's document that neither governs the figure ("By …") nor shows it
    'The agency\'s report was delayed until 12 March.',
    // approving a budget is an act on it, not a statement of it
    'The board approved a $12.8 billion budget.',
    // a parenthetical that is not a noun phrase, a relative clause or a participle's phrase leaves no subject
    'Agents, in August, counted 58,038 apprehensions.',
  ])('reads no source in: %s', (text) => {
    expect(attributions(text)).toEqual([]);
  });

  it('reads no source in a body\'s own figure or a name', () => {
    const texts = ['AAA’s members number 60 million.', 'FBI agents arrested 12 people.'];
    for (const text of texts) expect(attributions(text, [mention(text, /^AAA/.test(text) ? 'AAA' : 'FBI', 'org:x', 'organization')])).toEqual([]);
  });

  it('chooses the attribution nearest the figure', () => {
    const text = 'Feeley said prices rose, and the DEA estimates that 38,000 people died.';
    const s = sentence(text);
    const found = attributionsIn(text, s.tokens, s.sentence);
    expect(nearestAttribution(found, quantity(text, '38,000'))?.text).toBe('the DEA estimates');
  });
});

describe('isQuotation', () => {
  it('is true for a sentence that opens a quotation or lies inside one', () => {
    const text = '“One of the things we expect,” she said. “Last year, Mexico extradited 24 defendants.”\nHe left.';
    const second = text.indexOf('“Last');
    expect(isQuotation(text, { start: second, end: text.indexOf('\n') })).toBe(true);
    const inside = '“First sentence. Mexico extradited 24 defendants.”';
    expect(isQuotation(inside, { start: inside.indexOf('Mexico'), end: inside.length })).toBe(true);
    expect(isQuotation(text, { start: text.indexOf('He left'), end: text.length })).toBe(false);
  });
});
