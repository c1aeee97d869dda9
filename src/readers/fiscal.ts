import { z } from 'zod';
import { readDataFile } from '../core/data-file.js';

/**
 * Fiscal years as data (`data/fiscal-years.json`): when each body's or place's fiscal year starts, and whether
 * "fiscal 2024" names the year it ends in (the US federal government, most US states) or the year it starts in
 * (the UK, Japan). A figure's fiscal year is that of the body or place it is about.
 */
const FiscalYearSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  startMonth: z.number().int().min(1).max(12),
  named: z.enum(['end', 'start']),
  places: z.array(z.string()).default([]),
  bodies: z.array(z.string()).default([]),
  words: z.array(z.string()).default([]),
});
export type FiscalYear = z.infer<typeof FiscalYearSchema>;

const FILE = new URL('../../data/fiscal-years.json', import.meta.url);
const YEARS: readonly FiscalYear[] = readDataFile(FILE, z.strictObject({ description: z.string(), years: z.array(FiscalYearSchema).min(1) }), 'fiscal-years').years;

export const US_FEDERAL: FiscalYear = YEARS.find((y) => y.id === 'us-federal') ?? YEARS[0]!;
const BY_PLACE = new Map<string, FiscalYear>();
for (const y of YEARS) for (const p of y.places) BY_PLACE.set(p, y);

/** Words that make a figure a state's, a county's or a city's government's rather than the nation's. */
const LOCAL_WORDS = /\b(?:governor|legislature|legislative|lawmakers|state\s+budget|state['’]s\s+budget|general\s+fund|county|city|mayor|council|school\s+district|school\s+board|district['’]s\s+budget)\b/i;
/** Words that make it the nation's: "federal", a national agency's business. */
const NATIONAL_WORDS = /\b(?:federal|congress|nationwide|national|treasury|pentagon)\b/i;

/**
 * Whose fiscal year "fiscal 2024" is: a country that keeps its own (the UK's, Canada's...) when the figure is
 * about it; a US state's (or its counties' and cities', which mostly share it) when the words are a state's,
 * county's or city's government's; else the US federal year. `places` are the figure's own and the article's
 * main one; `more` the article's others (a state named anywhere); `words` the figure's sentence, and `opening` the
 * article's headline and lede, which set its subject.
 */
export function fiscalYearOf(places: readonly (string | null)[], words: string, opening = '', more: readonly string[] = []): FiscalYear {
  const keptBy = (ps: readonly (string | null)[]) => ps.map((p) => (p === null ? undefined : BY_PLACE.get(p))).filter((y): y is FiscalYear => y !== undefined);
  const kept = keptBy(places);
  const national = kept.find((y) => !y.id.startsWith('us-'));
  if (national) return national;
  if (NATIONAL_WORDS.test(words)) return US_FEDERAL;
  const state = [...kept, ...keptBy(more)].find((y) => y.id.startsWith('us-state'));
  if (state && (LOCAL_WORDS.test(words) || (LOCAL_WORDS.test(opening) && !NATIONAL_WORDS.test(opening)))) return state;
  return US_FEDERAL;
}

/** The first and last day of fiscal year `year` as the year names it ("fiscal 2024"). */
export function fiscalSpan(fy: FiscalYear, year: number): { from: string; to: string } {
  const startYear = fy.startMonth === 1 ? year : fy.named === 'end' ? year - 1 : year;
  return span(fy.startMonth, startYear);
}

/** A year written across two calendar years ("2024-25"): the fiscal year of that owner, else July to June. */
export function splitYearSpan(fy: FiscalYear | null, firstYear: number): { from: string; to: string } {
  return span(fy === null || fy.startMonth === 1 || fy.id === 'us-federal' ? 7 : fy.startMonth, firstYear);
}

/** The fiscal year (as it names it) that holds a date. */
export function fiscalYearHolding(fy: FiscalYear, y: number, m: number): number {
  const startYear = m >= fy.startMonth ? y : y - 1;
  return fy.named === 'end' && fy.startMonth !== 1 ? startYear + 1 : startYear;
}

function span(startMonth: number, startYear: number): { from: string; to: string } {
  const endMonth = startMonth === 1 ? 12 : startMonth - 1;
  const endYear = startMonth === 1 ? startYear : startYear + 1;
  const last = new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate();
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return { from: `${pad(startYear, 4)}-${pad(startMonth)}-01`, to: `${pad(endYear, 4)}-${pad(endMonth)}-${pad(last)}` };
}
