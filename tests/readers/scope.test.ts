import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../src/contracts/index.js';
import { attributionsIn, nearestAttribution } from '../../src/readers/attribution.js';
import { clauseOf } from '../../src/readers/clause.js';
import { readScope, SCOPE_RULES } from '../../src/readers/scope.js';
import { find, mention, quantity, sentence } from './support.js';

type Named = [words: string, entity: string, type: EntityMention['type']];
/**
 * [sentence, figure, the measure's words as the measure reader reads them, the entities named, expected scope:
 * [its words, entity, rule] or null when the text names no body the figure is counted within]
 */
type Case = [string, string, string | null, Named[], [string, string | null, string] | null];
const centerPoint: Named = ['CenterPoint', 'org:centerpoint', 'organization'];
const CASES: Case[] = [
  // a utility's customers: named before the noun, owned with "'s", owned with "its" after the utility speaks
  ['About 2.26 million CenterPoint customers lost power at the peak.', 'About 2.26 million', 'CenterPoint customers lost power', [centerPoint], ['CenterPoint', 'org:centerpoint', 'owner-before-noun']],
  ["More than 1.4 million of CenterPoint's customers were still without power on Tuesday.", 'More than 1.4 million', 'customers', [centerPoint], ['CenterPoint', 'org:centerpoint', 'possessor']],
  ['CenterPoint said on Monday that 1.9 million of its customers remained in the dark.', '1.9 million', 'customers', [centerPoint], ['CenterPoint', 'org:centerpoint', 'possessor']],
  ['Duke Energy restored power to 900,000 homes by Sunday.', '900,000', 'homes', [['Duke Energy', 'org:duke-energy', 'organization']], ['Duke Energy', 'org:duke-energy', 'actor']],
  // a sheriff's office, a state police, a force the entity list knows
  ["The Fresno County Sheriff's Office made 58 arrests over the weekend.", '58', 'arrests', [], ["Fresno County Sheriff's Office", null, 'named-body']],
  ['The Michigan State Police arrested 23 drivers on the interstate.', '23', 'arrested 23 drivers', [], ['Michigan State Police', null, 'named-body']],
  ["The Harris County Sheriff's Office arrested 112 people.", '112', 'arrested 112 people', [["Harris County Sheriff's Office", 'agency:hcso', 'agency']], ["Harris County Sheriff's Office", 'agency:hcso', 'actor']],
  // a sector or a regional office is not the agency nationwide
  ['The Tucson Sector recorded 47,000 apprehensions in June.', '47,000', 'apprehensions', [], ['Tucson Sector', null, 'named-body']],
  ["The Border Patrol's Tucson Sector made 47,000 apprehensions in June.", '47,000', 'apprehensions', [['Border Patrol', 'agency:usbp', 'agency']], ["Border Patrol's Tucson Sector", null, 'office']],
  ['Border Patrol agents made 249,741 apprehensions in December.', '249,741', 'apprehensions', [['Border Patrol', 'agency:usbp', 'agency']], ['Border Patrol', 'agency:usbp', 'actor']],
  ['Nationwide, CBP recorded 2.1 million encounters in the fiscal year.', '2.1 million', 'encounters', [['CBP', 'agency:cbp', 'agency']], ['CBP', 'agency:cbp', 'actor']],
  ['The FEMA regional office in Atlanta approved $210 million in aid.', '$210 million', 'aid', [['FEMA', 'agency:fema', 'agency']], ['FEMA regional office in Atlanta', null, 'office']],
  ['FEMA has approved more than $1.2 billion in aid nationwide.', 'more than $1.2 billion', 'aid', [['FEMA', 'agency:fema', 'agency']], ['FEMA', 'agency:fema', 'actor']],
  ['The CDC field office in Lubbock confirmed 48 cases.', '48', 'CDC field office in Lubbock confirmed 48 cases', [['CDC', 'agency:cdc', 'agency']], ['CDC field office in Lubbock', null, 'office']],
  // a school district
  ['Enrollment in the Los Angeles Unified School District fell to 529,000 students.', '529,000', 'students', [['Los Angeles Unified School District', 'org:lausd', 'organization']], ['Los Angeles Unified School District', 'org:lausd', 'within']],
  ['Chronic absenteeism at Denver Public Schools reached 32% last year.', '32%', 'Chronic absenteeism', [['Denver Public Schools', 'org:dps', 'organization']], ['Denver Public Schools', 'org:dps', 'within']],
  ['The Chicago Public Schools district enrolled 323,000 students this fall.', '323,000', 'enrolled 323,000 students', [], ['Chicago Public Schools', null, 'named-body']],
  // a transit agency, a club
  ['The Metropolitan Transportation Authority carried 3.6 million riders a day in 2019.', '3.6 million', 'carried 3.6 million riders', [['Metropolitan Transportation Authority', 'agency:mta', 'agency']], ['Metropolitan Transportation Authority', 'agency:mta', 'actor']],
  ["Manchester United's wage bill rose to £365 million.", '£365 million', 'wage bill', [['Manchester United', 'org:man-utd', 'organization']], ['Manchester United', 'org:man-utd', 'possessor']],
  // a body that only says a figure is its source, not its scope
  ['The fire has destroyed 1,200 homes, Cal Fire said.', '1,200', 'destroyed 1,200 homes', [['Cal Fire', 'agency:calfire', 'agency']], null],
  ['According to the Texas Department of Public Safety, 300 people were arrested.', '300', 'arrested', [['Texas Department of Public Safety', 'agency:txdps', 'agency']], null],
  ['About 40% of voters backed the measure, according to Gallup.', 'About 40%', 'voters', [['Gallup', 'org:gallup', 'organization']], null],
  // a place is no body; a body the text does not name is left to what the figure refers back to
  ['Texas reported 300 measles cases by Friday.', '300', 'measles cases', [['Texas', 'place:us-tx', 'place']], null],
  ['The district lost 4,000 students last year.', '4,000', 'lost 4,000 students', [], null],
  // no body at all
  ['The county recorded 31 homicides per 100,000 residents last year.', '31', 'homicides', [], null],
  ['Police arrested 40 people on Tuesday.', '40', 'arrested 40 people', [], null],
  ['Employers added 142,000 jobs in August.', '142,000', 'added 142,000 jobs', [], null],
  ['The hospital system treated 12,000 flu patients in January.', '12,000', 'treated 12,000 flu patients', [], null],
];

