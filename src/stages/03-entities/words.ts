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

/**
 * The words of an article from its tokens. `text`, when given, is the text the tokens' offsets refer to: word
 * shapes are then read from it rather than from the token strings (the same characters; one flat string is
 * faster to read than many small ones, some of which wink-nlp keeps as indirect strings).
 */
export function toWords(tokens: readonly Token[], text?: string): Word[] {
  const words: Word[] = [];
  const shapes = new Map<string, Shape>();
  const push = (start: number, end: number, pos: string, sentence: number, value: string) => {
    // plain ASCII words (nearly all) are shaped in place, without a Shape object: this runs once per token
    const flags = text === undefined ? asciiFlags(value, 0, value.length) : asciiFlags(text, start, end);
    let key: string;
    let cap: boolean;
    let alnum: boolean;
    if (flags !== NOT_ASCII) {
      key = (flags & UPPER) !== 0 ? value.toLowerCase() : value;
      const first = value.charCodeAt(0);
      cap = first >= 65 && first <= 90;
      alnum = (flags & ALNUM) !== 0;
    } else {
      let shape = shapes.get(value);
      if (shape === undefined) {
        shape = { key: wordKey(value), cap: startsUpper(value), alnum: hasAlnum(value) };
        shapes.set(value, shape);
      }
      ({ key, cap, alnum } = shape);
    }
    const prev = words[words.length - 1];
    const space = prev === undefined || prev.end < start;
    words.push({
      index: words.length, start, end, text: value, key, pos, sentence, space, cap, alnum,
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

const NOT_ASCII = -1;
const UPPER = 1;
const ALNUM = 2;

/**
 * The shape of `value.slice(start, end)` when it is a plain ASCII word without dots or backquotes, as bit flags
 * (UPPER: has a capital, ALNUM: has a letter or digit); NOT_ASCII for anything else, which `wordKey` folds.
 */
function asciiFlags(value: string, start: number, end: number): number {
  let flags = 0;
  for (let i = start; i < end; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128 || c === 46 || c === 96) return NOT_ASCII;
    if (c >= 65 && c <= 90) flags |= UPPER | ALNUM;
    else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) flags |= ALNUM;
  }
  return flags;
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
