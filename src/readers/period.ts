import { MONTH, MONTH_PREFIX, monthNumber, NUMBER_WORD, numberWordValue, WEEKDAY, WEEKDAYS } from '../core/vocabulary.js';
import { fiscalSpan, fiscalYearHolding, splitYearSpan, US_FEDERAL, type FiscalYear } from './fiscal.js';
import type { Span } from './tokens.js';

/**
 * Periods in news prose, as ISO dates: "in 2021", "first six months of 2023", "between 2019 and 2023", "the 12
 * months ending in April 2023", "October 2020", "in late February", "last year", "Tuesday". Relative expressions are
 * resolved against the article's publication date; without one they are found but left unresolved.
 */
export interface PeriodMatch extends Span {
  text: string;
  /** first and last day of the period; null when unknown (relative words and no publication date) */
  from: string | null;
  to: string | null;
  /** true when the words only make sense against the publication date ("last year", "Tuesday") */
  relative: boolean;
  kind: 'range' | 'part-of-year' | 'rolling' | 'day' | 'month' | 'year' | 'fiscal-year' | 'decade' | 'since' | 'relative';
}

interface Ymd { y: number; m: number; d: number }

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const iso = ({ y, m, d }: Ymd): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const fromUtc = (t: number): Ymd => {
  const dt = new Date(t);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
};
const utc = ({ y, m, d }: Ymd) => Date.UTC(y, m - 1, d);
const addDays = (x: Ymd, n: number): Ymd => fromUtc(utc(x) + n * 86_400_000);
function addMonths(x: Ymd, n: number): Ymd {
  const total = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(x.d, daysIn(y, m)) };
}
const yearSpan = (y: number) => ({ from: iso({ y, m: 1, d: 1 }), to: iso({ y, m: 12, d: 31 }) });
const monthSpan = (y: number, m: number, part?: string) => {
  const last = daysIn(y, m);
  const [a, b] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : part === 'late' ? [21, last] : [1, last];
  return { from: iso({ y, m, d: a }), to: iso({ y, m, d: b }) };
};

