import { z } from 'zod';
import { ArticleSchema } from './article.js';
import { ClaimSchema } from './claim.js';
import { EntitySchema } from './entity.js';
import { DiscrepanciesFileSchema, FactsFileSchema } from './fact.js';
import { GraphFileSchema } from './graph.js';
import { ManifestSchema } from './manifest.js';
import { PipelineConfigSchema } from './pipeline.js';
import { QuantitiesInputSchema, QuantitiesOutputSchema } from './quantities-io.js';

export * from './common.js';
export * from './article.js';
export * from './text.js';
export * from './entity.js';
export * from './quantity.js';
export * from './claim.js';
export * from './fact.js';
export * from './graph.js';
export * from './manifest.js';
export * from './pipeline.js';
export * from './reference.js';
export * from './quantities-io.js';

/**
 * Every file claimgraph writes or reads at its borders, by name. `jsonl` files hold one `schema` a line.
 * `claimgraph schema` prints these as JSON Schema; the tests validate every written file against them.
 */
export const OUTPUT_FILES = {
  'manifest.json': { schema: ManifestSchema, jsonl: false },
  'articles.jsonl': { schema: ArticleSchema, jsonl: true },
  'claims.jsonl': { schema: ClaimSchema, jsonl: true },
  'entities.jsonl': { schema: EntitySchema, jsonl: true },
  'facts.json': { schema: FactsFileSchema, jsonl: false },
  'discrepancies.json': { schema: DiscrepanciesFileSchema, jsonl: false },
  'graph.jsonld': { schema: GraphFileSchema, jsonl: false },
} as const satisfies Record<string, { schema: z.ZodType; jsonl: boolean }>;

export const BORDER_SCHEMAS = {
  ...OUTPUT_FILES,
  'pipeline.json': { schema: PipelineConfigSchema, jsonl: false },
  'quantities input': { schema: QuantitiesInputSchema, jsonl: true },
  'quantities output': { schema: QuantitiesOutputSchema, jsonl: true },
} as const;

export type OutputFileName = keyof typeof OUTPUT_FILES;
