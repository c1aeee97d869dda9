import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, open, readdir, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { Source } from '../core/doc.js';
import { contentId } from '../core/ids.js';
import type { RunSettings } from '../core/stage.js';
import { dataVersion, TOOL } from '../core/tool.js';
import type { ArticleResult } from './process.js';

/** Where per-article results live inside an output folder, so `--resume` can skip finished articles. */
export const CACHE_DIR = '.cache';

const SEGMENT = /^results-(\d{6})\.jsonl$/;
const HEAD = '{"key":"';
const KEY_CHARS = 16;
const NEWLINE = 0x0a;
/** What a cached result may hold (failures only when they are the article's own); a new value retires older logs. */
const FORMAT = '2';

interface Entry {
  file: string;
  offset: number;
  length: number;
}

/**
 * Per-article results cached by content, as an append-only log: `.cache/results-NNNNNN.jsonl`, one line a
 * result, `{"key":"<16 hex>","result":{...}}`. One buffered append per article — no file or folder per article,
 * which cost the main thread more than the article itself. The key covers the article (content hash, path,
 * line, metadata), the pipeline definition, the run settings, the tool version and its data files, so a changed input or
 * pipeline is recomputed.
 *
 * A crash (even SIGKILL) can only cut the newest segment short: an incomplete last line has no newline and is
 * passed over, and a line that does not parse is recomputed. Each run appends to a segment of its own; a run
 * without `--resume` starts the log afresh, one with it indexes the earlier segments first.
 */
export class ResultCache {
  private readonly index = new Map<string, Entry>();
  private readonly readers = new Map<string, Promise<FileHandle>>();
  private out: WriteStream | undefined;
  private drained: Promise<void> | undefined;
  private error: Error | undefined;

  private constructor(private readonly dir: string, private readonly pipelineHash: string, private readonly settings: RunSettings) {}

  static async open(outDir: string, pipelineHash: string, settings: RunSettings, resume: boolean): Promise<ResultCache> {
    const cache = new ResultCache(join(outDir, CACHE_DIR), pipelineHash, settings);
    if (!resume) await rm(cache.dir, { recursive: true, force: true });
    await mkdir(cache.dir, { recursive: true });
    const segments = (await readdir(cache.dir)).filter((n) => SEGMENT.test(n)).sort();
    if (resume) for (const name of segments) await cache.indexSegment(join(cache.dir, name));
    const next = segments.length ? Number(SEGMENT.exec(segments.at(-1)!)![1]) + 1 : 1;
    cache.out = createWriteStream(join(cache.dir, `results-${String(next).padStart(6, '0')}.jsonl`), { flags: 'a' });
    cache.out.on('error', (e) => (cache.error = e));
    return cache;
  }

  key(source: Source): string {
    return contentId(FORMAT, TOOL.version, dataVersion(), this.pipelineHash, this.settings.published ?? '', source.sha256, source.path, source.line ?? '', source.format, JSON.stringify(source.meta));
  }

  /** Results indexed from earlier segments (for `--resume`). */
  get size(): number {
    return this.index.size;
  }

  async get(source: Source): Promise<ArticleResult | undefined> {
    const entry = this.index.get(this.key(source));
    if (!entry) return undefined;
    try {
      const buffer = Buffer.alloc(entry.length);
      await (await this.reader(entry.file)).read(buffer, 0, entry.length, entry.offset);
      const line = JSON.parse(buffer.toString('utf8')) as { result: ArticleResult };
      return line.result;
    } catch {
      return undefined; // a damaged line: recompute
    }
  }

  /** One open handle a segment for the whole run, not an open and a close an article. */
  private reader(file: string): Promise<FileHandle> {
    let handle = this.readers.get(file);
    if (!handle) this.readers.set(file, (handle = open(file, 'r')));
    return handle;
  }

  /** Append one result; resolves when the log can take more (back-pressure), not when it is on disk. */
  async put(source: Source, json: string): Promise<void> {
    if (this.error) throw new Error(`cannot write the resume cache in ${this.dir}: ${this.error.message}`);
    const out = this.out!;
    if (!out.write(`${HEAD}${this.key(source)}","result":${json}}\n`)) {
      // every article in flight may be waiting: one listener for them all
      this.drained ??= new Promise<void>((resolve) => out.once('drain', () => {
        this.drained = undefined;
        resolve();
      }));
      await this.drained;
    }
  }

  /** Flush and close the log (before the run's outputs are written, so a later `--resume` finds every result). */
  async close(): Promise<void> {
    await Promise.allSettled([...this.readers.values()].map(async (handle) => (await handle).close()));
    this.readers.clear();
    const out = this.out;
    if (!out) return;
    this.out = undefined;
    await new Promise<void>((resolve) => out.end(resolve));
  }

  /** Find every complete line of a segment by byte offset, reading only the key at its start. */
  private async indexSegment(file: string): Promise<void> {
    let offset = 0;
    let carry: Buffer = Buffer.alloc(0);
    for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
      const data = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      let start = 0;
      for (let nl = data.indexOf(NEWLINE, start); nl !== -1; nl = data.indexOf(NEWLINE, start)) {
        const head = data.toString('latin1', start, Math.min(nl, start + HEAD.length + KEY_CHARS));
        if (head.startsWith(HEAD) && head.length === HEAD.length + KEY_CHARS) {
          this.index.set(head.slice(HEAD.length), { file, offset: offset + start, length: nl - start });
        }
        start = nl + 1;
      }
      offset += start;
      carry = data.subarray(start);
    }
  }
}
