import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../contracts/index.js';
import type { TextSource } from '../core/batch.js';
import { sha256 } from '../core/ids.js';
import { decodeBytes } from '../stages/01-ingest/public.js';
import type { PackedTexts } from './text-pack.js';

/**
 * Article texts read back from disk when asked, so a batch of any size never holds them all: the extracted text
 * (HTML and JSONL inputs) from the run's text pack (`packed`, until the write phase has copied each to
 * `<out>/texts/<id>.txt`) or from `<out>/texts/<id>.txt`, or the input file itself, decoded as it was read and
 * checked against the article's sha256 (a file changed since is not used: the report then shows the quote
 * alone). The last text read is kept, since callers ask article by article. `written`: the texts being
 * written to their files (see text-writer.ts), which `finish` waits for before it lets the pack go.
 */
export function diskTexts(outDir: string, articles: readonly Article[], packed?: PackedTexts, written?: Promise<void>): TextSource {
  const byId = new Map(articles.map((a) => [a.id, a]));
  let last: { id: string; text: string | undefined } | undefined;
  return {
    get(id) {
      if (last?.id === id) return last.text;
      const article = byId.get(id);
      last = { id, text: article ? read(outDir, article, packed) : undefined };
      return last.text;
    },
    async finish() {
      try {
        await written;
      } finally {
        packed?.close();
      }
    },
  };
}

function read(outDir: string, article: Article, packed: PackedTexts | undefined): string | undefined {
  try {
    if (article.textPath !== null) return packed?.get(article.id) ?? readFileSync(join(outDir, article.textPath), 'utf8');
    const decoded = decodeBytes(readFileSync(article.path));
    return decoded.ok && sha256(decoded.text) === article.sha256 ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}
