import { DOZEN_WORDS, TENS_WORDS, UNIT_WORDS } from '../../../../core/vocabulary.js';
import { BIG_SCALE_WORDS, DENOMINATORS, ORDINAL_UNITS } from '../lexicon/number-words.js';
import { near, touching, type Tok } from '../tokenize.js';
import { make, type Read } from './digits.js';
import type { NumberMatch } from './types.js';

type Last = 'start' | 'article' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and';

/** The next word after token `j` on the same line, joined by spaces or a hyphen ("twenty-one", "fifty - two"). */
export function nextWord(text: string, toks: readonly Tok[], j: number): { k: number; hyphen: boolean } | null {
  const t = toks[j + 1];
  if (t === undefined) return null;
  if (t.kind === 'w' && near(text, toks[j], t)) return { k: j + 1, hyphen: false };
  if (t.kind === 'p' && (t.text === '-' || t.text === '‑') && near(text, toks[j], t, 1)) {
    const w = toks[j + 2];
    if (w !== undefined && w.kind === 'w' && near(text, t, w, 1)) return { k: j + 2, hyphen: true };
  }
  return null;
}

function isNumberWord(lower: string): boolean {
  return UNIT_WORDS.has(lower) || TENS_WORDS.has(lower);
}

/** What ends a fraction read as a proportion: "a third of", "one fifth." */
function endsFraction(text: string, toks: readonly Tok[], k: number): boolean {
  const t = toks[k + 1];
  if (t === undefined || !near(text, toks[k], t)) return true;
  if (t.kind === 'p') return t.text !== '-';
  return t.lower === 'of' || BIG_SCALE_WORDS.has(t.lower);
}

/** Words before "a third", "a quarter" that make them fractions whatever follows ("rose by a third and"). */
const FRACTION_CUES = new Set(['by', 'than', 'nearly', 'almost', 'about', 'roughly', 'around', 'some', 'over', 'under',
  'approximately', 'just', 'only', 'exactly', 'least', 'most', 'barely', 'fully', 'another']);

interface State {
  total: number;
  h: number;
  s: number;
  last: Last;
  lastScale: number;
  /** value before an "and" that may introduce a fraction ("one hundred and three quarters") */
  andBase: number | null;
  /** an "and" after a plain number only continues into a fraction ("twenty and three fifths") */
  fractionOnly: boolean;
  /** the scale word right before the "and" ("two million and a half" → a half of a million) */
  andScale: number;
  end: number;
}

const valueOf = (st: State) => st.total + st.h * 100 + st.s;

/**
 * Reads a number written in words starting at token `i`: "seven hundred", "twenty-one trillion and three
 * hundred", "two-thirds", "a dozen", "one and a half", "two hundred point zero three", "half a million".
 */
