import { lstat, readdir, readlink, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export type ArticleFormat = 'txt' | 'md' | 'html' | 'jsonl';

export type InputItem =
  | { kind: 'file'; path: string; format: ArticleFormat; size: number }
  | { kind: 'unreadable'; path: string; reason: string };

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
 */
export async function* walkInputs(inputs: readonly string[]): AsyncGenerator<InputItem> {
  for (const input of inputs) yield* walk(input, true);
}

async function* walk(path: string, explicit: boolean): AsyncGenerator<InputItem> {
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
    } catch {
      const target = await readlink(path).catch(() => '?');
      yield { kind: 'unreadable', path, reason: `broken symbolic link: it points to ${target}, which does not exist` };
      return;
    }
  }
  if (info.isDirectory()) {
    let names: string[];
    try {
      names = (await readdir(path)).sort();
    } catch (error) {
      yield { kind: 'unreadable', path, reason: describeFsError(error, path) };
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const child = join(path, name);
      const childInfo = await lstat(child).catch(() => undefined);
      if (childInfo?.isFile() && !formatOf(child)) continue;
      yield* walk(child, false);
    }
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

/** Total bytes of the inputs (a quick walk, stat only), for the progress bar's ETA. */
export async function inputBytes(inputs: readonly string[]): Promise<number> {
  let total = 0;
  for await (const item of walkInputs(inputs)) if (item.kind === 'file') total += item.size;
  return total;
}
