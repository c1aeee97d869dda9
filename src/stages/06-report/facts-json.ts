import { z } from 'zod';
import { EdgeSchema, FactSchema, FactsFileSchema, PossibleLinkSchema } from '../../contracts/index.js';
import type { BatchResult } from '../../core/batch.js';
import { coalesce, joinChunks } from './chunks.js';
import { jsonFilePieces } from './json-chunks.js';
import { validated } from './validated.js';

/** The file's shape with facts, edges and possible links left for one-by-one checks, so zod never copies every edge at once. */
const FACTS_FILE_SHELL = FactsFileSchema.extend({ facts: z.array(z.unknown()), edges: z.array(z.unknown()), possible: z.array(z.unknown()) });


/** `facts.json`, in chunks: the fact graph exactly as reconciliation built it. */
export function* factsJsonChunks(batch: BatchResult): Generator<string> {
  const file = batch.facts;
  validated('facts.json', FACTS_FILE_SHELL, file);
  file.facts.forEach((fact, i) => validated('facts.json', FactSchema, fact, ['facts', i]));
  file.edges.forEach((edge, i) => validated('facts.json', EdgeSchema, edge, ['edges', i]));
  file.possible.forEach((link, i) => validated('facts.json', PossibleLinkSchema, link, ['possible', i]));
  yield* coalesce(jsonFilePieces(file));
}

/** `facts.json` as one string: the same bytes as the chunks. */
export function writeFactsJson(batch: BatchResult): string {
  return joinChunks(factsJsonChunks(batch));
}
