import type { AnyStage } from '../core/stage.js';

/**
 * Per-article stages by registered name, imported lazily (eslint's lib/rules/index.js): a pipeline pays only
 * for the stages it uses. A pipeline file names these in its `stages` list, in order.
 */
export const STAGES: Readonly<Record<string, () => Promise<AnyStage>>> = {
  ingest: async () => (await import('./01-ingest/index.js')).default,
  tokenize: async () => (await import('./02-tokenize/index.js')).default,
  entities: async () => (await import('./03-entities/index.js')).default,
  quantities: async () => (await import('./04-claims/quantities/index.js')).default,
  claims: async () => (await import('./04-claims/index.js')).default,
};
