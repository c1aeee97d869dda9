import { DURATION_UNITS } from '../../../../core/units.js';
import { near, type Tok } from '../tokenize.js';
import type { Read } from './digits.js';
import type { NumberMatch } from './types.js';

const TIME_WORDS = new Set(DURATION_UNITS.flatMap((u) => u.words ?? []));

/**
 * "one over three", "2000 over 3": a fraction, read only when nothing but punctuation or the end follows y
 * ("$2000 over 3 years" is an amount and a duration).
 */
function readOver(text: string, toks: readonly Tok[], x: NumberMatch, readAt: (k: number) => Read | null): Read | null {
  const w = toks[x.last + 1];
  if (w === undefined || w.lower !== 'over' || !near(text, toks[x.last], w) || !near(text, w, toks[x.last + 2])) return null;
  if (/[$€£¥][ \t]?$/.test(text.slice(Math.max(0, x.start - 2), x.start))) return null;
  const yr = readAt(x.last + 2);
  const y = yr?.matches[0];
  if (!yr || !y || yr.matches.length !== 1 || y.fraction || y.run || y.suffix || y.value === 0) return null;
  if (!/^[ \t]*(?:[.,;:!?)\]"”]|$)/.test(text.slice(y.end, y.end + 3))) return null;
  const match: NumberMatch = {
    ...x, end: y.end, text: text.slice(x.start, y.end), value: x.value / y.value, last: y.last, bare: false,
    fraction: true, ratio: false, suffix: null,
  };
  return { matches: [match], next: yr.next };
}

/**
 * "one in five", "7 out of 10", "one in every three": a proportion x/y, read when x ≤ y, both are whole
 * numbers, y is not a year and no time unit follows y ("2 in 10 minutes" is not a ratio).
 */
export function readRatio(text: string, toks: readonly Tok[], x: NumberMatch,
  readAt: (k: number) => Read | null): Read | null {
  const over = readOver(text, toks, x, readAt);
  if (over) return over;
  let k = x.last + 1;
  const w = toks[k];
  if (w === undefined || w.kind !== 'w' || !near(text, toks[x.last], w)) return null;
  if (w.lower === 'out') {
    const of = toks[k + 1];
    if (of === undefined || of.lower !== 'of' || !near(text, w, of)) return null;
    k += 2;
  } else if (w.lower === 'in') {
    k += 1;
  } else {
    return null;
  }
  if (toks[k]?.lower === 'every' && near(text, toks[k - 1], toks[k])) k += 1;
  if (!near(text, toks[k - 1], toks[k])) return null;
  const yr = readAt(k);
  const y = yr?.matches[0];
  if (!yr || !y || yr.matches.length !== 1 || y.fraction || y.run || y.suffix) return null;
  if (!Number.isInteger(x.value) || !Number.isInteger(y.value) || x.value < 0 || y.value <= 0 || x.value > y.value) return null;
  if (y.bare && y.text.length === 4 && y.value >= 1800 && y.value <= 2100) return null;
  const after = toks[y.last + 1];
  if (after !== undefined && after.kind === 'w' && TIME_WORDS.has(after.lower) && near(text, toks[y.last], after)) return null;
  const match: NumberMatch = {
    ...x, end: y.end, text: text.slice(x.start, y.end), value: x.value / y.value, last: y.last, bare: false,
    fraction: true, ratio: true, suffix: null,
  };
  return { matches: [match], next: yr.next };
}
