import { DOZEN_WORDS, UNIT_WORDS } from '../../../../core/vocabulary.js';
import { BIG_SCALE_WORDS, DENOMINATORS, VULGAR_FRACTIONS } from '../lexicon/number-words.js';
import { SCALE_SUFFIXES } from '../lexicon/scales.js';
import { spaced, touching, type Tok } from '../tokenize.js';
import type { NumberMatch } from './types.js';

export interface Read { matches: NumberMatch[]; next: number }

const SPACE_GROUP = new Set([' ', '\u00a0', '\u202f', '\u2009']);
const RUN_MARKS = new Set(['.', '/', '-', ':']);

function isDigits(t: Tok | undefined, len?: number): t is Tok {
  return t !== undefined && t.kind === 'd' && (len === undefined || t.text.length === len);
}
function isMark(t: Tok | undefined, ...marks: string[]): boolean {
  return t !== undefined && t.kind === 'p' && marks.includes(t.text);
}

export function make(text: string, toks: readonly Tok[], first: number, last: number, value: number,
  init: Partial<NumberMatch> & { start?: number }): NumberMatch {
  const start = init.start ?? toks[first]!.start;
  const end = toks[last]!.end;
  return {
    start, end, text: text.slice(start, end), value, form: 'digits', first, last, bare: false, grouped: false,
    scale: 1, fraction: false, ratio: false, article: false, suffix: null, gluedBefore: false, footnote: false,
    run: null, ...init,
  };
}

/** Letters glued before token `i`, directly ("G7") or through a hyphen ("COVID-19"). */
export function gluedBefore(toks: readonly Tok[], i: number): boolean {
  const prev = toks[i - 1];
  if (prev === undefined || !touching(prev, toks[i])) return false;
  if (prev.kind === 'w') return true;
  const prev2 = toks[i - 2];
  if (!isMark(prev, '-', '‑', '−') || prev2 === undefined || prev2.kind !== 'w' || !touching(prev2, prev)) return false;
  // "5k-20k", "3km-5km": the word is the unit of a number before it
  const prev3 = toks[i - 3];
  return !(isDigits(prev3) && touching(prev3, prev2));
}

/**
 * Groups of digits joined by the same mark without spaces: three or more ("192.168.1.2", "5/17/2018",
 * "1-800-273-8255"), or two joined by a colon ("10:30"). Each group comes back as its own number, marked.
 */
function readRun(text: string, toks: readonly Tok[], i: number): Read | null {
  const mark = toks[i + 1];
  if (mark === undefined || !isMark(mark, ...RUN_MARKS) || !touching(toks[i], mark) || !isDigits(toks[i + 2]) || !touching(mark, toks[i + 2])) {
    return null;
  }
  let last = i + 2;
  while (isMark(toks[last + 1], mark.text) && touching(toks[last], toks[last + 1]) && isDigits(toks[last + 2])
    && touching(toks[last + 1], toks[last + 2])) last += 2;
  const groups = (last - i) / 2 + 1;
  if (groups < 3 && mark.text !== ':') return null;
  const matches: NumberMatch[] = [];
  for (let k = i; k <= last; k += 2) {
    const t = toks[k]!;
    matches.push(make(text, toks, k, k, Number(t.text), { bare: true, run: mark.text as NumberMatch['run'],
      gluedBefore: k === i && gluedBefore(toks, i) }));
  }
  return { matches, next: last + 1 };
}

/** Footnote markers after a year and a full stop: "2022.1,2" → markers 1 and 2. */
function readFootnoteMarkers(text: string, toks: readonly Tok[], i: number): Read {
  const matches: NumberMatch[] = [];
  let k = i;
  for (;;) {
    matches.push(make(text, toks, k, k, Number(toks[k]!.text), { bare: true, footnote: true }));
    if (isMark(toks[k + 1], ',') && touching(toks[k], toks[k + 1]) && isDigits(toks[k + 2]) && touching(toks[k + 1], toks[k + 2])
      && toks[k + 2]!.text.length <= 2) {
      k += 2;
      continue;
    }
    return { matches, next: k + 1 };
  }
}

function yearLike(s: string): boolean {
  if (s.length !== 4) return false;
  const n = Number(s);
  return n >= 1800 && n <= 2100;
}

/**
 * Reads a number written in digits starting at token `i` (a digits token): separators, decimals, exponents,
 * fractions, vulgar fractions and scales ("97,000", "107 543", "1.2bn", "2 1/4", "1.3e6", "44 million").
 * `signStart` is the offset of a minus sign read by the caller.
 */
