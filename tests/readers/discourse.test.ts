import { describe, expect, it } from 'vitest';
import { makeDiscourse } from '../../src/readers/discourse.js';
import { tokenizeText } from '../../src/stages/02-tokenize/spans.js';
import type { ArticleView } from '../../src/core/extractor.js';

/** The sentences a discourse takes as the article's topic (headline and lede), by their opening words. */
function topicOf(text: string): string[] {
  const { sentences } = tokenizeText(text, []);
  const discourse = makeDiscourse({ text, mentions: [] } as unknown as ArticleView, sentences);
  return sentences.filter((s) => discourse.isTopic(s)).map((s) => text.slice(s.start, s.end).split(/\s+/).slice(0, 3).join(' '));
}

describe('makeDiscourse: the headline and lede', () => {
  const CASES: Array<[string, string, string[]]> = [
    ['a by-line in Markdown emphasis is no part of the lede',
      'Only four in ten voted in Rusholme\n\n*By Priya Chaudhry, Local Democracy Correspondent*\n\nOnly 40% of registered voters went to the polls on Thursday. Turnout came in at 40.0%.\n\nLabour held the seat.',
      ['Only four in', 'Only 40% of', 'Turnout came in']],
    ['a label line after the headline is no part of the lede; a date line neither',
      'Official figures confirm turnout at 59.7%\n\nDemocracy Monitor | Elections & Data\n\nBy Owen Pritchard\n\nPublished September 5, 2024\n\nTwo months after polling day, the numbers are in. Turnout at the 4 July general election was 59.7%.\n\nIt fell 7.6 points.',
      ['Official figures confirm', 'Two months after', 'Turnout at the']],
    ['a headline without a full stop is the topic all the same',
      'Measles cases climb to 198\n\nThe outbreak has spread to nine counties. Officials expect more cases. Schools are open.',
      ['Measles cases climb', 'The outbreak has', 'Officials expect more']],
  ];
  for (const [name, text, expected] of CASES) it(name, () => expect(topicOf(text)).toEqual(expected));
});
