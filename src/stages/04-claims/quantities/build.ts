import type { Hedge, Quantity } from '../../../contracts/index.js';
import type { ChangeDirection } from '../../../core/changes.js';
import type { UnitInfo } from './context/unit-table.js';
import { hedgeIntervals, rangeIntervals, vagueIntervals, type Readings } from './intervals.js';
import { toPrecision12 } from './numbers/precision.js';

/** A quantity with the span of its number and unit alone (no hedge, age or "between" words). */
export interface QuantityMatch {
  readonly quantity: Quantity;
  readonly core: { readonly start: number; readonly end: number };
  /** the number words or digits alone, scale included ("44 million"; "10 to $30" for a range) */
  readonly number: { readonly start: number; readonly end: number };
  /** for a range, its two ends as written: span (currency and unit included), value, and whether a unit is written */
  readonly ends?: readonly [RangeEnd, RangeEnd];
}

export interface RangeEnd { readonly start: number; readonly end: number; readonly value: number; readonly unitWritten: boolean }

export type Amount =
  | { readonly kind: 'value'; readonly value: number; readonly hedge: Hedge }
  | { readonly kind: 'range'; readonly low: number; readonly high: number }
  | { readonly kind: 'vague'; readonly low: number; readonly high: number };

export interface Parts {
  readonly start: number;
  readonly end: number;
  readonly coreStart: number;
  readonly coreEnd: number;
  readonly numberStart: number;
  readonly numberEnd: number;
  readonly amount: Amount;
  readonly unit: UnitInfo | null;
  readonly iso: string | null;
  readonly age: boolean;
  /** a bare proportion ("two-thirds", "one in five"): read as a percentage */
  readonly proportion: boolean;
  readonly direction: ChangeDirection | null;
  readonly per: string | null;
}

const scaleAmount = (a: Amount, k: number): Amount =>
  a.kind === 'value' ? { ...a, value: a.value * k } : { ...a, low: a.low * k, high: a.high * k };

const tidy = toPrecision12;

/** Builds the contract's Quantity from what the scanner read. */
export function buildQuantity(text: string, p: Parts): QuantityMatch {
  let unit = 'count';
  let dimension = 'count';
  let amount = p.amount;
  let si: Quantity['si'] = null;
  const u = p.unit;
  if (p.iso) {
    unit = p.iso;
    dimension = 'currency';
  } else if (p.proportion && !u) {
    unit = 'percent';
    dimension = 'percent';
    amount = scaleAmount(amount, 100);
  } else if (u) {
    unit = u.unit;
    dimension = p.age ? 'age' : u.dimension;
    if (u.siUnit && u.factor !== null) {
      const v = amount.kind === 'value' ? tidy(amount.value * u.factor + u.offset) : null;
      si = { value: v, unit: u.siUnit };
    }
  }
  let r: Readings;
  let value: number | null = null;
  let hedge: Hedge;
  if (amount.kind === 'value') {
    value = tidy(amount.value);
    hedge = amount.hedge;
    r = hedgeIntervals(hedge, value);
  } else if (amount.kind === 'range') {
    hedge = 'range';
    r = rangeIntervals(tidy(amount.low), tidy(amount.high));
  } else {
    hedge = 'vague';
    r = vagueIntervals(amount.low, amount.high);
  }
  const quantity: Quantity = {
    start: p.start,
    end: p.end,
    text: text.slice(p.start, p.end),
    value,
    low: r.literal.low,
    high: r.literal.high,
    lowInclusive: r.literal.lowInclusive,
    highInclusive: r.literal.highInclusive,
    plain: r.plain,
    hedge,
    unit,
    dimension,
    direction: p.direction,
    si,
    per: p.per,
    number: { start: p.numberStart, end: p.numberEnd },
    hedgeText: text.slice(p.start, p.coreStart).trim() || null,
  };
  return { quantity, core: { start: p.coreStart, end: p.coreEnd }, number: { start: p.numberStart, end: p.numberEnd } };
}