export function readWords(text: string, toks: readonly Tok[], i: number): Read | null {
  const t0 = toks[i]!;
  let j = i;
  let sign = 1;
  if (t0.lower === 'minus' || t0.lower === 'negative') {
    const n = nextWord(text, toks, i);
    if (!n || n.hyphen) return null;
    sign = -1;
    j = n.k;
  }
  const half = readHalf(text, toks, j);
  if (half) return finish(text, toks, i, half.last, sign * half.value, { fraction: half.fraction, article: half.article });

  const st: State = { total: 0, h: 0, s: 0, last: 'start', lastScale: Infinity, andBase: null, fractionOnly: false, andScale: 1, end: -1 };
  let article = false;
  const w0 = toks[j]!.lower;
  if (w0 === 'a' || w0 === 'an') {
    const n = nextWord(text, toks, j);
    if (!n || n.hyphen) return null;
    const nl = toks[n.k]!.lower;
    if (!(nl === 'hundred' || BIG_SCALE_WORDS.has(nl) || nl === 'dozen' || DENOMINATORS.has(nl) || TENS_WORDS.has(nl))) return null;
    article = true;
    st.last = 'article';
    j = n.k;
  }
  let checkpoint: State | null = null;
  let fraction = false;
  let value: number | null = null;
  let k = j;
  for (;;) {
    const t = toks[k]!;
    const w = t.lower;
    const unit = UNIT_WORDS.get(w);
    const tens = TENS_WORDS.get(w);
    const big = BIG_SCALE_WORDS.get(w);
    const den = DENOMINATORS.get(w);
    const afterNumber = st.last === 'unit' || st.last === 'teen' || st.last === 'tens' || st.last === 'hundred'
      || st.last === 'scale' || st.last === 'article';
    if (unit !== undefined && (st.last === 'start' || st.last === 'hundred' || st.last === 'scale' || st.last === 'and'
      || (st.last === 'tens' && st.s % 10 === 0 && unit > 0 && unit < 10))) {
      st.s += unit;
      st.last = unit < 10 ? 'unit' : 'teen';
    } else if (tens !== undefined && st.last === 'start' && hyphenOrdinalAt(text, toks, k)) {
      break;
    } else if (tens !== undefined && (st.last === 'start' || st.last === 'hundred' || st.last === 'scale' || st.last === 'and')
      && st.s === 0 && (st.last === 'start' || !compoundOrdinalAt(text, toks, k))) {
      st.s += tens;
      st.last = 'tens';
    } else if (w === 'hundred' && st.h === 0 && (st.last === 'unit' || st.last === 'teen' || st.last === 'tens' || st.last === 'article')) {
      st.h = st.last === 'article' ? 1 : st.s;
      st.s = 0;
      st.last = 'hundred';
    } else if (big !== undefined && (st.last === 'unit' || st.last === 'teen' || st.last === 'tens' || st.last === 'hundred' || st.last === 'article')
      && big < st.lastScale) {
      const seg = st.last === 'article' ? 1 : st.h * 100 + st.s;
      st.total += seg * big;
      st.h = 0;
      st.s = 0;
      st.lastScale = big;
      st.last = 'scale';
    } else if (big !== undefined && st.last === 'scale' && big > st.lastScale && st.h === 0 && st.s === 0) {
      st.total *= big;
      st.lastScale = big;
    } else if (afterNumber && (den !== undefined || compoundOrdinalAt(text, toks, k))) {
      const compound = den === undefined ? readCompoundOrdinal(text, toks, k)! : null;
      const denominator = compound ? compound.den : den!.den;
      const lastTok = compound ? compound.last : k;
      const numer = st.last === 'article' ? 1 : valueOf(st) - (st.andBase ?? 0);
      const joined = toks[k - 1]?.kind === 'p';
      if (den && den.ordinal && numer === 1 && !joined && !endsFraction(text, toks, lastTok) && !FRACTION_CUES.has(toks[i - 1]?.lower ?? '')) break;
      let v = (st.andBase ?? 0) + (numer / denominator) * st.andScale;
      let endTok = lastTok;
      const sc = nextWord(text, toks, lastTok);
      let scaleAfter = sc && !sc.hyphen ? BIG_SCALE_WORDS.get(toks[sc.k]!.lower) : undefined;
      if (scaleAfter !== undefined) endTok = sc!.k;
      else if (sc && !sc.hyphen && toks[sc.k]!.lower === 'of') {
        // "two thirds of a million"
        const a = nextWord(text, toks, sc.k);
        const m = a && (toks[a.k]!.lower === 'a' || toks[a.k]!.lower === 'an') ? nextWord(text, toks, a.k) : null;
        const big = m && !m.hyphen ? BIG_SCALE_WORDS.get(toks[m.k]!.lower) : undefined;
        if (big !== undefined) {
          scaleAfter = big;
          endTok = m!.k;
        }
      }
      if (scaleAfter !== undefined) {
        v = st.andBase !== null && st.andBase >= 1000 ? st.andBase + (numer / denominator) * scaleAfter : v * scaleAfter;
      }
      st.end = endTok;
      fraction = scaleAfter === undefined && (st.andBase ?? 0) === 0;
      value = v;
      break;
    } else if (DOZEN_WORDS.has(w) && afterNumber && st.last !== 'scale') {
      const base = st.andBase ?? 0;
      value = base + (st.last === 'article' ? 1 : valueOf(st) - base) * 12;
      st.end = k;
      break;
    } else if (w === 'and' && (afterNumber || st.last === 'article') && st.last !== 'article') {
      const n = nextWord(text, toks, k);
      if (!n || n.hyphen) break;
      const nl = toks[n.k]!.lower;
      if (!isNumberWord(nl) && nl !== 'a' && nl !== 'an') break;
      checkpoint = { ...st };
      st.andScale = st.last === 'scale' ? st.lastScale : 1;
      if (st.last === 'hundred' || st.last === 'scale') {
        st.andBase = valueOf(st);
        st.fractionOnly = nl === 'a' || nl === 'an';
      } else {
        st.andBase = valueOf(st);
        st.fractionOnly = true;
      }
      if (st.fractionOnly) {
        st.total = st.andBase;
        st.h = 0;
        st.s = 0;
      }
      st.last = 'and';
      if (nl === 'a' || nl === 'an') {
        const d = nextWord(text, toks, n.k);
        if (!d || !DENOMINATORS.has(toks[d.k]!.lower)) break;
        st.last = 'article';
        st.total = st.andBase;
        k = d.k;
        continue;
      }
      k = n.k;
      continue;
    } else if (w === 'point' && (st.last === 'unit' || st.last === 'teen' || st.last === 'tens' || st.last === 'hundred' || st.last === 'scale')) {
      const dec = readDecimalWords(text, toks, k);
      if (dec) {
        value = valueOf(st) + dec.fraction;
        st.end = dec.last;
      }
      break;
    } else {
      break;
    }
    st.end = k;
    const n = nextWord(text, toks, k);
    if (!n) break;
    k = n.k;
  }
  if (value === null) {
    if (st.fractionOnly && checkpoint) {
      Object.assign(st, checkpoint);
    } else if (st.last === 'and' && checkpoint) {
      Object.assign(st, checkpoint);
    } else if (checkpoint && st.andBase !== null && isStrandedAnd(toks, st.end)) {
      Object.assign(st, checkpoint);
    }
    if (st.last === 'start' || st.last === 'article' || st.end < 0) return null;
    value = valueOf(st);
  }
  return finish(text, toks, i, st.end, sign * value, { fraction, article });
}

