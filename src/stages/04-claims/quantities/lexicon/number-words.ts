/**
 * English number words, as data. Keys are lower-case.
 * Read by `numbers/words.ts`; nothing here knows about offsets or context.
 */

/** zero to nineteen */
export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['nought', 0], ['naught', 0],
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fourty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
]);

/** Multipliers above a hundred; `lakh` and `crore` are the South Asian ones. */
export const BIG_SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['quadrillion', 1e15],
  ['lakh', 1e5], ['lakhs', 1e5], ['lac', 1e5], ['crore', 1e7], ['crores', 1e7],
]);

/** Words that multiply by twelve after a count: "two dozen", "3 dozens", "five dozs". */
export const DOZEN_WORDS: ReadonlySet<string> = new Set(['dozen', 'dozens', 'dz', 'dzs', 'doz', 'dozs']);

/**
 * Fraction denominators. `ordinal` marks singular forms that are also ordinals ("a third term"):
 * after "a"/"one" they read as fractions only before "of", punctuation or the end.
 */
export interface Denominator { readonly den: number; readonly plural: boolean; readonly ordinal: boolean }

const ORDINAL_DENOMINATORS: ReadonlyArray<readonly [string, number]> = [
  ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9],
  ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15],
  ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20],
  ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50], ['sixtieth', 60], ['seventieth', 70], ['eightieth', 80],
  ['ninetieth', 90], ['hundredth', 100], ['thousandth', 1e3], ['millionth', 1e6], ['billionth', 1e9],
  ['trillionth', 1e12],
];

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
export const ORDINAL_UNITS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['firsts', 1], ['second', 2], ['seconds', 2], ['third', 3], ['thirds', 3], ['fourth', 4],
  ['fourths', 4], ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6], ['seventh', 7], ['sevenths', 7],
  ['eighth', 8], ['eighths', 8], ['ninth', 9], ['ninths', 9],
]);

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
