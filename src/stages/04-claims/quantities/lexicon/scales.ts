/**
 * Scale abbreviations written after digits. `glued` forms follow the digits directly ("10k", "$1.2bn"),
 * `spaced` forms may follow a space ("2.33 k", "10 bln"). Case matters where the key is not lower-case:
 * "10M" is ten million, "1.8m" is a length (read by the unit table) unless money is being counted.
 */
export interface ScaleSuffix { readonly factor: number; readonly glued: boolean; readonly spaced: boolean }

const s = (factor: number, glued: boolean, spaced: boolean): ScaleSuffix => ({ factor, glued, spaced });

/** Case-sensitive keys. */
export const SCALE_SUFFIXES: ReadonlyMap<string, ScaleSuffix> = new Map([
  ['k', s(1e3, true, true)], ['K', s(1e3, true, false)],
  ['M', s(1e6, true, true)], ['MM', s(1e6, true, true)], ['mm', s(1e6, false, false)],
  ['mn', s(1e6, true, true)], ['mln', s(1e6, true, true)], ['mil', s(1e6, true, false)], ['mio', s(1e6, true, true)],
  ['b', s(1e9, true, false)], ['B', s(1e9, true, false)], ['bn', s(1e9, true, true)], ['Bn', s(1e9, true, true)],
  ['bln', s(1e9, true, true)], ['BN', s(1e9, true, true)],
  ['T', s(1e12, true, false)], ['tn', s(1e12, true, true)], ['trn', s(1e12, true, true)], ['tln', s(1e12, true, true)],
]);

/** Glued suffixes that mean a scale only when money is counted ("$5m", "£2t" is rare, "€3m"). */
export const MONEY_ONLY_SUFFIXES: ReadonlyMap<string, number> = new Map([['m', 1e6], ['t', 1e12]]);

/**
 * Vague plural scale words: "thousands" → [2,000, 10,000). `of` chains them ("tens of thousands",
 * "hundreds of millions"). The interval is [2×base, 10×base); "dozens" is [24, 100).
 */
export const VAGUE_WORDS: ReadonlyMap<string, { readonly low: number; readonly high: number; readonly base: number }> =
  new Map([
    ['dozens', { low: 24, high: 100, base: 12 }],
    ['scores', { low: 40, high: 100, base: 20 }],
    ['tens', { low: 20, high: 100, base: 10 }],
    ['hundreds', { low: 200, high: 1000, base: 100 }],
    ['thousands', { low: 2000, high: 10000, base: 1e3 }],
    ['millions', { low: 2e6, high: 1e7, base: 1e6 }],
    ['billions', { low: 2e9, high: 1e10, base: 1e9 }],
    ['trillions', { low: 2e12, high: 1e13, base: 1e12 }],
  ]);

/** Words before a singular scale word that make it vague: "several hundred", "a few thousand". */
export const VAGUE_QUANTIFIERS: ReadonlySet<string> = new Set(['several', 'few', 'many']);