/** "two hundred and three hundred": the "and three" belongs to the next number. */
function isStrandedAnd(toks: readonly Tok[], end: number): boolean {
  const next = toks[end + 1];
  return next !== undefined && (next.lower === 'hundred' || BIG_SCALE_WORDS.has(next.lower));
}

function finish(text: string, toks: readonly Tok[], first: number, last: number, value: number,
  extra: Partial<NumberMatch>): Read {
  return { matches: [make(text, toks, first, last, value, { form: 'words', ...extra })], next: last + 1 };
}

/** "twenty-first", "twenty fifths" as one denominator. */
function compoundOrdinalAt(text: string, toks: readonly Tok[], k: number): boolean {
  return readCompoundOrdinal(text, toks, k) !== null;
}

/** "twenty-first" on its own is an ordinal, not a number. */
function hyphenOrdinalAt(text: string, toks: readonly Tok[], k: number): boolean {
  const n = nextWord(text, toks, k);
  return n !== null && n.hyphen && ORDINAL_UNITS.has(toks[n.k]!.lower) && !toks[n.k]!.lower.endsWith('s');
}

function readCompoundOrdinal(text: string, toks: readonly Tok[], k: number): { den: number; last: number } | null {
  const tens = TENS_WORDS.get(toks[k]!.lower);
  if (tens === undefined) return null;
  const n = nextWord(text, toks, k);
  if (!n) return null;
  const u = ORDINAL_UNITS.get(toks[n.k]!.lower);
  if (u === undefined) return null;
  return { den: tens + u, last: n.k };
}

/** After "point": "zero three" → .03, "seventy-one" → .71, "nought four" → .04. */
function readDecimalWords(text: string, toks: readonly Tok[], k: number): { fraction: number; last: number } | null {
  let digits = '';
  let last = -1;
  let n = nextWord(text, toks, k);
  while (n) {
    const w = toks[n.k]!.lower;
    const unit = UNIT_WORDS.get(w);
    const tens = TENS_WORDS.get(w);
    if (unit !== undefined) {
      digits += String(unit);
      last = n.k;
    } else if (tens !== undefined) {
      const m = nextWord(text, toks, n.k);
      const u = m ? UNIT_WORDS.get(toks[m.k]!.lower) : undefined;
      if (m && u !== undefined && u > 0 && u < 10) {
        digits += String(tens + u);
        last = m.k;
        n = m;
      } else {
        digits += String(tens);
        last = n.k;
      }
    } else {
      break;
    }
    n = nextWord(text, toks, n.k);
  }
  if (!digits) return null;
  return { fraction: Number(`0.${digits}`), last };
}

/** "half" readings: "half a dozen" 6, "half a million" / "a half million" 500,000, "a half" and bare "half" 0.5. */
function readHalf(text: string, toks: readonly Tok[], j: number): { value: number; last: number; fraction: boolean; article: boolean } | null {
  let k = j;
  let article = false;
  const w = toks[k]!.lower;
  if (w === 'a' || w === 'an') {
    const n = nextWord(text, toks, k);
    if (!n || n.hyphen || toks[n.k]!.lower !== 'half') return null;
    article = true;
    k = n.k;
  } else if (w !== 'half') {
    return null;
  }
  const n = nextWord(text, toks, k);
  if (n && !n.hyphen) {
    const nl = toks[n.k]!.lower;
    const big = BIG_SCALE_WORDS.get(nl);
    if (big !== undefined) return { value: big / 2, last: n.k, fraction: false, article };
    if (!article && (nl === 'a' || nl === 'an')) {
      const m = nextWord(text, toks, n.k);
      if (m && !m.hyphen) {
        const ml = toks[m.k]!.lower;
        if (ml === 'dozen') return { value: 6, last: m.k, fraction: false, article };
        const big2 = BIG_SCALE_WORDS.get(ml);
        if (big2 !== undefined || ml === 'hundred') return { value: (big2 ?? 100) / 2, last: m.k, fraction: false, article };
      }
    }
  }
  if (touching(toks[k], toks[k + 1]) && toks[k + 1]!.kind === 'w') return null;
  return { value: 0.5, last: k, fraction: true, article };
}
