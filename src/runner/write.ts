import { join } from 'node:path';
import type { BatchResult } from '../core/batch.js';
import { CHUNKED_WRITERS, WRITERS } from '../stages/06-report/index.js';
import { pruneFolder, writeAtomic, writeAtomicChunks } from './output.js';

const jsonl = (rows: readonly unknown[]) => rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');

/**
 * Write every output file atomically. The manifest goes last: a folder whose manifest is from this run holds
 * this run's complete output.
 */
export async function writeBatch(outDir: string, batch: BatchResult): Promise<string[]> {
  const files: Array<[string, string]> = [
    ['articles.jsonl', jsonl(batch.articles)],
    ['claims.jsonl', jsonl(batch.claims)],
    ['entities.jsonl', jsonl(batch.entities)],
  ];
  const texts = new Set<string>();
  for (const article of batch.articles) {
    if (article.textPath === null) continue;
    texts.add(`${article.id}.txt`);
    await writeAtomic(join(outDir, article.textPath), batch.texts.get(article.id) ?? '');
  }
  await pruneFolder(join(outDir, 'texts'), texts);
  for (const [name, content] of files) await writeAtomic(join(outDir, name), content);
  for (const [name, write] of Object.entries(WRITERS)) {
    const chunked = CHUNKED_WRITERS[name];
    if (chunked) await writeAtomicChunks(join(outDir, name), chunked(batch));
    else await writeAtomic(join(outDir, name), write(batch));
  }
  await writeAtomic(join(outDir, 'manifest.json'), JSON.stringify(batch.manifest, null, 2) + '\n');
  return [...files.map(([name]) => name), ...Object.keys(WRITERS), 'manifest.json'];
}
