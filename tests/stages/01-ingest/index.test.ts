import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleDoc, Source } from '../../../src/core/doc.js';
import { ArticleError } from '../../../src/core/errors.js';
import type { ReportInput } from '../../../src/core/stage.js';
import ingest from '../../../src/stages/01-ingest/index.js';
import { findFurniture } from '../../../src/stages/01-ingest/furniture.js';

const NO_META: Source['meta'] = { sourceId: null, title: null, url: null, published: null };
const NO_DATE: ReportInput = {
  ruleId: 'no-publication-date',
  severity: 'info',
  reason: 'no publication date (none in the input, the text or --published): a date without its year cannot be placed; pass --published YYYY-MM-DD',
};

function source(content: string, format: Source['format'] = 'txt', extra: Partial<Source> = {}): Source {
  return { id: '0123456789abcdef', path: 'in.txt', line: null, format, content, encoding: 'utf-8', sha256: '0'.repeat(64), meta: NO_META, ...extra };
}

function run(src: Source, options: Record<string, unknown> = {}, published: string | null = null) {
  const messages: ReportInput[] = [];
  const doc: ArticleDoc = { source: src, messages: [] };
  const out = ingest.run(doc, ingest.options.parse(options), { report: (m) => messages.push(m), run: { published } }, undefined);
  return { out, messages };
}

function failure(src: Source): string {
  try {
    run(src);
  } catch (error) {
    if (error instanceof ArticleError) return error.reason;
    throw error;
  }
  throw new Error('expected an ArticleError');
}

describe('ingest stage: declaration', () => {
  it('declares its dataflow', () => {
    expect({ name: ingest.name, requires: ingest.requires, assigns: ingest.assigns }).toEqual({
      name: 'ingest',
      requires: ['source'],
      assigns: ['text', 'title', 'published', 'publishedSource', 'furniture'],
    });
  });

  it('has furniture on by default and refuses a bad option', () => {
    expect(ingest.options.parse({})).toEqual({ furniture: true });
    expect(ingest.options.safeParse({ furniture: 'yes' }).success).toBe(false);
  });
});

describe('ingest stage: plain text', () => {
  const seed = readFileSync('fixtures/articles/000_087547725cd6864a.txt', 'utf8');

  it('keeps the text exactly and assigns exactly its fields', () => {
    const { out, messages } = run(source(seed));
    expect(out).toEqual({
      text: seed,
      title: 'Mexico Extradites Cartel Leaders: US Fentanyl Fight',
      published: null,
      publishedSource: null,
      furniture: findFurniture(seed),
    });
    expect(messages).toEqual([NO_DATE]);
  });

  it('keeps CRLF, tabs and surrounding spaces: offsets refer to the text as read', () => {
    const text = '  Mexico sends 29 figures\r\n\r\n\tOver 97,000 died.  \r\n';
    expect(run(source(text, 'md')).out.text).toBe(text);
  });

  it('uses --published when the article has no date', () => {
    const { out, messages } = run(source(seed), {}, '2025-03-01');
    expect([out.published, out.publishedSource, messages]).toEqual(['2025-03-01', 'option', []]);
  });

  it('takes the input title and date over the text', () => {
    const text = 'A headline of the text\nPublished: May 1, 2024\n\nBody 29.';
    const { out, messages } = run(source(text, 'txt', { meta: { ...NO_META, title: 'Input title', published: '2024-05-02' } }));
    expect([out.title, out.published, out.publishedSource]).toEqual(['Input title', '2024-05-02', 'input']);
    expect(messages.map((m) => m.ruleId)).toEqual(['published-mismatch']);
  });

  it('reads a date line and marks the whole line as furniture', () => {
    const text = 'A headline of the text\nPublished: May 1, 2024\n\nBody 29.';
    const { out, messages } = run(source(text));
    expect([out.published, out.publishedSource]).toEqual(['2024-05-01', 'text']);
    expect(out.furniture).toEqual([{ start: 23, end: 45, reason: 'publication date line' }]);
    expect(text.slice(23, 45)).toBe('Published: May 1, 2024');
    expect(messages).toEqual([
      { ruleId: 'published-from-text', severity: 'info', reason: 'publication date 2024-05-01 read from the date line at the top of the text', start: 34, end: 45 },
    ]);
  });

  it('marks no furniture when asked not to, but still skips it when choosing a title', () => {
    const { out } = run(source(seed), { furniture: false });
    expect([out.furniture, out.title]).toEqual([[], 'Mexico Extradites Cartel Leaders: US Fentanyl Fight']);
  });

  it.each([
    ['an empty text', source('')],
    ['a whitespace-only text', source(' \n\t ')],
  ])('fails %s', (_name, src) => {
    expect(failure(src)).toBe('the article text is empty (only whitespace); nothing to read');
  });
});

describe('ingest stage: HTML', () => {
  it('reads the text and title from the HTML', () => {
    const html = '<html><head><title>Page title</title></head><body><nav>Home</nav><article><p>Over 97,000 &amp; more.</p></article></body></html>';
    expect(run(source(html, 'html')).out).toEqual({ text: 'Over 97,000 & more.', title: 'Page title', published: null, publishedSource: null, furniture: [] });
  });

  it('prefers the input title to the HTML title', () => {
    expect(run(source('<title>Page</title><p>x y z</p>', 'html', { meta: { ...NO_META, title: 'Given' } })).out.title).toBe('Given');
  });

  it.each([
    ['a body with only scripts', '<html><body><script>a()</script><style>p{}</style></body></html>', 'the HTML has no article text (only scripts, styles or navigation); nothing to read'],
    ['no body', '<html><head><title>T</title></head></html>', 'the HTML has no <body> (only a <head>), so there is no article text; nothing to read'],
    ['only navigation', '<body><nav><a>Home</a></nav><footer>© 2025</footer></body>', 'the HTML has no article text (only scripts, styles or navigation); nothing to read'],
  ])('fails %s', (_name, html, reason) => {
    expect(failure(source(html, 'html'))).toBe(reason);
  });
});

describe('ingest stage: a raw JSONL line', () => {
  it('parses the line when the runner passes it as is', () => {
    const line = JSON.stringify({ id: 9, title: 'T one two', published: 'soon', html: '<p>Seized 6,500 pounds.</p>' });
    const { out, messages } = run(source(line, 'jsonl', { line: 4 }));
    expect(out).toEqual({ text: 'Seized 6,500 pounds.', title: 'T one two', published: null, publishedSource: null, furniture: [] });
    expect(messages).toEqual([
      { ruleId: 'input', severity: 'warning', reason: 'line 4: `published` "soon" is not a date claimgraph can read (write YYYY-MM-DD); the article is kept without a publication date' },
      NO_DATE,
    ]);
  });

  it('fails a line that is not an article', () => {
    expect(failure(source('{"title": "x"}', 'jsonl', { line: 5 }))).toBe(
      'line 5 has neither a `text` nor an `html` field: each line must be one article: {"id", "title", "url", "published", "text" or "html"}',
    );
  });
});
