import { ORDINAL_WORDS, SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from '../../../../core/vocabulary.js';

/**
 * The scanner's tables of number words, built from the shared vocabulary (`src/core/vocabulary.ts`) where they are
 * its words, and the scanner's own (fractions, signs) where they are not. Keys are lower-case.
 * Read by `numbers/words.ts`; nothing here knows about offsets or context.
 */

/** Multipliers above a hundred ("hundred" is read on its own): "thousand", "million", "lakh", "crore". */
export const BIG_SCALE_WORDS: ReadonlyMap<string, number> = new Map([...SCALE_WORDS].filter(([, v]) => v > 100));

/**
 * Fraction denominators. `ordinal` marks singular forms that are also ordinals ("a third term"):
 * after "a"/"one" they read as fractions only before "of", punctuation or the end.
 */
export interface Denominator { readonly den: number; readonly plural: boolean; readonly ordinal: boolean }

/** Ordinals from "third" up: "first" and "second" are no denominators. */
const ORDINAL_DENOMINATORS = [...ORDINAL_WORDS].filter(([, den]) => den >= 3);

export const DENOMINATORS: ReadonlyMap<string, Denominator> = new Map<string, Denominator>([
  ['half', { den: 2, plural: false, ordinal: false }],
  ['halves', { den: 2, plural: true, ordinal: false }],
  ['quarter', { den: 4, plural: false, ordinal: true }],
  ['quarters', { den: 4, plural: true, ordinal: false }],
  ...ORDINAL_DENOMINATORS.flatMap(([w, den]): Array<[string, Denominator]> => [
    [w, { den, plural: false, ordinal: true }],
    [`${w}s`, { den, plural: true, ordinal: false }],
  ]),
]);

/** Ordinal units that finish a compound denominator: "twenty-first", "three twenty-fifths". */
export const ORDINAL_UNITS: ReadonlyMap<string, number> = new Map(
  [...ORDINAL_WORDS].filter(([, n]) => n <= 9).flatMap(([w, n]) => [[w, n], [`${w}s`, n]] as const),
);

/** Words that make the number after them negative. */
export const NEGATIVE_WORDS: ReadonlySet<string> = new Set(['minus', 'negative']);

/** Unicode vulgar fractions. */
export const VULGAR_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['½', 1 / 2], ['⅓', 1 / 3], ['⅔', 2 / 3], ['¼', 1 / 4], ['¾', 3 / 4], ['⅕', 1 / 5], ['⅖', 2 / 5], ['⅗', 3 / 5],
  ['⅘', 4 / 5], ['⅙', 1 / 6], ['⅚', 5 / 6], ['⅛', 1 / 8], ['⅜', 3 / 8], ['⅝', 5 / 8], ['⅞', 7 / 8],
]);

/** Words before a bare "half" that make it a part of a period or a thing, not a number ("the first half of 2023"). */
export const HALF_BLOCKERS: ReadonlySet<string> = new Set([
  'first', 'second', 'last', 'latter', 'former', 'other', 'back', 'front', 'better', 'top', 'bottom', 'lower',
  'upper', 'northern', 'southern', 'eastern', 'western', 'opening', 'final', 'closing', 'early', 'late', 'this',
  'that', 'each', 'either', 'one', 'the', 'a', 'an',
]);

/** Words that start a number written in words. */
export const WORD_NUMBER_STARTS: ReadonlySet<string> = new Set([
  ...UNIT_WORDS.keys(), ...TENS_WORDS.keys(), 'a', 'an', 'half', 'minus', 'negative',
]);
