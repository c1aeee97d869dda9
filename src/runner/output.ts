import { createWriteStream, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { dirname, join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import { UsageError } from '../core/errors.js';
import { lockOutDir } from './lock.js';

/** Marks a folder as claimgraph output, written before anything else so an interrupted run is recognised too. */
export const MARKER = '.claimgraph';

/** The folder of an output folder that holds the extracted texts of HTML and JSONL articles, one `<id>.txt` each. */
export const TEXTS_DIR = 'texts';

/**
 * Make sure `dir` may be written: a new or empty folder, or an earlier claimgraph output. Refuses anything else,
 * so a typo in `--out` never overwrites a user's files.
 */
export async function prepareOutDir(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory()) throw new UsageError(`--out ${dir} is a file, not a folder; choose a folder to write into`);
  if (info) {
    const entries = await readdir(dir);
    if (entries.length > 0 && !(entries.includes(MARKER) || (await isClaimgraphManifest(join(dir, 'manifest.json'))))) {
      throw new UsageError(
        `--out ${dir} is not empty and is not a claimgraph output folder (it has no ${MARKER} marker or claimgraph manifest.json). ` +
          'Choose a new or empty folder so nothing of yours is overwritten.',
      );
    }
  }
  try {
    await makeFolder(dir);
    await writeAtomic(join(dir, MARKER), 'This folder holds claimgraph output; claimgraph may overwrite the files in it.\n');
  } catch (error) {
    throw new UsageError(`cannot write to --out ${dir}: ${(error as Error).message}`);
  }
}

/**
 * `mkdir -p`, one folder at a time. Node's recursive mkdir never returns on some file systems that refuse new
 * folders without saying why (it retries forever under /proc); made one at a time, each refusal is an error.
 */
async function makeFolder(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let at = resolve(dir); ; at = dirname(at)) {
    const info = await stat(at).catch(() => undefined);
    if (info) {
      if (!info.isDirectory()) throw new Error(`${at} is a file, not a folder`);
      break;
    }
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing) {
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw new Error(`cannot create the folder ${folder} (${error.code ?? error.message})`);
    });
  }
}

/** The temporary files `writeAtomic` and `writeAtomicSync` make (`.<pid>.<n>.tmp`, `.<pid>.<thread>.<n>.tmp`). */
const TEMPORARY = /^\.\d+\.(?:\d+\.)?\d+\.tmp$/;

/**
 * Open an output folder for a run: check it (`prepareOutDir`), take its lock (one run at a time, lock.ts), then
 * mark it as being written: the previous run's manifest.json is removed, so no reader takes the folder for a
 * complete output until this run writes its own manifest (last of all); temporary files a killed run left are
 * removed. Returns the lock's release.
 */
export async function openOutDir(dir: string, runId: string): Promise<() => void> {
  await prepareOutDir(dir);
  const release = lockOutDir(dir, runId);
  try {
    await rm(join(dir, 'manifest.json'), { force: true });
    for (const folder of [dir, join(dir, TEXTS_DIR)]) {
      const names = await readdir(folder).catch(() => [] as string[]);
      for (const name of names) if (TEMPORARY.test(name)) await rm(join(folder, name), { force: true });
    }
  } catch (error) {
    release();
    throw new UsageError(`cannot prepare --out ${dir}: ${(error as Error).message}`);
  }
  return release;
}

async function isClaimgraphManifest(path: string): Promise<boolean> {
  try {
    const json = JSON.parse(await readFile(path, 'utf8')) as { tool?: { name?: unknown } };
    return json.tool?.name === 'claimgraph';
  } catch {
    return false;
  }
}

let counter = 0;
/** Write to a temporary file beside the target, then rename: a crash leaves the old file or the new, never half. */
export async function writeAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${process.pid}.${counter++}.tmp`);
  try {
    await writeFile(tmp, content);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/**
 * `writeAtomic` on the calling thread, for the many small files of a run (each article's extracted text, written
 * by a thread of their own: see text-writer.ts), into a folder that exists. A file that already holds exactly
 * `content` is left as it is: a run into the folder of an earlier one would otherwise replace every text by
 * rename, which on ext4 flushes each new file first: a cost a file that a batch of thousands of texts adds up.
 */
export function writeAtomicSync(path: string, content: string): void {
  if (holds(path, content)) return;
  const tmp = join(dirname(path), `.${process.pid}.${threadId}.${counter++}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** Whether the file at `path` holds exactly `content`; read only when its size says it may (none on a fresh run). */
function holds(path: string, content: string): boolean {
  try {
    const size = statSync(path, { throwIfNoEntry: false })?.size;
    return size === Buffer.byteLength(content) && readFileSync(path, 'utf8') === content;
  } catch {
    return false;
  }
}

/** `writeAtomic` for content given in chunks (a file longer than one string may be). */
export async function writeAtomicChunks(path: string, chunks: Iterable<string>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${process.pid}.${counter++}.tmp`);
  try {
    await pipeline(Readable.from(chunks), createWriteStream(tmp));
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}
