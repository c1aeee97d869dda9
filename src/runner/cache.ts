import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Source } from '../core/doc.js';
import { contentId } from '../core/ids.js';
import type { RunSettings } from '../core/stage.js';
import { TOOL } from '../core/tool.js';
import { writeAtomic } from './output.js';
import type { ArticleResult } from './process.js';

/** Where per-article results live inside an output folder, so `--resume` can skip finished articles. */
export const CACHE_DIR = '.cache';

/**
 * Per-article results cached by content: the key covers the article (content hash, path, line, metadata), the
 * pipeline definition, the run settings and the tool version, so a changed input or pipeline is recomputed.
 */
export class ResultCache {
  constructor(private readonly dir: string, private readonly pipelineHash: string, private readonly settings: RunSettings) {}

  key(source: Source): string {
    return contentId(TOOL.version, this.pipelineHash, this.settings.published ?? '', source.sha256, source.path, source.line ?? '', source.format, JSON.stringify(source.meta));
  }

  private file(key: string): string {
    return join(this.dir, CACHE_DIR, key.slice(0, 2), `${key}.json`);
  }

  async get(source: Source): Promise<ArticleResult | undefined> {
    try {
      return JSON.parse(await readFile(this.file(this.key(source)), 'utf8')) as ArticleResult;
    } catch {
      return undefined; // missing or torn (a crash mid-write cannot tear it: writes are atomic) — recompute
    }
  }

  async put(source: Source, result: ArticleResult): Promise<void> {
    const file = this.file(this.key(source));
    await mkdir(join(file, '..'), { recursive: true });
    await writeAtomic(file, JSON.stringify(result));
  }
}
