import { cp, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Manifest, ManifestInput } from '../../src/contracts/index.js';
import { cli, readOutput } from '../support/cli.js';

/**
 * The broken-input fixtures (fixtures/broken/, described in fixtures/broken-inputs.md) plus what cannot be
 * committed: a 60 MB file and a path that does not exist.
 */
describe('claimgraph run over broken inputs', () => {
  let dir: string;
  let out: string;
  let result: ReturnType<typeof cli>;
  let manifest: Manifest;
  const entry = (file: string, line: number | null = null): ManifestInput => {
    const found = manifest.inputs.find((i) => i.path === join(dir, file) && i.line === line);
    if (!found) throw new Error(`no manifest entry for ${file}${line ? `:${line}` : ''}; entries: ${manifest.inputs.map((i) => `${i.path}:${i.line}`).join(', ')}`);
    return found;
  };

  beforeAll(async () => {
    const base = await mkdtemp(join(tmpdir(), 'cg-broken-'));
    dir = join(base, 'in');
    out = join(base, 'out');
    await cp('fixtures/broken', dir, { recursive: true, verbatimSymlinks: true });
    // git may not keep the dangling link on every checkout: make sure it is there
    await symlink('does-not-exist.txt', join(dir, 'dangling-link.txt')).catch(() => undefined);
    const line = 'Over 97,000 Americans died from drug overdoses in 2021, the agency said. ';
    await writeFile(join(dir, 'huge.txt'), line.repeat(Math.ceil((60 * 1024 * 1024) / line.length)));
    result = cli(['run', dir, join(base, 'no-such-file.txt'), '--out', out]);
    manifest = readOutput(out, 'manifest.json') as Manifest;
  }, 120_000);

  it('continues past every broken input and exits 0', () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/claimgraph: \d+ inputs: \d+ ok, \d+ failed, \d+ skipped/);
  });

  it('records each broken input as failed with a reason a person understands', () => {
    expect(entry('empty.txt')).toMatchObject({ status: 'failed', error: expect.stringMatching(/empty/) });
    expect(entry('binary.txt')).toMatchObject({ status: 'failed', error: expect.stringMatching(/binary/) });
    expect(entry('no-body.html')).toMatchObject({ status: 'failed', error: expect.stringMatching(/no article text|no <body>|no body/i) });
    expect(entry('script-only.html')).toMatchObject({ status: 'failed', error: expect.stringMatching(/no article text/) });
    expect(entry('dangling-link.txt')).toMatchObject({ status: 'failed', error: 'broken symbolic link: it points to does-not-exist.txt, which does not exist' });
    expect(entry('huge.txt')).toMatchObject({ status: 'failed', error: expect.stringMatching(/^the file is 60\.0 MB; one article may be at most 50\.0 MB/) });
    const missing = manifest.inputs.find((i) => i.path.endsWith('no-such-file.txt'))!;
    expect(missing).toMatchObject({ status: 'failed', article: null, error: expect.stringMatching(/^no such file or folder: .*no-such-file\.txt$/) });
  });

  it('decodes Latin-1 instead of failing it', async () => {
    expect(entry('latin1.txt').status).toBe('ok');
    const articles = readOutput(out, 'articles.jsonl') as Article[];
    const latin = articles.find((a) => a.path.endsWith('latin1.txt'))!;
    expect(latin.encoding).toBe('windows-1252');
    const text = await readFile(join(dir, 'latin1.txt'), 'latin1');
    expect(text).toContain('López Obrador');
    expect(latin.chars).toBe(text.length);
  });

  it('keeps the good lines of a JSONL file and fails only the bad ones, by line', () => {
    const lines = manifest.inputs.filter((i) => i.path === join(dir, 'mixed.jsonl'));
    expect(lines.filter((l) => l.status === 'ok').length).toBe(3);
    const bad = lines.filter((l) => l.status === 'failed');
    expect(bad.length).toBe(2);
    expect(bad.map((l) => l.error)).toEqual([
      expect.stringMatching(new RegExp(`^line ${bad[0]!.line} is not valid JSON`)),
      expect.stringMatching(new RegExp(`^line ${bad[1]!.line} has neither`)),
    ]);
  });

  it('skips the second copy of the same article and names the first', () => {
    expect(entry('duplicate-a.txt').status).toBe('ok');
    expect(entry('duplicate-b.txt')).toMatchObject({ status: 'skipped', duplicateOf: join(dir, 'duplicate-a.txt'), article: entry('duplicate-a.txt').article });
  });

  it('lists every input exactly once and counts them', () => {
    const c = manifest.counts;
    expect(c.inputs).toBe(manifest.inputs.length);
    expect(c.ok + c.failed + c.skipped).toBe(c.inputs);
    const keys = manifest.inputs.map((i) => `${i.path}:${i.line}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(manifest.inputs.filter((i) => i.status === 'ok').length).toBe(c.ok);
    const articles = readOutput(out, 'articles.jsonl') as Article[];
    expect(articles.length).toBe(c.ok);
  });

  it('writes the extracted text of HTML and JSONL articles, which offsets refer to', async () => {
    const articles = readOutput(out, 'articles.jsonl') as Article[];
    const html = articles.find((a) => a.path.endsWith('good.html'))!;
    expect(html.textPath).toBe(`texts/${html.id}.txt`);
    const text = await readFile(join(out, html.textPath!), 'utf8');
    expect(text.length).toBe(html.chars);
    expect(text).not.toMatch(/<\/?(p|div|script|nav)\b/);
  });
});
