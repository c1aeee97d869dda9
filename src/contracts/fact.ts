import { z } from 'zod';
import { PeriodSchema } from './claim.js';

export const VerdictSchema = z.enum(['single', 'agree', 'compatible', 'tension', 'discrepancy']);

export const FactSchema = z.object({
  id: z.string(),
  metric: z.string().nullable(),
  place: z.string().nullable(),
  period: PeriodSchema.nullable(),
  interval: z.object({ low: z.number().nullable(), high: z.number().nullable() }),
  unit: z.string(),
  claims: z.array(z.string()).min(1),
  verdict: VerdictSchema,
  explanation: z.string(),
});
export type Fact = z.infer<typeof FactSchema>;

export const EdgeSchema = z.object({
  type: z.enum(['mention-of', 'stated-by', 'about', 'part-of', 'same-event', 'contradicts']),
  source: z.string(),
  target: z.string(),
});
export type Edge = z.infer<typeof EdgeSchema>;

/** `facts.json`. */
export const FactsFileSchema = z.object({
  facts: z.array(FactSchema),
  edges: z.array(EdgeSchema),
  entities: z.array(z.string()),
  articles: z.array(z.string()),
});
export type FactsFile = z.infer<typeof FactsFileSchema>;

export const DiscrepancySchema = z.object({
  id: z.string(),
  kind: z.enum(['conflict', 'tension', 'constraint']),
  severity: z.number().min(0),
  claims: z.array(z.string()),
  facts: z.array(z.string()),
  explanation: z.string(),
});
export type Discrepancy = z.infer<typeof DiscrepancySchema>;

/** `discrepancies.json`. */
export const DiscrepanciesFileSchema = z.array(DiscrepancySchema);
