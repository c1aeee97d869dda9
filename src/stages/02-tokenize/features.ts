/**
 * wink computes a word's packed features (shape, prefix, suffix, case, default part of speech…) each time it adds
 * the word to its lexicon: on first sight, again when a text meets a learned word with another token category
 * (fresh-lexicon.ts makes it forget the old entry), and afresh in every new instance (one every 200,000 learned
 * words).
 *
 * Each feature function of the model is a pure function of the word and its token category (the part of speech
 * reads only the model's own lexicon, for the word in lower case), so its results can be remembered: wink still
 * adds and forgets the words exactly as before; only the arithmetic behind their features is not redone.
 */
type FeatureMethod = (word: string, category: number, cache: unknown) => unknown;
type FeatureFn = (...args: unknown[]) => Record<string, FeatureMethod>;

/**
 * The features wink extracts when it adds a word (the model's `packing.efList`), all pure as above. The model's
 * other methods (`normal`, `lemma`, …) read its build-time tables and are left as they are.
 */
const PURE_FEATURES: readonly string[] = ['prefix', 'suffix', 'lutCase', 'shape', 'isAbbrev', 'pos'];

/** `featureFn` whose extractable features remember their results, per token category and word. */
export function rememberingFeatures(featureFn: FeatureFn): FeatureFn {
  return (...args) => {
    const methods = { ...featureFn(...args) };
    const rowOf = rows(PURE_FEATURES.length);
    PURE_FEATURES.forEach((name, slot) => {
      const method = methods[name];
      if (typeof method === 'function') methods[name] = remember(method, rowOf, slot);
    });
    return methods;
  };
}

/** A feature not yet computed for the word (a feature's result may itself be `undefined`). */
const UNSET: unique symbol = Symbol('unset');

type Row = Array<unknown>;

/**
 * One row of results per token category and word, shared by all the features. wink asks for a new word's
 * features one after another, so the row of the word asked about last is kept at hand: one map lookup a word
 * rather than one a feature.
 */
function rows(size: number): (word: string, category: number) => Row {
  const byCategory: Array<Map<string, Row> | undefined> = [];
  let lastWord: string | undefined;
  let lastCategory = -1;
  let lastRow: Row = [];
  return (word, category) => {
    if (word !== lastWord || category !== lastCategory) {
      let seen = byCategory[category];
      if (seen === undefined) byCategory[category] = seen = new Map();
      let row = seen.get(word);
      if (row === undefined) seen.set(word, (row = new Array<unknown>(size).fill(UNSET)));
      lastWord = word;
      lastCategory = category;
      lastRow = row;
    }
    return lastRow;
  };
}

function remember(method: FeatureMethod, rowOf: (word: string, category: number) => Row, slot: number): FeatureMethod {
  return (word, category, cache) => {
    const row = rowOf(word, category);
    let value = row[slot];
    if (value === UNSET) row[slot] = value = method(word, category, cache);
    return value;
  };
}
