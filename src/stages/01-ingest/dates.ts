import { MONTH, monthNumber } from '../../core/vocabulary.js';

const ORDINAL = String.raw`(?:st|nd|rd|th)?`;

/**
 * One date expression with named groups: `May 1, 2024`, `Jan. 5 2024`, `1 May 2024`, `2024-05-01`,
 * `2024/05/01`. Day-month order is only read where the month is a word, so `05/01/2024` is never guessed at.
 */
export const DATE = [
  String.raw`(?<m1>${MONTH})\s+(?<d1>\d{1,2})${ORDINAL},?\s+(?<y1>\d{4})`,
  String.raw`(?<d2>\d{1,2})${ORDINAL}\s+(?<m2>${MONTH}),?\s+(?<y2>\d{4})`,
  String.raw`(?<y3>\d{4})(?<sep>[-/])(?<m3>\d{2})\k<sep>(?<d3>\d{2})`,
].join('|');

/** `YYYY-MM-DD` when the year, month and day make a real calendar date between 1900 and 2100, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The ISO date of a match of `DATE`, or null when its parts do not make a real date. */
export function isoFromGroups(groups: Readonly<Record<string, string | undefined>>): string | null {
  const year = groups.y1 ?? groups.y2 ?? groups.y3;
  const monthText = groups.m1 ?? groups.m2;
  const month = monthText !== undefined ? monthNumber(monthText) : Number(groups.m3);
  const day = groups.d1 ?? groups.d2 ?? groups.d3;
  if (year === undefined || month === undefined || day === undefined) return null;
  return isoDate(Number(year), month, Number(day));
}

const WHOLE_DATE = new RegExp(
  String.raw`^(?:${DATE})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$`,
  'i',
);

/**
 * Read a date given as a field value: an ISO date, an ISO date-time (the date as written, without moving it
 * to another time zone) or a date with the month in words. Null when the string is anything else.
 */
export function parseDate(value: string): string | null {
  const m = WHOLE_DATE.exec(value.trim());
  return m?.groups === undefined ? null : isoFromGroups(m.groups);
}
