import { z } from 'zod';

export const HedgeSchema = z.enum([
  'exact', 'over', 'under', 'at_least', 'at_most', 'nearly', 'about', 'up_to', 'range', 'vague',
]);
export type Hedge = z.infer<typeof HedgeSchema>;

export const DirectionSchema = z.enum(['up', 'down']).nullable();

/** An interval on the number line; null bounds are unbounded. */
export const IntervalSchema = z.object({
  low: z.number().nullable(),
  high: z.number().nullable(),
  lowInclusive: z.boolean(),
  highInclusive: z.boolean(),
});
export type Interval = z.infer<typeof IntervalSchema>;

/**
 * A quantity found in text: a number with its scale, unit and hedge, claim or not.
 * `low`/`high` carry the literal interval the words allow; `plain` the plain reading
 * ("over 97,000" → literal (97000, ∞), plain (97000, 98000]).
 */
export const QuantitySchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().describe('text.slice(start, end), hedge words included'),
  value: z.number().nullable().describe('the stated number after scale; null for a pure range'),
  low: z.number().nullable(),
  high: z.number().nullable(),
  lowInclusive: z.boolean(),
  highInclusive: z.boolean(),
  plain: IntervalSchema.nullable().describe('the plain reading of the hedge, where it differs from the literal one'),
  hedge: HedgeSchema,
  unit: z.string().describe('canonical unit: count, percent, percentage_point, USD, EUR, lb, kg, times, day, year, ...'),
  dimension: z.string().describe('count, currency, percent, mass, length, duration, ratio, ...'),
  direction: DirectionSchema,
  si: z.object({ value: z.number().nullable(), unit: z.string() }).nullable().optional()
    .describe('the value in SI units for measures (kg, m, s)'),
  per: z.string().nullable().optional().describe('rate denominator: "year" in "100,000 a year"'),
  number: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).optional()
    .describe('the number as written, scale included, without hedge, currency or unit words: "97,000" in "Over 97,000"'),
  hedgeText: z.string().nullable().optional().describe('the hedge words as written before the number ("more than", "between"), null when none'),
});
export type Quantity = z.infer<typeof QuantitySchema>;
