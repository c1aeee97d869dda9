import type { Token } from '../../contracts/index.js';
import { startsUpper, wordKey } from './normalize.js';

/**
 * A token as the entity rules see it. wink keeps "Trump's" as one token but splits "CJNG's"; here a possessive
 * ending is always its own word, so "Trump" and "CJNG" look alike to every rule.
 */
export interface Word {
  index: number;
  start: number;
  end: number;
  text: string;
  /** `wordKey(text)` */
  key: string;
  pos: string;
  sentence: number;
  /** whitespace (or the start of the text) before it */
  space: boolean;
  /** starts with a capital letter */
  cap: boolean;
  /** has a letter or digit */
  alnum: boolean;
  /** "'s", "’s" or a bare apostrophe after a word ("States’") */
  possessive: boolean;
  /** a hyphen glued to the words on both sides ("López-Obrador", "then-Attorney") */
  joiner: boolean;
}

const APOSTROPHES = "'’";
const HYPHENS = '-‐‑–';

interface Shape {
  key: string;
  cap: boolean;
  alnum: boolean;
}

export function toWords(tokens: readonly Token[]): Word[] {
  const words: Word[] = [];
  const shapes = new Map<string, Shape>();
  const push = (start: number, end: number, pos: string, sentence: number, value: string) => {
    let shape = asciiShape(value);
    if (shape === null) {
      shape = shapes.get(value) ?? null;
      if (shape === null) {
        shape = { key: wordKey(value), cap: startsUpper(value), alnum: hasAlnum(value) };
        shapes.set(value, shape);
      }
    }
    const prev = words[words.length - 1];
    const space = prev === undefined || prev.end < start;
    words.push({
      index: words.length, start, end, text: value, key: shape.key, pos, sentence, space, cap: shape.cap, alnum: shape.alnum,
      possessive: !space && prev !== undefined && isPossessive(value),
      joiner: false,
    });
  };
  for (const token of tokens) {
    const value = token.text;
    const n = value.length;
    const last = value.charCodeAt(n - 1);
    if (n > 2 && (last === 115 || last === 83) && APOSTROPHES.includes(value[n - 2]!) && token.type === 'word') {
      push(token.start, token.end - 2, token.pos, token.sentence, value.slice(0, n - 2));
      push(token.end - 2, token.end, 'PART', token.sentence, value.slice(n - 2));
    } else {
      push(token.start, token.end, token.pos, token.sentence, value);
    }
  }
  for (let i = 1; i + 1 < words.length; i++) {
    const w = words[i]!;
    w.joiner = w.text.length === 1 && HYPHENS.includes(w.text) && !w.space && !words[i + 1]!.space
      && words[i - 1]!.alnum && words[i + 1]!.alnum;
  }
  return words;
}

/** The shape of a plain ASCII word without dots, in one pass; null for anything else (which `wordKey` folds). */
function asciiShape(value: string): Shape | null {
  let upper = false;
  let alnum = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128 || c === 46 || c === 96) return null;
    if (c >= 65 && c <= 90) upper = alnum = true;
    else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) alnum = true;
  }
  const first = value.charCodeAt(0);
  return { key: upper ? value.toLowerCase() : value, cap: first >= 65 && first <= 90, alnum };
}

/** "'s", "’s", or a bare apostrophe ("States’"). */
function isPossessive(value: string): boolean {
  if (!APOSTROPHES.includes(value[0]!)) return false;
  return value.length === 1 || (value.length === 2 && (value[1] === 's' || value[1] === 'S'));
}

/** Letters or digits anywhere; ASCII checked by code, the rest by a Unicode class. */
function hasAlnum(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c > 127 && /[\p{L}\p{N}]/u.test(value[i]!)) return true;
  }
  return false;
}
