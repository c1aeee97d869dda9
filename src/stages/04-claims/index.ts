import { z } from 'zod';
import { need } from '../../core/doc.js';
import type { DocKey } from '../../core/doc.js';
import { deepFreeze } from '../../core/freeze.js';
import { defineStage } from '../../core/stage.js';
import { EXTRACTORS } from '../../extractors/index.js';
import { runExtractors, type LoadedExtractor } from './run-extractors.js';
import { makeArticleView } from './view.js';

/** The extractors a pipeline runs unless it turns them off: a pipeline that adds its own keeps them. */
export const DEFAULT_EXTRACTORS: Readonly<Record<string, Record<string, unknown>>> = { 'numeric-claims': {} };

const Options = z
  .object({
    /**
     * extractor name → its options, or false to turn a default extractor off. The defaults run first (with the
     * options given here, if any), then the others in the order written: adding `seizures` to a pipeline keeps
     * `numeric-claims`; `"numeric-claims": false` drops it.
     */
    extractors: z.record(z.string(), z.union([z.record(z.string(), z.unknown()), z.literal(false)])).default({}),
  })
  .strict()
  .transform(({ extractors }) => {
    const merged: Record<string, Record<string, unknown>> = {};
    for (const [name, options] of Object.entries({ ...DEFAULT_EXTRACTORS, ...extractors })) if (options !== false) merged[name] = options;
    return { extractors: merged };
  });

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
