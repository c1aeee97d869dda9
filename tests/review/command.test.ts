import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { DeskStore } from '../../src/runner/store/index.js';
import { reviewCommand } from '../../src/cli/review.js';

describe('claimgraph review refuses what it cannot serve (exit 2: a UsageError)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-review-cmd-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const refusal = async (o: Parameters<typeof reviewCommand>[0]) => {
    const error = await reviewCommand(o).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  };

  it('a missing store, and a file that is not a store', async () => {
    await expect(refusal({ store: join(dir, 'nope.sqlite'), port: 0, host: '127.0.0.1' })).resolves.toContain('no store at');
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'not a database at all, just some words\n');
    await expect(refusal({ store: notes, port: 0, host: '127.0.0.1' })).resolves.toMatch(/not a SQLite database|not a claimgraph store/);
  });

  it('a store a run is writing, naming the run', async () => {
    const store = join(dir, 'desk.sqlite');
    DeskStore.open(store, { create: true }).close();
    writeFileSync(`${store}.lock`, JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), runId: 'busy-run' }) + '\n');
    try {
      await expect(refusal({ store, port: 0, host: '127.0.0.1' })).resolves.toContain('being written by a claimgraph run');
    } finally {
      rmSync(`${store}.lock`);
    }
  });

  it('another address without a token long enough', async () => {
    await expect(refusal({ store: join(dir, 'desk.sqlite'), port: 0, host: '0.0.0.0' })).resolves.toContain('give --token');
    await expect(refusal({ store: join(dir, 'desk.sqlite'), port: 0, host: '0.0.0.0', token: 'short' })).resolves.toContain('give --token');
  });
});
