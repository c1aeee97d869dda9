import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Claim, Entity, ManifestInput } from '../../src/contracts/index.js';
import { JOURNAL_DIR, JOURNAL_FILES, Journal, journalLines } from '../../src/runner/journal.js';

// The compiled runner, so that articles run in worker threads as in a real run (npm test builds dist/ first).
const { loadPipeline } = (await import('../../dist/stages/pipeline.js' as string)) as typeof import('../../src/stages/pipeline.js');
const { finishBatch } = (await import('../../dist/runner/finish.js' as string)) as typeof import('../../src/runner/finish.js');
const { runBatch } = (await import('../../dist/runner/run.js' as string)) as typeof import('../../src/runner/run.js');
const { writeBatch } = (await import('../../dist/runner/write.js' as string)) as typeof import('../../src/runner/write.js');

const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter((l) => l !== '');
const journalFile = (out: string, name: keyof typeof JOURNAL_FILES) => join(out, JOURNAL_DIR, JOURNAL_FILES[name]);

describe('Journal', () => {
  it('appends in pieces: what is pending is written once 200 ms have passed, and all of it on close', async () => {
    const out = await mkdtemp(join(tmpdir(), 'cg-journal-'));
    let clock = 1000;
    const journal = Journal.open(out, { runId: 'r1' }, () => clock);
    expect(JSON.parse(readFileSync(journalFile(out, 'run'), 'utf8'))).toEqual({ runId: 'r1' });
    const entry = (line: number): ManifestInput => ({ article: `a${line}`, path: 'in.jsonl', line, sha256: 'x', status: 'ok' });

    journal.record(entry(1));
    clock += 150;
    journal.record({ ...entry(2), status: 'failed', article: null, error: 'not UTF-8' });
    expect(readFileSync(journalFile(out, 'inputs'), 'utf8')).toBe(''); // 150 ms: still pending
    clock += 60;
    journal.record(entry(3));
    expect(lines(journalFile(out, 'inputs')).map((l) => (JSON.parse(l) as ManifestInput).line)).toEqual([1, 2, 3]);
    journal.record(entry(4));
    expect(lines(journalFile(out, 'inputs'))).toHaveLength(3);
    journal.close();
    expect(lines(journalFile(out, 'inputs')).map((l) => JSON.parse(l) as ManifestInput)).toEqual([entry(1), { ...entry(2), status: 'failed', article: null, error: 'not UTF-8' }, entry(3), entry(4)]);
  });

  it('gives each article entity with its mentions in entities.jsonl shape, with the article\'s own ids', async () => {
    const out = await mkdtemp(join(tmpdir(), 'cg-journal-'));
    const journal = Journal.open(out, {});
    journal.record({ article: 'a1', path: 'x.txt', line: null, sha256: 's', status: 'ok' }, journalLines({
      article: { id: 'a1' },
      claims: [],
      entities: [
        { id: 'country:us', name: 'United States', type: 'country', role: null, aliases: ['U.S.'] },
        { id: 'person:anne-milgram', name: 'Anne Milgram', type: 'official', role: 'DEA Administrator', aliases: [] },
      ],
      mentions: [
        { entity: 'country:us', type: 'country', start: 40, end: 44, text: 'U.S.' },
        { entity: 'person:anne-milgram', type: 'official', start: 10, end: 22, text: 'Anne Milgram' },
        { entity: 'country:us', type: 'country', start: 0, end: 9, text: 'Americans', demonym: true },
      ],
    }));
    journal.close();
    expect(lines(journalFile(out, 'entities')).map((l) => JSON.parse(l) as Entity)).toEqual([
      {
        id: 'country:us', name: 'United States', type: 'country', aliases: ['U.S.'], role: null,
        mentions: [{ article: 'a1', start: 0, end: 9, text: 'Americans', demonym: true }, { article: 'a1', start: 40, end: 44, text: 'U.S.' }],
      },
      { id: 'person:anne-milgram', name: 'Anne Milgram', type: 'official', aliases: [], role: 'DEA Administrator', mentions: [{ article: 'a1', start: 10, end: 22, text: 'Anne Milgram' }] },
    ]);
  });
});

describe('the journal\'s text pack', () => {
  it('appends the texts one after another and reads each back by id, whatever its characters', async () => {
    const out = await mkdtemp(join(tmpdir(), 'cg-journal-'));
    const journal = Journal.open(out, {});
    const entry = (article: string): ManifestInput => ({ article, path: 'in.jsonl', line: 1, sha256: 'x', status: 'ok' });
    const texts = { a: 'Más de 97,000 muertes — über 😀 200', b: '', c: 'plain 106,000' };
    for (const [id, text] of Object.entries(texts)) journal.record(entry(id), undefined, { id, text });
    journal.record(entry('d')); // an article whose text is its own input file: nothing packed
    journal.close();
    expect(readFileSync(journalFile(out, 'texts'), 'utf8')).toBe(texts.a + texts.b + texts.c);
    const packed = journal.texts();
    expect(['c', 'a', 'b', 'd'].map((id) => packed.get(id))).toEqual([texts.c, texts.a, texts.b, undefined]);
    expect(packed.has('d')).toBe(false);
    packed.close();
  });

  it('says so when the pack was cut short', async () => {
    const out = await mkdtemp(join(tmpdir(), 'cg-journal-'));
    const journal = Journal.open(out, {});
    journal.record({ article: 'a', path: 'in.jsonl', line: 1, sha256: 'x', status: 'ok' }, undefined, { id: 'a', text: 'twelve chars' });
    journal.close();
    await writeFile(journalFile(out, 'texts'), 'twelve');
    expect(() => journal.texts().get('a')).toThrow(/ends before the text of article a/);
  });
});