export function parseIso(date: string | null): Ymd | null {
  const m = date === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

/** Every month a rule's `MONTH` matched has a number; 0 would make the rule's period invalid. */
const monthOf = (word: string) => monthNumber(word) ?? 0;
const num = (w: string) => (/^\d+$/.test(w) ? Number(w) : numberWordValue(w) ?? NaN);

const Y = String.raw`(?:19|20)\d\d`;
/** A count in digits or words ("6", "six", "twenty-four"). */
const N = String.raw`(?:\d{1,2}|${NUMBER_WORD})`;
const REL_YEAR = String.raw`(?:this|last|the\s+past|the\s+previous|the\s+current)\s+year`;
/** A part of a year: "the first half", "the third quarter", "the first nine months", "the last six weeks". */
const PART = String.raw`\b(?:the\s+)?(first|second|third|fourth|final|last)\s+(half|quarter|(${N})\s+months?|(${N})\s+weeks?|month|week)\s+of\s+`;
/** A fiscal year by its number: "fiscal 2024", "fiscal year 2025", "FY24". */
const FISCAL = String.raw`(?:fiscal\s+(?:year\s+)?|FY\s?)(${Y}|\d\d)\b`;
/** The year a fiscal year's number names ("24" is 2024). */
const fiscalNumber = (words: string) => (words.length === 2 ? 2000 + Number(words) : Number(words));

/** What resolves a period beyond its words: the publication date, and whose fiscal year a "fiscal 2024" is. */
interface Basis {
  pub: Ymd | null;
  fiscal: FiscalYear;
  /** the owner of a year written "2024-25", when a fiscal year is known for it */
  split: FiscalYear | null;
}
type Resolver = (m: RegExpExecArray, pub: Ymd | null, basis: Basis) => { from: string | null; to: string | null } | null;
/** What a rule cannot match without: a four-digit year, a month name. Checked once per sentence. */
type Need = 'year' | 'month';
interface Rule { kind: PeriodMatch['kind']; re: RegExp; relative: boolean | ((m: RegExpExecArray) => boolean); resolve: Resolver; needs?: readonly Need[] }

/**
 * Cheap tests for what the rules need: every `Y` in a rule is a year these find, every `MONTH` starts with one
 * of these abbreviations (any case: some rules ignore case). Most sentences with a figure have no year or no month,
 * and then most of the rules need not be run at all.
 */
const NEED_TESTS: Record<Need, RegExp> = {
  year: /(?:19|20)\d\d/,
  month: new RegExp(MONTH_PREFIX, 'i'),
};

/** A year written out or relative ("2023", "last year", "this year"), resolved; null if it cannot be. */
function yearOf(words: string, pub: Ymd | null): number | null {
  if (/^\d{4}$/.test(words)) return Number(words);
  if (pub === null) return null;
  return /this|current/i.test(words) ? pub.y : pub.y - 1;
}

/**
 * A part of a twelve-month year that starts on `start` (January 1 for a calendar year, the first day of a fiscal
 * year for "the first nine months of fiscal 2025"): a half, a quarter, the first or last n months or weeks.
 */
function partOfYear(which: string, part: string, count: string | undefined, start: Ymd) {
  const w = which.toLowerCase();
  const p = part.toLowerCase();
  const last = w === 'last' || w === 'final';
  const months = (a: number, n: number) => ({ from: iso(addMonths(start, a)), to: iso(addDays(addMonths(start, a + n), -1)) });
  if (p === 'half') return months(w === 'second' || last ? 6 : 0, 6);
  if (p === 'quarter') {
    const q = last ? 4 : ['first', 'second', 'third', 'fourth'].indexOf(w) + 1;
    return q < 1 ? null : months(q * 3 - 3, 3);
  }
  const n = count === undefined && /^(?:month|week)$/.test(p) ? 1 : num(count ?? '');
  if (!(n >= 1 && n <= 12)) return null;
  const end = addDays(addMonths(start, 12), -1);
  if (/week/.test(p)) return last ? { from: iso(addDays(end, -7 * n + 1)), to: iso(end) } : { from: iso(start), to: iso(addDays(start, 7 * n - 1)) };
  return months(last ? 12 - n : 0, n);
}
const january = (y: number): Ymd => ({ y, m: 1, d: 1 });

/** The most recent date on or before the publication date that falls in month `m` (day `d` if given). */
function latestMonth(pub: Ymd, m: number): number {
  return m <= pub.m ? pub.y : pub.y - 1;
}

/**
 * A month and day without a year, against the publication date: the last such day on or before it, unless the
 * same day falls within the 30 days after it — news names days just ahead ("the stretch ending December 2"
 * published December 1), never a day nearly a year back without its year. Null for a day the month lacks.
 */
function recentDay(pub: Ymd, month: number, d: number): Ymd | null {
  const ahead = utc(pub) + 30 * 86_400_000;
  for (const y of [pub.y, pub.y + 1]) {
    if (d > daysIn(y, month)) continue;
    const t = utc({ y, m: month, d });
    if (t > utc(pub) && t <= ahead) return { y, m: month, d };
  }
  const y = month < pub.m || (month === pub.m && d <= pub.d) ? pub.y : pub.y - 1;
  return d >= 1 && d <= daysIn(y, month) ? { y, m: month, d } : null;
}

function weekdayBefore(pub: Ymd, weekday: number, strictly: boolean): Ymd {
  const today = new Date(utc(pub)).getUTCDay();
  let back = (today - weekday + 7) % 7;
  if (back === 0 && strictly) back = 7;
  return addDays(pub, -back);
}

/** The period of one calendar day, or null for a day the month does not have ("February 30"). */
function oneDay(y: number, month: number, d: number): { from: string; to: string } | null {
  return d >= 1 && d <= daysIn(y, month) ? { from: iso({ y, m: month, d }), to: iso({ y, m: month, d }) } : null;
}

const RULES: Rule[] = [
  {
    kind: 'range',
    needs: ['year'],
    re: new RegExp(String.raw`\b(?:between|from)\s+(?:the\s+years?\s+)?(${Y})\s+(?:and|to|through|until|-|–)\s+(${Y})\b`, 'gi'),
    relative: false,
    resolve: (m) => ({ from: yearSpan(Number(m[1])).from, to: yearSpan(Number(m[2])).to }),
  },
  {
    // a school, sport or fiscal year written across two calendar years: "2024-25", "the 2023–24 season"
    kind: 'fiscal-year',
    needs: ['year'],
    re: new RegExp(String.raw`\b(${Y})[-–/](\d\d)\b(?!\s*(?:%|percent|per\s+cent|[-–]\d))`, 'g'),
    relative: false,
    resolve: (m, _pub, basis) => {
      const a = Number(m[1]);
      return Number(m[2]) === (a + 1) % 100 ? splitYearSpan(basis.split, a) : null;
    },
  },
  {
    kind: 'range',
    needs: ['year'],
    re: new RegExp(String.raw`\b(${Y})\s*(?:-|–|—|\s+to\s+|\s+through\s+)\s*(${Y}|\d\d)\b(?![,.]?\d)(?!\s*(?:%|percent|per\s+cent))`, 'gi'),
    relative: false,
    resolve: (m) => {
      const a = Number(m[1]);
      const b = m[2]!.length === 2 ? Math.floor(a / 100) * 100 + Number(m[2]) : Number(m[2]);
      return b > a ? { from: yearSpan(a).from, to: yearSpan(b).to } : null;
    },
  },
  {
    kind: 'range',
    needs: ['month'],
    // "between January and June", "from November 2022 to March 2023", "January through April of last year"
    re: new RegExp(String.raw`\b(?:(?:[Bb]etween|[Ff]rom)\s+(${MONTH})(?:,?\s+(${Y}))?\s+(?:and|to|through|until)|(${MONTH})\s+(?:through|thru))\s+(${MONTH})(?:,?\s+(${Y})|\s+of\s+(${REL_YEAR}))?\b`, 'g'),
    relative: (m) => m[2] === undefined && m[5] === undefined,
    resolve: (m, pub) => {
      const a = monthOf(m[1] ?? m[3]!);
      const b = monthOf(m[4]!);
      const stated = m[5] ?? (m[6] === undefined ? undefined : yearOf(m[6].replace(/^the\s+/i, ''), pub) ?? undefined);
      const endYear = stated !== undefined ? Number(stated) : m[2] !== undefined ? Number(m[2]) + (b < a ? 1 : 0) : pub === null ? null : latestMonth(pub, b);
      if (endYear === null) return null;
      const startYear = m[2] !== undefined ? Number(m[2]) : b < a ? endYear - 1 : endYear;
      return { from: iso({ y: startYear, m: a, d: 1 }), to: iso({ y: endYear, m: b, d: daysIn(endYear, b) }) };
    },
  },
  {
    kind: 'part-of-year',
    re: new RegExp(String.raw`${PART}(?:the\s+year\s+|calendar\s+year\s+)?(${Y}|${REL_YEAR})\b`, 'gi'),
    relative: (m) => !/^\d/.test(m[5]!),
    resolve: (m, pub) => {
      const year = yearOf(m[5]!.replace(/^the\s+/i, ''), pub);
      return year === null ? null : partOfYear(m[1]!, m[2]!, m[3] ?? m[4], january(year));
    },
  },
  {
    // "the first nine months of fiscal 2025", "the first quarter of FY24": counted from the owner's fiscal year start
    kind: 'part-of-year',
    re: new RegExp(String.raw`${PART}(?:the\s+)?${FISCAL}`, 'gi'),
    relative: false,
    resolve: (m, _pub, basis) => {
      const start = parseIso(fiscalSpan(basis.fiscal, fiscalNumber(m[5]!)).from)!;
      return partOfYear(m[1]!, m[2]!, m[3] ?? m[4], start);
    },
  },
  {
    kind: 'part-of-year',
    needs: ['year'],
    re: new RegExp(String.raw`\b(H[12]|Q[1-4])\s*(?:of\s+)?(${Y})\b`, 'g'),
    relative: false,
    resolve: (m) => {
      const y = Number(m[2]);
      const tag = m[1]!.toUpperCase();
      if (tag.startsWith('H')) return partOfYear(tag === 'H1' ? 'first' : 'second', 'half', undefined, january(y));
      return partOfYear(['first', 'second', 'third', 'fourth'][Number(tag[1]) - 1]!, 'quarter', undefined, january(y));
    },
  },
  {
    // "the nine-day stretch ending December 2", "the 11-day holiday period ending Monday", "the 7-day period ending Jan. 5, 2025"
    kind: 'rolling',
    re: new RegExp(String.raw`\b(?:the\s+)?(${N})[-\s](days?|weeks?)(?:\s+[a-z]+)?\s+(?:period|stretch|window|span)\s+(?:ending|ended|through|to)\s+(?:on\s+)?(?:(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(${Y}))?|(${WEEKDAY}))\b`, 'gi'),
    relative: (m) => m[5] === undefined,
    resolve: (m, pub) => {
      const n = num(m[1]!) * (/^week/i.test(m[2]!) ? 7 : 1);
      let end: Ymd | null;
      if (m[6] !== undefined) end = pub === null ? null : weekdayBefore(pub, WEEKDAYS.indexOf(m[6].toLowerCase()), false);
      else if (m[5] !== undefined) end = { y: Number(m[5]), m: monthOf(m[3]!), d: Number(m[4]) };
      else end = pub === null ? null : recentDay(pub, monthOf(m[3]!), Number(m[4]));
      if (end === null || !(n >= 1)) return null;
      return { from: iso(addDays(end, 1 - n)), to: iso(end) };
    },
  },
  {
    kind: 'rolling',
    needs: ['year', 'month'],
    re: new RegExp(String.raw`\b(?:the\s+)?(?:(${N})[-\s]months?|year|12-month)(?:\s+period)?\s+(?:that\s+)?(?:ending|ended|ends|through|up\s+to|to)\s+(?:in\s+)?(${MONTH})(?:\s+(\d{1,2}))?,?\s+(${Y})\b`, 'gi'),
    relative: false,
    resolve: (m) => {
      const n = m[1] === undefined ? 12 : num(m[1]);
      const month = monthOf(m[2]!);
      const y = Number(m[4]);
      if (!(n >= 1) || month < 1) return null;
      const end: Ymd = m[3] ? { y, m: month, d: Number(m[3]) } : { y, m: month, d: daysIn(y, month) };
      const start = m[3] ? addDays(addMonths(end, -n), 1) : { ...addMonths({ y, m: month, d: 1 }, -n + 1) };
      return { from: iso(start), to: iso(end) };
    },
  },
  {
    // the same without a year, against the publication date: "the 12 months that ended Sept. 30", "the year
    // through June" (the last such month or day on or before it)
    kind: 'rolling',
    needs: ['month'],
    re: new RegExp(String.raw`\b(?:the\s+)?(?:(${N})[-\s]months?|year|12-month)(?:\s+period)?\s+(?:that\s+)?(?:ending|ended|ends|through|up\s+to)\s+(?:in\s+|on\s+)?(${MONTH})(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?\b(?![-\s,]*\d{4})`, 'gi'),
    relative: true,
    resolve: (m, pub) => {
      const n = m[1] === undefined ? 12 : num(m[1]);
      const month = monthOf(m[2]!);
      if (pub === null || !(n >= 1) || month < 1) return null;
      if (m[3]) {
        const end = recentDay(pub, month, Number(m[3]));
        return end === null ? null : { from: iso(addDays(addMonths(end, -n), 1)), to: iso(end) };
      }
      const y = latestMonth(pub, month);
      const end: Ymd = { y, m: month, d: daysIn(y, month) };
      return { from: iso(addMonths({ y, m: month, d: 1 }, -n + 1)), to: iso(end) };
    },
  },
  {
    kind: 'day',
    needs: ['year', 'month'],
    re: new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(${Y})\b`, 'g'),
    relative: false,
    resolve: (m) => oneDay(Number(m[3]), monthOf(m[1]!), Number(m[2])),
  },
  {
    kind: 'day',
    needs: ['year', 'month'],
    re: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH}),?\s+(${Y})\b`, 'g'),
    relative: false,
    resolve: (m) => oneDay(Number(m[3]), monthOf(m[2]!), Number(m[1])),
  },
  {
    kind: 'day',
    needs: ['year'],
    re: new RegExp(String.raw`\b(${Y})-(\d\d)-(\d\d)\b`, 'g'),
    relative: false,
    resolve: (m) => {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo) ? { from: iso({ y, m: mo, d }), to: iso({ y, m: mo, d }) } : null;
    },
  },
  {
    kind: 'month',
    needs: ['year', 'month'],
    re: new RegExp(String.raw`\b(?:(early|mid|late)[-\s]+)?(${MONTH})(?:\s+of)?,?\s+(${Y})\b`, 'gi'),
    relative: false,
    resolve: (m) => monthSpan(Number(m[3]), monthOf(m[2]!), m[1]?.toLowerCase()),
  },
  {
    // "July 30 of last year", "in March of this year": the month or day of the year the words name
    kind: 'relative',
    needs: ['month'],
    re: new RegExp(String.raw`\b(?:(early|mid|late)[-\s]+)?(${MONTH})(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?\s+of\s+(${REL_YEAR})\b`, 'gi'),
    relative: true,
    resolve: (m, pub) => {
      const y = yearOf(m[4]!.replace(/^the\s+/i, ''), pub);
      const month = monthOf(m[2]!);
      if (y === null || month < 1) return null;
      return m[3] !== undefined ? oneDay(y, month, Number(m[3])) : monthSpan(y, month, m[1]?.toLowerCase());
    },
  },
  {
    kind: 'fiscal-year',
    re: new RegExp(String.raw`\b${FISCAL}`, 'gi'),
    relative: false,
    resolve: (m, _pub, basis) => fiscalSpan(basis.fiscal, fiscalNumber(m[1]!)),
  },
  {
    // "this fiscal year", "the last fiscal year", "the coming fiscal year": the owner's fiscal year
    kind: 'fiscal-year',
    re: /\b(this|the\s+current|current|last|the\s+last|the\s+previous|previous|the\s+past|next|the\s+next|the\s+coming|the\s+upcoming)\s+fiscal\s+year\b/gi,
    relative: true,
    resolve: (m, pub, basis) => {
      if (pub === null) return null;
      const now = fiscalYearHolding(basis.fiscal, pub.y, pub.m);
      const which = m[1]!.toLowerCase().replace(/^the\s+/, '');
      const shift = /last|previous|past/.test(which) ? -1 : /next|coming|upcoming/.test(which) ? 1 : 0;
      return fiscalSpan(basis.fiscal, now + shift);
    },
  },
  {
    // "the fiscal year that starts July 1", "the budget year that ends Sunday", "the fiscal year that ended in
    // September": the twelve months the words fix by their first or last month (or day), whoever keeps them
    kind: 'fiscal-year',
    re: new RegExp(String.raw`\b(?:the|a|its|their)\s+(?:new\s+)?(?:budget|fiscal|financial)\s+year\s+that\s+(ended|ends|began|begins|starts|started|opens|opened|closes|closed)\s+(?:in\s+|on\s+)?(?:(${MONTH})(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?|(${WEEKDAY}))\b`, 'gi'),
    relative: true,
    resolve: (m, pub) => {
      if (pub === null) return null;
      const verb = m[1]!.toLowerCase();
      const starts = /^(?:beg|start|open)/.test(verb);
      const past = /ed$|^began$/.test(verb);
      let day: Ymd;
      if (m[4] !== undefined) {
        const before = weekdayBefore(pub, WEEKDAYS.indexOf(m[4].toLowerCase()), false);
        day = past || utc(before) === utc(pub) ? before : addDays(before, 7);
      } else {
        const month = monthOf(m[2]!);
        if (month < 1) return null;
        const y = past ? (month <= pub.m ? pub.y : pub.y - 1) : month >= pub.m ? pub.y : pub.y + 1;
        day = m[3] !== undefined ? { y, m: month, d: Math.min(Number(m[3]), daysIn(y, month)) } : starts ? { y, m: month, d: 1 } : { y, m: month, d: daysIn(y, month) };
      }
      return starts ? { from: iso(day), to: iso(addDays(addMonths(day, 12), -1)) } : { from: iso(addDays(addMonths(day, -12), 1)), to: iso(day) };
    },
  },
  {
    // year to date: "for 2025 through August", "collections through August"
    kind: 'part-of-year',
    needs: ['month'],
    re: new RegExp(String.raw`\b(?:through|thru)\s+(?:the\s+end\s+of\s+)?(${MONTH})(?:,?\s+(${Y}))?\b(?![-\s,]*\d{1,2}\b)`, 'g'),
    relative: (m) => m[2] === undefined,
    resolve: (m, pub) => {
      const month = monthOf(m[1]!);
      const y = m[2] !== undefined ? Number(m[2]) : pub === null ? null : latestMonth(pub, month);
      if (y === null || month < 1) return null;
      return { from: iso({ y, m: 1, d: 1 }), to: iso({ y, m: month, d: daysIn(y, month) }) };
    },
  },
  {
    kind: 'part-of-year',
    needs: ['year'],
    re: new RegExp(String.raw`\b(early|mid|late)[-\s](${Y})\b`, 'gi'),
    relative: false,
    resolve: (m) => {
      const y = Number(m[2]);
      const part = m[1]!.toLowerCase();
      const [a, b] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
      return { from: iso({ y, m: a, d: 1 }), to: iso({ y, m: b, d: daysIn(y, b) }) };
    },
  },
  {
    kind: 'decade',
    needs: ['year'],
    re: /\b(?:the\s+)?((?:19|20)\d0)['’]?s\b/gi,
    relative: false,
    resolve: (m) => ({ from: yearSpan(Number(m[1])).from, to: yearSpan(Number(m[1]) + 9).to }),
  },
  {
    kind: 'since',
    needs: ['year'],
    re: new RegExp(String.raw`\bsince\s+(${Y})\b`, 'gi'),
    relative: false,
    resolve: (m, pub) => ({ from: yearSpan(Number(m[1])).from, to: pub === null ? null : iso(pub) }),
  },
  {
    // a running total of a year: "so far in 2025", "in 2025 to date", "year to date in 2024": to the publication date
    kind: 'part-of-year',
    needs: ['year'],
    re: new RegExp(String.raw`\b(?:(?:so\s+far|to\s+date|year[-\s]to[-\s]date)\s+(?:in|for|during)\s+(${Y})|(?:in|for|during)\s+(${Y})\s+(?:so\s+far|to\s+date))\b`, 'gi'),
    relative: true,
    resolve: (m, pub) => {
      const y = Number(m[1] ?? m[2]);
      const whole = yearSpan(y);
      return { from: whole.from, to: pub !== null && pub.y === y ? iso(pub) : whole.to };
    },
  },
  {
    kind: 'year',
    needs: ['year'],
    re: new RegExp(String.raw`\b(?:in|during|for|of|by|through|throughout|from|until|across|in\s+calendar(?:\s+year)?|in\s+the\s+year|(?:at\s+)?the\s+end\s+of|as\s+of|in\s+all\s+of)\s+(${Y})\b(?!\s*(?:-|–)\s*\d)`, 'gi'),
    relative: false,
    resolve: (m) => yearSpan(Number(m[1])),
  },
  {
    kind: 'year',
    needs: ['year'],
    // a year before what was counted in it: "the 2023 total", "the 2023 fatality rate", "the 2022 death toll"; or
    // before the vote held in it: "the 2019 election", "the 2022 midterms"
    re: new RegExp(String.raw`\b[Tt]he\s+(${Y})(?=\s+(?:[a-z]+\s+){0,2}?(?:total|totals|figure|figures|data|count|tally|numbers|number|census|survey|report|budget|rate|toll|level|average|estimate|deficit|surplus|revenue|spending|share|turnout|season|baseline|elections?|midterms?|primary|primaries|referendum|vote|race)\b)`, 'g'),
    relative: false,
    resolve: (m) => yearSpan(Number(m[1])),
  },
  {
    // "the city ended 2023 with 410 homicides", "began 2024 at 3.7%": the year a verb of its course names
    kind: 'year',
    needs: ['year'],
    re: new RegExp(String.raw`\b(?:ended|ending|ends|closed|closing|finished|finishing|began|beginning|started|starting|entered|wrapped\s+up)\s+(${Y})\b(?!\s*[-–/]\d)`, 'g'),
    relative: false,
    resolve: (m) => yearSpan(Number(m[1])),
  },
  {
    // "2024's take", "2023’s total": the year's own
    kind: 'year',
    needs: ['year'],
    re: new RegExp(String.raw`\b(${Y})['’]s\b`, 'g'),
    relative: false,
    resolve: (m) => yearSpan(Number(m[1])),
  },
  {
    // a year that a "when" clause is set in: "The record is 1996, when murder fell 9.1%", "the 2001 election, when
    // 59.4% voted", "the 2019 general election, when"
    kind: 'year',
    needs: ['year'],
    re: new RegExp(String.raw`\b(${Y})(?=(?:\s+[a-z][a-z-]*){0,2},?\s+when\b)`, 'g'),
    relative: false,
    resolve: (m) => yearSpan(Number(m[1])),
  },
  {
    kind: 'year',
    needs: ['year'],
    re: new RegExp(String.raw`^(${Y})(?=,\s)`, 'g'),
    relative: false,
    resolve: (m) => yearSpan(Number(m[1])),
  },
  {
    kind: 'relative',
    re: new RegExp(String.raw`\b(?:the\s+)?(?:past|last|previous)\s+(${N})\s+(years|months|weeks|days)\b`, 'gi'),
    relative: true,
    resolve: (m, pub) => {
      if (pub === null) return null;
      const n = num(m[1]!);
      const unit = m[2]!.toLowerCase();
      const start = unit === 'years' ? addMonths(pub, -12 * n) : unit === 'months' ? addMonths(pub, -n) : addDays(pub, unit === 'weeks' ? -7 * n : -n);
      return { from: iso(addDays(start, 1)), to: iso(pub) };
    },
  },
  {
    // "five years ago", "two months ago": the calendar year or month that far back
    kind: 'relative',
    re: new RegExp(String.raw`\b(a|an|${N})\s+(years?|months?)\s+ago\b`, 'gi'),
    relative: true,
    resolve: (m, pub) => {
      if (pub === null) return null;
      const n = /^an?$/i.test(m[1]!) ? 1 : num(m[1]!);
      if (!(n >= 1)) return null;
      if (/^year/i.test(m[2]!)) return yearSpan(pub.y - n);
      const back = addMonths({ y: pub.y, m: pub.m, d: 1 }, -n);
      return monthSpan(back.y, back.m);
    },
  },
  {
    kind: 'relative',
    re: /\b(?:so\s+far\s+)?(this|last|past|previous|current)\s+(year|month|week|quarter)\b(?!\s+of\b)/gi,
    relative: true,
    resolve: (m, pub) => {
      if (pub === null) return null;
      const last = !/this|current/i.test(m[1]!);
      const unit = m[2]!.toLowerCase();
      // "over the past year", "in the past month": the stretch up to the publication date, not the calendar one
      if (/past/i.test(m[1]!)) {
        const start = unit === 'year' ? addMonths(pub, -12) : unit === 'quarter' ? addMonths(pub, -3) : unit === 'month' ? addMonths(pub, -1) : addDays(pub, -7);
        return { from: iso(addDays(start, 1)), to: iso(pub) };
      }
      if (unit === 'year') return last ? yearSpan(pub.y - 1) : { from: iso({ y: pub.y, m: 1, d: 1 }), to: iso(pub) };
      if (unit === 'month') {
        if (!last) return { from: iso({ y: pub.y, m: pub.m, d: 1 }), to: iso(pub) };
        const p = addMonths({ y: pub.y, m: pub.m, d: 1 }, -1);
        return monthSpan(p.y, p.m);
      }
      if (unit === 'quarter') {
        const q = Math.floor((pub.m - 1) / 3);
        if (!last) return { from: iso({ y: pub.y, m: q * 3 + 1, d: 1 }), to: iso(pub) };
        const s = addMonths({ y: pub.y, m: q * 3 + 1, d: 1 }, -3);
        return { from: iso(s), to: iso({ y: s.y, m: s.m + 2, d: daysIn(s.y, s.m + 2) }) };
      }
      const monday = addDays(pub, -((new Date(utc(pub)).getUTCDay() + 6) % 7));
      return last ? { from: iso(addDays(monday, -7)), to: iso(addDays(monday, -1)) } : { from: iso(monday), to: iso(pub) };
    },
  },
  {
    kind: 'relative',
    re: /\b(yesterday|today)\b/gi,
    relative: true,
    resolve: (m, pub) => {
      if (pub === null) return null;
      const day = /yesterday/i.test(m[1]!) ? addDays(pub, -1) : pub;
      return { from: iso(day), to: iso(day) };
    },
  },
  {
    kind: 'relative',
    re: new RegExp(String.raw`\b(?:(last|this|on|next)\s+)?(${WEEKDAY})(?:['’]s)?\b`, 'g'),
    relative: true,
    resolve: (m, pub) => {
      if (pub === null) return null;
      const weekday = WEEKDAYS.indexOf(m[2]!.toLowerCase());
      const which = m[1]?.toLowerCase();
      const day = which === 'next' ? addDays(weekdayBefore(pub, weekday, false), 7) : weekdayBefore(pub, weekday, which === 'last');
      return { from: iso(day), to: iso(day) };
    },
  },
  {
    kind: 'relative',
    needs: ['month'],
    re: new RegExp(String.raw`\b(?:(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Tt]hrough|[Tt]his|[Ll]ast|[Ee]arly|[Mm]id|[Ll]ate)[-\s]+)(?:(early|mid|late)[-\s]+)?(${MONTH})(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?\b(?![-\s]*\d)(?!,\s*\d{4}\b)`, 'g'),
    relative: true,
    resolve: (m, pub) => {
      if (pub === null) return null;
      const month = monthOf(m[2]!);
      const part = m[1]?.toLowerCase() ?? /^(early|mid|late)/i.exec(m[0])?.[1]?.toLowerCase();
      const y = latestMonth(pub, month);
      if (m[3]) {
        const day = recentDay(pub, month, Number(m[3]));
        return day === null ? null : { from: iso(day), to: iso(day) };
      }
      return monthSpan(y, month, part);
    },
  },
  {
    // "August's gain", "the August total": the month, its most recent one ("May's" is as often a person's: Theresa
    // May's). Not "the October report": a report's month is when it came out, not the month it counts
    kind: 'relative',
    needs: ['month'],
    re: new RegExp(String.raw`(?:\b(?!May)(${MONTH})['’]s\b|\b[Tt]he\s+(${MONTH})(?=\s+(?:[a-z]+\s+){0,2}?(?:total|figure|figures|data|count|tally|numbers|reading|estimate|gain|loss|rate|level|print)\b))`, 'g'),
    relative: true,
    resolve: (m, pub) => {
      const month = monthOf(m[1] ?? m[2]!);
      if (pub === null || month < 1) return null;
      return monthSpan(latestMonth(pub, month), month);
    },
  },
  {
    // a day before its month, without a year, as British and most other English news writes it: "the 4 July
    // election", "on 12 March"
    kind: 'relative',
    needs: ['month'],
    re: new RegExp(String.raw`\b(?:on\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})\b(?![-\s]*\d)(?!,\s*\d{4}\b)`, 'g'),
    relative: true,
    resolve: (m, pub) => {
      if (pub === null) return null;
      const day = recentDay(pub, monthOf(m[2]!), Number(m[1]));
      return day === null ? null : { from: iso(day), to: iso(day) };
    },
  },
  {
    kind: 'relative',
    needs: ['month'],
    re: new RegExp(String.raw`\b(?:on\s+)?(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![-\s]*\d)(?!,\s*\d{4}\b)`, 'g'),
    relative: true,
    resolve: (m, pub) => {
      if (pub === null) return null;
      const day = recentDay(pub, monthOf(m[1]!), Number(m[2]));
      return day === null ? null : { from: iso(day), to: iso(day) };
    },
  },
];

