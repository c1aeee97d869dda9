import { z } from 'zod';

const isCalendarDay = (s: string) => {
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
};
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD').refine(isCalendarDay, 'a date as YYYY-MM-DD');
const emptyToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim() : v);
const optionalText = z.preprocess(emptyToNull, z.string().nullable());
const optionalNumber = z.preprocess(
  (v) => {
    const s = emptyToNull(v);
    return typeof s === 'string' ? Number(s.replace(/,/g, '')) : s;
  },
  z.number({ message: 'a number (digits, an optional decimal point; commas between thousands are allowed)' }).finite().nullable(),
);

/**
 * One official figure: a row of a reference table (a CSV a desk writes in a spreadsheet). `measure` is a metric
 * key of data/metrics.json ("drug-overdose-deaths") or the measure's words ("synthetic opioid deaths"); `place`
 * a gazetteer id ("country:us") or a name the articles use; the period is its first and last day.
 */
export const ReferenceRowSchema = z.object({
  measure: z.preprocess(emptyToNull, z.string({ message: 'the measure (a metric key or words) is required' })),
  place: optionalText,
  scope: optionalText,
  period_start: z.preprocess(emptyToNull, isoDate),
  period_end: z.preprocess(emptyToNull, isoDate),
  statistic: z.preprocess(emptyToNull, z.enum(['count', 'amount', 'rate', 'share', 'average', 'ratio', 'change', 'level']).default('count')),
  value: optionalNumber,
  low: optionalNumber,
  high: optionalNumber,
  unit: z.preprocess(emptyToNull, z.string().default('count')),
  vintage: z.preprocess(emptyToNull, z.enum(['provisional', 'final', 'preliminary', 'estimate', 'revised']).nullable().default(null)),
  source: z.preprocess(emptyToNull, z.string({ message: 'the source name is required' })),
  source_url: z.preprocess(emptyToNull, z.url({ message: 'the source URL must be a full URL (https://…)' })),
  released: z.preprocess(emptyToNull, z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'the release date as YYYY-MM-DD or YYYY-MM')),
}).strict().superRefine((row, ctx) => {
  if (row.value === null && (row.low === null || row.high === null)) ctx.addIssue({ code: 'custom', message: 'give a value, or both low and high' });
  if (row.low !== null && row.high !== null && row.low > row.high) ctx.addIssue({ code: 'custom', message: 'low is above high' });
  if (isCalendarDay(row.period_start) && isCalendarDay(row.period_end) && row.period_start > row.period_end) ctx.addIssue({ code: 'custom', message: 'period_start is after period_end' });
});
export type ReferenceRow = z.output<typeof ReferenceRowSchema>;

/** A reference row as the run uses it: its table and line, for messages and reports. */
export interface OfficialFigure extends ReferenceRow {
  table: string;
  line: number;
}

/** A claim judged against the official figure of its frame. */
export const OfficialVerdictSchema = z.object({
  claim: z.string(),
  fact: z.string().nullable(),
  verdict: z.enum(['matches-official', 'differs-from-official', 'superseded']),
  /** the official figure compared with: the latest release of the frame */
  official: z.object({ value: z.number().nullable(), low: z.number().nullable(), high: z.number().nullable(), vintage: z.string().nullable(), source: z.string(), url: z.string(), released: z.string(), table: z.string(), line: z.number().int() }),
  /** for `superseded`: the older release the article quotes */
  quoted: z.object({ value: z.number().nullable(), vintage: z.string().nullable(), released: z.string(), line: z.number().int() }).nullable(),
  /** the claim's value less the official one (null when either is a range) */
  gap: z.number().nullable(),
  explanation: z.string(),
});
export type OfficialVerdict = z.infer<typeof OfficialVerdictSchema>;
