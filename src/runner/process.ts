import { join } from 'node:path';
import { z } from 'zod';
import {
  ArticleSchema, ClaimSchema, type Article, type ArticleEntity, type Claim, type EntityMention,
} from '../contracts/index.js';
import type { ArticleDoc, Source } from '../core/doc.js';
import { makeMessage } from '../core/messages.js';
import { runArticles, type BatchObserver, type Pipeline } from '../core/pipeline.js';
import type { RunSettings } from '../core/stage.js';
import { TEXTS_DIR } from './output.js';

/**
 * The output contracts, compiled once (zod's AOT compilation): the same checks, results and error messages as
 * the schemas themselves, several times faster on this per-claim path.
 */
const ClaimContract = z.compile(ClaimSchema);
const ArticleContract = z.compile(ArticleSchema);

/** What one article contributes to the batch: plain data, cheap to send between threads and to cache. */
export type ArticleResult =
  | {
      ok: true;
      article: Article;
      claims: Claim[];
      mentions: EntityMention[];
      entities: ArticleEntity[];
      /** the text offsets refer to (for HTML, the extracted text) */
      text: string;
    }
  | { ok: false; reason: string };

/**
 * Run the per-article stages over one source and shape the result for the batch. Validates what leaves the
 * stages (contracts at the borders) so a stage bug is caught here, on this article, not in a written file.
 */
export function processSource(pipeline: Pipeline, source: Source, settings: RunSettings, warnings: readonly string[] = []): ArticleResult {
  return processSources(pipeline, [{ source, warnings }], settings)[0]!;
}

/** An article to process, and what reading it warned of (recorded among its messages). */
export interface SourceTask {
  source: Source;
  warnings: readonly string[];
}

/**
 * `processSource` over several articles, with the stages run stage by stage across them (`runArticles`): the
 * same results, in the same order, in less time than one article after another.
 */
export function processSources(pipeline: Pipeline, tasks: readonly SourceTask[], settings: RunSettings, observer?: BatchObserver): ArticleResult[] {
  const outcomes = runArticles(pipeline, tasks.map((t) => t.source), settings, observer);
  return outcomes.map((outcome, i) => (outcome.ok ? shape(outcome.doc, tasks[i]!.warnings) : { ok: false, reason: outcome.reason }));
}

function shape(doc: ArticleDoc, warnings: readonly string[]): ArticleResult {
  for (const w of warnings) doc.messages.push(makeMessage(doc.text, { source: 'ingest', ruleId: 'input', reason: w }));
  try {
    return {
      ok: true,
      article: articleRecord(doc),
      claims: (doc.claims ?? []).map((c) => ClaimContract.parse(c)),
      mentions: doc.mentions ?? [],
      entities: doc.entities ?? [],
      text: doc.text ?? '',
    };
  } catch (error) {
    return { ok: false, reason: `the stages produced output that breaks the contract: ${(error as Error).message}` };
  }
}

function articleRecord(doc: ArticleDoc): Article {
  const { source } = doc;
  const textPath = source.format === 'html' || source.line !== null ? join(TEXTS_DIR, `${source.id}.txt`) : null;
  return ArticleContract.parse({
    id: source.id,
    path: source.path,
    line: source.line,
    sourceId: source.meta.sourceId,
    format: source.line !== null ? 'jsonl' : source.format,
    encoding: source.encoding,
    title: doc.title ?? null,
    url: source.meta.url,
    published: doc.published ?? null,
    publishedSource: doc.publishedSource ?? null,
    sha256: source.sha256,
    chars: (doc.text ?? '').length,
    textPath,
    boilerplateRemoved: doc.furniture ?? [],
    counts: {
      sentences: doc.sentences?.length ?? 0,
      tokens: doc.tokens?.length ?? 0,
      quantities: doc.quantities?.length ?? 0,
      claims: doc.claims?.length ?? 0,
      mentions: doc.mentions?.length ?? 0,
    },
    messages: doc.messages,
  });
}
