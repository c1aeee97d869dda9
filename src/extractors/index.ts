import type { ExtractorDefinition } from '../core/extractor.js';

/**
 * Claim extractors by registered name, imported lazily. To add one: write `src/extractors/<name>.ts`
 * (see README, "Adding an extractor"), add a line here, and name it in a pipeline's `claims` options.
 */
export const EXTRACTORS: Readonly<Record<string, () => Promise<ExtractorDefinition>>> = {
  'numeric-claims': async () => (await import('./numeric-claims.js')).default,
};
