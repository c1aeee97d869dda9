/**
 * wink's lexicon as if each text were the first it read, without forgetting the words every text adds.
 *
 * wink adds every word it does not know to its lexicon on first sight, with the features of that sighting: the
 * word's token category (and so its part of speech), and a pointer to the entry of its lower-case form. It
 * keeps them for the life of the instance and, knowing the word, later tokenizes around it differently ("U.S.,"
 * splits one way when "U.S." is known, another when not). So one text's tokens would depend on the texts read
 * before. Forgetting each text's words after reading it (what `readFresh` did) makes every text meet them anew,
 * at the price of wink re-adding them text after text — 0.2–0.3× the time of wink itself.
 *
 * This gives the same result without the re-adding. A word learned from an earlier text (an entry past the
 * model's own) is, until the current text meets it, treated as wink would treat a word it never saw:
 *
 * - a `lookup` of it finds nothing, exactly as for an unknown word;
 * - an `add` of it (the first time this text meets it, with a token category) keeps the old entry only when a
 *   fresh `add` would build the same one: an entry is a pure function of the word, its category, and the
 *   entry of its lower-case form (features.ts), so the old entry is kept when it was made with the same
 *   category and points to the entry the lower-case form has now — and the lower-case form, when it too is
 *   learned and not yet met, passes the same test. Otherwise those words are forgotten and `add` makes them
 *   afresh, as the forgetting did.
 *
 * Every word the text has met is, from then on, what a fresh instance would hold at that point, so lookups and
 * adds of it are left to wink. `startText` begins the next text.
 */

/** The two methods of wink's cache (src/cache.js) that the tokenizer reaches the lexicon through. */
export interface WinkCache {
  add(text: string, category: number): number;
  lookup(text: string): number[] | null;
}

/** The part of wink's core model that grows: every word not in the model is added on first sight. */
export interface LexemeFeature {
  hash: Record<string, number>;
  list: string[];
  index: number;
  intrinsicSize: number;
}

/** How a learned word's entry was made, and whether the current text has met it. */
interface Entry {
  /** the entry's index in wink's lexicon */
  index: number;
  /** the token category it was made with; -1 for entries made before the view was installed (never kept) */
  category: number;
  /** the index of the lower-case form's entry when this entry was made */
  norm: number | undefined;
  /** the text that last met it (`FreshLexicon.text`) */
  met: number;
}

export class FreshLexicon {
  /**
   * Every learned word in wink's lexicon (an entry past the model's own), kept in step with it. A few thousand
   * words against the lexicon's ~100,000, so asking it is cheaper than asking wink's hash.
   */
  private readonly entries = new Map<string, Entry>();
  /** counts texts; an entry whose `met` is this one has been met by the current text */
  private text = 1;
  private adding = false;

  private constructor(private readonly lexeme: LexemeFeature) {
    for (let i = lexeme.intrinsicSize; i < lexeme.index; i++) this.entries.set(lexeme.list[i]!, { index: i, category: -1, norm: undefined, met: 0 });
  }

  /** Put the view between wink's tokenizer and `cache` (the methods object the tokenizer calls). */
  static install(cache: WinkCache, lexeme: LexemeFeature): FreshLexicon {
    const view = new FreshLexicon(lexeme);
    const add = cache.add.bind(cache);
    const lookup = cache.lookup.bind(cache);
    cache.lookup = (text) => view.lookup(lookup, text);
    cache.add = (text, category) => view.add(add, text, category);
    return view;
  }

  startText(): void {
    this.text++;
  }

  /**
   * wink's `lookup`, with a learned word the current text has not met found as unknown. wink's answer already
   * holds the word's entry (a one-element array; a contraction's expansions, four per part, are model entries),
   * so wink's lexicon is searched once, as wink alone would.
   */
  private lookup(lookup: WinkCache['lookup'], text: string): number[] | null {
    const found = lookup(text);
    if (found === null || this.adding || found.length !== 1 || found[0]! < this.lexeme.intrinsicSize) return found;
    return this.entries.get(text)?.met === this.text ? found : null;
  }

  /** The entry of a learned word the current text has not met yet. */
  private unmet(word: string): Entry | undefined {
    const entry = this.entries.get(word);
    return entry !== undefined && entry.met !== this.text ? entry : undefined;
  }

  private add(add: WinkCache['add'], text: string, category: number): number {
    const norm = text.toLowerCase();
    const textEntry = this.unmet(text);
    const normEntry = norm === text ? undefined : this.unmet(norm);
    if (textEntry !== undefined || normEntry !== undefined) {
      const normNow = this.indexNow(norm, text, textEntry);
      const kept = (textEntry === undefined || keeps(textEntry, category, normNow)) && (normEntry === undefined || keeps(normEntry, category, normNow));
      if (textEntry !== undefined) this.settle(text, textEntry, kept);
      if (normEntry !== undefined) this.settle(norm, normEntry, kept);
      // kept: the word and its lower case are in the lexicon as a fresh add would leave them, and wink's `add`
      // would only look them up
      if (kept && textEntry !== undefined) return textEntry.index;
    }
    const from = this.lexeme.index;
    this.adding = true;
    try {
      return add(text, category);
    } finally {
      this.adding = false;
      this.record(from, category);
    }
  }

  /** The index `norm` (the lower case of `text`) has in the lexicon now. */
  private indexNow(norm: string, text: string, textEntry: Entry | undefined): number | undefined {
    if (norm === text && textEntry !== undefined) return textEntry.index;
    // a model entry never moves; so when the lower case was one, it still is
    if (textEntry?.norm !== undefined && textEntry.norm < this.lexeme.intrinsicSize) return textEntry.norm;
    return this.entries.get(norm)?.index ?? this.lexeme.hash[norm];
  }

  /** A kept word the text has now met as it is; another is forgotten, for wink's `add` to make afresh. */
  private settle(word: string, entry: Entry, kept: boolean): void {
    if (kept) {
      entry.met = this.text;
    } else {
      delete this.lexeme.hash[word];
      this.entries.delete(word);
    }
  }

  /** Note how the entries `add` just made (from index `from` on) were made; the text has met them. */
  private record(from: number, category: number): void {
    const { list, hash } = this.lexeme;
    for (let i = from; i < this.lexeme.index; i++) {
      const word = list[i]!;
      this.entries.set(word, { index: i, category, norm: hash[word.toLowerCase()], met: this.text });
    }
  }
}

/** Whether `entry` is the one a fresh `add` with `category` would make, its word's lower case at `norm`. */
function keeps(entry: Entry, category: number, norm: number | undefined): boolean {
  return entry.category === category && entry.norm === norm;
}
