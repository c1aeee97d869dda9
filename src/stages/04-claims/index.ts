import { z } from 'zod';
import { need } from '../../core/doc.js';
import type { DocKey } from '../../core/doc.js';
import { deepFreeze } from '../../core/freeze.js';
import { defineStage } from '../../core/stage.js';
import { EXTRACTORS } from '../../extractors/index.js';
import { runExtractors, type LoadedExtractor } from './run-extractors.js';
import { makeArticleView } from './view.js';

const Options = z
  .object({
    /** extractor name → its options; every named extractor runs, in this order */
    extractors: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
  })
  .strict();

export async function loadExtractors(config: Record<string, Record<string, unknown>>): Promise<LoadedExtractor[]> {
  const loaded: LoadedExtractor[] = [];
  for (const [name, raw] of Object.entries(config)) {
    const load = EXTRACTORS[name];
    if (!load) {
      throw new Error(`unknown extractor "${name}"; registered extractors: ${Object.keys(EXTRACTORS).sort().join(', ') || '(none)'}. Register it in src/extractors/index.ts`);
    }
    const definition = await load();
    const parsed = definition.options.safeParse(raw);
    if (!parsed.success) {
      throw new Error(`options for extractor "${name}" are invalid: ${z.prettifyError(parsed.error)}`);
    }
    loaded.push({ definition, options: deepFreeze(parsed.data) });
  }
  return loaded;
}

export default defineStage({
  name: 'claims',
  description: 'Runs the registered claim extractors over every sentence outside page furniture.',
  requires: ['text', 'sentences', 'tokens', 'quantities'],
  assigns: ['claims'],
  options: Options,
  setup: (options) => loadExtractors(options.extractors),
  requiresFrom: (extractors: LoadedExtractor[]): DocKey[] => extractors.flatMap((e) => [...e.definition.meta.requires]),
  run(doc, _options, ctx, extractors) {
    const view = makeArticleView({
      id: doc.source.id,
      path: doc.source.path,
      text: need(doc, 'text'),
      title: doc.title ?? null,
      published: doc.published ?? null,
      sentences: need(doc, 'sentences'),
      tokens: need(doc, 'tokens'),
      mentions: doc.mentions ?? [],
      quantities: need(doc, 'quantities'),
    });
    return { claims: runExtractors(view, extractors, (m) => ctx.report(m)) };
  },
});
