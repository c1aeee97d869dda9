// Periods as keys: two claims are about the same period only when start and end are the same dates.
import type { Period } from '../../contracts/index.js';

/** "2021-01-01..2021-12-31"; null for an undated claim (no period, or neither end known). */
export function periodKey(period: Period | null): string | null {
  if (period === null || (period.start === null && period.end === null)) return null;
  return `${period.start ?? ''}..${period.end ?? ''}`;
}

/** 2021 for 2021-01-01..2021-12-31, else null. */
export function calendarYear(period: Period | null): number | null {
  if (period?.start == null || period.end == null) return null;
  const year = period.start.slice(0, 4);
  return period.start === `${year}-01-01` && period.end === `${year}-12-31` ? Number(year) : null;
}

const EXPLICIT = /^(in|during|over|between|from|since|through|throughout)\b/i;

/**
 * How an explanation names a period, with its preposition: "in 2021", "between 2019 and 2023", "in late February";
 * relative words ("last year", "Tuesday") give way to the dates they were resolved to ("on 2025-08-12").
 */
export function periodWords(period: Period | null): string {
  if (period === null) return 'in an unstated period';
  const year = calendarYear(period);
  if (year !== null) return `in ${year}`;
  const text = period.text.trim();
  if (EXPLICIT.test(text)) return text.charAt(0).toLowerCase() + text.slice(1);
  if (period.start !== null && period.start === period.end) return `on ${period.start}`;
  return `from ${period.start ?? '…'} to ${period.end ?? '…'}`;
}

/** "in the same year" / "in the same period (between 2019 and 2023)". */
export function samePeriodWords(period: Period | null): string {
  return calendarYear(period) !== null ? 'in the same year' : `in the same period (${periodWords(period)})`;
}

/**
 * The most common wording among claims of one period (ties: the shortest, then the first in code-unit order),
 * so a fact's period text does not depend on the order claims arrive in.
 */
export function representativePeriod(periods: readonly Period[]): Period | null {
  const counts = new Map<string, number>();
  for (const p of periods) counts.set(p.text, (counts.get(p.text) ?? 0) + 1);
  let best: Period | null = null;
  for (const p of periods) {
    if (best === null) { best = p; continue; }
    const a = counts.get(p.text) ?? 0;
    const b = counts.get(best.text) ?? 0;
    if (a > b || (a === b && (p.text.length < best.text.length || (p.text.length === best.text.length && p.text < best.text)))) best = p;
  }
  return best === null ? null : { start: best.start, end: best.end, text: best.text };
}
