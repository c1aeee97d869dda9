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

/** Words before a singular scale word that make it vague: "several hundred", "a few thousand". */
export const VAGUE_QUANTIFIERS: ReadonlySet<string> = new Set(['several', 'few', 'many']);
