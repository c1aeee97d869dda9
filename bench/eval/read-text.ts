// The text of a fixture file as claimgraph reads it (the ingest stage: HTML to text, front matter kept), so gold
// anchors are found where claim offsets point.
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { sourceOf } from '../../src/core/doc.js';
import { runArticle, type Pipeline } from '../../src/core/pipeline.js';
import { buildPipeline } from '../../src/stages/pipeline.js';

let ingest: Pipeline | undefined;

export async function ingestOnly(): Promise<Pipeline> {
  ingest ??= await buildPipeline({ name: 'eval-ingest', description: '', stages: [{ use: 'ingest', options: {} }] }, 'eval-ingest');
  return ingest;
}

export interface ReadArticle {
  text: string;
  published: string | null;
  title: string | null;
}

const FORMATS: Record<string, 'txt' | 'md' | 'html'> = { '.txt': 'txt', '.md': 'md', '.html': 'html', '.htm': 'html' };

export function readArticle(pipeline: Pipeline, dir: string, file: string): ReadArticle {
  const format = FORMATS[extname(file).toLowerCase()];
  if (!format) throw new Error(`unsupported fixture type ${extname(file)}: write .txt, .md or .html`);
  const path = join(dir, file);
  const source = sourceOf(readFileSync(path, 'utf8'), {
    path, line: null, format, encoding: 'utf-8', meta: { sourceId: null, title: null, url: null, published: null },
  });
  const outcome = runArticle(pipeline, source, { published: null });
  if (!outcome.ok) throw new Error(`ingest failed: ${outcome.reason}`);
  return { text: outcome.doc.text ?? '', published: outcome.doc.published ?? null, title: outcome.doc.title ?? null };
}
