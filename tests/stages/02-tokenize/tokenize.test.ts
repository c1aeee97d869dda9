import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { breakLongRuns, MAX_RUN, MAX_SENTENCE_CHARS, MAX_SENTENCE_TOKENS, tokenizeText } from '../../../src/stages/02-tokenize/spans.js';

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

  it('ends a sentence at a lower-case word read with its stop ("miss.", "sat."), not at an abbreviation that goes on', () => {
    const text = 'The headline is hard to miss. Murders fell 13.2% last year. The dog sat. It won Smith vs. Jones at 5 p.m. Monday.';
    expect(tokenizeText(text, []).sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'The headline is hard to miss.', 'Murders fell 13.2% last year.', 'The dog sat.', 'It won Smith vs. Jones at 5 p.m. Monday.',
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

describe('hostile shapes', () => {
  it('reads a long unbroken run with a space every MAX_RUN characters, offsets unchanged, and the text around it as usual', () => {
    const blob = 'QUJD'.repeat(20_000);
    expect(Math.max(...breakLongRuns(blob).split(' ').map((r) => r.length))).toBe(MAX_RUN);
    expect(breakLongRuns(blob)).toHaveLength(blob.length);
    expect(breakLongRuns('short words stay as they are')).toBe('short words stay as they are');
    const text = `Officials counted 42 cases.\n\n${blob}\n\nThe state reported 17 deaths.`;
    const { tokens, sentences } = tokenizeText(text, []);
    expect(tokens.every((t) => t.text === text.slice(t.start, t.end) && t.end - t.start <= MAX_RUN)).toBe(true);
    expect(sentences.map((s) => text.slice(s.start, s.end)).filter((s) => !s.includes('QUJD'))).toEqual(['Officials counted 42 cases.', 'The state reported 17 deaths.']);
  });

  it('cuts a run-on "sentence" at a clause mark once it passes the limit, and keeps real sentences whole', () => {
    const list = Array.from({ length: 400 }, (_, i) => `${100 + i} cases`).join(', ');
    const { tokens, sentences } = tokenizeText(`${list}.`, []);
    expect(sentences.length).toBeGreaterThan(5);
    for (const s of sentences) {
      expect(s.lastToken - s.firstToken + 1).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
      expect(tokens[s.lastToken]!.text === ',' || s === sentences.at(-1)).toBe(true); // cut after a comma
      for (let k = s.firstToken; k <= s.lastToken; k++) expect(tokens[k]!.sentence).toBe(s.index);
    }
    const glued = tokenizeText('1,'.repeat(3000), []).sentences;
    expect(Math.max(...glued.map((s) => s.end - s.start))).toBeLessThanOrEqual(MAX_SENTENCE_CHARS + MAX_RUN);
    const news = 'The department, which counts every case reported by the counties, said on Tuesday that 1,204 people had fallen ill, 312 of them children, and that 14 had died since the outbreak began in January.';
    expect(tokenizeText(news, []).sentences).toHaveLength(1);
  });
});
