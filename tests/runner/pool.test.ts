import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/core/doc.js';
import type * as PipelineModule from '../../src/core/pipeline.js';
import type * as PoolModule from '../../src/runner/pool.js';

// The compiled modules: worker threads need JavaScript (npm test builds dist/ first).
const { loadPipeline } = (await import('../../dist/core/pipeline.js' as string)) as typeof PipelineModule;
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

  it('stops an article that runs past the timeout and records why, without stopping the pool', async () => {
    const pipeline = await loadPipeline('pipelines/newsroom.json');
    const pool = makeProcessor(pipeline, { published: null }, 1, 1);
    try {
      // asked in one turn, the two go to the worker as one batch; the batch times out, so each is run again alone
      // and recorded with its own reason
      const [{ result }, other] = await Promise.all([pool.run(source, []), pool.run({ ...source, path: 'copy.txt' }, [])]);
      expect(other.result).toEqual(result);
      expect(result).toEqual({ ok: false, reason: 'processing took longer than 0.001 s and was stopped; some stage is pathologically slow on this article (please report it with the file)' });
    } finally {
      await pool.close();
    }
  });
});
