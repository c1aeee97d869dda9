import { z } from 'zod';
import { IsoDateSchema } from './common.js';
import { DirectionSchema, HedgeSchema, IntervalSchema } from './quantity.js';

/** Where a frame field was read: the figure's clause, its sentence, what it refers back to, its paragraph, the headline or lede, the publication date. */
export const ViaSchema = z.enum(['clause', 'sentence', 'antecedent', 'paragraph', 'headline', 'published']);
export type Via = z.infer<typeof ViaSchema>;

/** Offsets of the words a field was read from: `text.slice(start, end)`. */
const WordsAt = { start: z.number().int().nonnegative().nullable(), end: z.number().int().nonnegative().nullable() };

export const PeriodSchema = z.object({
  start: IsoDateSchema.nullable(),
  end: IsoDateSchema.nullable(),
  text: z.string().describe('the words the period was read from'),
  via: ViaSchema.optional().describe('where the period was read: the clause, an antecedent, the headline, the publication date...'),
  textStart: z.number().int().nonnegative().nullable().optional().describe('offset of the words read'),
  textEnd: z.number().int().nonnegative().nullable().optional(),
  basis: z.string().nullable().optional().describe('what resolved the words to dates: "publication date 2024-04-12", "US federal fiscal year"'),
});
export type Period = z.infer<typeof PeriodSchema>;

export const AttributionSchema = z.object({
  entity: z.string().nullable().describe('entity id of the speaker where the entity stage knows it'),
  text: z.string().nullable().describe('the attributing words: "according to the National Institutes of Health"'),
  via: ViaSchema.optional().describe('where the attribution was read: the sentence, a quotation it belongs to (antecedent), its paragraph'),
});

/** What a figure measures, for any subject. */
export const MeasureSchema = z.object({
  key: z.string().describe('head lemma, then its qualifying lemmas in sorted order: "death drug overdose"'),
  head: z.string().describe('lemma of the measured noun: "death", "acre", "turnout"'),
  text: z.string().describe('the words it was read from: text.slice(start, end)'),
  ...WordsAt,
  via: ViaSchema,
  rule: z.string().describe('the reading rule (src/readers/measure.ts) or how it was inherited'),
  part: z.array(z.string()).optional()
    .describe('lemmas of the key that name a part of what is counted ("construction" in "construction added 34,000 jobs"); a figure without them counts the whole'),
});
export type Measure = z.infer<typeof MeasureSchema>;

/** The body a figure is counted within, when the text says so. */
export const ScopeSchema = z.object({
  entity: z.string().nullable(),
  text: z.string(),
  ...WordsAt,
  via: ViaSchema,
});

export const StatisticSchema = z.enum(['count', 'amount', 'rate', 'share', 'average', 'ratio', 'change', 'level']);
export const VintageSchema = z.enum(['provisional', 'final', 'preliminary', 'estimate', 'projection', 'revised']);

/** Where the place was read. */
export const PlaceFromSchema = z.object({ text: z.string(), ...WordsAt, via: ViaSchema });

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
  measure: MeasureSchema.nullable().describe('what the figure measures; null when the text does not say'),
  scope: ScopeSchema.nullable().describe('the body or bounds it is counted within; null when the text names none'),
  statistic: StatisticSchema,
  vintage: VintageSchema.nullable(),
  vintageText: z.string().nullable().describe('the words the vintage was read from'),
  placeFrom: PlaceFromSchema.nullable().describe('where `place` was read'),
});
export type Claim = z.infer<typeof ClaimSchema>;
