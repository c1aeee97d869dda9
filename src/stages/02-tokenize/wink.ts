import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { rememberingFeatures } from './features.js';
import { FreshLexicon, type LexemeFeature, type WinkCache } from './fresh-lexicon.js';

type Wink = ReturnType<typeof winkNLP>;
type Doc = ReturnType<Wink['readDoc']>;
type FeatureFn = Parameters<typeof rememberingFeatures>[0];

/**
 * Words learned (past the model's own) before the instance is rebuilt. Each costs a string and a row of numbers
 * in wink's private tables; a rebuild costs ~50 ms. Words are learned once per instance now (fresh-lexicon.ts),
 * again only when a text meets one with another token category, so 200,000 keeps a worker's heap near 100 MB
 * however long the batch.
 */
const REBUILD_AFTER = 200_000;

/** A word wink cannot know, read once when an instance is made so that it computes features and shows its cache. */
const UNKNOWN_WORD = 'zqxjvkw';

interface Instance {
  nlp: Wink;
  lexeme: LexemeFeature;
  fresh: FreshLexicon;
}

let instance: Instance | undefined;

/** One wink-nlp instance per thread: loading the model costs ~50 ms (more on a busy machine) and 55 MB. */
function wink(): Instance {
  if (instance) return instance;
  let lexeme: LexemeFeature | undefined;
  let cache: WinkCache | undefined;
  const nlp = winkNLP({
    ...model,
    // a new instance remembers anew: the memory is dropped with the instance it served
    featureFn: showingCache(rememberingFeatures((model as unknown as { featureFn: FeatureFn }).featureFn), (c) => (cache ??= c)),
    core() {
      // wink types its core model as `unknown`; its shape is wink's own (cache.js reads the same fields)
      const core = (model.core as () => { features: { lexeme: LexemeFeature } })();
      lexeme = core.features.lexeme;
      return core;
    },
  }, ['sbd', 'pos']);
  nlp.readDoc(UNKNOWN_WORD);
  if (!lexeme || !cache || typeof cache.add !== 'function' || typeof cache.lookup !== 'function') {
    throw new Error('wink-nlp no longer hands its cache to feature functions, so claimgraph cannot read each text as if it were the first; check src/stages/02-tokenize/fresh-lexicon.ts against the installed wink-nlp');
  }
  instance = { nlp, lexeme, fresh: FreshLexicon.install(cache, lexeme) };
  return instance;
}

/** `featureFn` that hands the cache object its feature methods are called with to `onCache`. */
function showingCache(featureFn: FeatureFn, onCache: (cache: WinkCache) => void): FeatureFn {
  return (...args) => {
    const methods = { ...featureFn(...args) };
    const pos = methods.pos;
    if (typeof pos === 'function') {
      methods.pos = (word, category, cache) => {
        onCache(cache as WinkCache);
        return pos(word, category, cache);
      };
    }
    return methods;
  };
}

/**
 * Read `text` with wink-nlp as if no other text had been read before, and hand the document to `use`.
 *
 * wink fixes the features of a word it does not know (its token type, and so its part of speech) the first time
 * it sees it, and keeps them for the life of the instance: "USD" first seen inside "USD50" stays a `currency`,
 * first seen alone it stays a `word`. So one article's tokens would depend on which articles the same thread
 * read before — and output would depend on the worker count. The instance's lexicon is seen through
 * `FreshLexicon`, which makes every text meet the words earlier texts taught wink as if wink did not know them.
 * `use` must take everything it needs from the document: its tokens must not be read afterwards.
 */
export function readFresh<T>(text: string, use: (doc: Doc, its: Wink['its']) => T): T {
  const { nlp, lexeme, fresh } = wink();
  fresh.startText();
  try {
    return use(nlp.readDoc(text), nlp.its);
  } finally {
    if (lexeme.index - lexeme.intrinsicSize > REBUILD_AFTER) instance = undefined;
  }
}

/** Words this thread's wink instance has learned past its model (for tests and diagnostics). */
export function learnedWords(): number {
  const { lexeme } = wink();
  return lexeme.index - lexeme.intrinsicSize;
}
