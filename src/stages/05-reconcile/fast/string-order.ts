// Code-unit order of many strings at once, with numbers a typed array sorts natively instead of string comparisons.

/** Code-unit string comparison: the same order on every machine and locale (unlike localeCompare). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Below this many strings a comparison sort is as fast as building the alphabet. */
const SMALL_INPUT = 256;
/** A run of strings still tied this far is finished by comparing them. */
const SMALL_RUN = 16;

/**
 * Each code unit that occurs in `values` as its rank among them, from 1 (0 stands for "past the end", so a prefix
 * sorts before its extensions), and how many digits there are with that 0.
 */
function alphabet(...lists: ReadonlyArray<readonly string[]>): { digit: Uint32Array; base: number } {
  const seen = new Uint8Array(65536);
  for (const values of lists) for (const value of values) for (let i = 0; i < value.length; i++) seen[value.charCodeAt(i)] = 1;
  const digit = new Uint32Array(65536); // up to 65,536: every code unit may occur
  let base = 1;
  for (let c = 0; c < 65536; c++) if (seen[c] === 1) digit[c] = base++;
  return { digit, base };
}

/** Code units `from` to `from + units` of `value` as digits of `base` (0 past the end), read as one number. */
function unitsKey(value: string, from: number, units: number, digit: Uint32Array, base: number): number {
  let key = 0;
  for (let u = from; u < from + units; u++) key = key * base + (u < value.length ? digit[value.charCodeAt(u)]! : 0);
  return key;
}

/** `order[start, end)` by comparing the strings (they are known to agree on their first `depth` code units). */
function insertionSort(values: readonly string[], order: Int32Array, start: number, end: number): void {
  for (let i = start + 1; i < end; i++) {
    const position = order[i]!;
    const value = values[position]!;
    let j = i - 1;
    while (j >= start && compareStrings(values[order[j]!]!, value) > 0) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = position;
  }
}

/** How many code units after the first `depth` all of `order[start, end)`'s strings share. */
function commonPrefix(values: readonly string[], order: Int32Array, start: number, end: number, depth: number): number {
  const first = values[order[start]!]!;
  let shared = first.length - depth;
  for (let i = start + 1; i < end && shared > 0; i++) {
    const value = values[order[i]!]!;
    let u = 0;
    while (u < shared && value.charCodeAt(depth + u) === first.charCodeAt(depth + u)) u++;
    shared = u;
  }
  return shared;
}

/**
 * The positions of `values` in code-unit order of the strings — the order `compareStrings` gives — with equal
 * strings in the order they come. A million claim ids (16 hex digits each) sorted by a comparison function cost
 * ~20 million string comparisons, most of them cache misses into a gigabyte of claims, and the time grew much
 * faster than the count. Here each string becomes a number made of its next few code units (as digits of
 * the alphabet that occurs), packed with its position in the run, and a Float64Array sorts those natively; the
 * strings still tied after those units (a run) are refined on the next units, and short runs are compared.
 * A million random hex ids are settled by their first seven units.
 */
export function stringOrder(values: readonly string[]): Int32Array {
  const n = values.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n < SMALL_INPUT) {
    comparisonSort(values, order);
    return order;
  }
  const { digit, base } = alphabet(values);
  const bitsPerUnit = Math.log2(base);
  const keys = new Float64Array(n);
  const held = new Int32Array(n);
  const runs: number[] = [0, n, 0]; // start, end, depth: a stack of runs whose strings agree on their first `depth` units
  while (runs.length > 0) {
    const agreed = runs.pop()!;
    const end = runs.pop()!;
    const start = runs.pop()!;
    const length = end - start;
    if (length <= SMALL_RUN) {
      insertionSort(values, order, start, end);
      continue;
    }
    // keys that share long stretches (`d|drug-overdose-deaths|count|…`) skip them instead of packing them
    const depth = agreed + commonPrefix(values, order, start, end, agreed);
    // the key of `units` code units times `length`, plus a position below `length`, stays an exact double
    const units = Math.max(1, Math.floor((52 - Math.ceil(Math.log2(length))) / bitsPerUnit));
    for (let j = 0; j < length; j++) {
      keys[j] = unitsKey(values[order[start + j]!]!, depth, units, digit, base) * length + j;
      held[j] = order[start + j]!;
    }
    const sorted = keys.subarray(0, length).sort();
    for (let j = 0; j < length;) {
      const key = Math.floor(sorted[j]! / length);
      let k = j + 1;
      while (k < length && Math.floor(sorted[k]! / length) === key) k++;
      for (let m = j; m < k; m++) order[start + m] = held[sorted[m]! % length]!;
      // still tied: the same units here; refine on the next ones unless the strings ended (then they are equal)
      if (k - j > 1 && values[order[start + j]!]!.length >= depth + units) runs.push(start + j, start + k, depth + units);
      j = k;
    }
  }
  return order;
}

/**
 * A number for each string of `lists` that keeps their code-unit order as far as it tells them apart: key(a) <
 * key(b) only when a < b; equal keys say only that the strings agree on their first few code units (twelve, for
 * hex ids), and then the strings decide. For merging lists that are in order already: each string is read once,
 * while it is read in the order it lies in memory, and the merge compares numbers instead of reaching into
 * scattered strings (a million claim ids merged with their facts' ids, where nearly every string comparison is a
 * cache miss).
 */
export function prefixKeys(...lists: ReadonlyArray<readonly string[]>): (value: string) => number {
  const { digit, base } = alphabet(...lists);
  // base^units < 2^52: every key is an exact double
  const units = Math.max(1, Math.floor(52 / Math.log2(base)));
  return (value) => unitsKey(value, 0, units, digit, base);
}

/** Small inputs: the engine's sort with a comparison (stable), back into `order`. */
function comparisonSort(values: readonly string[], order: Int32Array): void {
  const sorted = Array.from(order).sort((a, b) => compareStrings(values[a]!, values[b]!));
  order.set(sorted);
}

/** `values` in code-unit order (a new array). */
export function sortStrings(values: readonly string[]): string[] {
  return Array.from(stringOrder(values), (i) => values[i]!);
}