const BODY_TYPES = new Set(['agency', 'organization', 'cartel']);

describe('readScope', () => {
  for (const [text, figure, measure, named, expected] of CASES) {
    it(`${figure} in "${text}"`, () => {
      const s = sentence(text);
      const q = quantity(text, figure);
      const clause = clauseOf(text, s.tokens, q);
      const mentions = named.map(([words, entity, type]) => mention(text, words, entity, type));
      const said = nearestAttribution(attributionsIn(text, s.tokens, s.sentence, mentions), q);
      const at = measure === null ? null : find(text, measure);
      const read = readScope({
        text, figure: q, core: clause.core, measure: at === null ? null : { start: at, end: at + measure!.length }, mentions,
        // a body that counted the figure is its scope as well as its source: only speech is left out
        attribution: said === null || said.kind === 'count' ? null : { start: said.start, end: said.end },
        lastBody: mentions.findLast((m) => BODY_TYPES.has(m.type) && m.end <= q.start) ?? null,
      });
      if (expected === null) {
        expect(read).toBeNull();
        return;
      }
      expect(read, 'a scope').not.toBeNull();
      expect([read!.text, text.slice(read!.start, read!.end), read!.entity, read!.rule]).toEqual([expected[0], expected[0], expected[1], expected[2]]);
    });
  }

  it('has a row for every rule', () => {
    expect(SCOPE_RULES.map((r) => r.id).filter((id) => !CASES.some((c) => c[4]?.[2] === id))).toEqual([]);
  });
});
