import type { Hedge } from '../../../../contracts/index.js';
import { HEDGES_AFTER, HEDGES_BEFORE, OVER_PARTICLE_VERBS, UP_TO_LEVEL_VERBS } from '../../../../core/vocabulary.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

function compile(pairs: ReadonlyArray<readonly [string, Hedge]>) {
  const map = new Map(pairs.map(([p, h]) => [p.toLowerCase(), h]));
  const forms = [...map.keys()].sort((a, b) => b.length - a.length);
  return { map, forms };
}

const BEFORE = compile(HEDGES_BEFORE);
const MAX_WORDS = Math.max(...BEFORE.forms.map((f) => f.split(' ').length));
const AFTER = compile(HEDGES_AFTER);
const AFTER_RE = new RegExp(`(?:\\s+(${AFTER.forms.filter((f) => /^\p{L}/u.test(f)).map(escape).join('|')})(?![\\p{L}\\p{N}])|(-plus|\\+))`, 'iuy');

export interface HedgeHit { readonly hedge: Hedge; readonly start: number; readonly end: number; readonly phrase: string }

const wordBefore = (text: string, pos: number) => /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, pos - 30), pos))?.[1]?.toLowerCase();

/**
 * The hedge written right before `pos` ("Over 97,000", "nearly 44 million", "up to 100 times"). "over" after
 * "handed"/"turned" and "up to" after "went"/"added" are particles, not hedges.
 */
export function hedgeBefore(text: string, pos: number): HedgeHit | null {
  const words = wordsBefore(text, pos, MAX_WORDS);
  let best: { phrase: string; start: number; end: number } | null = null;
  let phrase = '';
  for (const w of words) {
    phrase = phrase ? `${w.word} ${phrase}` : w.word;
    if (BEFORE.map.has(phrase)) best = { phrase, start: w.start, end: words[0]!.end };
  }
  if (!best) return null;
  const hedge = BEFORE.map.get(best.phrase)!;
  const { start } = best;
  if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!) && /^\p{L}/u.test(best.phrase)) return null;
  const prev = wordBefore(text, start);
  if (prev !== undefined) {
    if (best.phrase === 'over' && OVER_PARTICLE_VERBS.has(prev)) return null;
    if (best.phrase === 'up to' && UP_TO_LEVEL_VERBS.has(prev)) return null;
  }
  return { hedge, start, end: best.end, phrase: best.phrase };
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 10 || c === 13;
const WORD_CHAR = /[\p{L}.'’]/u;
/** A letter, dot or apostrophe; ASCII decided by code (this runs on the characters before every number). */
const isWordChar = (ch: string) => {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || c === 39;
  return WORD_CHAR.test(ch);
};
const isSymbol = (ch: string) => '~<>=≥≤'.includes(ch);

/**
 * Up to `max` words right before `pos`, nearest first, each lower-cased: letters (with dots, "approx."),
 * or runs of comparison symbols ("<=", "~"). Scanned by hand: this runs before every number.
 */
function wordsBefore(text: string, pos: number, max: number): Array<{ word: string; start: number; end: number }> {
  const out: Array<{ word: string; start: number; end: number }> = [];
  let i = pos;
  while (out.length < max) {
    let j = i;
    while (j > 0 && isSpace(text.charCodeAt(j - 1)) && text.charCodeAt(j - 1) !== 10) j--;
    if (j === 0) break;
    const end = j;
    const last = text[j - 1]!;
    if (isSymbol(last)) {
      while (j > 0 && (isSymbol(text[j - 1]!) || text[j - 1] === ' ')) j--;
      while (text[j] === ' ') j++;
    } else if (isWordChar(last)) {
      while (j > 0 && isWordChar(text[j - 1]!)) j--;
    } else {
      break;
    }
    if (j === end || (out.length === 0 && end === pos && !isSymbol(last))) break;
    out.push({ word: text.slice(j, end).toLowerCase().replace(/\s+/g, ' '), start: j, end });
    i = j;
  }
  return out;
}

/** A hedge right after a quantity ending at `end`: "50 or more", "a dozen or so", "50+". */
export function hedgeAfter(text: string, end: number): HedgeHit | null {
  AFTER_RE.lastIndex = end;
  const m = AFTER_RE.exec(text);
  if (!m) return null;
  const phrase = (m[1] ?? (m[2] === '+' ? '+' : 'plus')).replace(/\s+/g, ' ').toLowerCase();
  const hedge = AFTER.map.get(phrase);
  if (hedge === undefined) return null;
  // "rose by a third and more than doubled": the words begin another phrase
  if (/^[ \t]+(?:than|of|then|importantly|recently|often)\b/i.test(text.slice(end + m[0].length, end + m[0].length + 14))) return null;
  return { hedge, start: end, end: end + m[0].length, phrase };
}
