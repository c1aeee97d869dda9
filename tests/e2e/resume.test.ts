import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/contracts/index.js';
import { CLI, cli, readOutput } from '../support/cli.js';
import { makeCorpus } from '../support/corpus.js';

const N = 250;

/** Complete lines in the resume cache's segments: the articles a resumed run will not process again. */
function cachedCount(out: string): number {
  const dir = join(out, '.cache');
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
    const bytes = readFileSync(join(dir, name));
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
  }
  return n;
}

/** Complete lines of a journal file (a killed run may leave the last one cut short). */
function journalLines(out: string, name: string): string[] {
  const path = join(out, 'in-progress', name);
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  return text.slice(0, text.lastIndexOf('\n') + 1).split('\n').filter(Boolean);
}

/** Start a run in the background and send `signal` once at least `after` articles are cached (and `also` holds). */
function runAndStop(corpus: string, out: string, signal: NodeJS.Signals, after: number, also: () => boolean = () => true): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'run', corpus, '--out', out, '--concurrency', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const poll = setInterval(() => {
      if (cachedCount(out) >= after && also()) {
        clearInterval(poll);
        child.kill(signal);
      }
    }, 5);
    child.on('error', reject);
    child.on('exit', (code, sig) => {
      clearInterval(poll);
      resolve({ code, signal: sig, stderr });
    });
  });
}

describe('stopping and resuming a run', () => {
  let corpus: string;
  let reference: string;
  const OUTPUTS = ['articles.jsonl', 'claims.jsonl', 'entities.jsonl', 'facts.json', 'discrepancies.json', 'graph.jsonld', 'report.md', 'claims.csv'];

  beforeAll(async () => {
    const base = await mkdtemp(join(tmpdir(), 'cg-resume-'));
    corpus = join(base, 'corpus');
    await makeCorpus(corpus, N);
    reference = join(base, 'reference');
    expect(cli(['run', corpus, '--out', reference, '--quiet']).code).toBe(0);
  }, 180_000);

  it('resumes after a crash (SIGKILL) without losing or double-counting an article', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'cg-kill-')), 'out');
    const killed = await runAndStop(corpus, out, 'SIGKILL', 40, () => journalLines(out, 'manifest.jsonl').length >= 20);
    expect(killed.signal).toBe('SIGKILL');
    expect(existsSync(join(out, 'manifest.json'))).toBe(false); // killed before any output file: nothing half-written
    const before = cachedCount(out);
    expect(before).toBeGreaterThanOrEqual(40);
    expect(before).toBeLessThan(N);

    // the journal records the inputs settled before the kill, in input order, with their claims
    const settled = journalLines(out, 'manifest.jsonl').map((l) => JSON.parse(l) as Manifest['inputs'][number]);
    expect(settled.length).toBeGreaterThanOrEqual(20);
    expect(settled.length).toBeLessThan(N);
    expect(settled.map((i) => i.path)).toEqual(readdirSync(corpus).sort().slice(0, settled.length).map((f) => join(corpus, f)));
    expect(settled.every((i) => i.status === 'ok')).toBe(true);
    const journaled = new Map(settled.map((i) => [i.article, i.path]));
    const claims = journalLines(out, 'claims.jsonl').map((l) => JSON.parse(l) as { article: string; start: number; end: number; quote: string });
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      const path = journaled.get(c.article);
      expect(path, c.article).toBeDefined(); // a claim is journaled only after (or with) its article's entry
      expect(readFileSync(path!, 'utf8').slice(c.start, c.end)).toBe(c.quote);
    }

    const resumed = cli(['run', corpus, '--out', out, '--resume', '--quiet']);
    expect(resumed.code).toBe(0);
    const manifest = readOutput(out, 'manifest.json') as Manifest;
    expect(manifest.status).toBe('complete');
    expect(manifest.counts).toMatchObject({ inputs: N, ok: N, failed: 0, skipped: 0 });
    expect(manifest.counts.cached).toBeGreaterThanOrEqual(before);
    expect(manifest.counts.cached).toBeLessThan(N);
    for (const name of OUTPUTS) expect(await readFile(join(out, name), 'utf8'), name).toBe(await readFile(join(reference, name), 'utf8'));
    expect(existsSync(join(out, 'in-progress'))).toBe(false); // the final files hold it all now
  }, 180_000);

  it('stops cleanly on Ctrl-C (SIGINT): exit 130, a consistent manifest, and --resume finishes the job', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'cg-int-')), 'out');
    const stopped = await runAndStop(corpus, out, 'SIGINT', 40);
    expect(stopped.code).toBe(130);
    const manifest = readOutput(out, 'manifest.json') as Manifest;
    expect(manifest.status).toBe('interrupted');
    // the console and both reports say first how much was read and how to finish
    const note = `Interrupted: ${manifest.counts.inputs} of ${N} inputs read (${N - manifest.counts.inputs} never reached). This output holds only what was read; rerun the same command with --resume to finish.`;
    expect(manifest.counts.notReached).toBe(N - manifest.counts.inputs);
    expect(stopped.stderr).toContain(`claimgraph: ${note}`);
    expect(await readFile(join(out, 'report.md'), 'utf8')).toContain(`# claimgraph audit report\n\n> **${note}**`);
    expect(await readFile(join(out, 'report.html'), 'utf8')).toContain(`<p class="interrupted" role="alert">${note}</p>`);
    expect(manifest.counts.inputs).toBe(manifest.inputs.length);
    expect(manifest.counts.inputs).toBeGreaterThanOrEqual(40);
    expect(manifest.counts.inputs).toBeLessThan(N);
    const articles = (await readFile(join(out, 'articles.jsonl'), 'utf8')).split('\n').filter(Boolean);
    expect(articles.length).toBe(manifest.counts.ok);
    expect(existsSync(join(out, 'in-progress'))).toBe(false); // the stopped run's files hold all its journal held
    // the settled inputs are a prefix of the input order
    expect(manifest.inputs.map((i) => i.path)).toEqual(readdirSync(corpus).sort().slice(0, manifest.inputs.length).map((f) => join(corpus, f)));

    const resumed = cli(['run', corpus, '--out', out, '--resume', '--quiet']);
    expect(resumed.code).toBe(0);
    const done = readOutput(out, 'manifest.json') as Manifest;
    expect(done).toMatchObject({ status: 'complete', counts: { inputs: N, ok: N } });
    expect(done.counts.cached).toBeGreaterThanOrEqual(manifest.counts.ok);
    for (const name of OUTPUTS) expect(await readFile(join(out, name), 'utf8'), name).toBe(await readFile(join(reference, name), 'utf8'));
  }, 180_000);
});