export function readDigits(text: string, toks: readonly Tok[], i: number, signStart: number | null = null,
  leadingDot = false): Read | null {
  const first = toks[i]!;
  if (!leadingDot && signStart === null) {
    const run = readRun(text, toks, i);
    if (run) return run;
  }
  let j = i;
  let intDigits = first.text;
  let fracDigits = '';
  let grouped = false;
  let fraction = false;
  if (leadingDot) {
    fracDigits = intDigits;
    intDigits = '0';
  } else if (first.text.length <= 3) {
    const indian = readIndianGroups(toks, i);
    if (indian) {
      intDigits = indian.digits;
      j = indian.last;
      grouped = true;
    }
    while (!indian && isMark(toks[j + 1], ',') && touching(toks[j], toks[j + 1]) && isDigits(toks[j + 2], 3)
      && touching(toks[j + 1], toks[j + 2])) {
      intDigits += toks[j + 2]!.text;
      j += 2;
      grouped = true;
    }
    if (!grouped && !gluedBefore(toks, i) && !isDigits(toks[i - 1])) {
      const sep = text[first.end];
      while (sep !== undefined && SPACE_GROUP.has(sep) && text[toks[j]!.end] === sep && isDigits(toks[j + 1], 3)
        && toks[j + 1]!.start === toks[j]!.end + 1) {
        intDigits += toks[j + 1]!.text;
        j += 1;
        grouped = true;
      }
    }
  }
  let footnoteAt = -1;
  if (!leadingDot && isMark(toks[j + 1], '.') && touching(toks[j], toks[j + 1]) && isDigits(toks[j + 2])
    && touching(toks[j + 1], toks[j + 2])) {
    const after = toks[j + 3];
    const decimals = toks[j + 2]!;
    const endsThere = after === undefined || !touching(decimals, after) || isMark(after, ',');
    if (!grouped && yearLike(intDigits) && decimals.text.length <= 2 && endsThere) {
      footnoteAt = j + 2;
    } else {
      fracDigits = decimals.text;
      j += 2;
    }
  }
  let value = Number(fracDigits ? `${intDigits}.${fracDigits}` : intDigits);
  let scale = 1;
  let suffix: string | null = null;
  // exponent: 1e10, 12.32e+14, 1.1^23, 1.3x10^6, 2.48×10−5
  const e = toks[j + 1];
  if (e !== undefined && touching(toks[j], e)) {
    if (e.kind === 'w' && (e.text === 'e' || e.text === 'E')) {
      const exp = readSignedInt(toks, j + 2, e);
      if (exp) {
        value *= 10 ** exp.value;
        j = exp.last;
      }
    } else if (isMark(e, '^')) {
      const exp = readSignedInt(toks, j + 2, e);
      if (exp) {
        value = value ** exp.value;
        j = exp.last;
      }
    } else if ((e.kind === 'w' && (e.text === 'x' || e.text === 'X')) || isMark(e, '×', '*')) {
      const ten = toks[j + 2];
      if (isDigits(ten) && ten.text === '10' && touching(e, ten)) {
        const caret = toks[j + 3];
        const exp = caret !== undefined && isMark(caret, '^') && touching(ten, caret)
          ? readSignedInt(toks, j + 4, caret) : readSignedInt(toks, j + 3, ten);
        if (exp) {
          value *= 10 ** exp.value;
          j = exp.last;
        }
      }
    }
  }
  // fractions: 3/4, 3⁄16 (the fraction slash), 2 1/4, 2½
  if (!fracDigits && !(yearLike(intDigits) && !grouped) && (isMark(toks[j + 1], '/') || isMark(toks[j + 1], '⁄')) && touching(toks[j], toks[j + 1])
    && isDigits(toks[j + 2]) && touching(toks[j + 1], toks[j + 2])) {
    const den = Number(toks[j + 2]!.text);
    if (den === 0) return { matches: [], next: j + 3 };
    value = value / den;
    fraction = true;
    j += 2;
  } else if (!fracDigits && !grouped && isDigits(toks[j + 1]) && spaced(text, toks[j], toks[j + 1], 2)
    && (isMark(toks[j + 2], '/') || isMark(toks[j + 2], '⁄')) && touching(toks[j + 1], toks[j + 2]) && isDigits(toks[j + 3])
    && touching(toks[j + 2], toks[j + 3]) && !isMark(toks[j + 4], '/')) {
    const num = Number(toks[j + 1]!.text);
    const den = Number(toks[j + 3]!.text);
    if (den > 0 && num < den) {
      value += num / den;
      fraction = true;
      j += 3;
    }
  }
  const vulgar = toks[j + 1];
  if (vulgar !== undefined && vulgar.kind === 'p' && touching(toks[j], vulgar) && VULGAR_FRACTIONS.has(vulgar.text)) {
    value += VULGAR_FRACTIONS.get(vulgar.text)!;
    fraction = true;
    j += 1;
  }
  // glued scale or unit letters: 10k, 1.2bn, 10M; anything else is left as a suffix for the unit reader
  const glued = toks[j + 1];
  if (glued !== undefined && glued.kind === 'w' && touching(toks[j], glued)) {
    const s = SCALE_SUFFIXES.get(glued.text);
    if (s?.glued && !fraction) {
      scale *= s.factor;
      j += 1;
    } else {
      suffix = glued.text;
    }
  }
  // "2 and a half (million)", "3 million and a half"
  let andHalf = suffix === null && !fraction && !fracDigits ? andFraction(text, toks, j) : null;
  if (andHalf) {
    value += andHalf.value;
    j = andHalf.last;
    andHalf = null;
  }
  // spaced scale words: 44 million, 2.33 k, 1.2-billion, 322 hundred, 3 dozens
  if (suffix === null && !fraction) {
    for (;;) {
      let k = j + 1;
      if (isMark(toks[k], '-') && touching(toks[j], toks[k]) && touching(toks[k], toks[k + 1])) k += 1;
      else if (!spaced(text, toks[j], toks[k], 2)) break;
      const w = toks[k];
      if (w === undefined || w.kind !== 'w') break;
      const big = BIG_SCALE_WORDS.get(w.lower) ?? (w.lower === 'hundred' && scale === 1 ? 100 : undefined);
      const abbr = SCALE_SUFFIXES.get(w.text);
      const factor = big ?? (abbr?.spaced ? abbr.factor : undefined) ?? (DOZEN_WORDS.has(w.lower) ? 12 : undefined);
      if (factor === undefined) break;
      if (abbr && !big && touching(w, toks[k + 1]) && toks[k + 1]!.kind !== 'p') break;
      scale *= factor;
      j = k;
      if (factor === 12) break;
    }
    if (scale > 1) {
      const tail = andFraction(text, toks, j);
      if (tail) {
        value += tail.value;
        j = tail.last;
      }
    }
  }
  const start = signStart ?? (leadingDot ? toks[i - 1]!.start : first.start);
  const sign = signStart === null ? 1 : -1;
  const match = make(text, toks, i, j, sign * value * scale, {
    start, grouped, scale, fraction, suffix,
    bare: signStart === null && !leadingDot && !grouped && !fracDigits && scale === 1 && !fraction && j === i,
    gluedBefore: !leadingDot && signStart === null && gluedBefore(toks, i),
  });
  if (footnoteAt >= 0) {
    const notes = readFootnoteMarkers(text, toks, footnoteAt);
    return { matches: [match, ...notes.matches], next: notes.next };
  }
  return { matches: [match], next: j + 1 };
}

