// Numbers, readings and measures in plain words for explanations. Grouping by hand: no locale, no ICU.
import type { Interval } from '../../../contracts/index.js';
import { amountText, rangeText } from '../../../core/figures.js';

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
  const rounded = Number(n.toPrecision(10));
  const digits = String(Math.abs(rounded));
  if (digits.includes('e')) return (rounded < 0 ? '-' : '') + digits;
  const [whole = '', fraction] = digits.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (rounded < 0 ? '-' : '') + grouped + (fraction === undefined ? '' : `.${fraction}`);
}

/** "25%", "$1,200", "$46.8 billion", "44 kg", "9 days", "97,000" (core/figures.ts). */
export function withUnit(n: number, unit: string): string {
  return amountText(n, unit, formatNumber);
}

/** A reading in words: "106,000", "97,000–98,000", "more than 97,000", "at most 100", "any amount". */
export function readingWords(iv: Interval, unit: string): string {
  const { low, high } = iv;
  if (low !== null && high !== null) return low === high ? withUnit(low, unit) : rangeText(low, high, unit, formatNumber);
  if (low !== null) return `${iv.lowInclusive ? 'at least' : 'more than'} ${withUnit(low, unit)}`;
  if (high !== null) return `${iv.highInclusive ? 'at most' : 'less than'} ${withUnit(high, unit)}`;
  return 'any amount';
}

/** "drug-overdose-deaths" → "drug overdose deaths"; a claim without a metric is named by what it counts. */
export function metricWords(metric: string | null, counted: string | null = null): string {
  if (metric !== null) return metric.replace(/[-_]+/g, ' ');
  return counted ?? 'figure';
}

/** "0.3%", "8.2%", "120%": a relative gap for people. */
export function percentWords(fraction: number): string {
  const pct = fraction * 100;
  const text = pct >= 10 ? pct.toFixed(0) : pct >= 1 ? pct.toFixed(1) : pct.toFixed(2);
  return `${text.includes('.') ? text.replace(/\.?0+$/, '') : text}%`;
}
