import { z } from 'zod';
import { IsoDateSchema, MessageSchema, SpanSchema } from './common.js';

export const InputFormatSchema = z.enum(['txt', 'md', 'html', 'jsonl']);
export type InputFormat = z.infer<typeof InputFormatSchema>;

/** A stretch of page furniture (comment forms, ad-block notices, photo credits...) that later stages ignore. */
export const FurnitureSpanSchema = SpanSchema.and(z.object({ reason: z.string() }));
export type FurnitureSpan = z.infer<typeof FurnitureSpanSchema>;

/** One line of `articles.jsonl`. */
export const ArticleSchema = z.object({
  id: z.string().describe('content-derived id: the first 16 hex digits of the sha256 of the text as read'),
  path: z.string().describe('input path as given'),
  line: z.number().int().positive().nullable().describe('line number inside a .jsonl input, else null'),
  sourceId: z.string().nullable().describe('the id the input itself gave (JSONL `id`), else null'),
  format: InputFormatSchema,
  encoding: z.string().describe('how the bytes were decoded: utf-8, utf-16le, windows-1252, ...'),
  title: z.string().nullable(),
  url: z.string().nullable(),
  published: IsoDateSchema.nullable(),
  publishedSource: z.enum(['option', 'input', 'text']).nullable().describe('where `published` came from'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('sha256 of the article as read (file bytes, or the JSONL line)'),
  chars: z.number().int().nonnegative().describe('length of the text in UTF-16 code units'),
  textPath: z.string().nullable().describe('for HTML and JSONL inputs, texts/<id>.txt: the text offsets refer to'),
  boilerplateRemoved: z.array(FurnitureSpanSchema),
  counts: z.object({
    sentences: z.number().int().nonnegative(),
    tokens: z.number().int().nonnegative(),
    quantities: z.number().int().nonnegative(),
    claims: z.number().int().nonnegative(),
    mentions: z.number().int().nonnegative(),
  }),
  messages: z.array(MessageSchema),
});
export type Article = z.infer<typeof ArticleSchema>;