/** Every period expression inside `span` of `text`, longest first where two overlap, in text order. */
export function findPeriods(text: string, span: Span, published: string | null, fiscal: { fiscal: FiscalYear; split: FiscalYear | null } = { fiscal: US_FEDERAL, split: null }): PeriodMatch[] {
  const pub = parseIso(published);
  const basis: Basis = { pub, ...fiscal };
  const slice = text.slice(span.start, span.end);
  const found: PeriodMatch[] = [];
  const hasYear = NEED_TESTS.year.test(slice);
  const hasMonth = NEED_TESTS.month.test(slice);
  for (const rule of RULES) {
    if (rule.needs !== undefined && !rule.needs.every((need) => (need === 'year' ? hasYear : hasMonth))) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(slice); m !== null; m = rule.re.exec(slice)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const relative = typeof rule.relative === 'function' ? rule.relative(m) : rule.relative;
      const resolved = rule.resolve(m, pub, basis);
      if (resolved === null && !relative) continue;
      const start = span.start + m.index;
      found.push({
        start, end: start + m[0].length, text: m[0], kind: rule.kind, relative,
        from: resolved?.from ?? null, to: resolved?.to ?? null,
      });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PeriodMatch[] = [];
  for (const p of found) if (!kept.some((k) => p.start < k.end && k.start < p.end)) kept.push(p);
  return sameDateIn(text, span, yearOverWeekday(text, joinRanges(text, kept.sort((a, b) => a.start - b.start).map((p) => since(text, span, upTo(text, span, p), pub)))));
}

/**
 * "compared with 145 by that date in 2023", "at this point in 2022": a year's count up to the day the sentence
 * names for the other figure ("As of July 8"), not the whole year. Without such a day the end stays open.
 */
const SAME_DATE_BEFORE = /\b(?:by|through|at|as\s+of|to|on)\s+(?:that|the\s+same|this)\s+(?:date|point|time|day)\s+$/i;

function sameDateIn(text: string, span: Span, periods: PeriodMatch[]): PeriodMatch[] {
  return periods.map((p) => {
    if (p.kind !== 'year' || p.from === null || !SAME_DATE_BEFORE.test(text.slice(Math.max(span.start, p.start - 30), p.start))) return p;
    const anchor = periods.find((x) => x !== p && x.to !== null && (x.from === x.to || x.from === null) && x.to.slice(0, 4) !== p.from!.slice(0, 4));
    const to = anchor?.to ? `${p.from.slice(0, 4)}${anchor.to.slice(4)}` : null;
    return { ...p, to: to !== null && parseIso(to) !== null ? to : null };
  });
}

/**
 * "set on the Sunday after Thanksgiving in 2024", published in 2025: a weekday read against the publication date
 * that a year stated right after it contradicts is not that day; the year stands, the weekday goes.
 */
function yearOverWeekday(text: string, periods: PeriodMatch[]): PeriodMatch[] {
  return periods.filter((p, i) => {
    const next = periods[i + 1];
    if (next === undefined || p.kind !== 'relative' || p.from === null || next.from === null || next.kind !== 'year') return true;
    if (!WEEKDAY_WORD.test(p.text) || next.start - p.end > 40 || /[.;]/.test(text.slice(p.end, next.start))) return true;
    return p.from.slice(0, 4) === next.from.slice(0, 4);
  });
}
const WEEKDAY_WORD = new RegExp(String.raw`\b${WEEKDAY}\b`, 'i');

/**
 * "since Sept. 13", "since March", "since the start of 2022": from then to the publication date (open without
 * one). "Since the end of 2022" is left as the year's end it names.
 */
const SINCE_BEFORE = /\bsince\s+(?:the\s+(?:start|beginning)\s+)?$/i;
const SINCE_KINDS = new Set<PeriodMatch['kind']>(['day', 'month', 'relative', 'part-of-year', 'fiscal-year', 'year']);

function since(text: string, span: Span, p: PeriodMatch, pub: Ymd | null): PeriodMatch {
  if (!SINCE_KINDS.has(p.kind) || p.from === null || /\bend\s+of\b/i.test(p.text)) return p;
  if (!SINCE_BEFORE.test(text.slice(Math.max(span.start, p.start - 30), p.start)) && !/^since\b/i.test(p.text)) return p;
  const to = pub === null ? null : iso(pub);
  return to !== null && to < p.from ? p : { ...p, kind: 'since', to };
}

/**
 * "between Sept. 26 and Sept. 28", "from June 5 through Sept. 10": two dates joined into the span they bound.
 * Each date was read on its own (with its year from the text or the publication date); the span runs from the
 * first one's start to the second one's end.
 */
const RANGE_OPEN = /\b(?:between|from)\s+$/i;
const RANGE_JOIN = /^\s*(?:and|to|through|thru|until|till|-|–|—)\s*$/i;

function joinRanges(text: string, periods: PeriodMatch[]): PeriodMatch[] {
  const out: PeriodMatch[] = [];
  for (let i = 0; i < periods.length; i++) {
    const a = periods[i]!;
    const b = periods[i + 1];
    if (b !== undefined && a.from !== null && b.to !== null && a.from <= b.to && a.kind !== 'range' && b.kind !== 'range'
      && RANGE_JOIN.test(text.slice(a.end, b.start) + (/^(?:through|thru|until|till|to)\b/i.exec(b.text)?.[0] ?? '')) && RANGE_OPEN.test(text.slice(Math.max(0, a.start - 9), a.start))) {
      const start = text.lastIndexOf(' ', a.start - 2) + 1;
      out.push({ start, end: b.end, text: text.slice(start, b.end), kind: 'range', relative: a.relative || b.relative, from: a.from, to: b.to });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** "by Sunday", "through Oct. 15", "as of March 3", "until early January": a total up to that date, its start open. */
const UP_TO_BEFORE = /\b(?:by|through|thru|as\s+of|until|till|up\s+to)\s+(?:the\s+end\s+of\s+)?$/i;
const UP_TO_KINDS = new Set<PeriodMatch['kind']>(['day', 'month', 'relative']);

function upTo(text: string, span: Span, p: PeriodMatch): PeriodMatch {
  if (!UP_TO_KINDS.has(p.kind) || p.to === null || p.from === null) return p;
  const before = text.slice(Math.max(span.start, p.start - 20), p.start);
  if (!UP_TO_BEFORE.test(before) && !/^(?:by|through|thru|as\s+of|until|till)\b/i.test(p.text)) return p;
  return { ...p, from: null };
}

/** Words that date a comparison figure by its antecedent: "76,226 the year before". */
export const YEAR_BEFORE = /\b(?:the\s+(?:year|twelve\s+months)\s+(?:before|earlier|prior)|the\s+(?:previous|prior|preceding)\s+year|a\s+year\s+(?:earlier|before))\b/i;

/** A period moved by whole years ("the year before" 2023 → 2022). */
export function shiftYears(p: { from: string | null; to: string | null }, years: number): { from: string | null; to: string | null } {
  const move = (d: string | null) => {
    const x = parseIso(d);
    return x === null ? null : iso({ y: x.y + years, m: x.m, d: Math.min(x.d, daysIn(x.y + years, x.m)) });
  };
  return { from: move(p.from), to: move(p.to) };
}

/** A date moved by whole months, the day kept where the month has it ("2024-11-14" back one month → "2024-10-14"). */
export function shiftMonths(date: string, months: number): string {
  const x = parseIso(date);
  return x === null ? date : iso(addMonths(x, months));
}

/** A date moved by whole days ("2024-09-30" back four days → "2024-09-26"). */
export function shiftDays(date: string, days: number): string {
  const x = parseIso(date);
  return x === null ? date : iso(addDays(x, days));
}

/** Whether a date is the last day of its month ("2024-09-30"). */
export function isMonthEnd(date: string): boolean {
  const x = parseIso(date);
  return x !== null && x.d === daysIn(x.y, x.m);
}

/**
 * "that year", "that same month", "the same day", "of the same year": a period named by pointing back at one the
 * text stated before it. Each is resolved against `earlier` (periods before it, nearest last): a year takes the
 * nearest earlier period that lies within one year (a fiscal or school year stays itself; a month or a day gives
 * its calendar year); a month the nearest one within a month; a day the nearest single day. Unresolved when
 * nothing earlier fits: such words never fall back to the publication date.
 */
const REFERS_BACK = /\b(?:that(?:\s+same)?|the\s+same)\s+(year|month|day)\b/gi;

/** Whether `span` of `text` holds a period that points back, so that `referBackPeriods` has something to resolve. */
export function pointsBack(text: string, span: Span): boolean {
  REFERS_BACK.lastIndex = 0;
  return REFERS_BACK.test(text.slice(span.start, span.end));
}

export function referBackPeriods(text: string, span: Span, earlier: readonly PeriodMatch[]): PeriodMatch[] {
  const out: PeriodMatch[] = [];
  const slice = text.slice(span.start, span.end);
  REFERS_BACK.lastIndex = 0;
  for (let m = REFERS_BACK.exec(slice); m !== null; m = REFERS_BACK.exec(slice)) {
    const start = span.start + m.index;
    const unit = m[1]!.toLowerCase();
    const before = earlier.filter((p) => p.end <= start && p.from !== null && p.to !== null && p.kind !== 'since' && p.kind !== 'range' && p.kind !== 'decade');
    let found: { from: string; to: string } | null = null;
    for (let k = before.length - 1; k >= 0 && found === null; k--) {
      const p = before[k]!;
      const [from, to] = [p.from!, p.to!];
      if (unit === 'day') {
        if (from === to) found = { from, to };
      } else if (unit === 'month') {
        if (from.slice(0, 7) === to.slice(0, 7)) found = { from: `${from.slice(0, 7)}-01`, to: iso({ y: Number(from.slice(0, 4)), m: Number(from.slice(5, 7)), d: daysIn(Number(from.slice(0, 4)), Number(from.slice(5, 7))) }) };
      } else if (p.kind === 'fiscal-year' || (p.kind === 'year' && daysBetween(from, to) <= 366)) {
        found = { from, to };
      } else if (from.slice(0, 4) === to.slice(0, 4)) {
        found = { from: `${from.slice(0, 4)}-01-01`, to: `${from.slice(0, 4)}-12-31` };
      }
    }
    if (found === null) continue;
    out.push({ start, end: start + m[0].length, text: m[0], kind: unit === 'year' ? 'year' : unit === 'month' ? 'month' : 'day', relative: false, ...found });
  }
  return out;
}

const daysBetween = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
