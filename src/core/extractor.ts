import type { z } from 'zod';
import type { Claim, EntityMention, Quantity, Sentence, Token } from '../contracts/index.js';
import type { DocKey } from './doc.js';

/** What an extractor sees of an article: read-only, already tokenized, furniture marked. */
export interface ArticleView {
  readonly id: string;
  readonly path: string;
  readonly text: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly mentions: readonly EntityMention[];
  readonly quantities: readonly Quantity[];
  /** tokens of one sentence */
  tokensOf(sentence: Sentence): readonly Token[];
  /** quantities whose span lies inside the sentence */
  quantitiesIn(sentence: Sentence): readonly Quantity[];
  /** entity mentions whose span lies inside the sentence */
  mentionsIn(sentence: Sentence): readonly EntityMention[];
  /** the sentence containing an offset, if any */
  sentenceAt(offset: number): Sentence | undefined;
}

/**
 * What an extractor hands `ctx.claim`: everything the claim says. The claims stage adds `id`, `article`,
 * `path`, `quote` (= text.slice(start, end)), `sentence` and `extractor`.
 */
export type ClaimDraft = Omit<Claim, 'id' | 'article' | 'path' | 'quote' | 'sentence' | 'extractor'>;

/**
 * What an extractor that knows only its figure hands `ctx.claim`: the quantity (as the scanner found it, or made
 * in its shape) and whatever it knows better than the shared readers (any claim field). The claims stage reads
 * the rest of the frame — measure, place, period, statistic, vintage, scope, speaker, the quote's span — with the
 * same readers as `numeric-claims`.
 */
export type FigureClaim = { quantity: Quantity } & Partial<ClaimDraft>;

export interface ExtractorContext<O> {
  readonly article: ArticleView;
  readonly options: Readonly<O>;
  /** Make a claim: a full draft, or a figure whose frame the shared readers fill. */
  claim(draft: ClaimDraft | FigureClaim): void;
  /** A message for this article, from `meta.messages[messageId]` with `{{placeholders}}` filled from `data`. */
  report(r: { messageId: string; data?: Record<string, unknown>; start?: number; end?: number; severity?: 'info' | 'warning' | 'error' }): void;
}

/** Callbacks an extractor returns from `create`; the claims stage calls them in text order. */
export interface ExtractorVisitors {
  /** once, before any sentence */
  article?(): void;
  /** every sentence outside page furniture */
  sentence?(sentence: Sentence): void;
  /** every quantity outside page furniture, with its sentence */
  quantity?(quantity: Quantity, sentence: Sentence): void;
  /** once, after every sentence */
  end?(): void;
}

export interface ExtractorMeta {
  description: string;
  /** article fields the extractor reads; checked against the pipeline before a batch starts */
  requires: readonly DocKey[];
  /** message templates by id, eslint-style: `'Seizure of {{what}} has no operation'` */
  messages: Readonly<Record<string, string>>;
}

export interface ExtractorDefinition<O extends z.ZodType = z.ZodType> {
  name: string;
  meta: ExtractorMeta;
  options: O;
  create(ctx: ExtractorContext<z.output<O>>): ExtractorVisitors;
}

/** Identity function that exists for type inference (eslint's rule shape). */
export function defineExtractor<O extends z.ZodType>(extractor: ExtractorDefinition<O>): ExtractorDefinition<O> {
  return extractor;
}
