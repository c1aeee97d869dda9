import type { FurnitureSpan, Sentence, Token } from '../../contracts/index.js';
import { wink } from './wink.js';

const WHITESPACE_TYPES = new Set(['tabCRLF']);

/**
 * Tokens and sentences of `text` with offsets into `text` itself. wink-nlp gives token values but no offsets;
 * every token value is a verbatim substring, so we find each one from a moving cursor.
 * Sentences are wink's, further split at line breaks: in news copy a line break always ends a sentence
 * (headlines, captions and list items carry no final stop).
 */
export function tokenizeText(text: string, furniture: readonly FurnitureSpan[]): { tokens: Token[]; sentences: Sentence[] } {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const sentenceOfToken = new Int32Array(values.length);
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  spans.forEach(([first, last], s) => sentenceOfToken.fill(s, first, last + 1));

  const raw: Array<Token & { winkSentence: number }> = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const at = text.indexOf(value, cursor);
    if (at === -1) continue; // wink never rewrites token text; a miss would be a wink bug: drop the token, keep offsets honest
    cursor = at + value.length;
    if (WHITESPACE_TYPES.has(types[i]!) || value.trim() === '') continue;
    raw.push({ start: at, end: cursor, text: value, type: types[i]!, pos: pos[i]!, sentence: 0, winkSentence: sentenceOfToken[i]! });
  }

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const inFurniture = makeFurnitureTest(furniture);
  const close = (firstToken: number, lastToken: number) => {
    const start = tokens[firstToken]!.start;
    const end = tokens[lastToken]!.end;
    sentences.push({ index: sentences.length, start, end, firstToken, lastToken, furniture: inFurniture(start, end) });
  };
  let first = 0;
  for (let i = 0; i < raw.length; i++) {
    const { winkSentence, ...token } = raw[i]!;
    const prev = raw[i - 1];
    const boundary = prev !== undefined && (prev.winkSentence !== winkSentence || text.slice(prev.end, token.start).includes('\n'));
    if (boundary) {
      close(first, tokens.length - 1);
      first = tokens.length;
    }
    tokens.push({ ...token, sentence: sentences.length });
  }
  if (tokens.length > first) close(first, tokens.length - 1);
  return { tokens, sentences };
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