describe('a run\'s journal (in-progress/)', () => {
  let corpus: string;
  const files = ['inputs', 'claims', 'entities'] as const;

  beforeAll(async () => {
    corpus = join(await mkdtemp(join(tmpdir(), 'cg-journal-corpus-')), 'in');
    await mkdir(corpus, { recursive: true });
    // the seeds, a duplicate of one (skipped) and a file that is not text (failed)
    const seeds = readdirSync('fixtures/articles').sort();
    for (const name of seeds) await copyFile(join('fixtures/articles', name), join(corpus, name));
    await copyFile(join('fixtures/articles', seeds[0]!), join(corpus, `zz-duplicate${seeds[0]!.slice(seeds[0]!.lastIndexOf('.'))}`));
    await writeFile(join(corpus, 'broken.txt'), Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x00, 0x00, 0x81]));
    // inputs whose text is extracted (written to texts/<id>.txt)
    await writeFile(join(corpus, 'page.html'), '<html><body><nav>Home | World</nav><p>Officials said 4,000 tonnes of cocaine were seized in Colombia in 2022.</p></body></html>');
    await writeFile(join(corpus, 'wire.jsonl'), JSON.stringify({ id: 'w1', text: 'Más de 97,000 personas murieron en 2021 — según los CDC, about 1,200 a week.' }) + '\n');
  });

  async function run(out: string, concurrency: number) {
    const pipeline = await loadPipeline('pipelines/newsroom.json');
    return runBatch({ inputs: [corpus], pipeline, published: '2025-03-10', concurrency, maxArticleBytes: 1 << 24, runId: `run-${concurrency}`, outDir: out });
  }

  it('holds every settled input, claim and entity in input order, the same on one worker thread as on four, until the final files are written', async () => {
    const base = await mkdtemp(join(tmpdir(), 'cg-journal-run-'));
    const [one, four] = [join(base, 'one'), join(base, 'four')];
    const batch = await run(one, 1);
    await run(four, 4);
    for (const name of files) expect(readFileSync(journalFile(four, name), 'utf8'), name).toBe(readFileSync(journalFile(one, name), 'utf8'));

    const inputs = lines(journalFile(one, 'inputs')).map((l) => JSON.parse(l) as ManifestInput);
    expect(inputs).toEqual(batch.manifest.inputs);
    expect(inputs.map((i) => i.status).sort()).toEqual([...Array(inputs.length - 2).fill('ok'), 'failed', 'skipped'].sort());
    const claims = lines(journalFile(one, 'claims')).map((l) => JSON.parse(l) as Claim);
    expect(claims.length).toBeGreaterThan(20);
    expect(claims).toEqual(batch.claims); // before the batch merge: the articles' own entity ids
    for (const claim of claims) expect(batch.texts.get(claim.article)!.slice(claim.start, claim.end)).toBe(claim.quote);
    const entities = lines(journalFile(one, 'entities')).map((l) => JSON.parse(l) as Entity);
    // each article's entities in order; a country the article never names (its places lie in it) has no mention
    const byArticle = batch.perArticle.flatMap((a) => a.entities.map((e) => [a.article, e.id] as const));
    expect(entities.map((e) => e.id)).toEqual(byArticle.map(([, id]) => id));
    entities.forEach((e, i) => expect(e.mentions.every((m) => m.article === byArticle[i]![0]), e.id).toBe(true));
    expect(entities.filter((e) => e.mentions.length === 0).every((e) => e.type === 'country')).toBe(true);
    for (const e of entities) for (const m of e.mentions) expect(batch.texts.get(m.article)!.slice(m.start, m.end)).toBe(m.text);
    expect(JSON.parse(readFileSync(journalFile(one, 'run'), 'utf8'))).toMatchObject({ runId: 'run-1', options: { concurrency: 1, published: '2025-03-10' } });

    // the extracted texts are in the journal's pack, which a thread of their own copies to texts/
    const extracted = batch.articles.filter((a) => a.textPath !== null);
    expect(extracted.map((a) => a.format).sort()).toEqual(['html', 'jsonl']);
    expect(readFileSync(journalFile(one, 'texts'), 'utf8')).toBe(extracted.map((a) => batch.texts.get(a.id)).join(''));
    const expected = extracted.map((a) => [a.textPath, batch.texts.get(a.id)]);

    await writeBatch(one, finishBatch(batch));
    expect(existsSync(join(one, JOURNAL_DIR))).toBe(false);
    expect(expected.map(([path]) => [path, readFileSync(join(one, path!), 'utf8')])).toEqual(expected);
    expect(readdirSync(join(one, 'texts')).sort()).toEqual(extracted.map((a) => `${a.id}.txt`).sort());
    expect(expected.find(([, text]) => text!.startsWith('Más de 97,000'))).toBeDefined();
    const final = lines(join(one, 'claims.jsonl')).map((l) => JSON.parse(l) as Claim);
    expect(final.map((c) => [c.id, c.quote])).toEqual(claims.map((c) => [c.id, c.quote]));
  }, 120_000);
});
