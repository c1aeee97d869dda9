import type { Hedge, Interval } from '../../../contracts/index.js';
import { toPrecision12 } from './numbers/precision.js';
import { placeValue } from './numbers/types.js';

export interface Readings { literal: Interval; plain: Interval }

const iv = (low: number | null, high: number | null, lowInclusive: boolean, highInclusive: boolean): Interval =>
  ({ low: round(low), high: round(high), lowInclusive, highInclusive });

/** Trims binary noise: 0.1 + 0.2 → 0.3. */
function round(x: number | null): number | null {
  return x === null ? null : toPrecision12(x);
}

/**
 * The interval a hedge allows around N, literally and read plainly. The plain reading of "over" and "nearly"
 * reaches one step past N: the place value g of N's last non-zero digit, or half of it when that digit is N's
 * only significant one (a round figure), and at least 1 for a whole number. Over 97,000 → literal (97000, ∞),
 * plain (97000, 98000]; over $100 million → (100 million, 150 million]; nearly 70% → [65%, 70%); over 5 → (5, 6].
 */
export function hedgeIntervals(hedge: Hedge, n: number): Readings {
  let g = placeValue(n);
  // a value with no last digit (a third is 33.333…) reads to the place below its first digit
  if (n !== 0 && g < Math.abs(n) * 1e-6) g = 10 ** (Math.floor(Math.log10(Math.abs(n))) - 1);
  // "over" and "nearly" step past N by g, or g/2 from a round figure ("about" has its own width below)
  const round = n !== 0 && g === 10 ** Math.floor(Math.log10(Math.abs(n)));
  const step = round ? (Number.isInteger(n) && g >= 1 ? Math.max(g / 2, 1) : g / 2) : g;
  const floor0 = (x: number) => (n >= 0 ? Math.max(0, x) : x);
  switch (hedge) {
    case 'exact':
      return same(iv(n, n, true, true));
    case 'over':
      return { literal: iv(n, null, false, false), plain: iv(n, n + step, false, true) };
    case 'at_least':
      return same(iv(n, null, true, false));
    case 'nearly':
      return same(iv(n - step, n, true, false));
    case 'about': {
      const d = Math.max(g / 2, Math.abs(n) * 0.05);
      return same(iv(n - d, n + d, true, true));
    }
    case 'up_to':
    case 'at_most':
      return same(iv(n >= 0 ? 0 : null, n, true, true));
    case 'under':
      return same(iv(n >= 0 ? floor0(0) : null, n, true, false));
    default:
      return same(iv(n, n, true, true));
  }
}

/** A stated range [X, Y], both ends included. */
export function rangeIntervals(low: number, high: number): Readings {
  return same(iv(low, high, true, true));
}

/** A vague amount ("thousands"): [low, high). */
export function vagueIntervals(low: number, high: number): Readings {
  return same(iv(low, high, true, false));
}

function same(i: Interval): Readings {
  return { literal: i, plain: { ...i } };
}
