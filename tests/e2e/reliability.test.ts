import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/contracts/index.js';
import { LOCK_FILE } from '../../src/runner/lock.js';
import { CLI, cli, readOutput } from '../support/cli.js';
import { makeCorpus } from '../support/corpus.js';

const SEEDS = readdirSync('fixtures/articles').filter((f) => f.endsWith('.txt')).sort();
const seed = (i: number) => join('fixtures/articles', SEEDS[i]!);
const statuses = (m: Manifest) => m.inputs.map((i) => [i.path, i.status, i.error ?? null]);

/** The pid of a process that has ended (for a stale lock). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('what a run reads', () => {
  it('reads each real folder once: a link loop and a second way into a folder are passed over and said', async () => {
    const base = await mkdtemp(join(tmpdir(), 'cg-loop-'));
    const inputs = join(base, 'in');
    await mkdir(join(inputs, 'sub'), { recursive: true });
    await copyFile(seed(0), join(inputs, 'a.txt'));
    await copyFile(seed(1), join(inputs, 'sub', 'b.txt'));
    await symlink('..', join(inputs, 'sub', 'up'));       // back to `in`, which contains it
    await symlink('../..', join(inputs, 'sub', 'up2'));   // back to the folder above `in`
    await symlink('sub', join(inputs, 'sub-again'));      // another way into `sub`
    await symlink('self', join(inputs, 'self'));          // a link to itself
    const r = cli(['run', inputs, '--out', join(base, 'out'), '--quiet']);
    expect(r.code).toBe(0);
    const m = readOutput(join(base, 'out'), 'manifest.json') as Manifest;
    expect(statuses(m)).toEqual([
      [join(inputs, 'a.txt'), 'ok', null],
      [join(inputs, 'self'), 'skipped', `symbolic link loop: ${join(inputs, 'self')} leads back to itself`],
      [join(inputs, 'sub', 'b.txt'), 'ok', null],
      [join(inputs, 'sub', 'up'), 'skipped', `symbolic link loop: ${join(inputs, 'sub', 'up')} leads back to ${inputs}, which contains it`],
      [join(inputs, 'sub', 'up2', 'in'), 'skipped', `symbolic link loop: ${join(inputs, 'sub', 'up2', 'in')} leads back to ${inputs}, which contains it`],
      [join(inputs, 'sub', 'up2', 'out'), 'skipped', expect.stringMatching(/^a claimgraph output folder/)],
      [join(inputs, 'sub-again'), 'skipped', `the same folder as ${join(inputs, 'sub')}, already read`],
    ]);
  });

  it('passes over a claimgraph output folder among its inputs, its own included, and says so once', async () => {
    const base = await mkdtemp(join(tmpdir(), 'cg-own-'));
    for (const i of [0, 1, 2]) await copyFile(seed(i), join(base, SEEDS[i]!));
    const first = cli(['run', '.', '--out', 'out', '--quiet'], { cwd: base });
    expect(first.code).toBe(0);
    const again = cli(['run', '.', '--out', 'out'], { cwd: base });
    expect(again.code).toBe(0);
    expect(again.stderr.match(/claimgraph output folder/g)).toHaveLength(1);
    const m = readOutput(join(base, 'out'), 'manifest.json') as Manifest;
    expect(m.counts).toMatchObject({ inputs: 4, ok: 3, skipped: 1, failed: 0 });
    expect(m.inputs.at(-1)).toMatchObject({ path: 'out', status: 'skipped', error: expect.stringContaining('(it holds .claimgraph)') });
    expect(m.counts.claims).toBe((readOutput(join(base, 'out'), 'claims.jsonl') as unknown[]).length);
  });

  it('exits 1 when not one input could be read, and records why in the manifest', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'cg-typo-')), 'out');
    const r = cli(['run', 'fixtures/articls', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no article could be read from the 1 inputs; manifest.json says why for each');
    expect((readOutput(out, 'manifest.json') as Manifest).inputs).toEqual([
      { article: null, path: 'fixtures/articls', line: null, sha256: null, status: 'failed', error: 'no such file or folder: fixtures/articls' },
    ]);
  });
});

describe('one run per output folder', () => {
  it('refuses a second run into a folder another live run holds, naming it; takes over a lock whose run is gone', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'cg-lock-')), 'out');
    await mkdir(out);
    await writeFile(join(out, '.claimgraph'), '');
    const holder = { pid: process.pid, host: hostname(), startedAt: '2026-01-02T03:04:05.000Z', runId: 'first-run' };
    await writeFile(join(out, LOCK_FILE), JSON.stringify(holder));
    const refused = cli(['run', seed(0), '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`--out ${out} is being written by another claimgraph run (pid ${process.pid} on this machine, started 2026-01-02T03:04:05.000Z, run first-run)`);
    expect(existsSync(join(out, 'claims.jsonl'))).toBe(false);

    await writeFile(join(out, LOCK_FILE), JSON.stringify({ ...holder, pid: deadPid() }));
    expect(cli(['run', seed(0), '--out', out, '--quiet']).code).toBe(0);
    expect(existsSync(join(out, LOCK_FILE))).toBe(false); // released when the run ends
  });

  it('refuses a run started while another writes into the same folder', async () => {
    const base = await mkdtemp(join(tmpdir(), 'cg-twice-'));
    await makeCorpus(join(base, 'corpus'), 150);
    const out = join(base, 'out');
    const first = spawn(process.execPath, [CLI, 'run', join(base, 'corpus'), '--out', out, '--quiet', '--concurrency', '1'], { stdio: 'ignore' });
    const firstDone = new Promise<number | null>((resolve) => first.on('exit', resolve));
    while (!existsSync(join(out, LOCK_FILE))) await new Promise((r) => setTimeout(r, 5));
    const second = cli(['run', seed(0), '--out', out]);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(`is being written by another claimgraph run (pid ${first.pid} on this machine`);
    expect(await firstDone).toBe(0);
    expect((readOutput(out, 'manifest.json') as Manifest).counts.ok).toBe(150);
  }, 60_000);

  it('marks the folder as being written when a run starts: a killed run leaves no manifest to trust, and no temporary file', async () => {
    const base = await mkdtemp(join(tmpdir(), 'cg-mark-'));
    await makeCorpus(join(base, 'corpus'), 60);
    const out = join(base, 'out');
    expect(cli(['run', seed(0), '--out', out, '--quiet']).code).toBe(0);
    expect((readOutput(out, 'manifest.json') as Manifest).status).toBe('complete');
    await writeFile(join(out, '.4242.7.tmp'), 'left by a killed run');
    await mkdir(join(out, 'texts'), { recursive: true });
    await writeFile(join(out, 'texts', '.4242.2.9.tmp'), 'left by a killed run');

    const run = spawn(process.execPath, [CLI, 'run', join(base, 'corpus'), '--out', out, '--quiet', '--concurrency', '1'], { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => run.on('exit', (_code, signal) => resolve(signal)));
    while (!existsSync(join(out, 'in-progress', 'run.json'))) await new Promise((r) => setTimeout(r, 5));
    run.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(existsSync(join(out, 'manifest.json'))).toBe(false); // the earlier run's "complete" manifest is gone
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(join(out, 'texts')).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    // the killed run's lock is stale: the next run takes it and finishes
    expect(cli(['run', join(base, 'corpus'), '--out', out, '--resume', '--quiet']).code).toBe(0);
    expect((readOutput(out, 'manifest.json') as Manifest).counts).toMatchObject({ inputs: 60, ok: 60 });
  }, 60_000);
});

describe('the CLI says what the machine refused', () => {
  it('an --out that cannot be made is an error, not a hang', () => {
    const r = cli(['run', seed(0), '--out', '/proc/claimgraph-out']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot write to --out /proc/claimgraph-out: cannot create the folder /proc/claimgraph-out');
  });

  it('lowers --concurrency to what the machine holds, and says so', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'cg-cap-')), 'out');
    const r = cli(['run', seed(0), '--out', out, '--concurrency', '200']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/claimgraph: --concurrency 200 lowered to \d+: /);
    expect((readOutput(out, 'manifest.json') as Manifest).options.concurrency).toBeLessThan(200);
  });
});
