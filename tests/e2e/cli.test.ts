import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };

describe('claimgraph CLI conventions', () => {
  it('--version prints the package version and exits 0', () => {
    expect(cli(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    expect(cli(['-V']).stdout).toBe(`${pkg.version}\n`);
  });

  it('--help lists the commands and exits 0', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: claimgraph [options] [command]');
    for (const command of ['run [options] <inputs...>', 'quantities [options]', 'schema [file]']) expect(r.stdout).toContain(command);
    const run = cli(['run', '--help']);
    expect(run.code).toBe(0);
    for (const option of ['--out <dir>', '--pipeline <file>', '--published <date>', '--concurrency <n>', '--quiet']) expect(run.stdout).toContain(option);
  });

  it('rejects bad usage with exit 2 and a message that says how to fix it', () => {
    expect(cli(['run', 'fixtures/articles'])).toMatchObject({ code: 2, stderr: expect.stringContaining("required option '-o, --out <dir>' not specified") });
    expect(cli(['run', 'fixtures/articles', '--out', '/tmp/x', '--published', '2024-02-30'])).toMatchObject({
      code: 2, stderr: expect.stringContaining('expected a calendar date as YYYY-MM-DD, e.g. 2024-05-01; got "2024-02-30"'),
    });
    expect(cli(['run', 'fixtures/articles', '--out', '/tmp/x', '--concurrency', '0'])).toMatchObject({
      code: 2, stderr: expect.stringContaining('expected a whole number from 1 and up; got "0"'),
    });
    expect(cli(['frobnicate'])).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown command 'frobnicate'") });
    expect(cli(['run', 'fixtures/articles', '--out', '/tmp/x', '--pipeline', 'nope.json'])).toMatchObject({
      code: 2, stderr: expect.stringContaining('cannot read the pipeline file nope.json: ENOENT'),
    });
  });

  it('refuses to write into a non-empty folder that is not claimgraph output, and touches nothing there', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cg-out-'));
    await writeFile(join(dir, 'thesis.docx'), 'precious');
    const r = cli(['run', 'fixtures/articles', '--out', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not empty and is not a claimgraph output folder');
    expect(await readFile(join(dir, 'thesis.docx'), 'utf8')).toBe('precious');
    const file = join(dir, 'thesis.docx');
    expect(cli(['run', 'fixtures/articles', '--out', file])).toMatchObject({ code: 2, stderr: expect.stringContaining('is a file, not a folder') });
  });

  it('writes into a new nested folder and into an empty one', async () => {
    const base = await mkdtemp(join(tmpdir(), 'cg-new-'));
    expect(cli(['run', 'fixtures/articles/002_635563f2a6a5fada.txt', '--out', join(base, 'a/b/c'), '--quiet', '--concurrency', '1']).code).toBe(0);
    await mkdir(join(base, 'empty'));
    expect(cli(['run', 'fixtures/articles/002_635563f2a6a5fada.txt', '--out', join(base, 'empty'), '--quiet', '--concurrency', '1']).code).toBe(0);
  });

  it('schema prints JSON Schema made from the contracts', () => {
    const all = cli(['schema']);
    expect(all.code).toBe(0);
    const schemas = JSON.parse(all.stdout) as Record<string, { type?: string; properties?: Record<string, unknown>; required?: string[] }>;
    expect(Object.keys(schemas)).toEqual([
      'manifest.json', 'articles.jsonl', 'claims.jsonl', 'entities.jsonl', 'facts.json', 'discrepancies.json', 'graph.jsonld',
      'pipeline.json', 'quantities input', 'quantities output',
    ]);
    const claim = schemas['claims.jsonl']!;
    expect(claim.type).toBe('object');
    for (const field of ['id', 'article', 'start', 'end', 'quote', 'value', 'low', 'high', 'hedge', 'unit', 'period', 'attribution']) {
      expect(claim.required).toContain(field);
    }
    const one = cli(['schema', 'manifest.json']);
    expect((JSON.parse(one.stdout) as { properties: Record<string, unknown> }).properties).toHaveProperty('inputs');
    expect(cli(['schema', 'nope.json'])).toMatchObject({ code: 2, stderr: expect.stringContaining('no schema named "nope.json"; known: manifest.json') });
  });
});
