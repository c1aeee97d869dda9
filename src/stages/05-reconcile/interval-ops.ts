// Interval arithmetic on the number line, with open and closed ends. A null bound is unbounded.
import type { Interval } from '../../contracts/index.js';

/** Lower bounds in increasing order: unbounded first; at the same value a closed end comes before an open one. */
export function compareLow(a: Interval, b: Interval): number {
  if (a.low === null || b.low === null) return a.low === b.low ? 0 : a.low === null ? -1 : 1;
  if (a.low !== b.low) return a.low - b.low;
  return a.lowInclusive === b.lowInclusive ? 0 : a.lowInclusive ? -1 : 1;
}

/** Upper bounds in increasing order: unbounded last; at the same value an open end comes before a closed one. */
export function compareHigh(a: Interval, b: Interval): number {
  if (a.high === null || b.high === null) return a.high === b.high ? 0 : a.high === null ? 1 : -1;
  if (a.high !== b.high) return a.high - b.high;
  return a.highInclusive === b.highInclusive ? 0 : a.highInclusive ? 1 : -1;
}

/** True when some number lies at or above `low`'s lower bound and at or below `high`'s upper bound. */
function meets(low: Interval, high: Interval): boolean {
  if (low.low === null || high.high === null) return true;
  if (low.low < high.high) return true;
  return low.low === high.high && low.lowInclusive && high.highInclusive;
}

export function overlaps(a: Interval, b: Interval): boolean {
  const low = compareLow(a, b) >= 0 ? a : b;
  const high = compareHigh(a, b) <= 0 ? a : b;
  return meets(low, high);
}

/** The common part, or null when they do not overlap. */
export function intersect(a: Interval, b: Interval): Interval | null {
  if (!overlaps(a, b)) return null;
  const low = compareLow(a, b) >= 0 ? a : b;
  const high = compareHigh(a, b) <= 0 ? a : b;
  return { low: low.low, lowInclusive: low.lowInclusive, high: high.high, highInclusive: high.highInclusive };
}

/** The smallest interval holding both. */
export function hull(a: Interval, b: Interval): Interval {
  const low = compareLow(a, b) <= 0 ? a : b;
  const high = compareHigh(a, b) >= 0 ? a : b;
  return { low: low.low, lowInclusive: low.lowInclusive, high: high.high, highInclusive: high.highInclusive };
}

export function sameInterval(a: Interval, b: Interval): boolean {
  return compareLow(a, b) === 0 && compareHigh(a, b) === 0;
}

/**
 * Whether a part can be no larger than a whole: some p in `part` and w in `whole` with p ≤ w.
 * "106,000 opioid deaths" against drug overdose deaths of (97,000, 98,000] → false.
 */
export function canBeAtMost(part: Interval, whole: Interval): boolean {
  return meets(part, whole);
}

/**
 * Intersection of all when non-empty, else their hull: the range a fact reports. On a line the intervals have a
 * common part exactly when the greatest lower bound meets the smallest upper bound, so one pass finds the four
 * extreme ends and only the result is made. `interval` reads each value's interval (a fact's claims, say).
 */
export function reconciledRange<T = Interval>(values: readonly T[], interval: (value: T) => Interval = (v) => v as Interval): Interval {
  const head = values[0];
  if (head === undefined) throw new Error('reconciledRange needs at least one interval');
  const first = interval(head);
  if (values.length === 1) return first;
  let [maxLow, minHigh, minLow, maxHigh] = [first, first, first, first];
  for (const value of values) {
    const iv = interval(value);
    if (compareLow(iv, maxLow) > 0) maxLow = iv;
    if (compareLow(iv, minLow) < 0) minLow = iv;
    if (compareHigh(iv, minHigh) < 0) minHigh = iv;
    if (compareHigh(iv, maxHigh) > 0) maxHigh = iv;
  }
  const [low, high] = meets(maxLow, minHigh) ? [maxLow, minHigh] : [minLow, maxHigh];
  return { low: low.low, lowInclusive: low.lowInclusive, high: high.high, highInclusive: high.highInclusive };
}

/** `compareLow` of two intervals' closures (see `closure`), without making them. */
function compareLowClosed(a: Interval, b: Interval): number {
  if (a.low === null || b.low === null) return a.low === b.low ? 0 : a.low === null ? -1 : 1;
  return a.low - b.low;
}

/** `compareHigh` of two intervals' closures, without making them. */
function compareHighClosed(a: Interval, b: Interval): number {
  if (a.high === null || b.high === null) return a.high === b.high ? 0 : a.high === null ? 1 : -1;
  return a.high - b.high;
}

/** `overlaps` of two intervals' closures, without making them: the greater lower bound is at most the smaller upper one. */
export function overlapsClosed(a: Interval, b: Interval): boolean {
  const maxLow = a.low === null ? b.low : b.low === null ? a.low : Math.max(a.low, b.low);
  const minHigh = a.high === null ? b.high : b.high === null ? a.high : Math.min(a.high, b.high);
  return maxLow === null || minHigh === null || maxLow <= minHigh;
}

/**
 * Index of the value whose interval has the greatest lower bound (the first on ties); `closed`: of the intervals'
 * closures. Values and a reader, so that no array of intervals is made for each fact.
 */
export function argMaxLow<T>(values: readonly T[], interval: (value: T) => Interval, closed = false): number {
  const compare = closed ? compareLowClosed : compareLow;
  let best = 0;
  for (let i = 1; i < values.length; i++) if (compare(interval(values[i]!), interval(values[best]!)) > 0) best = i;
  return best;
}

/** Index of the value whose interval has the smallest upper bound (the first on ties); `closed` as in `argMaxLow`. */
export function argMinHigh<T>(values: readonly T[], interval: (value: T) => Interval, closed = false): number {
  const compare = closed ? compareHighClosed : compareHigh;
  let best = 0;
  for (let i = 1; i < values.length; i++) if (compare(interval(values[i]!), interval(values[best]!)) < 0) best = i;
  return best;
}

/**
 * How far apart two disjoint intervals are, relative to the larger facing bound: 106,000 against (97,000, 98,000]
 * → 8,000 / 106,000. 0 when they overlap or a facing bound is unbounded.
 */
export function relativeGap(a: Interval, b: Interval): number {
  if (overlaps(a, b)) return 0;
  const [lower, upper] = compareHigh(a, b) <= 0 ? [a, b] : [b, a];
  if (lower.high === null || upper.low === null) return 0;
  const gap = upper.low - lower.high;
  const scale = Math.max(Math.abs(upper.low), Math.abs(lower.high));
  return scale === 0 ? 0 : gap / scale;
}

/**
 * The interval with its ends closed. Literal readings are compared closed: "over 97,000" and "97,000" touch at
 * 97,000 — their plain readings do not meet (a tension), but that is no contradiction: a discrepancy needs a gap.
 */
export function closure(iv: Interval): Interval {
  return { low: iv.low, high: iv.high, lowInclusive: true, highInclusive: true };
}

/** `iv` in a unit `factor` times smaller; `iv` itself when the factor is 1 (intervals are never written to). */
export function scaleInterval(iv: Interval, factor: number): Interval {
  if (factor === 1) return iv;
  const times = (x: number | null) => (x === null ? null : Number((x * factor).toPrecision(12)));
  return { low: times(iv.low), high: times(iv.high), lowInclusive: iv.lowInclusive, highInclusive: iv.highInclusive };
}
