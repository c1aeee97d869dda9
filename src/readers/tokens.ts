import type { Token } from '../contracts/index.js';

/** A stretch of the article text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** Lower-cased token text with typographic apostrophes folded, for word-list look-ups. */
export function norm(t: Token | undefined): string {
  return t === undefined ? '' : t.text.toLowerCase().replace(/[’‘]/g, "'");
}

export const isNounish = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN');
export const isVerbish = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
export const isHyphen = (t: Token | undefined): boolean => t !== undefined && /^[-‐‑]$/.test(t.text);

/** Index of the first token that ends after `offset` (tokens sorted by start); tokens.length when none. */
export function firstTokenAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Tokens lying inside a span. */
export function tokensWithin(tokens: readonly Token[], span: Span): Token[] {
  const out: Token[] = [];
  for (let i = firstTokenAfter(tokens, span.start); i < tokens.length && tokens[i]!.start < span.end; i++) {
    const t = tokens[i]!;
    if (t.start >= span.start && t.end <= span.end) out.push(t);
  }
  return out;
}

export const within = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Distance in characters between two spans (0 when they touch or overlap). */
export function gap(a: Span, b: Span): number {
  if (overlaps(a, b)) return 0;
  return a.end <= b.start ? b.start - a.end : a.start - b.end;
}

/** Plural and singular forms compare equal: deaths/death, fatalities/fatality, individuals/individual. */
export function sameNoun(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || singular(x) === singular(y);
}

export function singular(word: string): string {
  if (/ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (/[^siu]s$/.test(word)) return word.slice(0, -1);
  return word;
}
