import { z } from 'zod';
import { QuantitySchema } from './quantity.js';

/** A line read by `claimgraph quantities`. */
export const QuantitiesInputSchema = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });
/** A line written by `claimgraph quantities`. */
export const QuantitiesOutputSchema = z.object({
  id: z.union([z.string(), z.number()]),
  quantities: z.array(QuantitySchema),
});
