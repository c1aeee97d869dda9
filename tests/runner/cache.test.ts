import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/core/doc.js';
import { ResultCache } from '../../src/runner/cache.js';
import type { ArticleResult } from '../../src/runner/process.js';

const source = (n: number): Source => ({
  id: String(n).padStart(16, '0'), path: `a${n}.txt`, line: null, format: 'txt', content: `text ${n}`,
  encoding: 'utf-8', sha256: String(n).padStart(64, '0'), meta: { sourceId: null, title: null, url: null, published: null },
});
const failed = (n: number): ArticleResult => ({ ok: false, reason: `reason ${n} — ü` });
const settings = { published: null };

async function fill(out: string, resume: boolean, from: number, to: number) {
  const cache = await ResultCache.open(out, 'pipeline', settings, resume);
  for (let n = from; n < to; n++) await cache.put(source(n), JSON.stringify(failed(n)));
  await cache.close();
}

describe('resume cache (append-only log)', () => {
  it('finds every result of earlier segments by key, and only with --resume', async () => {
    const out = await mkdtemp(join(tmpdir(), 'cg-cache-'));
    await fill(out, false, 0, 50);
    await fill(out, true, 50, 80);
    expect(readdirSync(join(out, '.cache')).sort()).toEqual(['results-000001.jsonl', 'results-000002.jsonl']);
    const cache = await ResultCache.open(out, 'pipeline', settings, true);
    expect(cache.size).toBe(80);
    expect(await cache.get(source(3))).toEqual(failed(3));
    expect(await cache.get(source(79))).toEqual(failed(79));
    expect(await cache.get(source(80))).toBeUndefined();
    await cache.close();

    const other = await ResultCache.open(out, 'another pipeline', settings, true);
    expect(await other.get(source(3))).toBeUndefined(); // the key covers the pipeline
    await other.close();

    const fresh = await ResultCache.open(out, 'pipeline', settings, false);
    expect(fresh.size).toBe(0); // a run without --resume starts the log afresh
    await fresh.close();
    expect(readdirSync(join(out, '.cache'))).toEqual(['results-000001.jsonl']);
  });

  it('passes over a line cut short by a crash and recomputes a damaged one', async () => {
    const out = await mkdtemp(join(tmpdir(), 'cg-cache-'));
    await fill(out, false, 0, 3);
    const file = join(out, '.cache', 'results-000001.jsonl');
    const lines = readFileSync(file, 'utf8').split('\n');
    // line 1 damaged in place (same length), and a torn line with no newline at the end
    writeFileSync(file, [lines[0], lines[1]!.replace('reason', 'r"ason'), lines[2], ''].join('\n'));
    appendFileSync(file, lines[0]!.slice(0, 30));
    const cache = await ResultCache.open(out, 'pipeline', settings, true);
    expect(cache.size).toBe(3);
    expect(await cache.get(source(0))).toEqual(failed(0));
    expect(await cache.get(source(1))).toBeUndefined();
    expect(await cache.get(source(2))).toEqual(failed(2));
    await cache.close();
  });
});
