import { describe, expect, it } from 'vitest';
import { quoteContext } from '../../../src/stages/06-report/quote-context.js';
import { CLAIMS, TEXT_A } from './sample-batch.js';

const first = CLAIMS[0]!;
const second = CLAIMS[1]!;

describe('quoteContext', () => {
  it('cuts the sentence around the quote and splits the quote at its figure', () => {
    expect(quoteContext(TEXT_A, second)).toEqual({
      before: 'Over 97,000 Americans died from drug overdoses in 2021, with ',
      lead: 'fentanyl being involved in ', value: 'nearly 71,000', tail: ' of those deaths',
      after: '.', located: true,
    });
  });

  it('shortens long context at word boundaries with an ellipsis', () => {
    const q = quoteContext(TEXT_A, second, 20);
    expect(q.before).toBe('…in 2021, with ');
    expect(q.after).toBe('.');
    expect(quoteContext(TEXT_A, first, 12).after).toBe(', with…');
  });

  it('never leaves half a surrogate pair at a cut', () => {
    const text = `${'😀 '.repeat(10)}5 cats ${'😀 '.repeat(10)}`;
    const start = text.indexOf('5 cats');
    const claim = { ...first, start, end: start + 6, quote: '5 cats', valueStart: start, valueEnd: start + 1, sentence: { start: 0, end: text.length } };
    // 5 code units from the end of the 30-unit "before" lands inside an emoji; so does 5 from the start of "after"
    const q = quoteContext(text, claim, 5);
    expect(q.before).toBe('…😀 ');
    expect(q.after).toBe(' 😀…');
    expect(quoteContext(text, claim, 6).before).toBe('…😀 😀 ');
  });

  it('shows the quote alone when the text is missing or the offsets do not give the quote', () => {
    expect(quoteContext(undefined, first)).toMatchObject({ before: '', after: '', value: 'Over 97,000', located: false });
    expect(quoteContext(`x${TEXT_A}`, first).located).toBe(false);
  });
});
