import { HALF_BLOCKERS, VULGAR_FRACTIONS, WORD_NUMBER_STARTS } from '../lexicon/number-words.js';
import { tokenize, touching, spaced, type Tok } from '../tokenize.js';
import { make, readDigits, type Read } from './digits.js';
import { readRatio } from './ratio.js';
import type { NumberMatch } from './types.js';
import { readWords } from './words.js';

const MINUS = new Set(['-', '−', '‑']);

/** A minus sign touching digits at `i`, with no number or letter right before it ("-5", "(-3.2)", "$-99.99"). */
function signBefore(toks: readonly Tok[], i: number): number | null {
  const sign = toks[i - 1];
  if (sign === undefined || sign.kind !== 'p' || !MINUS.has(sign.text) || !touching(sign, toks[i])) return null;
  const before = toks[i - 2];
  if (before === undefined) return sign.start;
  if (before.kind === 'd') return null;
  if (touching(before, sign) && (before.kind !== 'p' || !'([{$€£¥~'.includes(before.text))) return null;
  return sign.start;
}

/** A minus sign and a space at the very start of the text: "- 1 4/5". */
function spacedSignAtStart(text: string, toks: readonly Tok[], i: number): number | null {
  const sign = toks[i - 1];
  if (i !== 1 || sign === undefined || sign.kind !== 'p' || !MINUS.has(sign.text)) return null;
  return /^[ \t]*$/.test(text.slice(0, sign.start)) && /^[ \t]{1,2}$/.test(text.slice(sign.end, toks[i]!.start)) ? sign.start : null;
}

/** Reads the number that starts at token `i`, if any. */
export function readNumberAt(text: string, toks: readonly Tok[], i: number): Read | null {
  const t = toks[i]!;
  if (t.kind === 'd') {
    const sign = signBefore(toks, i) ?? spacedSignAtStart(text, toks, i);
    const prev = toks[i - 1];
    if (prev !== undefined && prev.text === '.' && touching(prev, t)) {
      const before = toks[i - 2];
      if (before === undefined || !touching(before, prev)) return readDigits(text, toks, i, null, true);
      if (before.kind === 'w' || before.text === ')' || before.text === '"' || before.text === '”') {
        return { matches: [make(text, toks, i, i, Number(t.text), { bare: true, footnote: true })], next: i + 1 };
      }
    }
    return readDigits(text, toks, i, sign);
  }
  if (t.kind === 'w') {
    if (!WORD_NUMBER_STARTS.has(t.lower)) return null;
    // "minus 40", "minus-40 degrees"
    const hyphened = toks[i + 1]?.text === '-' && toks[i + 1]!.start === t.end && toks[i + 2]?.kind === 'd' && toks[i + 2]!.start === toks[i + 1]!.end;
    if ((t.lower === 'minus' || t.lower === 'negative') && ((toks[i + 1]?.kind === 'd' && spaced(text, t, toks[i + 1])) || hyphened)) {
      const r = readDigits(text, toks, hyphened ? i + 2 : i + 1);
      const m = r?.matches[0];
      if (!r || !m || r.matches.length !== 1) return null;
      return { matches: [{ ...m, start: t.start, text: text.slice(t.start, m.end), value: -m.value, first: i, bare: false, gluedBefore: false }], next: r.next };
    }
    if ((t.lower === 'a' || t.lower === 'an') && toks[i - 1]?.lower === 'and' && toks[i + 1]?.lower === 'half') {
      // "a year and a half": the half belongs to the unit before it
      return null;
    }
    if (t.lower === 'half') {
      const prev = toks[i - 1];
      if (prev !== undefined && prev.kind === 'w' && HALF_BLOCKERS.has(prev.lower) && spaced(text, prev, t)) return null;
    }
    return readWords(text, toks, i);
  }
  if (VULGAR_FRACTIONS.has(t.text)) {
    return { matches: [make(text, toks, i, i, VULGAR_FRACTIONS.get(t.text)!, { fraction: true })], next: i + 1 };
  }
  return null;
}

/**
 * Every number in `toks`, left to right, without overlaps: digits, words, fractions, ratios. This is the
 * number layer: it knows nothing of units, hedges, years or names.
 */
export function readNumbers(text: string, toks: readonly Tok[]): NumberMatch[] {
  const out: NumberMatch[] = [];
  const readAt = (k: number) => (toks[k] ? readNumberAt(text, toks, k) : null);
  for (let i = 0; i < toks.length;) {
    const r = readNumberAt(text, toks, i);
    if (!r || r.next <= i) {
      i += 1;
      continue;
    }
    let next = r.next;
    for (const m of r.matches) {
      if (r.matches.length === 1 && !m.run && !m.fraction) {
        const ratio = readRatio(text, toks, m, readAt);
        if (ratio) {
          out.push(ratio.matches[0]!);
          next = ratio.next;
          continue;
        }
      }
      out.push(m);
    }
    i = next;
  }
  return out;
}

/** The number layer on its own: every number in a text. */
export function scanNumbers(text: string): NumberMatch[] {
  return readNumbers(text, tokenize(text));
}
