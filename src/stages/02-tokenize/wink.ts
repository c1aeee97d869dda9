import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { rememberingFeatures } from './features.js';

type Wink = ReturnType<typeof winkNLP>;
type Doc = ReturnType<Wink['readDoc']>;

/** The part of wink's core model that grows: every word not in the model is added on first sight. */
interface LexemeFeature {
  hash: Record<string, number>;
  list: string[];
  index: number;
  intrinsicSize: number;
}

/**
 * Unseen words remembered (as forgotten entries) before the instance is rebuilt. Each costs a string and a row
 * of numbers in wink's private tables; a rebuild costs ~50 ms. On news copy an article adds ~250, so 200,000 is
 * a rebuild every ~800 articles (<2% of the time) and keeps a worker's heap near 100 MB; at a million the
 * tables grew to ~130 MB a worker before each rebuild (measured on the 100 MB benchmark corpus).
 */
const REBUILD_AFTER = 200_000;

let instance: Wink | undefined;
let lexeme: LexemeFeature | undefined;

/** One wink-nlp instance per thread: loading the model costs ~50 ms (more on a busy machine) and 55 MB. */
function wink(): { nlp: Wink; lexeme: LexemeFeature } {
  if (!instance || !lexeme) {
    instance = winkNLP({
      ...model,
      // a new instance remembers anew: the memory is dropped with the instance it served
      featureFn: rememberingFeatures((model as unknown as { featureFn: Parameters<typeof rememberingFeatures>[0] }).featureFn),
      core() {
        // wink types its core model as `unknown`; its shape is wink's own (cache.js reads the same fields)
        const core = (model.core as () => { features: { lexeme: LexemeFeature } })();
        lexeme = core.features.lexeme;
        return core;
      },
    }, ['sbd', 'pos']);
  }
  return { nlp: instance, lexeme: lexeme! };
}

/**
 * Read `text` with wink-nlp as if no other text had been read before, and hand the document to `use`.
 *
 * wink fixes the features of a word it does not know (its token type, and so its part of speech) the first time
 * it sees it, and keeps them for the life of the instance: "USD" first seen inside "USD50" stays a `currency`,
 * first seen alone it stays a `word`. So one article's tokens would depend on which articles the same thread
 * read before — and output would depend on the worker count. After `use` returns, the words this text added are
 * dropped from wink's lookup table, so the next text meets them anew; the rest of the model is untouched.
 * `use` must take everything it needs from the document: its tokens must not be read afterwards.
 */
export function readFresh<T>(text: string, use: (doc: Doc, its: Wink['its']) => T): T {
  const { nlp, lexeme: words } = wink();
  const from = words.index;
  try {
    return use(nlp.readDoc(text), nlp.its);
  } finally {
    for (let i = from; i < words.index; i++) {
      const word = words.list[i]!;
      if (words.hash[word] === i) delete words.hash[word];
    }
    if (words.index - words.intrinsicSize > REBUILD_AFTER) instance = undefined;
  }
}
