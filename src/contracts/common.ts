import { z } from 'zod';

/** A half-open range of UTF-16 code units into an article's text: `text.slice(start, end)`. */
export const SpanSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end >= s.start, { message: 'end must not be before start' });
export type Span = z.infer<typeof SpanSchema>;

/** ISO calendar date, YYYY-MM-DD. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date such as 2024-05-01');

/**
 * A message attached to an article, shaped like a vfile message: what was wrong, where, and who said so.
 * `source` is the stage or extractor name (`claims/numeric`), `ruleId` the message id inside it.
 */
export const MessageSchema = z.object({
  source: z.string(),
  ruleId: z.string(),
  severity: z.enum(['info', 'warning', 'error']),
  reason: z.string(),
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
  line: z.number().int().positive().nullable(),
  column: z.number().int().positive().nullable(),
});
export type Message = z.infer<typeof MessageSchema>;
