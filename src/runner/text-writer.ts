import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article } from '../contracts/index.js';
import { TEXTS_DIR, writeAtomicSync } from './output.js';
import { PackedTexts } from './text-pack.js';

/** The extracted texts of a batch to write to `<out>/texts/`, from the journal's text pack. */
export interface TextJob {
  outDir: string;
  /** the pack's path */
  pack: string;
  /** each text: its article, its file (relative to `outDir`), and where it lies in the pack */
  texts: Array<[article: string, textPath: string, offset: number, bytes: number]>;
  /**
   * remove the files of `texts/` no text of the job names (false for a run into a desk store, whose output also
   * holds the texts of the articles earlier runs stored: the store's batch leaves `texts/` as it must be)
   */
  prune: boolean;
}

/** The job for the articles of a batch whose text is not their own input file (HTML and JSONL inputs). */
export function textJob(outDir: string, articles: readonly Article[], packed: PackedTexts, prune = true): TextJob {
  const texts: TextJob['texts'] = [];
  for (const a of articles) {
    const at = a.textPath === null ? undefined : packed.index.get(a.id);
    if (at !== undefined) texts.push([a.id, a.textPath!, at[0], at[1]]);
  }
  return { outDir, pack: packed.path, texts, prune };
}

/**
 * Write each text to its file, atomically, leaving a file that already holds it as it is; first remove the files
 * in `<out>/texts/` that no text of the batch names (texts of articles no longer in the input). Synchronous: it
 * runs on a thread of its own (`writeTextsInBackground`).
 */
export function writeTexts(job: TextJob): void {
  const resume = 'run the same command again with --resume: the resume cache holds every finished article';
  const dir = join(job.outDir, TEXTS_DIR); // every text's file is `<TEXTS_DIR>/<id>.txt` (process.ts)
  try {
    const keep = new Set(job.texts.map(([, textPath]) => basename(textPath)));
    if (job.prune && existsSync(dir)) for (const name of readdirSync(dir)) if (!keep.has(name)) rmSync(join(dir, name), { force: true, recursive: true });
    if (job.texts.length > 0) mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new Error(`cannot make ${dir} a folder of the articles' texts: ${(error as Error).message}. Mend what the message says and ${resume}.`);
  }
  const pack = new PackedTexts(job.pack);
  try {
    for (const [id, textPath, offset, bytes] of job.texts) {
      const path = join(job.outDir, textPath);
      try {
        writeAtomicSync(path, pack.read(id, offset, bytes));
      } catch (error) {
        throw new Error(`cannot write the text of article ${id} to ${path}: ${(error as Error).message}. Make room on the disk (or mend what the message says) and ${resume}.`);
      }
    }
  } finally {
    pack.close();
  }
}

const THREAD = new URL('./text-writer-thread.js', import.meta.url);

/**
 * `writeTexts` on a worker thread of its own, started when the articles are processed: creating a file an
 * article costs the system ~0.1–0.4 ms (more on a busy disk), which on the main thread, while the pool's workers
 * keep both cores busy, slowed the processing of 100 MB on two workers by several seconds. Here it overlaps the
 * cross-article stages and the writing of the other files, which use one core. When the compiled thread does
 * not exist (tests running the TypeScript sources), the texts are written on this thread. The promise never
 * goes unhandled: a failure is given to whoever awaits it (`writeBatch`).
 */
export function writeTextsInBackground(job: TextJob): Promise<void> {
  const written = existsSync(fileURLToPath(THREAD))
    ? new Promise<void>((resolve, reject) => {
      const thread = new Worker(THREAD, { workerData: job });
      thread.once('error', reject);
      thread.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the thread writing texts/ stopped with exit code ${code}`))));
    })
    : Promise.resolve().then(() => writeTexts(job));
  written.catch(() => undefined);
  return written;
}
