// A fact's verdict is its worst pair of claims, found in one pass (on a line, intervals meet pairwise iff the
// greatest lower bound meets the smallest upper bound).
import type { Fact, Interval } from '../../contracts/index.js';
import { argMaxLow, argMinHigh, overlaps, overlapsClosed, sameInterval } from './interval-ops.js';
import { literalReading, plainReading, type Item } from './item.js';
import type { Meter } from './meter.js';

export type Verdict = Fact['verdict'];

export interface VerdictResult {
  verdict: Verdict;
  /** for tension and discrepancy: the pair that fired the rule, lower reading first */
  witness: [Item, Item] | null;
  /** for tension and discrepancy: every claim that is on the wrong side of some other claim, with its opponent */
  disputes: Array<[Item, Item]>;
  /** the readings compared: literal for a discrepancy, plain otherwise */
  reading: 'literal' | 'plain';
}

/**
 * The worst pair of `items` by the readings `interval` gives, and every claim on the wrong side of one of them;
 * null when all overlap. `closed`: compare the readings' closures (literal readings, see `closure`).
 */
function disjointPairs(items: readonly Item[], interval: (item: Item) => Interval, closed: boolean, meter: Meter): Omit<VerdictResult, 'verdict' | 'reading'> | null {
  const meet = closed ? overlapsClosed : overlaps;
  const [u, l] = [argMaxLow(items, interval, closed), argMinHigh(items, interval, closed)];
  const [upper, lower] = [items[u], items[l]];
  meter.comparisons += items.length;
  if (upper === undefined || lower === undefined || meet(interval(upper), interval(lower))) return null;
  const disputes: Array<[Item, Item]> = [];
  for (const item of items) {
    meter.comparisons += 2;
    if (item !== lower && !meet(interval(item), interval(lower))) disputes.push([lower, item]);
    if (item !== upper && !meet(interval(item), interval(upper))) disputes.push([item, upper]);
  }
  return { witness: [lower, upper], disputes };
}

/**
 * discrepancy: some two literal intervals do not overlap, not even at an end; tension: the literal ones all overlap but some two
 * plain readings do not; agree: every plain reading is the same; compatible: they differ but all overlap.
 * `sources` is the number of independent sources: with one source (one article, or wire copies of one text) a
 * figure that agrees with itself is `single` — repeating a number is not confirming it.
 */
export function judge(items: readonly Item[], sources: number, meter: Meter): VerdictResult {
  const literal = disjointPairs(items, literalReading, true, meter);
  if (literal) return { verdict: 'discrepancy', reading: 'literal', ...literal };
  const plain = disjointPairs(items, plainReading, false, meter);
  if (plain) return { verdict: 'tension', reading: 'plain', ...plain };
  const [first] = items;
  meter.comparisons += items.length;
  const same = first !== undefined && items.every((i) => sameInterval(i.plain, first.plain));
  const verdict: Verdict = sources <= 1 ? 'single' : same ? 'agree' : 'compatible';
  return { verdict, witness: null, disputes: [], reading: 'plain' };
}
