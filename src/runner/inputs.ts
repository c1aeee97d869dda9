import { lstat, readdir, readlink, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { MARKER as OUTPUT_MARKER } from './output.js';

export type ArticleFormat = 'txt' | 'md' | 'html' | 'jsonl';

export type InputItem =
  | { kind: 'file'; path: string; format: ArticleFormat; size: number }
  | { kind: 'unreadable'; path: string; reason: string }
  /** a folder passed over on purpose (a link loop, a folder already read, a claimgraph output), and why */
  | { kind: 'passed'; path: string; reason: string };

const FORMATS: Readonly<Record<string, ArticleFormat>> = {
  '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};
export const SUPPORTED = '.txt, .md, .html, .htm and .jsonl';

export function formatOf(path: string): ArticleFormat | undefined {
  return FORMATS[extname(path).toLowerCase()];
}

/**
 * Walk the inputs as given, lazily and in a stable order (arguments in order; folder entries sorted by name,
 * recursively). Every argument yields at least one item, so nothing given is ever silently dropped; inside
 * folders, hidden files and files of other types are passed over.
 *
 * Each real folder is read once, whatever the links that lead to it (folders are known by device and inode): a
 * link back to a folder being read is a symbolic link loop, another way into a folder already read is passed
 * over, and both are said in the manifest. A folder holding a claimgraph output (its marker file) is passed
 * over too, so a run never reads its own output or an earlier one's. `signal` stops the walk between folders.
 */
export async function* walkInputs(inputs: readonly string[], signal?: AbortSignal): AsyncGenerator<InputItem> {
  const walker = new Walker(signal);
  for (const input of inputs) yield* walker.walk(input, true);
}

class Walker {
  /** folders read (or being read), by device and inode, with the path they were first reached by */
  private readonly seen = new Map<string, { path: string; open: boolean }>();

  constructor(private readonly signal: AbortSignal | undefined) {}

  async *walk(path: string, explicit: boolean): AsyncGenerator<InputItem> {
    if (this.signal?.aborted) return;
    let info;
    try {
      info = await lstat(path);
    } catch (error) {
      yield { kind: 'unreadable', path, reason: describeFsError(error, path) };
      return;
    }
    if (info.isSymbolicLink()) {
      try {
        info = await stat(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ELOOP') {
          yield { kind: 'passed', path, reason: `symbolic link loop: ${path} leads back to itself` };
          return;
        }
        const target = await readlink(path).catch(() => '?');
        yield { kind: 'unreadable', path, reason: `broken symbolic link: it points to ${target}, which does not exist` };
        return;
      }
    }
    if (info.isDirectory()) {
      yield* this.folder(path, `${info.dev}:${info.ino}`);
      return;
    }
    if (!info.isFile()) {
      yield { kind: 'unreadable', path, reason: 'not a regular file (a device, socket or pipe); give article files or folders' };
      return;
    }
    const format = formatOf(path);
    if (!format) {
      if (explicit) yield { kind: 'unreadable', path, reason: `unsupported file type "${extname(path) || '(none)'}": claimgraph reads ${SUPPORTED}` };
      return;
    }
    yield { kind: 'file', path, format, size: info.size };
  }

  private async *folder(path: string, key: string): AsyncGenerator<InputItem> {
    const first = this.seen.get(key);
    if (first) {
      yield first.open
        ? { kind: 'passed', path, reason: `symbolic link loop: ${path} leads back to ${first.path}, which contains it` }
        : { kind: 'passed', path, reason: `the same folder as ${first.path}, already read` };
      return;
    }
    let names: string[];
    try {
      names = (await readdir(path)).sort();
    } catch (error) {
      yield { kind: 'unreadable', path, reason: describeFsError(error, path) };
      return;
    }
    if (names.includes(OUTPUT_MARKER)) {
      yield { kind: 'passed', path, reason: `a claimgraph output folder (it holds ${OUTPUT_MARKER}): passed over, so that no run reads claimgraph's own output` };
      return;
    }
    const entry = { path, open: true };
    this.seen.set(key, entry);
    for (const name of names) {
      if (name.startsWith('.')) continue;
      if (this.signal?.aborted) break;
      const child = join(path, name);
      const childInfo = await lstat(child).catch(() => undefined);
      if (childInfo?.isFile() && !formatOf(child)) continue;
      yield* this.walk(child, false);
    }
    entry.open = false;
  }
}

export function describeFsError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return `no such file or folder: ${path}`;
    case 'EACCES': case 'EPERM': return `permission denied reading ${path}`;
    case 'EISDIR': return `${path} is a folder where a file was expected`;
    case 'ELOOP': return `symbolic link loop at ${path}`;
    default: return `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** How many items (files, and folders passed over or unreadable) a walk of the inputs meets. */
export async function countInputs(inputs: readonly string[]): Promise<number> {
  let n = 0;
  for await (const _ of walkInputs(inputs)) n++;
  return n;
}

/** Total bytes of the inputs (a quick walk, stat only), for the progress bar's ETA. */
export async function inputBytes(inputs: readonly string[], signal?: AbortSignal): Promise<number> {
  let total = 0;
  for await (const item of walkInputs(inputs, signal)) if (item.kind === 'file') total += item.size;
  return total;
}
