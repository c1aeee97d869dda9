import type { Source } from '../../core/doc.js';
import { ArticleError } from '../../core/errors.js';
import { htmlToText } from './html.js';
import { parseJsonlLine } from './jsonl.js';

export interface SourceText {
  /** the text every offset refers to */
  text: string;
  /** the title the HTML gave (`<title>`, `og:title`, first `<h1>`), null for plain text */
  htmlTitle: string | null;
  meta: Source['meta'];
  /** problems that do not stop the article, for the stage to report */
  warnings: string[];
}

/**
 * The title and date of a Markdown file's front matter (a `---` block at the very top: `title:`, `date:` or
 * `published:`), as written; the text keeps the block, so offsets stay those of the file.
 */
export function frontMatter(content: string): { title: string | null; published: string | null } {
  const block = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(content);
  if (block === null) return { title: null, published: null };
  const field = (names: string) => {
    const m = new RegExp(`^(?:${names})[ \\t]*:[ \\t]*(.+?)[ \\t]*$`, 'mi').exec(block[1]!);
    return m ? m[1]!.replace(/^(["'])(.*)\1$/, '$2') : null;
  };
  return { title: field('title'), published: field('published|date|pubdate|publishDate|date_published') };
}

/**
 * The text of a source: plain text and Markdown unchanged, HTML through `htmlToText`, a JSONL line
 * (when the runner passes the raw line) through `parseJsonlLine` first. Throws `ArticleError` when there is
 * no text to read.
 */
export function readSourceText(source: Pick<Source, 'format' | 'content' | 'line' | 'meta'>): SourceText {
  if (source.format === 'jsonl') {
    const line = source.line ?? 1;
    const parsed = parseJsonlLine(source.content, line);
    if (!parsed.ok) throw new ArticleError(parsed.reason);
    const meta = {
      sourceId: source.meta.sourceId ?? parsed.meta.sourceId,
      title: source.meta.title ?? parsed.meta.title,
      url: source.meta.url ?? parsed.meta.url,
      published: source.meta.published ?? parsed.meta.published,
    };
    const inner = readSourceText({ format: parsed.format, content: parsed.content, line, meta });
    return { ...inner, warnings: [...parsed.warnings, ...inner.warnings] };
  }
  if (source.format === 'html') {
    const { text, title, hasBody, published } = htmlToText(source.content);
    if (text.trim() === '') {
      throw new ArticleError(
        hasBody
          ? 'the HTML has no article text (only scripts, styles or navigation); nothing to read'
          : 'the HTML has no <body> (only a <head>), so there is no article text; nothing to read',
      );
    }
    return { text, htmlTitle: title, meta: { ...source.meta, published: source.meta.published ?? published }, warnings: [] };
  }
  if (source.format === 'md') {
    if (source.content.trim() === '') throw new ArticleError('the article text is empty (only whitespace); nothing to read');
    const front = frontMatter(source.content);
    return { text: source.content, htmlTitle: null, meta: { ...source.meta, title: source.meta.title ?? front.title, published: source.meta.published ?? front.published }, warnings: [] };
  }
  if (source.content.trim() === '') {
    throw new ArticleError('the article text is empty (only whitespace); nothing to read');
  }
  return { text: source.content, htmlTitle: null, meta: source.meta, warnings: [] };
}