/** "and a half", "and three quarters" after token `j`: the fraction and its last token. */
function andFraction(text: string, toks: readonly Tok[], j: number): { value: number; last: number } | null {
  const and = toks[j + 1];
  const num = toks[j + 2];
  const den = toks[j + 3];
  if (!and || and.lower !== 'and' || !spaced(text, toks[j], and) || !num || !spaced(text, and, num) || !den) return null;
  const n = num.lower === 'a' || num.lower === 'an' ? 1 : UNIT_WORDS.get(num.lower);
  const d = DENOMINATORS.get(den.lower);
  if (n === undefined || n === 0 || !d || !(spaced(text, num, den) || (isMark(toks[j + 3], '-')))) return null;
  if (n / d.den >= 1) return null;
  return { value: n / d.den, last: j + 3 };
}

/** Indian grouping: "12,34,567" (lakh, crore), two-digit groups then a last group of three. */
function readIndianGroups(toks: readonly Tok[], i: number): { digits: string; last: number } | null {
  if (toks[i]!.text.length > 2) return null;
  let j = i;
  let digits = toks[i]!.text;
  let twos = 0;
  while (isMark(toks[j + 1], ',') && touching(toks[j], toks[j + 1]) && isDigits(toks[j + 2], 2) && touching(toks[j + 1], toks[j + 2])) {
    digits += toks[j + 2]!.text;
    j += 2;
    twos += 1;
  }
  if (twos === 0 || !(isMark(toks[j + 1], ',') && touching(toks[j], toks[j + 1]) && isDigits(toks[j + 2], 3)
    && touching(toks[j + 1], toks[j + 2]))) return null;
  return { digits: digits + toks[j + 2]!.text, last: j + 2 };
}

/** An integer with optional signs right after `prev`: the exponent of 1e-3 or 2.5^-1. */
function readSignedInt(toks: readonly Tok[], k: number, prev: Tok): { value: number; last: number } | null {
  let sign = 1;
  let p = prev;
  while (isMark(toks[k], '+', '-', '−') && touching(p, toks[k])) {
    if (toks[k]!.text !== '+') sign = -sign;
    p = toks[k]!;
    k += 1;
  }
  const d = toks[k];
  if (!isDigits(d) || !touching(p, d)) return null;
  return { value: sign * Number(d.text), last: k };
}
