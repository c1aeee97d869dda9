import type { FurnitureSpan, Sentence, Token } from '../../contracts/index.js';
import { readFresh } from './wink.js';

const WHITESPACE_TYPE = 'tabCRLF';

/**
 * Tokens and sentences of `text` with offsets into `text` itself. wink-nlp gives token values but no offsets;
 * every token value is a verbatim substring, so we find each one from a moving cursor.
 * Sentences are wink's, further split at line breaks: in news copy a line break always ends a sentence
 * (headlines, captions and list items carry no final stop).
 * One pass over wink's tokens, building tokens and sentences together: this runs on every article.
 */
export function tokenizeText(text: string, furniture: readonly FurnitureSpan[]): { tokens: Token[]; sentences: Sentence[] } {
  const { values, types, pos, spans } = readFresh(text, (doc, its) => ({
    values: doc.tokens().out(its.value) as string[],
    types: doc.tokens().out(its.type) as string[],
    pos: doc.tokens().out(its.pos) as string[],
    spans: doc.sentences().out(its.span) as unknown as Array<[number, number]>,
  }));
  const sentenceOfToken = winkSentences(spans, values.length);

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const inFurniture = makeFurnitureTest(furniture);
  const lineBreakAfter = makeLineBreakTest(text);
  const close = (firstToken: number, lastToken: number) => {
    const start = tokens[firstToken]!.start;
    const end = tokens[lastToken]!.end;
    sentences.push({ index: sentences.length, start, end, firstToken, lastToken, furniture: inFurniture(start, end) });
  };
  let first = 0;
  let prevEnd = -1;
  let prevWinkSentence = -1;
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const at = find(text, value, cursor);
    if (at === -1) continue; // wink never rewrites token text; a miss would be a wink bug: drop the token, keep offsets honest
    cursor = at + value.length;
    if (types[i] === WHITESPACE_TYPE || isBlank(value)) continue;
    const winkSentence = sentenceOfToken[i]!;
    if (prevEnd !== -1 && (prevWinkSentence !== winkSentence || lineBreakAfter(prevEnd, at))) {
      close(first, tokens.length - 1);
      first = tokens.length;
    }
    tokens.push({ start: at, end: cursor, text: value, type: types[i]!, pos: pos[i]!, sentence: sentences.length });
    prevEnd = cursor;
    prevWinkSentence = winkSentence;
  }
  if (tokens.length > first) close(first, tokens.length - 1);
  return { tokens, sentences };
}

/**
 * `text.indexOf(value, cursor)`, found faster for the usual token: one that starts with a printable ASCII
 * character is nearly always right after the spaces at `cursor`, and cannot occur earlier (it cannot start on
 * a character `maybeSpace` skips), so that position is checked first and the text searched only if it fails.
 */
function find(text: string, value: string, cursor: number): number {
  if (value.length > 0 && !maybeSpace(value.charCodeAt(0))) {
    let at = cursor;
    while (at < text.length && maybeSpace(text.charCodeAt(at))) at++;
    if (text.startsWith(value, at)) return at;
  }
  return text.indexOf(value, cursor);
}

/** `value.trim() === ''`; only a value that starts with a space (or is empty) can be blank. */
function isBlank(value: string): boolean {
  return value.length === 0 || (maybeSpace(value.charCodeAt(0)) && value.trim() === '');
}

/** True for every character `trim` removes, and also for the other control and all non-ASCII characters. */
function maybeSpace(c: number): boolean {
  return c <= 32 || c >= 127;
}

/** wink's sentence index of every wink token. */
function winkSentences(spans: ReadonlyArray<readonly [number, number]>, count: number): Int32Array {
  const sentenceOfToken = new Int32Array(count);
  for (let s = 0; s < spans.length; s++) sentenceOfToken.fill(s, spans[s]![0], spans[s]![1] + 1);
  return sentenceOfToken;
}

/**
 * `(from, to) => text.slice(from, to).includes('\n')` for calls with increasing `from`, without slicing: the
 * next line break at or after `from` is remembered, so the whole text is searched once.
 */
function makeLineBreakTest(text: string): (from: number, to: number) => boolean {
  let next = -2; // position of the next '\n' at or after the last `from`; -1 when there is none
  return (from, to) => {
    if (next !== -1 && next < from) next = text.indexOf('\n', from);
    return next !== -1 && next < to;
  };
}

/** A sentence is furniture when at least half of its characters lie inside furniture spans. */
function makeFurnitureTest(furniture: readonly FurnitureSpan[]) {
  return (start: number, end: number): boolean => {
    let covered = 0;
    for (const f of furniture) {
      if (f.end <= start || f.start >= end) continue;
      covered += Math.min(f.end, end) - Math.max(f.start, start);
    }
    return covered * 2 >= end - start;
  };
}
