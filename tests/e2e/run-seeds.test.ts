import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Claim, Entity, Manifest } from '../../src/contracts/index.js';
import { cli, readOutput } from '../support/cli.js';

const ALL_FILES = [
  '.cache', '.claimgraph', 'articles.jsonl', 'claims.csv', 'claims.jsonl', 'discrepancies.json', 'entities.jsonl', 'facts.json',
  'graph.jsonld', 'manifest.json', 'report.html', 'report.md',
];

describe('claimgraph run over the seed articles', () => {
  let out: string;
  let result: ReturnType<typeof cli>;
  beforeAll(async () => {
    out = join(await mkdtemp(join(tmpdir(), 'cg-seeds-')), 'out');
    result = cli(['run', 'fixtures/articles', '--out', out, '--published', '2025-03-10']);
  });

  it('exits 0, says where the report is, and writes every contract file', async () => {
    expect(result.stderr).toContain('claimgraph: 5 inputs: 5 ok, 0 failed, 0 skipped;');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Report: .*out\/report\.html\n$/);
    expect((await readdir(out)).sort()).toEqual(ALL_FILES);
  });

  it('writes files that match their zod contracts', () => {
    const manifest = readOutput(out, 'manifest.json') as Manifest;
    expect(manifest.tool.name).toBe('claimgraph');
    expect(manifest.inputs.map((i) => [i.path, i.status])).toEqual([
      ['fixtures/articles/000_087547725cd6864a.txt', 'ok'],
      ['fixtures/articles/001_526864c1977376da.txt', 'ok'],
      ['fixtures/articles/002_635563f2a6a5fada.txt', 'ok'],
      ['fixtures/articles/003_f168b46be237bddb.txt', 'ok'],
      ['fixtures/articles/004_9aeb9f3c9348254c.txt', 'ok'],
    ]);
    for (const name of ['articles.jsonl', 'claims.jsonl', 'entities.jsonl', 'facts.json', 'discrepancies.json', 'graph.jsonld'] as const) {
      readOutput(out, name);
    }
  });

  it('keeps offsets sacred: every span written is the text at its offsets', async () => {
    const articles = readOutput(out, 'articles.jsonl') as Article[];
    const texts = new Map<string, string>();
    for (const a of articles) {
      texts.set(a.id, await readFile(a.textPath ? join(out, a.textPath) : a.path, 'utf8'));
      expect(a.chars).toBe(texts.get(a.id)!.length);
    }
    const claims = readOutput(out, 'claims.jsonl') as Claim[];
    expect(claims.length).toBeGreaterThan(30);
    for (const c of claims) {
      const text = texts.get(c.article)!;
      expect(text.slice(c.start, c.end)).toBe(c.quote);
      expect(text.slice(c.valueStart, c.valueEnd)).toBe(c.valueText);
      expect(c.sentence.start).toBeLessThanOrEqual(c.valueStart);
      expect(c.sentence.end).toBeGreaterThanOrEqual(c.valueEnd);
    }
    const entities = readOutput(out, 'entities.jsonl') as Entity[];
    expect(entities.length).toBeGreaterThan(40);
    for (const e of entities) {
      for (const m of e.mentions) expect(texts.get(m.article)!.slice(m.start, m.end), e.id).toBe(m.text);
    }
    for (const a of articles) {
      const text = texts.get(a.id)!;
      for (const m of a.messages) if (m.start !== null) expect(m.start).toBeLessThanOrEqual(text.length);
      for (const f of a.boilerplateRemoved) expect(f.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('marks the seeds\' page furniture', () => {
    const articles = readOutput(out, 'articles.jsonl') as Article[];
    const byPath = new Map(articles.map((a) => [a.path.split('/').pop()!, a]));
    const furniture = async (name: string) => {
      const text = await readFile(`fixtures/articles/${name}`, 'utf8');
      return byPath.get(name)!.boilerplateRemoved.map((f) => text.slice(f.start, f.end)).join('\n');
    };
    return Promise.all([
      furniture('000_087547725cd6864a.txt').then((f) => {
        expect(f).toContain('Adblock Detected');
        expect(f).toContain('This site uses Akismet');
      }),
      furniture('001_526864c1977376da.txt').then((f) => expect(f).toContain('Scroll to top')),
      furniture('004_9aeb9f3c9348254c.txt').then((f) => {
        expect(f).toContain('Comments (0)');
        expect(f).toMatch(/©\s*Tampa Free Press/); // the seed has a no-break space after ©
        expect(f).toContain('Please follow and like us');
      }),
    ]);
  });

  it('gives byte-identical output on a second run, apart from the manifest\'s run id and times', async () => {
    const again = cli(['run', 'fixtures/articles', '--out', out, '--published', '2025-03-10', '--quiet', '--concurrency', '2']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    const other = join(await mkdtemp(join(tmpdir(), 'cg-seeds2-')), 'out');
    expect(cli(['run', 'fixtures/articles', '--out', other, '--published', '2025-03-10', '--concurrency', '1', '--quiet']).code).toBe(0);
    for (const name of ALL_FILES.filter((n) => !['manifest.json', '.cache'].includes(n))) {
      expect(await readFile(join(other, name), 'utf8'), name).toBe(await readFile(join(out, name), 'utf8'));
    }
    const strip = (m: Manifest) => ({ ...m, runId: '', startedAt: '', finishedAt: '', options: { ...m.options, concurrency: 0 } });
    expect(strip(readOutput(other, 'manifest.json') as Manifest)).toEqual(strip(readOutput(out, 'manifest.json') as Manifest));
  });
});
