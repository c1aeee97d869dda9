import type { Article, ArticleEntity, Claim, EntityMention, ManifestInput } from '../contracts/index.js';
import { inputPlace } from '../core/batch.js';
import type { Journal, JournalLines } from './journal.js';
import type { ArticleResult } from './process.js';
import type { Progress } from './run.js';
import type { DeskStore } from './store/store.js';
import { blockKeys, defaultHierarchy } from '../stages/05-reconcile/index.js';

/** One input's outcome, ready to be recorded in input order. */
export interface Settled {
  entry: ManifestInput;
  /** its text is kept (HTML and JSONL inputs only) until the article settles and the journal records it */
  result?: Extract<ArticleResult, { ok: true }>;
  lines?: JournalLines;
  cached: boolean;
  bytes: number;
}

export type PerArticle = { article: string; mentions: EntityMention[]; entities: ArticleEntity[] };

/**
 * What a batch keeps as its inputs settle, in input order: each input's manifest entry (also appended to the
 * journal with its claims, entities and text, and to the desk store when the run has one), the article records, claims and entity mentions the cross-article
 * stages need — never an article's text — and the counts the progress bar and the manifest show.
 */
export class SettledInputs {
  readonly inputs: ManifestInput[] = [];
  readonly articles: Article[] = [];
  readonly claims: Claim[] = [];
  readonly perArticle: PerArticle[] = [];
  readonly counts = { failed: 0, skipped: 0, cached: 0, messages: 0, bytes: 0 };

  constructor(private readonly journal: Journal, private readonly onProgress?: (p: Progress) => void, private readonly store?: DeskStore) {}

  settle(s: Settled): void {
    this.inputs.push(s.entry);
    const text = s.result && s.result.article.textPath !== null ? { id: s.result.article.id, text: s.result.text } : undefined;
    this.journal.record(s.entry, s.lines, text);
    if (this.store) {
      const r = s.result;
      const blocks = r ? [...new Set(r.claims.flatMap((c) => blockKeys(c, defaultHierarchy())))] : [];
      this.store.record(s.entry, r && s.lines ? { record: r.article, claims: s.lines.claims, entities: JSON.stringify({ mentions: r.mentions, entities: r.entities }), text: r.text, blocks } : undefined);
    }
    const counts = this.counts;
    counts.bytes += s.bytes;
    if (s.entry.status === 'failed') counts.failed++;
    if (s.entry.status === 'skipped') counts.skipped++;
    if (s.cached) counts.cached++;
    if (s.result) {
      const { article, claims: found, mentions, entities } = s.result;
      this.articles.push(article);
      for (const claim of found) this.claims.push(claim);
      this.perArticle.push({ article: article.id, mentions, entities });
      counts.messages += article.messages.length;
    }
    this.onProgress?.({
      done: this.inputs.length, failed: counts.failed, skipped: counts.skipped, cached: counts.cached, bytes: counts.bytes,
      path: inputPlace(s.entry),
    });
  }
}
