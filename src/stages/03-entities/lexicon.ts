import { createRequire } from 'node:module';
import model from 'wink-eng-lite-web-model';
import { z } from 'zod';

/** The part of wink's English model this stage reads: the words its lexicon knows. */
const LexiconShape = z.object({
  // the shipped file has no intrinsicSize (wink adds it when it reads the model): then the whole list is the model's
  features: z.object({ lexeme: z.object({ list: z.array(z.string()), intrinsicSize: z.number().int().positive().optional() }) }),
});

/**
 * The model's core data as the package ships it. Its own `core()` reads the same file and then copies and decodes
 * all of it (about 200 ms a thread) for the tokenizer; the lexicon's word list is read here from the file itself,
 * which Node's module cache holds once a thread for both readers.
 */
function coreModel(): unknown {
  try {
    return createRequire(import.meta.url)('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');
  } catch {
    const core: unknown = model.core;
    if (typeof core !== 'function') {
      throw new Error('wink-eng-lite-web-model has no core() lexicon any more: update src/stages/03-entities/lexicon.ts for the new model layout');
    }
    return (core as () => unknown)();
  }
}

/**
 * Lowercase English words wink's model knows ("cooperation", "officials", "burns"). A capitalised word at the
 * start of a sentence is a name only when its lowercase form is not one of them (Feeley, Donahue) or other
 * evidence says so. Built once per pipeline: reading the model's lexicon costs about 60 ms.
 */
export function loadCommonWords(): ReadonlySet<string> {
  const parsed = LexiconShape.safeParse(coreModel());
  if (!parsed.success) {
    throw new Error(`wink-eng-lite-web-model's lexicon has an unexpected layout (${parsed.error.issues[0]?.message ?? 'unknown'}): update src/stages/03-entities/lexicon.ts`);
  }
  const { list, intrinsicSize = list.length } = parsed.data.features.lexeme;
  const words = new Set<string>();
  for (let i = 0; i < Math.min(list.length, intrinsicSize); i++) {
    const w = list[i]!;
    if (/^\p{Ll}[\p{Ll}'-]*$/u.test(w)) words.add(w);
  }
  return words;
}
