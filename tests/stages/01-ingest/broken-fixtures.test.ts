import { lstatSync, readdirSync, readFileSync, readlinkSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../../src/core/doc.js';
import { ArticleError } from '../../../src/core/errors.js';
import { decodeBytes } from '../../../src/stages/01-ingest/decode.js';
import ingest from '../../../src/stages/01-ingest/index.js';
import { parseJsonlLine } from '../../../src/stages/01-ingest/jsonl.js';

const DIR = 'fixtures/broken';
const NO_META: Source['meta'] = { sourceId: null, title: null, url: null, published: null };

type Outcome = { status: 'ok'; encoding: string; doc: ReturnType<typeof ingest.run> } | { status: 'failed'; reason: string };

/** What the ingest stage makes of one file: decode, then the stage, the way the runner calls them. */
function ingestFile(name: string): Outcome {
  const decoded = decodeBytes(readFileSync(`${DIR}/${name}`));
  if (!decoded.ok) return { status: 'failed', reason: decoded.reason };
  const format = name.endsWith('.html') ? 'html' : 'txt';
  const source: Source = {
    id: 'x', path: name, line: null, format, content: decoded.text, encoding: decoded.encoding, sha256: '0'.repeat(64), meta: NO_META,
  };
  try {
    return { status: 'ok', encoding: decoded.encoding, doc: ingest.run({ source, messages: [] }, { furniture: true }, { report: () => {}, run: { published: null } }, undefined) };
  } catch (error) {
    if (error instanceof ArticleError) return { status: 'failed', reason: error.reason };
    throw error;
  }
}

describe('fixtures/broken', () => {
  it('documents every file in the README', () => {
    const readme = readFileSync('fixtures/broken-inputs.md', 'utf8');
    const files = readdirSync(DIR);
    expect(files.filter((f) => !readme.includes(`\`${f}\``))).toEqual([]);
  });

  it.each([
    ['empty.txt', 'the file is empty (0 bytes)'],
    ['whitespace-only.txt', 'the file holds only whitespace (8 bytes): there is no text to read'],
    ['binary.txt', 'looks like a binary file (312 NUL bytes in the first 64 KB), not an article: convert it to .txt or .html'],
    ['no-body.html', 'the HTML has no <body> (only a <head>), so there is no article text; nothing to read'],
    ['script-only.html', 'the HTML has no article text (only scripts, styles or navigation); nothing to read'],
  ])('fails %s', (name, reason) => {
    expect(ingestFile(name)).toEqual({ status: 'failed', reason });
  });

  it('reads latin1.txt as windows-1252', () => {
    const out = ingestFile('latin1.txt');
    expect(out.status === 'ok' && [out.encoding, out.doc.text?.includes('Andrés Manuel López Obrador'), out.doc.text?.includes('Muñoz')]).toEqual(['windows-1252', true, true]);
  });

  it('reads utf16le-bom.txt without its BOM', () => {
    const out = ingestFile('utf16le-bom.txt');
    expect(out.status === 'ok' && [out.encoding, out.doc.text]).toEqual(['utf-16le', 'Officials said 1,436 investigations led to 3,337 arrests in Phoenix, Arizona.\n']);
  });

  it('reads only the article of good.html', () => {
    const out = ingestFile('good.html');
    if (out.status !== 'ok') throw new Error(out.reason);
    const { title, published, publishedSource, furniture } = out.doc;
    const text = out.doc.text ?? '';
    expect({ title, published, publishedSource }).toEqual({
      title: 'Mexico sends 29 cartel figures to the US & vows more | Border Gazette',
      published: '2025-03-03',
      publishedSource: 'text',
    });
    expect(text).toBe([
      'Mexico sends 29 cartel figures to the US',
      'By Ana Torres and Mark Ellis',
      'Published: March 3, 2025',
      'Mexico sent 29 cartel figures to the United States on Thursday, the largest such transfer in years, officials said. Among them was Rafael Caro Quintero, who was convicted in the 1985 killing of a DEA agent.',
      'The U.S. Department of Justice said the prisoners face charges including drug trafficking & murder. “This is a historic day,” Attorney General Pam Bondi said. Mexico’s security cabinet said the transfer followed “months of talks.”',
      'Between 2019 and 2023, Mexico extradited 65 people to the US, according to the Justice Department.\nOfficials expect more transfers this year.',
      'Prisoners boarded planes in Mexico City. (AP Photo/Marco Ugarte)',
    ].join('\n\n'));
    expect(furniture?.map((f) => [f.reason, text.slice(f.start, f.end)])).toEqual([
      ['by-line; publication date line', 'By Ana Torres and Mark Ellis\n\nPublished: March 3, 2025'],
      ['photo credit', '(AP Photo/Marco Ugarte)'],
    ]);
  });

  it('keeps the escaped markup of xss.html as text', () => {
    const out = ingestFile('xss.html');
    expect(out.status === 'ok' && out.doc.text).toBe(
      'How a web page can attack its readers\n\n'
      + 'Researchers found 3 sites that printed <script>alert(1)</script> inside their comment boxes.\n\n'
      + 'Another 12 pages carried <img src=x onerror=alert(1)> in a caption & one put "><svg onload=alert(1)> in its title.',
    );
  });

  it('gives mixed.jsonl three articles, one blank line and two failures', () => {
    const lines = readFileSync(`${DIR}/mixed.jsonl`, 'utf8').split('\n').slice(0, -1);
    expect(lines.map((line, i) => {
      const r = parseJsonlLine(line, i + 1);
      if (r.ok) return ['ok', r.format, r.meta.sourceId, r.meta.published];
      return [r.blank ? 'blank' : 'failed', r.reason];
    })).toEqual([
      ['ok', 'txt', 'wire-001', '2025-02-28'],
      ['ok', 'txt', '2', '2024-05-15'],
      ['blank', 'line 3 is blank'],
      ['failed', 'line 4 is not valid JSON: Expected \',\' or \'}\' after property value in JSON at position 73'],
      ['ok', 'html', 'wire-003', '2024-05-01'],
      ['failed', 'line 6 has neither a `text` nor an `html` field: each line must be one article: {"id", "title", "url", "published", "text" or "html"}'],
    ]);
  });

  it('has two duplicates with the same bytes and a number in them', () => {
    const a = readFileSync(`${DIR}/duplicate-a.txt`);
    expect([a.equals(readFileSync(`${DIR}/duplicate-b.txt`)), /\d/.test(a.toString('utf8'))]).toEqual([true, true]);
  });

  it('has a symbolic link to a file that does not exist', () => {
    expect([lstatSync(`${DIR}/dangling-link.txt`).isSymbolicLink(), readlinkSync(`${DIR}/dangling-link.txt`), existsSync(`${DIR}/dangling-link.txt`)]).toEqual([true, 'does-not-exist.txt', false]);
  });
});
