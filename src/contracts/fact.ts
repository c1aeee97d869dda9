import { OfficialVerdictSchema } from './reference.js';
import { z } from 'zod';
import { PeriodSchema } from './claim.js';

export const VerdictSchema = z.enum(['single', 'agree', 'compatible', 'tension', 'discrepancy']);

export const AxisSchema = z.enum(['measure', 'statistic', 'unit', 'place', 'period', 'scope']);
export type Axis = z.infer<typeof AxisSchema>;

/** How a fact's claims meet on one axis, with the words read there. */
export const AxisEvidenceSchema = z.object({
  axis: AxisSchema,
  how: z.enum(['same', 'synonym', 'lexicon', 'figure', 'adopted', 'inferred', 'unknown']).describe(
    'same: one reading; synonym: words of one class (data/measure-synonyms.json); lexicon: one metric of the lexicon; '
    + 'figure: joined by the same distinctive figure; adopted: taken from a dated mention of the same article; '
    + 'inferred: the only value the batch reports for the rest of the frame; unknown: no claim states it',
  ),
  values: z.array(z.string()).describe('the distinct readings, each with the words it was read from; at most four'),
});
export type AxisEvidence = z.infer<typeof AxisEvidenceSchema>;

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
  measure: z.string().nullable().describe("the measure's key (src/readers/measure.ts), the most common among the claims"),
  scope: z.string().nullable().describe('the body or bounds the claims are counted within, when they name one'),
  statistic: z.string().nullable(),
  evidence: z.array(AxisEvidenceSchema).describe('per axis, how the claims meet'),
});
export type Fact = z.infer<typeof FactSchema>;

export const EdgeSchema = z.object({
  type: z.enum(['mention-of', 'stated-by', 'about', 'part-of', 'same-event', 'contradicts']),
  source: z.string(),
  target: z.string(),
});
export type Edge = z.infer<typeof EdgeSchema>;

/**
 * Two figures whose frames match except on an axis one of them leaves unknown (no period, no place): maybe one
 * fact, shown to auditors apart and never as a discrepancy.
 */
export const PossibleLinkSchema = z.object({
  id: z.string(),
  claims: z.tuple([z.string(), z.string()]).describe('the claim with the unknown axis, then the nearest claim of the fact it may belong to'),
  facts: z.tuple([z.string(), z.string()]),
  unknown: z.array(AxisSchema).min(1).describe('the axes the first claim does not state'),
  confidence: z.number().min(0).max(1),
  explanation: z.string(),
});
export type PossibleLink = z.infer<typeof PossibleLinkSchema>;

/** `facts.json`. */
export const FactsFileSchema = z.object({
  facts: z.array(FactSchema),
  edges: z.array(EdgeSchema),
  entities: z.array(z.string()),
  articles: z.array(z.string()),
  possible: z.array(PossibleLinkSchema),
  official: z.array(OfficialVerdictSchema).optional().describe('runs with reference tables: each claim judged against the official figure of its frame'),
});
export type FactsFile = z.infer<typeof FactsFileSchema>;

export const DiscrepancySchema = z.object({
  id: z.string(),
  kind: z.enum(['conflict', 'tension', 'revision', 'constraint', 'official']),
  severity: z.number().min(0),
  claims: z.array(z.string()),
  facts: z.array(z.string()),
  explanation: z.string(),
});
export type Discrepancy = z.infer<typeof DiscrepancySchema>;

/** `discrepancies.json`. */
export const DiscrepanciesFileSchema = z.array(DiscrepancySchema);
