import { z } from 'zod';
import { need } from '../../core/doc.js';
import { defineStage } from '../../core/stage.js';
import { buildTries } from './build-tries.js';
import type { EntityResources } from './context.js';
import { findEntities } from './find-entities.js';
import { loadGazetteers } from './gazetteer-load.js';
import { loadCommonWords } from './lexicon.js';

const Options = z
  .object({
    /** extra gazetteer files (JSON, see data/gazetteers/), merged over the built-in ones */
    gazetteers: z.array(z.string().min(1)).default([]),
  })
  .strict();

export async function setupEntities(options: z.output<typeof Options>): Promise<EntityResources> {
  const gazetteers = await loadGazetteers(options.gazetteers);
  return {
    tries: buildTries(gazetteers),
    givenNames: gazetteers.givenNames,
    notEntities: gazetteers.notEntities,
    commonWords: loadCommonWords(),
  };
}

export default defineStage({
  name: 'entities',
  description: 'Cartels, officials, people, countries, places, agencies, organizations and operations: found from gazetteers, titles and name rules, resolved within the article.',
  requires: ['text', 'tokens', 'sentences', 'furniture'],
  assigns: ['mentions', 'entities'],
  options: Options,
  setup: setupEntities,
  run(doc, _options, _ctx, resources) {
    return findEntities(
      { text: need(doc, 'text'), tokens: need(doc, 'tokens'), sentences: need(doc, 'sentences'), furniture: need(doc, 'furniture') },
      resources,
    );
  },
});
