/**
 * A light tokenizer for the quantity scanner: runs of ASCII digits, runs of letters, and single other
 * characters. Offsets are UTF-16 indices; whitespace is skipped and shows as gaps between tokens.
 */
export type TokenKind = 'd' | 'w' | 'p';

export interface Tok {
  readonly start: number;
  readonly end: number;
  /** `d` digits, `w` letters, `p` any other single character */
  readonly kind: TokenKind;
  readonly text: string;
  /** lower-case text */
  readonly lower: string;
}

const LETTER = /[\p{L}\p{M}]/u;

function isLetter(text: string, i: number, c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return c > 0xbf && LETTER.test(text[i]!);
}

/** Hand-written: this runs over every character of every article. */
export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || (c > 127 && /\s/.test(text[i]!))) {
      i++;
      continue;
    }
    const start = i;
    if (c >= 48 && c <= 57) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 48 || d > 57) break;
        i++;
      }
      const t = text.slice(start, i);
      out.push({ start, end: i, kind: 'd', text: t, lower: t });
    } else if (isLetter(text, i, c)) {
      // lower-casing is needed only when a capital or a non-ASCII letter is in the word
      let plain = c >= 97 && c <= 122;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (!isLetter(text, i, d)) break;
        if (d < 97 || d > 122) plain = false;
        i++;
      }
      const t = text.slice(start, i);
      out.push({ start, end: i, kind: 'w', text: t, lower: plain ? t : t.toLowerCase() });
    } else {
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      const t = text.slice(start, i);
      out.push({ start, end: i, kind: 'p', text: t, lower: t });
    }
  }
  return out;
}

/** True when `b` starts exactly where `a` ends. */
export function touching(a: Tok | undefined, b: Tok | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** True when only spaces or tabs (no line break) separate `a` and `b`, and at most `max` of them. */
export function spaced(text: string, a: Tok | undefined, b: Tok | undefined, max = 3): boolean {
  if (a === undefined || b === undefined) return false;
  const gap = b.start - a.end;
  if (gap < 1 || gap > max) return false;
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0x202f && c !== 0x2009) return false;
  }
  return true;
}

/** Touching or separated by spaces on one line. */
export function near(text: string, a: Tok | undefined, b: Tok | undefined, max = 3): boolean {
  return touching(a, b) || spaced(text, a, b, max);
}
