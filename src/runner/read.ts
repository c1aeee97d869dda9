import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { sourceOf, type Source } from '../core/doc.js';
import { sha256 } from '../core/ids.js';
import { decodeBytes, parseJsonlLine } from '../stages/01-ingest/public.js';
import { describeFsError, type InputItem } from './inputs.js';

export type ReadRecord =
  | { kind: 'source'; source: Source; warnings: string[] }
  | { kind: 'failed'; path: string; line: number | null; sha256: string | null; reason: string }
  | { kind: 'passed'; path: string; reason: string };

export interface ReadLimits {
  /** the largest single article (a file, or one JSONL line) in bytes */
  maxArticleBytes: number;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Read one input item into sources (one for a file, one a line for JSONL) or failures that say why. */
export async function* readItem(item: InputItem, limits: ReadLimits): AsyncGenerator<ReadRecord> {
  if (item.kind === 'unreadable') {
    yield { kind: 'failed', path: item.path, line: null, sha256: null, reason: item.reason };
    return;
  }
  if (item.kind === 'passed') {
    yield item;
    return;
  }
  if (item.format === 'jsonl') {
    yield* readJsonl(item.path, limits);
    return;
  }
  if (item.size > limits.maxArticleBytes) {
    yield {
      kind: 'failed', path: item.path, line: null, sha256: null,
      reason: `the file is ${mb(item.size)}; one article may be at most ${mb(limits.maxArticleBytes)} (raise the limit with --max-article-mb, or split the file)`,
    };
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(item.path);
  } catch (error) {
    yield { kind: 'failed', path: item.path, line: null, sha256: null, reason: describeFsError(error, item.path) };
    return;
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    yield { kind: 'failed', path: item.path, line: null, sha256: sha256(bytes), reason: decoded.reason };
    return;
  }
  yield {
    kind: 'source',
    warnings: [],
    source: sourceOf(decoded.text, {
      path: item.path, line: null, format: item.format, encoding: decoded.encoding, meta: { sourceId: null, title: null, url: null, published: null },
    }),
  };
}

async function* readJsonl(path: string, limits: ReadLimits): AsyncGenerator<ReadRecord> {
  const stream = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const line of lines) {
      lineNo++;
      if (line.trim() === '') continue;
      if (line.length > limits.maxArticleBytes) {
        yield { kind: 'failed', path, line: lineNo, sha256: sha256(line), reason: `line ${lineNo} is ${mb(line.length)}; one article may be at most ${mb(limits.maxArticleBytes)} (raise the limit with --max-article-mb)` };
        continue;
      }
      const parsed = parseJsonlLine(line, lineNo);
      if (!parsed.ok) {
        yield { kind: 'failed', path, line: lineNo, sha256: sha256(line), reason: parsed.reason };
        continue;
      }
      yield {
        kind: 'source',
        warnings: parsed.warnings,
        source: sourceOf(parsed.content, { path, line: lineNo, format: parsed.format, encoding: 'utf-8', meta: parsed.meta }),
      };
    }
  } catch (error) {
    yield { kind: 'failed', path, line: lineNo > 0 ? lineNo : null, sha256: null, reason: describeFsError(error, path) };
  }
}
