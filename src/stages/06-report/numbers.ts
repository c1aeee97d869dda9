import type { Interval } from '../../contracts/index.js';
import { amountText, rangeText, unitWord } from '../../core/figures.js';

/** 97000 → "97,000", -3.5 → "-3.5": grouping by hand, so the output never depends on the ICU build or locale. */
export function formatNumber(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
  const digits = String(Math.abs(n));
  const sign = n < 0 ? '-' : '';
  if (digits.includes('e')) return sign + digits;
  const [whole = '', fraction] = digits.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return sign + grouped + (fraction === undefined ? '' : `.${fraction}`);
}

/** Short axis labels: 106000 → "106k", 2500000 → "2.5M". */
export function formatCompact(n: number): string {
  const abs = Math.abs(n);
  const scales: [number, number, string][] = [[1e12, 1e12, 'T'], [1e9, 1e9, 'B'], [1e6, 1e6, 'M'], [1e4, 1e3, 'k']];
  for (const [from, scale, suffix] of scales) {
    if (abs >= from) return formatNumber(Number((n / scale).toPrecision(4))) + suffix;
  }
  return formatNumber(Number(n.toPrecision(6)));
}

const CURRENCY = /^[A-Z]{3}$/;

/** A number already written, with its canonical unit: "25%", "USD 1,200", "44 kg", "97,000" (count). */
export function withUnit(text: string, unit: string): string {
  if (unit === 'count' || unit === '') return text;
  if (unit === 'percent') return `${text}%`;
  if (unit === 'percentage_point') return `${text} pp`;
  if (CURRENCY.test(unit)) return `${unit} ${text}`;
  return `${text} ${unit}`;
}

/** A number with its unit as a reader writes it: "$0.10", "$46.8 billion", "9 days", "25%" (core/figures.ts). */
export function amount(n: number, unit: string): string {
  return amountText(n, unit, formatNumber);
}

/**
 * Interval notation with open/closed ends: "(97,000, ∞)", "[70,000, 71,000)", and a single number for a point.
 */
export function formatInterval(iv: Interval, unit: string): string {
  if (iv.low !== null && iv.low === iv.high) return amount(iv.low, unit);
  if (iv.low === null && iv.high === null) return 'unbounded';
  const open = iv.low !== null && iv.lowInclusive ? '[' : '(';
  const close = iv.high !== null && iv.highInclusive ? ']' : ')';
  const low = iv.low === null ? '-∞' : bound(iv.low, unit);
  const high = iv.high === null ? '∞' : bound(iv.high, unit);
  const suffix = unit === 'percent' || unit === 'percentage_point' || unit === 'count' ? '' : ` ${CURRENCY.test(unit) ? unit : unitWord(unit, 2)}`;
  return `${open}${low}, ${high}${close}${suffix}`;
}

function bound(n: number, unit: string): string {
  return unit === 'percent' ? `${formatNumber(n)}%` : unit === 'percentage_point' ? `${formatNumber(n)} pp` : formatNumber(n);
}

/** A fact's reconciled range in words: "70,000 – 71,000", "at least 97,000", "106,000". */
export function formatRange(range: { low: number | null; high: number | null }, unit: string): string {
  const { low, high } = range;
  if (low !== null && high !== null) return low === high ? amount(low, unit) : rangeText(low, high, unit, formatNumber, ' – ');
  if (low !== null) return `at least ${amount(low, unit)}`;
  if (high !== null) return `at most ${amount(high, unit)}`;
  return 'unbounded';
}

/** Severity with two decimals, the way every report prints it. */
export function formatSeverity(severity: number): string {
  return severity.toFixed(2);
}
