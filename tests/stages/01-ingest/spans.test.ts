import { describe, expect, it } from 'vitest';
import { linesOf, mergeSpans, trimLine } from '../../../src/stages/01-ingest/spans.js';

describe('linesOf', () => {
  it.each([
    ['a\nbc', [[0, 1, 'a'], [2, 4, 'bc']]],
    ['a\r\nb\rc', [[0, 1, 'a'], [3, 4, 'b'], [5, 6, 'c']]],
    ['a\n', [[0, 1, 'a'], [2, 2, '']]],
    ['', [[0, 0, '']]],
  ])('%j', (text, lines) => {
    expect(linesOf(text).map((l) => [l.start, l.end, l.text])).toEqual(lines);
  });
});

describe('trimLine', () => {
  it('cuts surrounding spaces and keeps offsets into the text', () => {
    expect(trimLine({ start: 10, end: 17, text: '  ab c ' })).toEqual({ start: 12, end: 16, text: 'ab c' });
  });

  it('returns null for a blank line', () => {
    expect(trimLine({ start: 0, end: 3, text: ' \t ' })).toBeNull();
  });
});

describe('mergeSpans', () => {
  const text = 'aaa bbb\n\nccc ddd';
  it.each([
    ['sorts', [{ start: 9, end: 12, reason: 'x' }, { start: 0, end: 3, reason: 'y' }], [{ start: 0, end: 3, reason: 'y' }, { start: 9, end: 12, reason: 'x' }]],
    ['merges overlaps, keeping each reason once', [{ start: 0, end: 5, reason: 'x' }, { start: 4, end: 7, reason: 'y' }, { start: 4, end: 6, reason: 'x' }], [{ start: 0, end: 7, reason: 'x; y' }]],
    ['merges across whitespace', [{ start: 4, end: 7, reason: 'x' }, { start: 9, end: 12, reason: 'y' }], [{ start: 4, end: 12, reason: 'x; y' }]],
    ['keeps spans apart when text lies between', [{ start: 0, end: 3, reason: 'x' }, { start: 9, end: 12, reason: 'y' }], [{ start: 0, end: 3, reason: 'x' }, { start: 9, end: 12, reason: 'y' }]],
    ['keeps a contained span inside', [{ start: 0, end: 16, reason: 'x' }, { start: 4, end: 7, reason: 'y' }], [{ start: 0, end: 16, reason: 'x; y' }]],
    ['nothing', [], []],
  ])('%s', (_name, spans, merged) => {
    expect(mergeSpans(text, spans)).toEqual(merged);
  });

  it('does not change its input', () => {
    const spans = [{ start: 0, end: 5, reason: 'x' }, { start: 4, end: 7, reason: 'y' }];
    mergeSpans(text, spans);
    expect(spans).toEqual([{ start: 0, end: 5, reason: 'x' }, { start: 4, end: 7, reason: 'y' }]);
  });
});
