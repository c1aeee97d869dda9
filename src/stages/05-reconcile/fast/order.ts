import { sortStrings } from './string-order.js';

export { compareStrings } from './string-order.js';

/** Sorted copy of distinct strings. */
export function sortedUnique(values: Iterable<string>): string[] {
  return sortStrings([...new Set(values)]);
}

export { pushTo } from '../../../core/collections.js';

/**
 * Two integers below `n` as one number that sorts like the pair (by `high`, then `low`), so that a typed array can
 * sort pairs natively. Exact while n² stays below 2^53 (n up to ~94 million).
 */
export function pairPacker(n: number) {
  if (n * n >= Number.MAX_SAFE_INTEGER) throw new Error(`${n} items are too many to pack two positions into one number`);
  return {
    pack: (high: number, low: number) => high * n + low,
    high: (packed: number) => Math.floor(packed / n),
    low: (packed: number) => packed % n,
  };
}

/** Each value's rank among the distinct values (0 for the smallest), as a typed array. */
function denseRanks(values: Float64Array): Float64Array {
  const distinct = Float64Array.from(new Set(values)).sort();
  const rank = new Map<number, number>();
  distinct.forEach((value, i) => rank.set(value, i));
  return values.map((value) => rank.get(value)!);
}

/**
 * `values` sorted by several string keys in turn, in code-unit order, then by `tiebreak`: the order of comparing
 * the keys one by one. Comparing strings in a sort costs a cache miss a comparison, and the facts of a big batch share
 * a handful of metrics, places and periods, so each key's distinct values are ranked once and the keys folded
 * into one number per value (its rank among the tuples of keys so far), which a typed array sorts natively with
 * the value's position packed below it. Only values whose keys all tie are compared with `tiebreak`.
 */
export function sortByKeys<T>(values: readonly T[], keys: ReadonlyArray<(value: T) => string>, tiebreak: (a: T, b: T) => number): T[] {
  const n = values.length;
  const pairs = pairPacker(n);
  let folded: Float64Array = new Float64Array(n);
  for (const key of keys) {
    const column = values.map(key);
    const distinct = sortedUnique(column);
    const rank = new Map(distinct.map((value, i) => [value, i]));
    // folded < n and rank < distinct.length ≤ n, so the pair fits below n² and keeps the tuple order
    folded = denseRanks(folded.map((f, i) => f * distinct.length + rank.get(column[i]!)!));
  }
  const packed = folded.map((f, i) => pairs.pack(f, i)).sort();
  const out: T[] = [];
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && pairs.high(packed[end]!) === pairs.high(packed[start]!)) end++;
    const run: T[] = [];
    for (let k = start; k < end; k++) run.push(values[pairs.low(packed[k]!)]!);
    if (run.length > 1) run.sort(tiebreak);
    for (const value of run) out.push(value); // a run may hold most of the values: never spread it into arguments
    start = end;
  }
  return out;
}
