/**
 * wink computes a word's packed features (shape, prefix, suffix, case, default part of speech…) each time it adds
 * the word to its lexicon. `readFresh` makes wink forget the words of every article, so the same out-of-model
 * words ("Sinaloa", "2023", "U.S.") are re-added, and their features recomputed, in article after article.
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
const PURE_FEATURES: ReadonlySet<string> = new Set(['prefix', 'suffix', 'lutCase', 'shape', 'isAbbrev', 'pos']);

/** `featureFn` whose extractable features remember their results, per token category and word. */
export function rememberingFeatures(featureFn: FeatureFn): FeatureFn {
  return (...args) => {
    const methods = { ...featureFn(...args) };
    for (const name of PURE_FEATURES) {
      const method = methods[name];
      if (typeof method === 'function') methods[name] = remember(method);
    }
    return methods;
  };
}

function remember(method: FeatureMethod): FeatureMethod {
  const byCategory: Array<Map<string, unknown> | undefined> = [];
  return (word, category, cache) => {
    let seen = byCategory[category];
    if (seen === undefined) byCategory[category] = seen = new Map();
    let value = seen.get(word);
    if (value === undefined && !seen.has(word)) seen.set(word, (value = method(word, category, cache)));
    return value;
  };
}
