import { describe, expect, it } from 'vitest';
import { parseJsonlLine } from '../../../src/stages/01-ingest/jsonl.js';

const line = (o: unknown): string => JSON.stringify(o);
const NO_META = { sourceId: null, title: null, url: null, published: null };

describe('parseJsonlLine: articles', () => {
  it.each([
    [
      'every field',
      line({ id: 'a1', title: ' Mexico extradites 29 ', url: 'https://x.test/a1', published: '2025-02-28', text: 'Mexico sent 29.' }),
      { ok: true, format: 'txt', content: 'Mexico sent 29.', warnings: [], meta: { sourceId: 'a1', title: 'Mexico extradites 29', url: 'https://x.test/a1', published: '2025-02-28' } },
    ],
    [
      'a numeric id, html content, extra fields',
      line({ id: 7, html: '<p>Hi</p>', author: 'Ana', tags: ['x'] }),
      { ok: true, format: 'html', content: '<p>Hi</p>', warnings: [], meta: { ...NO_META, sourceId: '7' } },
    ],
    [
      'nulls for optional fields',
      line({ id: null, title: null, url: null, published: null, text: 'T' }),
      { ok: true, format: 'txt', content: 'T', warnings: [], meta: NO_META },
    ],
    [
      'text kept exactly as given',
      line({ text: '  Over 97,000\r\nAmericans  ' }),
      { ok: true, format: 'txt', content: '  Over 97,000\r\nAmericans  ', warnings: [], meta: NO_META },
    ],
    [
      'an empty text is still an article (the stage fails it with a reason)',
      line({ text: '' }),
      { ok: true, format: 'txt', content: '', warnings: [], meta: NO_META },
    ],
    [
      'both text and html: text wins',
      line({ text: 'Plain', html: '<p>Rich</p>' }),
      { ok: true, format: 'txt', content: 'Plain', warnings: ['line 4 has both `text` and `html`; using `text`'], meta: NO_META },
    ],
    [
      'both, with a blank text: html wins',
      line({ text: ' ', html: '<p>Rich</p>' }),
      { ok: true, format: 'html', content: '<p>Rich</p>', warnings: ['line 4 has both `text` and `html`; using `html`'], meta: NO_META },
    ],
    [
      'a line ending in CR (CRLF file)',
      `${line({ text: 'T' })}\r`,
      { ok: true, format: 'txt', content: 'T', warnings: [], meta: NO_META },
    ],
  ])('%s', (_name, input, expected) => {
    expect(parseJsonlLine(input, 4)).toEqual(expected);
  });
});

describe('parseJsonlLine: published', () => {
  it.each([
    ['2024-05-01', '2024-05-01'],
    ['2024-05-01T23:30:00-05:00', '2024-05-01'],
    ['2024-05-01T10:00:00Z', '2024-05-01'],
    ['2024-05-01 10:00', '2024-05-01'],
    ['2024-05-01T10:00:00.123+0200', '2024-05-01'],
    [' May 1, 2024 ', '2024-05-01'],
    ['1 May 2024', '2024-05-01'],
  ])('%s → %s', (published, date) => {
    expect(parseJsonlLine(line({ published, text: 'T' }), 2)).toMatchObject({ ok: true, meta: { published: date }, warnings: [] });
  });

  it.each([
    ['05/01/2024', '"05/01/2024"'],
    ['2024-02-30', '"2024-02-30"'],
    ['yesterday', '"yesterday"'],
    [1714521600, '1714521600'],
  ])('keeps the article without a date when published is %s', (published, shown) => {
    expect(parseJsonlLine(line({ published, text: 'T' }), 2)).toEqual({
      ok: true,
      format: 'txt',
      content: 'T',
      meta: NO_META,
      warnings: [`line 2: \`published\` ${shown} is not a date claimgraph can read (write YYYY-MM-DD); the article is kept without a publication date`],
    });
  });

  it('treats an empty published as missing', () => {
    expect(parseJsonlLine(line({ published: '', text: 'T' }), 2)).toMatchObject({ ok: true, meta: NO_META, warnings: [] });
  });
});

describe('parseJsonlLine: failures', () => {
  it.each([
    ['', { ok: false, blank: true, reason: 'line 3 is blank' }],
    ['  \t\r', { ok: false, blank: true, reason: 'line 3 is blank' }],
    ['{"id": 1, }', { ok: false, blank: false, reason: 'line 3 is not valid JSON: Expected double-quoted property name in JSON at position 10' }],
    ['{"text": "cut off"', { ok: false, blank: false, reason: 'line 3 is not valid JSON: Expected \',\' or \'}\' after property value in JSON at position 18' }],
    ['[1, 2]', { ok: false, blank: false, reason: 'line 3 is a JSON array, not a JSON object: each line must be one article: {"id", "title", "url", "published", "text" or "html"}' }],
    ['"text"', { ok: false, blank: false, reason: 'line 3 is a JSON string, not a JSON object: each line must be one article: {"id", "title", "url", "published", "text" or "html"}' }],
    ['null', { ok: false, blank: false, reason: 'line 3 is null, not a JSON object: each line must be one article: {"id", "title", "url", "published", "text" or "html"}' }],
    [line({ id: 'x', title: 'No body' }), { ok: false, blank: false, reason: 'line 3 has neither a `text` nor an `html` field: each line must be one article: {"id", "title", "url", "published", "text" or "html"}' }],
    [line({ text: 42 }), { ok: false, blank: false, reason: 'line 3 has a field of the wrong type (`text`: Invalid input: expected string, received number)' }],
    [
      line({ id: true, title: ['a'], text: 'T' }),
      { ok: false, blank: false, reason: 'line 3 has a field of the wrong type (`id`: expected a string or a number; `title`: Invalid input: expected string, received array)' },
    ],
  ])('%j', (input, expected) => {
    expect(parseJsonlLine(input, 3)).toEqual(expected);
  });
});
