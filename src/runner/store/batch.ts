import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Article, ArticleEntity, Claim, EntityMention, Manifest } from '../../contracts/index.js';
import type { BatchResult, TextSource } from '../../core/batch.js';
import { TEXTS_DIR, writeAtomic } from '../output.js';
import type { PerArticle } from '../settle.js';
import type { DeskStore } from './store.js';

/**
 * Every article of a desk store as one batch for the cross-article stages (entity merge, reconcile, reports), in
 * the order the store took them — so the files written from it are those one run over all the store's articles
 * would write. With a `scope`, only the articles with a claim in one of its blocks, and of them only the claims
 * in those blocks: the facts a run's new claims can touch, recomputed whole. Texts are read from the store when
 * asked; `finish` (once `before`, the run's own text writer, is done) leaves in `texts/` the batch's files only,
 * writing those of HTML and JSONL articles it does not hold yet.
 */
export function storeBatch(
  store: DeskStore, outDir: string, manifest: Manifest, before?: TextSource,
  scope?: { blocks: ReadonlySet<string>; keysOf: (claim: Claim) => readonly string[] },
): BatchResult & { perArticle: PerArticle[]; blockOf: Map<string, string> } {
  const articles: Article[] = [];
  const claims: Claim[] = [];
  const perArticle: PerArticle[] = [];
  // each claim in scope, by id → the block of the scope it is in (what the store files its fact and findings under)
  const blockOf = new Map<string, string>();
  const inScope = (claim: Claim) => {
    if (scope === undefined) return true;
    const block = scope.keysOf(claim).find((k) => scope.blocks.has(k));
    if (block !== undefined) blockOf.set(claim.id, block);
    return block !== undefined;
  };
  for (const stored of store.articles(scope?.blocks)) {
    articles.push(stored.record);
    for (const line of stored.claims.split('\n')) {
      if (line === '') continue;
      const claim = JSON.parse(line) as Claim;
      if (inScope(claim)) claims.push(claim);
    }
    const { mentions, entities } = JSON.parse(stored.entities) as { mentions: EntityMention[]; entities: ArticleEntity[] };
    perArticle.push({ article: stored.record.id, mentions, entities });
  }
  return {
    manifest: {
      ...manifest,
      counts: { ...manifest.counts, claims: claims.length },
    },
    articles,
    claims,
    entities: [],
    facts: { facts: [], edges: [], entities: [], articles: articles.map((a) => a.id), possible: [] },
    discrepancies: [],
    texts: storeTexts(store, outDir, articles, before),
    perArticle,
    blockOf,
  };
}

function storeTexts(store: DeskStore, outDir: string, articles: readonly Article[], before?: TextSource): TextSource {
  let last: { id: string; text: string | undefined } | undefined;
  return {
    get(id) {
      if (last?.id !== id) last = { id, text: store.text(id) };
      return last.text;
    },
    async finish() {
      await before?.finish?.();
      // as a run's text writer does: texts/ holds the batch's texts and nothing else
      const dir = join(outDir, TEXTS_DIR);
      const keep = new Set(articles.filter((a) => a.textPath !== null).map((a) => basename(a.textPath!)));
      if (existsSync(dir)) for (const name of readdirSync(dir)) if (!keep.has(name)) rmSync(join(dir, name), { force: true, recursive: true });
      if (keep.size > 0) mkdirSync(dir, { recursive: true });
      for (const article of articles) {
        if (article.textPath === null || existsSync(join(outDir, article.textPath))) continue;
        const text = store.text(article.id);
        if (text !== undefined) await writeAtomic(join(outDir, article.textPath), text);
      }
    },
  };
}
