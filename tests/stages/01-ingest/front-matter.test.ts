import { describe, expect, it } from 'vitest';
import { frontMatter, readSourceText } from '../../../src/stages/01-ingest/source-text.js';

describe('Markdown front matter', () => {
  it.each([
    ['---\ntitle: "Fire grows to 41,200 acres"\ndate: 2024-08-02\n---\n\nText', { title: 'Fire grows to 41,200 acres', published: '2024-08-02' }],
    ['---\r\ntitle: Budget deal\r\npublished: 2024-06-29T10:00:00Z\r\n---\r\nText', { title: 'Budget deal', published: '2024-06-29T10:00:00Z' }],
    ['# Title\n\ndate: 2024-01-01 is not front matter', { title: null, published: null }],
  ])('%j', (content, expected) => {
    expect(frontMatter(content)).toEqual(expected);
  });

  it('keeps the block in the text (offsets are the file\'s) and gives its date as the page\'s', () => {
    const content = '---\ndate: 2024-08-02\n---\n\nThe fire burned 41,200 acres.';
    const read = readSourceText({ format: 'md', content, line: null, meta: { sourceId: null, title: null, url: null, published: null } });
    expect(read.text).toBe(content);
    expect(read.meta.published).toBe('2024-08-02');
  });
});
