import { createRequire } from 'node:module';

/**
 * natural's Jaro-Winkler, loaded alone: importing all of natural prints to standard output and pulls in 52
 * packages (see LIBRARIES.md).
 */
const load = createRequire(import.meta.url);
export const jaroWinkler = load('natural/lib/natural/distance/jaro-winkler_distance.js') as (a: string, b: string) => number;

/**
 * Two spellings of one word count as a typo of each other at or above this similarity. Chosen by
 * tests/stages/03-entities/merge.test.ts: above the closest different-word pair there ("hernandez"/"fernandez"
 * 0.926) and below the furthest typo ("administration"/"adminstration" 0.940; "sheinbaum"/"sheinbuam" 0.978).
 */
export const TYPO_SIMILARITY = 0.93;
/** Shorter words are never merged by similarity ("Bush"/"Busch", "Last"/"Fast"). */
export const TYPO_MIN_LENGTH = 5;

/**
 * Whether two folded words are one word misspelt. For people only swapped letters count ("Sheinbuam"):
 * "Williams"/"Williamson" or "Castillo"/"Castilla" score as high but are other families. For organizations one
 * letter more, less or changed counts too ("Centre"/"Center", "Institue").
 */
export function isTypo(x: string, y: string, person: boolean): boolean {
  if (x === y || x.length < TYPO_MIN_LENGTH || y.length < TYPO_MIN_LENGTH) return false;
  if (person) {
    if (x.length !== y.length || [...x].sort().join('') !== [...y].sort().join('')) return false;
  } else if (Math.abs(x.length - y.length) > 1) {
    return false;
  }
  return jaroWinkler(x, y) >= TYPO_SIMILARITY;
}
