import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUSY_WORKER, busyPipeline } from '../support/busy.js';

// The compiled runner, so that articles run in worker threads with their timeout (npm test builds dist/ first).
const { runBatch } = (await import('../../dist/runner/run.js' as string)) as typeof import('../../src/runner/run.js');

describe('runBatch', () => {
  it('never caches a timeout: --resume processes the article again, and takes the others from the cache', async () => {
    const base = mkdtempSync(join(tmpdir(), 'cg-run-'));
    const inputs = join(base, 'in');
    mkdirSync(inputs);
    const seed = readFileSync('fixtures/articles/003_f168b46be237bddb.txt', 'utf8');
    writeFileSync(join(inputs, 'a.txt'), seed);
    writeFileSync(join(inputs, 'b-slow.txt'), `${seed}\n\nBUSY 5000\n`);
    const out = join(base, 'out');
    mkdirSync(out);
    const pipeline = await busyPipeline();
    const run = (timeoutMs: number, resume: boolean) => runBatch({
      inputs: [inputs], pipeline, published: null, concurrency: 1, articleTimeoutMs: timeoutMs, maxArticleBytes: 1 << 20,
      runId: 'r', outDir: out, resume, worker: BUSY_WORKER,
    });

    const first = await run(2000, false);
    expect(first.manifest.inputs.map((i) => [i.path.slice(inputs.length + 1), i.status])).toEqual([['a.txt', 'ok'], ['b-slow.txt', 'failed']]);
    expect(first.manifest.inputs[1]!.error).toMatch(/^processing took longer than 2 s/);

    const second = await run(30_000, true);
    expect(second.manifest.inputs.map((i) => i.status)).toEqual(['ok', 'ok']);
    expect(second.manifest.counts.cached).toBe(1); // a.txt; the timed-out article was processed again
  });
});
