import { z } from 'zod';

export const InputStatusSchema = z.enum(['ok', 'failed', 'skipped']);

export const ManifestInputSchema = z.object({
  article: z.string().nullable().describe('article id; null when nothing could be read'),
  path: z.string().describe('input path as given (or as found under a given folder)'),
  line: z.number().int().positive().nullable().describe('line inside a .jsonl input'),
  sha256: z.string().nullable().describe('sha256 of the bytes read; null when nothing could be read'),
  status: InputStatusSchema,
  error: z.string().optional().describe('for failed and skipped inputs: what happened, in words a person understands'),
  duplicateOf: z.string().optional().describe('for skipped duplicates: the path of the article it duplicates'),
  storedBy: z.string().optional().describe('for an article a desk store already held: the id of the run that first read it'),
});
export type ManifestInput = z.infer<typeof ManifestInputSchema>;

/** `manifest.json`: every input and its fate. */
export const ManifestSchema = z.object({
  runId: z.string(),
  tool: z.object({ name: z.literal('claimgraph'), version: z.string() }),
  pipeline: z.object({ name: z.string(), path: z.string(), stages: z.array(z.string()) }),
  options: z.object({ published: z.string().nullable(), concurrency: z.number().int().positive(), resume: z.boolean() }),
  status: z.enum(['complete', 'interrupted']).describe('interrupted: the run was stopped (Ctrl-C); rerun with --resume to finish it'),
  startedAt: z.string(),
  finishedAt: z.string(),
  inputs: z.array(ManifestInputSchema),
  counts: z.object({
    inputs: z.number().int().nonnegative(),
    ok: z.number().int().nonnegative(),
    failed: z.number().int().nonnegative(),
    skipped: z.number().int().nonnegative(),
    claims: z.number().int().nonnegative(),
    entities: z.number().int().nonnegative(),
    facts: z.number().int().nonnegative(),
    discrepancies: z.number().int().nonnegative(),
    messages: z.number().int().nonnegative(),
    cached: z.number().int().nonnegative().describe('articles whose results came from the resume cache'),
    notReached: z.number().int().nonnegative().optional().describe('interrupted runs: input files (and folders passed over) the run never reached'),
  }),
  store: z.object({
    path: z.string(),
    runs: z.number().int().nonnegative(),
    articles: z.number().int().nonnegative().describe('articles in the store'),
    added: z.number().int().nonnegative().describe('articles this run added'),
    covered: z.number().int().nonnegative().describe('articles the output files cover: those with a claim in a block this run\'s claims are in'),
  }).optional().describe('runs with --store: the output files cover the facts this run\'s claims can touch (`claimgraph export` writes the whole store)'),
});
export type Manifest = z.infer<typeof ManifestSchema>;
