import { createRequire } from 'node:module';
import type nlp from 'compromise';
import { z } from 'zod';
import { readDataFile } from '../core/data-file.js';

/**
 * Lemmas of the words a measure is read from: nouns to the singular ("fatalities" → fatality), verbs to the base
 * form ("burned" → burn, "fell" → fall). compromise's inflection tables do the work (its `noun.toSingular` and
 * `verb.toInfinitive` transforms, without its tagger: the part of speech is wink's), on single words only and
 * memoised, so the cost is a map look-up for all but a word's first meeting on a thread. `data/lemmas.json`
 * corrects the few news words the tables get wrong ("series", "lives", "extradited") and lists words that keep
 * their form ("earnings", "customs").
 */
const LemmaData = z.strictObject({
  description: z.string(),
  nouns: z.record(z.string(), z.string()),
  verbs: z.record(z.string(), z.string()),
  invariant: z.array(z.string()).describe('nouns that keep their form whatever their ending'),
});

const DATA_FILE = new URL('../../data/lemmas.json', import.meta.url);
const data = readDataFile(DATA_FILE, LemmaData, 'lemma');
const INVARIANT = new Set(data.invariant);

interface Transforms {
  noun: { toSingular(word: string, model: unknown): string };
  verb: { toInfinitive(word: string, model: unknown, tense?: string): string };
}
interface Compromise {
  transform: Transforms;
  model: unknown;
  /** compromise's lexicon: a word → its tag ("took" → PastTense), which tells the transform which table to use. */
  lexicon: Record<string, string | string[]>;
}

/**
 * compromise, loaded on the first word whose lemma is not in `data/lemmas.json` or already met: building its
 * model costs about half a second of CPU, which a thread that never reads a measure (the main thread, a worker
 * on a batch without figures) should not pay. Its CommonJS build loads synchronously, so the first `lemma` call
 * can use it at once.
 */
const require = createRequire(import.meta.url);
let loaded: Compromise | undefined;
function compromise(): Compromise {
  if (loaded) return loaded;
  const library = require('compromise') as typeof nlp;
  const world = (library as unknown as { world(): { methods: { two?: { transform?: Transforms } }; model: unknown } }).world();
  const transform = world.methods.two?.transform;
  if (typeof transform?.noun?.toSingular !== 'function' || typeof transform.verb?.toInfinitive !== 'function') {
    throw new Error('compromise no longer offers methods.two.transform.noun.toSingular / verb.toInfinitive; check src/readers/lemma.ts against the installed compromise');
  }
  const lexicon = ((world.model as { one?: { lexicon?: Record<string, string | string[]> } }).one?.lexicon ?? {});
  return (loaded = { transform, model: world.model, lexicon });
}
const TENSES = new Set(['PastTense', 'Participle', 'Gerund', 'PresentTense']);

export type LemmaKind = 'noun' | 'verb' | 'other';

const memo = new Map<string, string>();

/** The lemma of `word` (any case) read as a noun, a verb or neither; lower case. */
export function lemma(word: string, kind: LemmaKind): string {
  const w = word.toLowerCase().replace(/[’‘]/g, "'");
  if (kind === 'other' || w.length < 2 || (kind === 'noun' && INVARIANT.has(w)) || !/^[a-z][a-z'-]*$/.test(w)) return w;
  const key = `${kind}:${w}`;
  let found = memo.get(key);
  if (found === undefined) {
    found = kind === 'noun' ? nounLemma(w) : verbLemma(w);
    memo.set(key, found);
  }
  return found;
}

function nounLemma(w: string): string {
  const fixed = data.nouns[w];
  if (fixed !== undefined) return fixed;
  if (!w.endsWith('s') || w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  const c = compromise();
  return c.transform.noun.toSingular(w, c.model) || w;
}

function verbLemma(w: string): string {
  const fixed = data.verbs[w];
  if (fixed !== undefined) return fixed;
  const c = compromise();
  const tag = c.lexicon[w];
  const known = (Array.isArray(tag) ? tag : [tag]).find((t) => t !== undefined && TENSES.has(t));
  const tense = known ?? (w.endsWith('ing') ? 'Gerund' : w.endsWith('ed') ? 'PastTense' : w.endsWith('s') ? 'PresentTense' : undefined);
  if (tense === undefined) return w;
  return c.transform.verb.toInfinitive(w, c.model, tense) || w;
}
