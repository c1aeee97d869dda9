import { join } from 'node:path';
import type { BatchResult } from '../core/batch.js';
import { CHUNKED_WRITERS, coalesce, WRITERS } from '../stages/06-report/index.js';
import { removeJournal } from './journal.js';
import { writeAtomic, writeAtomicChunks } from './output.js';

function* jsonLines(rows: readonly unknown[]): Generator<string> {
  for (const row of rows) yield JSON.stringify(row) + '\n';
}

/**
 * Write every output file atomically, each in chunks so that no file is ever one string in memory. The texts
 * of HTML and JSONL articles (texts/<id>.txt) are the batch's texts' own to write (the runner's are being
 * written by a thread of their own since processing ended, see text-writer.ts): this waits for them. The
 * manifest goes last: a folder whose manifest is from this run holds this run's complete output. Then the run's
 * journal (`in-progress/`, appended while articles settled) is removed: the files now hold all it held.
 */
export async function writeBatch(outDir: string, batch: BatchResult): Promise<string[]> {
  const files: Array<[string, readonly unknown[]]> = [
    ['articles.jsonl', batch.articles],
    ['claims.jsonl', batch.claims],
    ['entities.jsonl', batch.entities],
  ];
  for (const [name, rows] of files) await writeAtomicChunks(join(outDir, name), coalesce(jsonLines(rows)));
  for (const [name, write] of Object.entries(WRITERS)) {
    const chunked = CHUNKED_WRITERS[name];
    if (chunked) await writeAtomicChunks(join(outDir, name), chunked(batch));
    else await writeAtomic(join(outDir, name), write(batch));
  }
  await batch.texts.finish?.();
  await writeAtomic(join(outDir, 'manifest.json'), JSON.stringify(batch.manifest, null, 2) + '\n');
  removeJournal(outDir);
  return [...files.map(([name]) => name), ...Object.keys(WRITERS), 'manifest.json'];
}
