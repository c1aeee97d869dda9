import { join } from 'node:path';
import PQueue from 'p-queue';
import {
  ArticleSchema, ClaimSchema, type Article, type Claim, type Manifest, type ManifestInput, type Message,
} from '../contracts/index.js';
import type { BatchResult } from '../core/batch.js';
import type { ArticleDoc } from '../core/doc.js';
import { makeMessage } from '../core/messages.js';
import { runArticle, type Pipeline } from '../core/pipeline.js';
import { TOOL } from '../core/tool.js';
import { walkInputs } from './inputs.js';
import { readItem, type ReadRecord } from './read.js';

export interface RunOptions {
  inputs: readonly string[];
  pipeline: Pipeline;
  published: string | null;
  concurrency: number;
  maxArticleBytes: number;
  /** called after each input is settled, for progress display */
  onProgress?: (p: { done: number; failed: number; skipped: number; path: string }) => void;
  /** the wall clock, injected so the runner is the only place that knows about time */
  now?: () => Date;
  runId: string;
}

/**
 * Run the per-article stages over every input and collect the batch. Inputs are read ahead through a bounded
 * p-queue (so reading never stalls the CPU work and never balloons memory); articles are processed and
 * recorded in input order, so the result is the same on every run.
 */
export async function runBatch(options: RunOptions): Promise<BatchResult> {
  const now = options.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const inputs: ManifestInput[] = [];
  const articles: Article[] = [];
  const claims: Claim[] = [];
  const texts = new Map<string, string>();
  const seen = new Map<string, string>(); // sha256 → path (with line) of the first article with that content
  let messages = 0;
  let failed = 0;
  let skipped = 0;

  const queue = new PQueue({ concurrency: options.concurrency });
  const pending: Array<Promise<ReadRecord[]>> = [];
  const walker = walkInputs(options.inputs);
  let walked = false;
  const fill = async () => {
    while (!walked && pending.length < options.concurrency * 2) {
      const next = await walker.next();
      if (next.done) {
        walked = true;
        break;
      }
      const item = next.value;
      pending.push(queue.add(async () => {
        const out: ReadRecord[] = [];
        for await (const record of readItem(item, { maxArticleBytes: options.maxArticleBytes })) out.push(record);
        return out;
      }) as Promise<ReadRecord[]>);
    }
  };

  await fill();
  while (pending.length > 0) {
    const records = await pending.shift()!;
    await fill();
    for (const record of records) {
      const label = record.kind === 'source' ? where(record.source.path, record.source.line) : where(record.path, record.line);
      if (record.kind === 'failed') {
        failed++;
        inputs.push({ article: null, path: record.path, line: record.line, sha256: record.sha256, status: 'failed', error: record.reason });
      } else {
        const { source } = record;
        const first = seen.get(source.sha256);
        if (first !== undefined) {
          skipped++;
          inputs.push({
            article: source.id, path: source.path, line: source.line, sha256: source.sha256, status: 'skipped',
            error: `duplicate: the same article as ${first}`, duplicateOf: first,
          });
        } else {
          seen.set(source.sha256, label);
          const outcome = runArticle(options.pipeline, source, { published: options.published });
          if (!outcome.ok) {
            failed++;
            inputs.push({ article: source.id, path: source.path, line: source.line, sha256: source.sha256, status: 'failed', error: outcome.reason });
          } else {
            const doc = outcome.doc;
            for (const w of record.warnings) doc.messages.push(makeMessage(doc.text, { source: 'ingest', ruleId: 'input', reason: w }));
            inputs.push({ article: source.id, path: source.path, line: source.line, sha256: source.sha256, status: 'ok' });
            articles.push(articleRecord(doc));
            claims.push(...(doc.claims ?? []));
            texts.set(source.id, doc.text ?? '');
            messages += doc.messages.length;
          }
        }
      }
      options.onProgress?.({ done: inputs.length, failed, skipped, path: label });
    }
  }

  const ids = articles.map((a) => a.id);
  const manifest: Manifest = {
    runId: options.runId,
    tool: TOOL,
    pipeline: { name: options.pipeline.name, path: options.pipeline.path, stages: options.pipeline.stages.map((s) => s.definition.name) },
    options: { published: options.published, concurrency: options.concurrency },
    startedAt,
    finishedAt: now().toISOString(),
    inputs,
    counts: {
      inputs: inputs.length, ok: articles.length, failed, skipped, claims: claims.length, entities: 0, facts: 0,
      discrepancies: 0, messages,
    },
  };
  return {
    manifest,
    articles,
    claims: claims.map((c) => ClaimSchema.parse(c)),
    entities: [],
    facts: { facts: [], edges: [], entities: [], articles: ids },
    discrepancies: [],
    texts,
  };
}

function where(path: string, line: number | null): string {
  return line === null ? path : `${path}:${line}`;
}

function articleRecord(doc: ArticleDoc): Article {
  const { source } = doc;
  const textPath = source.format === 'html' || source.line !== null ? join('texts', `${source.id}.txt`) : null;
  return ArticleSchema.parse({
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
    messages: doc.messages satisfies Message[],
  });
}
