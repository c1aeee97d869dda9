import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/core/doc.js';
import { sha256 } from '../../src/core/ids.js';
import { BUSY_WORKER, busyPipeline } from '../support/busy.js';
import type * as PipelineModule from '../../src/stages/pipeline.js';
import type * as PoolModule from '../../src/runner/pool.js';

// The compiled modules: worker threads need JavaScript (npm test builds dist/ first).
const { loadPipeline } = (await import('../../dist/stages/pipeline.js' as string)) as typeof PipelineModule;
const { makeProcessor } = (await import('../../dist/runner/pool.js' as string)) as typeof PoolModule;

const text = readFileSync('fixtures/articles/003_f168b46be237bddb.txt', 'utf8');
const source: Source = {
  id: 'a'.repeat(16), path: 'fixtures/articles/003_f168b46be237bddb.txt', line: null, format: 'txt', content: text,
  encoding: 'utf-8', sha256: 'a'.repeat(64), meta: { sourceId: null, title: null, url: null, published: null },
};

describe('worker pool', () => {
  it('runs articles in worker threads with the same result as the main thread', async () => {
    const pipeline = await loadPipeline('pipelines/newsroom.json');
    const pool = makeProcessor(pipeline, { published: '2025-03-10' }, 2);
    expect(pool.threads).toBe(2);
    try {
      const [a, b] = await Promise.all([pool.run(source, []), pool.run({ ...source, path: 'copy.txt' }, [])]);
      expect(a.result.ok && b.result.ok).toBe(true);
      const { processSource } = await import('../../dist/runner/process.js' as string) as typeof import('../../src/runner/process.js');
      const main = processSource(pipeline, source, { published: '2025-03-10' });
      expect(a.result).toEqual(main);
      expect(a.json).toBe(JSON.stringify(main)); // the worker sends its result as JSON, for the resume cache
    } finally {
      await pool.close();
    }
  });

  it('runs a batch of articles in one worker, stage by stage, each with its main-thread result', async () => {
    const pipeline = await loadPipeline('pipelines/newsroom.json');
    const { processSource } = await import('../../dist/runner/process.js' as string) as typeof import('../../src/runner/process.js');
    const seeds = readdirSync('fixtures/articles').filter((f) => f.endsWith('.txt')).sort();
    const sources: Source[] = seeds.map((f, i) => ({ ...source, id: String(i).repeat(16), path: `fixtures/articles/${f}`, content: readFileSync(`fixtures/articles/${f}`, 'utf8') }));
    sources.splice(2, 0, { ...source, id: 'e'.repeat(16), path: 'empty.txt', content: '' }); // fails in ingest, mid-batch
    const pool = makeProcessor(pipeline, { published: '2025-03-10' }, 1);
    try {
      // asked in one turn, they go to the one worker as one batch
      const done = await Promise.all(sources.map((s, i) => pool.run(s, i === 0 ? ['a warning from reading'] : [])));
      expect(done.map((d) => d.result.ok)).toEqual(sources.map((s) => s.content !== ''));
      const main = sources.map((s, i) => processSource(pipeline, s, { published: '2025-03-10' }, i === 0 ? ['a warning from reading'] : []));
      expect(done.map((d) => d.result)).toEqual(main);
      expect(done.map((d) => d.json)).toEqual(main.map((r) => JSON.stringify(r))); // built around each claim serialised once
      expect(done[0]!.result.ok && done[0]!.result.article.messages.some((m) => m.reason === 'a warning from reading')).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('times only an article\'s own processing: articles queued behind slow ones are not charged for the wait', async () => {
    const pipeline = await busyPipeline();
    const worker = BUSY_WORKER;
    // one thread, six articles of a second each, a 3 s timeout: 6 s in all, each well within its own time
    const pool = makeProcessor(pipeline, { published: null }, 1, { timeoutMs: 3000, worker });
    try {
      const done = await Promise.all(Array.from({ length: 6 }, (_, i) => pool.run(busySource(`copy-${i}.txt`, 1000), [])));
      expect(done.map((d) => d.result.ok)).toEqual(Array(6).fill(true));
      expect(pool.stats).toEqual({ batches: 1, timedOut: 0, rerun: 0 });
    } finally {
      await pool.close();
    }
  });

  it('stops the slow article of a batch once, records why, never caches it, and runs the rest again', async () => {
    const pipeline = await busyPipeline();
    const worker = BUSY_WORKER;
    // a timeout far above an ordinary article's own time (a cold worker on a busy machine takes a second or two)
    const pool = makeProcessor(pipeline, { published: null }, 1, { timeoutMs: 3000, worker });
    try {
      const asked = [busySource('a.txt', 0), busySource('slow.txt', 60_000), busySource('c.txt', 0), busySource('d.txt', 0)];
      const done = await Promise.all(asked.map((s) => pool.run(s, [])));
      expect(done.map((d) => d.result.ok)).toEqual([true, false, true, true]);
      expect(done[1]!.result).toEqual({ ok: false, reason: 'processing took longer than 3 s and was stopped; some stage is pathologically slow on this article (please report it with the file)' });
      expect(done.map((d) => d.cacheable)).toEqual([true, false, true, true]);
      // the slow article ran once, in its batch; only the three others ran again, together
      expect(pool.stats).toEqual({ batches: 2, timedOut: 1, rerun: 3 });
    } finally {
      await pool.close();
    }
  });

  it('says when a slow article is a large one, naming its size and the option', async () => {
    const pipeline = await busyPipeline();
    const worker = BUSY_WORKER;
    const pool = makeProcessor(pipeline, { published: null }, 1, { timeoutMs: 2000, worker });
    try {
      const big = busySource('big.txt', 20_000);
      const { result } = await pool.run({ ...big, content: big.content + ' '.repeat(9 * 1024 * 1024) }, []);
      expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^the article is 9\.0 MB, and processing it took longer than 2 s, so it was stopped: split it into smaller articles, or give it more time with --article-timeout$/) });
    } finally {
      await pool.close();
    }
  });
});

function busySource(path: string, ms: number): Source {
  const content = `${text}\n\nBUSY ${ms}\n`;
  return { ...source, id: sha256(content + path).slice(0, 16), path, content, sha256: sha256(content) };
}
