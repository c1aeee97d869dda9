import { z } from 'zod';
import { IsoDateSchema } from './common.js';
import { DirectionSchema, HedgeSchema, IntervalSchema } from './quantity.js';

export const PeriodSchema = z.object({
  start: IsoDateSchema.nullable(),
  end: IsoDateSchema.nullable(),
  text: z.string().describe('the words the period was read from'),
});
export type Period = z.infer<typeof PeriodSchema>;

export const AttributionSchema = z.object({
  entity: z.string().nullable().describe('entity id of the speaker where the entity stage knows it'),
  text: z.string().nullable().describe('the attributing words: "according to the National Institutes of Health"'),
});

/** One line of `claims.jsonl`: a numeric claim, traceable to its characters. */
export const ClaimSchema = z.object({
  id: z.string().describe('stable id, the same for the same input on every run'),
  article: z.string(),
  path: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string().describe('text.slice(start, end) of the article as read'),
  sentence: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  valueStart: z.number().int().nonnegative().describe('where the figure itself (hedge included) starts'),
  valueEnd: z.number().int().nonnegative(),
  valueText: z.string(),
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  lowInclusive: z.boolean(),
  highInclusive: z.boolean(),
  plain: IntervalSchema.nullable(),
  hedge: HedgeSchema,
  unit: z.string(),
  dimension: z.string(),
  direction: DirectionSchema,
  per: z.string().nullable(),
  counted: z.string().nullable(),
  metric: z.string().nullable(),
  place: z.string().nullable(),
  period: PeriodSchema.nullable(),
  attribution: AttributionSchema.nullable(),
  entities: z.array(z.string()),
  extractor: z.string(),
  confidence: z.number().min(0).max(1),
  reason: z.string().describe('why the extractor read the figure this way'),
});
export type Claim = z.infer<typeof ClaimSchema>;
