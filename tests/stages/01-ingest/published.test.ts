import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPublishedDate } from '../../../src/stages/01-ingest/published.js';

describe('findPublishedDate', () => {
  it.each([
    ['Published: May 1, 2024\n\nText', '2024-05-01', 'May 1, 2024'],
    ['Headline\nMarch 3, 2025\nBody', '2025-03-03', 'March 3, 2025'],
    ['Headline\n2024-05-01\nBody', '2024-05-01', '2024-05-01'],
    ['Headline\n2024/05/01\nBody', '2024-05-01', '2024/05/01'],
    ['Updated Jan. 5, 2024 3:10 p.m.\nBody', '2024-01-05', 'Jan. 5, 2024'],
    ['Updated Jan. 5, 2024 3:10 p.m. EST\nBody', '2024-01-05', 'Jan. 5, 2024'],
    ['Posted on Tuesday, March 4, 2025 at 10:15\nBody', '2025-03-04', 'March 4, 2025'],
    ['Title\n  Sept. 12th, 2023  \nBody', '2023-09-12', 'Sept. 12th, 2023'],
    ['Title\n1 May 2024\nBody', '2024-05-01', '1 May 2024'],
    ['Title\nPublished 12 December 2023 | 5 min read\nBody', '2023-12-12', '12 December 2023'],
    ['Title\nPublished May 1, 2024, updated May 2, 2024\nBody', '2024-05-01', 'May 1, 2024'],
    ['Title\nMon, Feb 29, 2024\nBody', '2024-02-29', 'Feb 29, 2024'],
    ['Title\r\nDate: 2024-05-01\r\nBody', '2024-05-01', '2024-05-01'],
  ])('%j', (text, date, quote) => {
    const found = findPublishedDate(text);
    expect(found?.date).toBe(date);
    expect(text.slice(found?.start, found?.end)).toBe(quote);
  });

  it('prefers the published line over an updated one above it', () => {
    const text = 'Title\nUpdated: May 3, 2024\nPublished: May 1, 2024\nBody';
    expect(findPublishedDate(text)).toEqual({ date: '2024-05-01', start: 38, end: 49 });
  });

  it('falls back to an updated line', () => {
    expect(findPublishedDate('Updated: May 3, 2024')).toEqual({ date: '2024-05-03', start: 9, end: 20 });
  });

  it.each([
    ['a sentence that mentions a date', 'Mexico extradited 29 people on February 27, 2025, officials said.'],
    ['a month and year only', 'March 2025'],
    ['a day and month only', 'February 23'],
    ['a date that does not exist', 'February 30, 2024'],
    ['a year out of range', 'May 1, 1850'],
    ['an ambiguous numeric date', '05/01/2024'],
    ['a heading with a year', 'DEA Report (2024)'],
    ['no text', ''],
  ])('finds nothing in %s', (_name, text) => {
    expect(findPublishedDate(`Title\n${text}\nBody`)).toBeNull();
  });

  it('looks only near the top', () => {
    const body = Array.from({ length: 10 }, (_, i) => `Paragraph ${i} has some words in it to fill the line up a bit more than that.`).join('\n');
    expect(findPublishedDate(`${body}\nMay 1, 2024`)).toBeNull();
    expect(findPublishedDate(`Title\n\n\nMay 1, 2024\n${body}`)).toEqual({ date: '2024-05-01', start: 8, end: 19 });
  });

  it('still reads the date line among the first lines after a long standfirst', () => {
    const text = `Headline\n${'A long standfirst. '.repeat(40)}\nBy Ana Torres\nMay 1, 2024\nBody`;
    expect(findPublishedDate(text)?.date).toBe('2024-05-01');
  });

  it('finds no date line in the seed articles', () => {
    const dir = 'fixtures/articles';
    expect(readdirSync(dir).map((f) => findPublishedDate(readFileSync(`${dir}/${f}`, 'utf8')))).toEqual([null, null, null, null, null]);
  });
});
