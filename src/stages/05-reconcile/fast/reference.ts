// The naive versions of the primitives in this folder — a set and a string sort — which the fast ones must equal
// (tests/stages/05-reconcile/fast/ compares them on randomized inputs). Not used by reconciliation itself.
import { compareStrings } from './string-order.js';

/** Positions of `values` in code-unit order, equal strings in the order they come. */
export const referenceStringOrder = (values: readonly string[]): number[] =>
  values.map((_, i) => i).sort((a, b) => compareStrings(values[a]!, values[b]!) || a - b);

/** Sorted copy of the distinct strings. */
export const referenceSortedUnique = (values: Iterable<string>): string[] => [...new Set(values)].sort(compareStrings);

/** `values` sorted by the keys one by one, then the tiebreak. */
export function referenceSortByKeys<T>(values: readonly T[], keys: ReadonlyArray<(value: T) => string>, tiebreak: (a: T, b: T) => number): T[] {
  return [...values].sort((a, b) => {
    for (const key of keys) {
      const c = compareStrings(key(a), key(b));
      if (c !== 0) return c;
    }
    return tiebreak(a, b);
  });
}

/** One key string per distinct tuple: the tuple joined with a separator no part holds. */
export const referenceTupleKey = (parts: ReadonlyArray<string | null>): string => JSON.stringify(parts);
