import { ABBREVIATIONS } from '../../core/vocabulary.js';
import { work } from '../../core/work.js';
import type { FurnitureSpan, Sentence, Token } from '../../contracts/index.js';
import { readFresh } from './wink.js';

const WHITESPACE_TYPE = 'tabCRLF';

/**
 * The longest run of characters without a space handed to wink as it is. wink's tokenizer takes time quadratic in
 * the length of an unbroken run (a 200 KB base64 attachment: minutes), so a longer run is read with a space put
 * in every MAX_RUN characters (`breakLongRuns`): the same length, so every offset stays exact, and such runs —
 * data, hashes, glued-up markup — hold no claim a reader would miss.
 */
export const MAX_RUN = 256;

/**
 * The most tokens, and characters, a sentence may have. wink ends a sentence only at a stop or a line break, so a
 * page without either (a table flattened into one line, a list of thousands of numbers) would be one "sentence",
 * and every reader that looks around a figure within its sentence would look at all of it for each figure. A
 * longer run is cut at its last clause mark (, ; : and dashes) in the second half of the limit, else where it
 * reached the limit. News sentences stay far below both.
 */
export const MAX_SENTENCE_TOKENS = 160;
export const MAX_SENTENCE_CHARS = 1600;
const CLAUSE_MARKS = new Set([',', ';', ':', '–', '—', '-', '(', ')']);

/**
 * A lower-case word read together with its full stop, before a capitalised word: wink's abbreviation lists hold
 * states, weekdays and titles ("Miss.", "Sat.", "Ill.") and match them in any case, so "hard to miss. Murders fell"
 * and "the dog sat. It" would stay one sentence. Only the abbreviations of `data/vocabulary.json` ("vs. Texas") go
 * on; "p.m. Monday" has a stop inside and is no such word.
 */
function wordWithStop(previous: string, next: string): boolean {
  return /^[a-z]{2,}\.$/.test(previous) && /^\p{Lu}/u.test(next) && !ABBREVIATIONS.has(previous.slice(0, -1));
}

/**
 * Tokens and sentences of `text` with offsets into `text` itself. wink-nlp gives token values but no offsets;
 * every token value is a verbatim substring, so we find each one from a moving cursor.
 * Sentences are wink's, further split at line breaks: in news copy a line break always ends a sentence
 * (headlines, captions and list items carry no final stop).
 * One pass over wink's tokens, building tokens and sentences together: this runs on every article.
 */
export function tokenizeText(text: string, furniture: readonly FurnitureSpan[]): { tokens: Token[]; sentences: Sentence[] } {
  const read = breakLongRuns(text);
  const { values, types, pos, spans } = readFresh(read, (doc, its) => ({
    values: doc.tokens().out(its.value) as string[],
    types: doc.tokens().out(its.type) as string[],
    pos: doc.tokens().out(its.pos) as string[],
    spans: doc.sentences().out(its.span) as unknown as Array<[number, number]>,
  }));
  const sentenceOfToken = winkSentences(spans, values.length);
  work(values.length);

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
  /** the token after the last clause mark of the open sentence */
  let lastMark = -1;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const at = find(read, value, cursor);
    if (at === -1) continue; // wink never rewrites token text; a miss would be a wink bug: drop the token, keep offsets honest
    cursor = at + value.length;
    if (types[i] === WHITESPACE_TYPE || isBlank(value)) continue;
    const winkSentence = sentenceOfToken[i]!;
    if (prevEnd !== -1 && (prevWinkSentence !== winkSentence || lineBreakAfter(prevEnd, at) || wordWithStop(tokens[tokens.length - 1]!.text, value))) {
      close(first, tokens.length - 1);
      first = tokens.length;
    } else if (tokens.length - first >= MAX_SENTENCE_TOKENS || (tokens.length > first && cursor - tokens[first]!.start > MAX_SENTENCE_CHARS)) {
      const half = Math.min(first + MAX_SENTENCE_TOKENS / 2, tokens.length - 1);
      const cut = lastMark > half ? lastMark : tokens.length;
      close(first, cut - 1);
      for (let k = cut; k < tokens.length; k++) tokens[k]!.sentence = sentences.length;
      first = cut;
    }
    tokens.push({ start: at, end: cursor, text: value, type: types[i]!, pos: pos[i]!, sentence: sentences.length });
    if (CLAUSE_MARKS.has(value)) lastMark = tokens.length;
    prevEnd = cursor;
    prevWinkSentence = winkSentence;
  }
  if (tokens.length > first) close(first, tokens.length - 1);
  return { tokens, sentences };
}

/** `text` with a space in every MAX_RUN characters of each longer run without one; `text` itself when there is none. */
export function breakLongRuns(text: string): string {
  let out: string[] | null = null;
  let from = 0;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpaceCode(text.charCodeAt(i))) continue;
    // wink reads a run in time quadratic in its length: count what it is given
    work(Math.min(i - runStart, MAX_RUN) ** 2 / MAX_RUN * Math.ceil((i - runStart) / MAX_RUN));
    if (i - runStart > MAX_RUN) {
      out ??= [];
      for (let at = runStart + MAX_RUN; at < i; at += MAX_RUN + 1) {
        out.push(text.slice(from, at), ' ');
        from = at + 1;
      }
    }
    runStart = i + 1;
  }
  if (out === null) return text;
  out.push(text.slice(from));
  return out.join('');
}

/** The characters that end a run for `breakLongRuns`: ASCII and Unicode spaces and line breaks. */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
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
