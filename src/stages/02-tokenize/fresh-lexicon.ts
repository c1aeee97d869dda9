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

interface Made {
  category: number;
  /** the index of the lower-case form's entry when this entry was made */
  norm: number | undefined;
}

export class FreshLexicon {
  /** learned words the current text has met */
  private readonly met = new Set<string>();
  /** how each learned word's entry was made; a learned word without one is never kept */
  private readonly made = new Map<string, Made>();
  private adding = false;

  private constructor(private readonly lexeme: LexemeFeature) {}

  /** Put the view between wink's tokenizer and `cache` (the methods object the tokenizer calls). */
  static install(cache: WinkCache, lexeme: LexemeFeature): FreshLexicon {
    const view = new FreshLexicon(lexeme);
    const add = cache.add.bind(cache);
    const lookup = cache.lookup.bind(cache);
    cache.lookup = (text) => (view.unmet(text) && !view.adding ? null : lookup(text));
    cache.add = (text, category) => view.add(add, text, category);
    return view;
  }

  startText(): void {
    this.met.clear();
  }

  /** A learned word the current text has not met yet. */
  private unmet(text: string): boolean {
    const index = this.lexeme.hash[text];
    return index !== undefined && index >= this.lexeme.intrinsicSize && !this.met.has(text);
  }

  private add(add: WinkCache['add'], text: string, category: number): number {
    const norm = text.toLowerCase();
    const textUnmet = this.unmet(text);
    const normUnmet = norm !== text && this.unmet(norm);
    if (textUnmet || normUnmet) {
      const hash = this.lexeme.hash;
      const kept = (!textUnmet || this.keeps(text, category, hash[norm])) && (!normUnmet || this.keeps(norm, category, hash[norm]));
      if (textUnmet) this.settle(text, kept);
      if (normUnmet) this.settle(norm, kept);
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

  /** A kept word the text has now met as it is; another is forgotten, for wink's `add` to make afresh. */
  private settle(word: string, kept: boolean): void {
    if (kept) this.met.add(word);
    else delete this.lexeme.hash[word];
  }

  /** Whether `word`'s old entry is the one a fresh `add` with `category` would make, its lower case at `norm`. */
  private keeps(word: string, category: number, norm: number | undefined): boolean {
    const made = this.made.get(word);
    return made !== undefined && made.category === category && made.norm === norm;
  }

  /** Note how the entries `add` just made (from index `from` on) were made; the text has met them. */
  private record(from: number, category: number): void {
    const { list, hash } = this.lexeme;
    for (let i = from; i < this.lexeme.index; i++) {
      const word = list[i]!;
      this.made.set(word, { category, norm: hash[word.toLowerCase()] });
      this.met.add(word);
    }
  }
}
