import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenizeText } from '../../../src/stages/02-tokenize/spans.js';

describe('tokenizeText', () => {
  it('gives every token and sentence offsets into the original text', () => {
    const text = 'Over 97,000 Americans died in 2021 — U.S. Dr. Smith said.\n\n“Extraditions are often tactical,” explains Dr. Guadalupe Correa-Cabrera.';
    const { tokens, sentences } = tokenizeText(text, []);
    expect(tokens.slice(0, 3).map((t) => [t.text, t.start, t.end, t.type])).toEqual([
      ['Over', 0, 4, 'word'], ['97,000', 5, 11, 'number'], ['Americans', 12, 21, 'word'],
    ]);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Over 97,000 Americans died in 2021 — U.S. Dr. Smith said.',
      '“Extraditions are often tactical,” explains Dr. Guadalupe Correa-Cabrera.',
    ]);
    expect(tokens.every((t) => t.text === text.slice(t.start, t.end))).toBe(true);
  });

  it('tags a text the same whatever was read before it (wink fixes an unknown word on first sight)', () => {
    // wink types "USD" inside "USD50" as a currency, but as a word once it has seen "USD" alone; without
    // readFresh the second reading below gave USD/word/PROPN, so output depended on the worker's history
    tokenizeText('He paid 50 USD. USD rose.', []);
    const text = 'we are giving away 3 USD50 Cards';
    const tags = tokenizeText(text, []).tokens.map((t) => `${t.text}/${t.type}/${t.pos}`);
    expect(tags).toEqual(['we/word/PRON', 'are/word/AUX', 'giving/word/VERB', 'away/word/ADV', '3/number/NUM', 'USD/currency/SYM', '50/number/NUM', 'Cards/word/PROPN']);
    tokenizeText(text, []);
    expect(tokenizeText('He paid 50 USD.', []).tokens[3]).toMatchObject({ text: 'USD', type: 'word' });
  });

  it('ends a sentence at a line break (headlines and captions carry no full stop)', () => {
    const text = "What's Happening?\nPresident Trump recently led an operation\nWhy It's Important\nThe real threat";
    const { sentences } = tokenizeText(text, []);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "What's Happening?", 'President Trump recently led an operation', "Why It's Important", 'The real threat',
    ]);
  });

  it('marks sentences inside page furniture', () => {
    const text = 'Over 97,000 died.\n\nLeave a Reply\n\nScroll to top';
    const start = text.indexOf('Leave');
    const { sentences } = tokenizeText(text, [{ start, end: text.length, reason: 'comment form' }]);
    expect(sentences.map((s) => [text.slice(s.start, s.end), s.furniture])).toEqual([
      ['Over 97,000 died.', false], ['Leave a Reply', true], ['Scroll to top', true],
    ]);
  });

  it('keeps offsets exact on every seed article', () => {
    for (const name of readdirSync('fixtures/articles')) {
      const text = readFileSync(`fixtures/articles/${name}`, 'utf8');
      const { tokens, sentences } = tokenizeText(text, []);
      expect(tokens.length).toBeGreaterThan(300);
      for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
      for (const s of sentences) {
        expect(s.start).toBe(tokens[s.firstToken]!.start);
        expect(s.end).toBe(tokens[s.lastToken]!.end);
        expect(text.slice(s.start, s.end)).not.toContain('\n');
      }
    }
  });
});
