import { basename, join } from 'node:path';
import type { BatchResult } from '../core/batch.js';
import { CHUNKED_WRITERS, WRITERS } from '../stages/06-report/index.js';
import { pruneFolder, writeAtomic, writeAtomicChunks } from './output.js';

/** Rows per chunk of a .jsonl file: a few hundred kilobytes, however large the batch. */
const ROWS_PER_CHUNK = 500;

/** One JSON object a line, yielded a few hundred rows at a time (the whole file may be longer than a string can be). */
export function* jsonlChunks(rows: readonly unknown[]): Generator<string> {
  for (let i = 0; i < rows.length; i += ROWS_PER_CHUNK) {
    let chunk = '';
    for (const row of rows.slice(i, i + ROWS_PER_CHUNK)) chunk += JSON.stringify(row) + '\n';
    yield chunk;
  }
}

/**
 * Write every output file atomically, each in chunks so that no file is ever one string in memory. The texts
 * were written as the articles finished (`textFiles` names them); older ones in texts/ are removed. The manifest
 * goes last: a folder whose manifest is from this run holds this run's complete output.
 */
export async function writeBatch(outDir: string, batch: BatchResult, textFiles: ReadonlySet<string>): Promise<string[]> {
  await pruneFolder(join(outDir, 'texts'), new Set([...textFiles].map((p) => basename(p))));
  const files: Array<[string, readonly unknown[]]> = [
    ['articles.jsonl', batch.articles],
    ['claims.jsonl', batch.claims],
    ['entities.jsonl', batch.entities],
  ];
  for (const [name, rows] of files) await writeAtomicChunks(join(outDir, name), jsonlChunks(rows));
  for (const [name, write] of Object.entries(WRITERS)) {
    const chunked = CHUNKED_WRITERS[name];
    if (chunked) await writeAtomicChunks(join(outDir, name), chunked(batch));
    else await writeAtomic(join(outDir, name), write(batch));
  }
  await writeAtomic(join(outDir, 'manifest.json'), JSON.stringify(batch.manifest, null, 2) + '\n');
  return [...files.map(([name]) => name), ...Object.keys(WRITERS), 'manifest.json'];
}
