import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/contracts/index.js';
import { Journal, JOURNAL_DIR, JOURNAL_FILES } from '../../src/runner/journal.js';
import { textJob, writeTexts, writeTextsInBackground as onThisThread } from '../../src/runner/text-writer.js';

// The compiled writer starts a thread of its own (npm test builds dist/ first); from the sources it writes here.
const { writeTextsInBackground } = (await import('../../dist/runner/text-writer.js' as string)) as typeof import('../../src/runner/text-writer.js');

const article = (id: string, textPath: string | null) => ({ id, textPath }) as unknown as Article;

/** A journal whose pack holds `texts`, and the articles naming them (plus one whose text is its own file). */
async function packed(texts: Record<string, string>) {
  const out = await mkdtemp(join(tmpdir(), 'cg-text-writer-'));
  const journal = Journal.open(out, {});
  for (const [id, text] of Object.entries(texts)) journal.record({ article: id, path: 'in.jsonl', line: 1, sha256: 'x', status: 'ok' }, undefined, { id, text });
  journal.close();
  const articles = [...Object.keys(texts).map((id) => article(id, `texts/${id}.txt`)), article('own', null)];
  return { out, job: textJob(out, articles, journal.texts()) };
}

describe('the texts written to texts/ from the journal\'s pack', () => {
  it('writes each text whole, removes texts no article names, and leaves one that holds the same text as it is', async () => {
    const { out, job } = await packed({ a: 'Más de 97,000 — über', b: 'Over 106,000 in 2021' });
    expect(job.texts.map(([id, path]) => [id, path])).toEqual([['a', 'texts/a.txt'], ['b', 'texts/b.txt']]);
    mkdirSync(join(out, 'texts'));
    writeFileSync(join(out, 'texts', 'gone.txt'), 'an article no longer in the input');
    writeFileSync(join(out, 'texts', 'b.txt'), 'Over 106,000 in 2021');
    const before = statSync(join(out, 'texts', 'b.txt')).ino;
    await writeTextsInBackground(job);
    expect(readdirSync(join(out, 'texts')).sort()).toEqual(['a.txt', 'b.txt']);
    expect(readFileSync(join(out, 'texts', 'a.txt'), 'utf8')).toBe('Más de 97,000 — über');
    expect(statSync(join(out, 'texts', 'b.txt')).ino).toBe(before);
  });

  it('leaves the other files of texts/ when told not to prune (a run into a desk store, whose output holds more)', async () => {
    const { out, job } = await packed({ a: 'Over 106,000 in 2021' });
    mkdirSync(join(out, 'texts'));
    writeFileSync(join(out, 'texts', 'stored.txt'), 'an article an earlier run stored');
    await writeTextsInBackground({ ...job, prune: false });
    expect(readdirSync(join(out, 'texts')).sort()).toEqual(['a.txt', 'stored.txt']);
  });

  it('says which text or folder could not be written and how to go on, on its own thread too', async () => {
    const { out, job } = await packed({ a: 'text' });
    mkdirSync(join(out, 'texts', 'a.txt'), { recursive: true }); // a folder where the text should go
    expect(() => writeTexts(job)).toThrow(/cannot write the text of article a to .*texts\/a\.txt: .*run the same command again with --resume/);
    await expect(writeTextsInBackground(job)).rejects.toThrow(/cannot write the text of article a/);
    await expect(onThisThread(job)).rejects.toThrow(/cannot write the text of article a/);
    expect(readdirSync(join(out, 'texts'))).toEqual(['a.txt']); // no temporary file left
    expect(readFileSync(join(out, JOURNAL_DIR, JOURNAL_FILES.texts), 'utf8')).toBe('text'); // the pack is kept

    const other = await packed({ b: 'text' });
    writeFileSync(join(other.out, 'texts'), 'a file where the folder should be');
    expect(() => writeTexts(other.job)).toThrow(/cannot make .*texts a folder of the articles' texts: .*--resume/);
  });
});
