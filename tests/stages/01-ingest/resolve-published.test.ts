import { describe, expect, it } from 'vitest';
import { resolvePublished } from '../../../src/stages/01-ingest/resolve-published.js';

const DATED = 'Headline here\nPublished: March 3, 2025\n\nBody.';
const UNDATED = 'Headline here\n\nBody.';
const DATE_LINE = { date: '2025-03-03', start: 25, end: 38 };
const NO_DATE = {
  ruleId: 'no-publication-date',
  severity: 'info',
  reason: 'no publication date (none in the input, the text or --published): a date without its year cannot be placed; pass --published YYYY-MM-DD',
};

describe('resolvePublished', () => {
  it.each([
    ['the input wins over the text and the option', '2025-03-03', DATED, '2020-01-01', { published: '2025-03-03', publishedSource: 'input', dateLine: DATE_LINE, messages: [] }],
    ['an input date-time is cut to its date', '2025-03-03T08:00:00Z', UNDATED, null, { published: '2025-03-03', publishedSource: 'input', dateLine: null, messages: [] }],
    ['the option when nothing else', null, UNDATED, '2024-05-01', { published: '2024-05-01', publishedSource: 'option', dateLine: null, messages: [] }],
    ['nothing at all', null, UNDATED, null, { published: null, publishedSource: null, dateLine: null, messages: [NO_DATE] }],
  ])('%s', (_name, input, text, option, expected) => {
    expect(resolvePublished(input, text, option)).toEqual(expected);
  });

  it('names the relative date it cannot resolve, where the text has one', () => {
    const text = 'Headline here\n\nThe county counted 42 deaths last week, up from 30.';
    expect(resolvePublished(null, text, null).messages).toEqual([{
      ruleId: 'no-publication-date',
      severity: 'info',
      reason: 'no publication date (none in the input, the text or --published): relative dates such as "last week" cannot be resolved; pass --published YYYY-MM-DD',
      start: 44,
      end: 53,
    }]);
    expect(text.slice(44, 53)).toBe('last week');
    expect(resolvePublished(null, 'Prices rose 3% on Tuesday.', null).messages[0]?.reason).toContain('such as "on Tuesday"');
    expect(resolvePublished(null, 'Four years ago it began.', null).messages[0]?.reason).toContain('such as "Four years ago"');
  });

  it('reads the text when the input has no date, and says so', () => {
    expect(resolvePublished(null, DATED, '2020-01-01')).toEqual({
      published: '2025-03-03',
      publishedSource: 'text',
      dateLine: DATE_LINE,
      messages: [{ ruleId: 'published-from-text', severity: 'info', reason: 'publication date 2025-03-03 read from the date line at the top of the text', start: 25, end: 38 }],
    });
    expect(DATED.slice(25, 38)).toBe('March 3, 2025');
  });

  it('warns when the input and the text disagree', () => {
    expect(resolvePublished('2025-03-04', DATED, null).messages).toEqual([{
      ruleId: 'published-mismatch',
      severity: 'warning',
      reason: "the input gives the publication date 2025-03-04 but the text's date line says 2025-03-03; using the input's",
      start: 25,
      end: 38,
    }]);
  });

  it('ignores an input date it cannot read, with a warning, and goes on to the next source', () => {
    expect(resolvePublished('last Tuesday', UNDATED, '2024-05-01')).toEqual({
      published: '2024-05-01',
      publishedSource: 'option',
      dateLine: null,
      messages: [{ ruleId: 'bad-published', severity: 'warning', reason: 'the input\'s publication date "last Tuesday" is not a date claimgraph can read (write YYYY-MM-DD); it is ignored' }],
    });
  });
});
