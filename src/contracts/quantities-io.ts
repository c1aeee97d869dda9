import { z } from 'zod';
import { QuantitySchema } from './quantity.js';

/** A line read by `claimgraph quantities`. */
export const QuantitiesInputSchema = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });
/** A line written by `claimgraph quantities`. */
export const QuantitiesOutputSchema = z.object({
  id: z.union([z.string(), z.number()]),
  quantities: z.array(QuantitySchema),
  rejected: z.array(z.object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
    rule: z.string().describe('the rule that read it as no quantity: year, date, time, phone, name, code, footnote, score, ...'),
  })).optional().describe('with --explain: every number read as no quantity, and why'),
});
