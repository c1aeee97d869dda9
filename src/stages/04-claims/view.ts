import type { EntityMention, Quantity, Sentence, Token } from '../../contracts/index.js';
import type { ArticleView } from '../../core/extractor.js';

interface ViewInput {
  id: string;
  path: string;
  text: string;
  title?: string | null;
  published: string | null;
  sentences: readonly Sentence[];
  tokens: readonly Token[];
  mentions: readonly EntityMention[];
  quantities: readonly Quantity[];
}

/** Spans sorted by start; returns those lying inside [start, end). */
function within<T extends { start: number; end: number }>(sorted: readonly T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < end; i++) if (sorted[i]!.end <= end) out.push(sorted[i]!);
  return out;
}

/** The read-only view extractors get: the article plus lookups by sentence. */
export function makeArticleView(input: ViewInput): ArticleView {
  const byStart = <T extends { start: number }>(xs: readonly T[]) => [...xs].sort((a, b) => a.start - b.start);
  const quantities = Object.freeze(byStart(input.quantities));
  const mentions = Object.freeze(byStart(input.mentions));
  const sentences = input.sentences;
  return Object.freeze({
    ...input,
    title: input.title ?? null,
    quantities,
    mentions,
    tokensOf: (s: Sentence) => input.tokens.slice(s.firstToken, s.lastToken + 1),
    quantitiesIn: (s: Sentence) => within(quantities, s.start, s.end),
    mentionsIn: (s: Sentence) => within(mentions, s.start, s.end),
    sentenceAt(offset: number) {
      let lo = 0;
      let hi = sentences.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const s = sentences[mid]!;
        if (offset < s.start) hi = mid - 1;
        else if (offset >= s.end) lo = mid + 1;
        else return s;
      }
      return undefined;
    },
  });
}
