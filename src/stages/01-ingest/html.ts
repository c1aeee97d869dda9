import { Parser } from 'htmlparser2';
import {
  BLOCK_TAGS, DROPPED_ROLES, DROPPED_TAGS, FURNITURE_NAME_PARTS, KEPT_INSIDE_ARTICLE, NEVER_MARKED, TAXONOMY_CLASS,
} from './html-rules.js';
import { installTagStack } from './tag-stack.js';

export interface HtmlText {
  /** the article text: paragraphs separated by a blank line, `<br>` as a line break */
  text: string;
  /** from `<title>`, else `og:title`, else the first `<h1>` of the text (else one in a dropped site header) */
  title: string | null;
  /** whether the document had a `<body>` tag (lets the caller say why there is no text) */
  hasBody: boolean;
  /**
   * the publication date the page's metadata gives, as written (the caller parses it): `article:published_time`
   * and the like in `<meta>`, `datePublished` in JSON-LD, else the first `<time datetime>`; null when none
   */
  published: string | null;
}

/** `<meta>` names and properties that carry the publication date, most specific first. */
const PUBLISHED_META = ['article:published_time', 'datepublished', 'og:article:published_time', 'publish-date', 'publishdate', 'pubdate', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.created', 'date'];

interface Frame {
  name: string;
  dropped: boolean;
  article: number | null;
}

interface Paragraph {
  text: string;
  /** the outermost `<article>` it lies in, numbered in document order */
  article: number | null;
  inMain: boolean;
}

/** An `<article>` is used only when it holds at least this share of the page's visible text. */
const MIN_ARTICLE_SHARE = 0.2;

/**
 * The readable text of an HTML page. Entities are decoded; scripts, styles, navigation, site headers and
 * footers, forms, and elements whose class or id marks comments, sharing, related links or adverts are dropped.
 * When the page has an `<article>` (else a `<main>`), only its text is kept.
 */
export function htmlToText(html: string): HtmlText {
  const stack: Frame[] = [];
  const paragraphs: Paragraph[] = [];
  const title = new Capture();
  const h1 = new Capture();
  const droppedH1 = new Capture();
  let lines: string[] = [''];
  let dropped = 0;
  let articles = 0;
  let mains = 0;
  let pre = 0;
  let svg = 0;
  let hasBody = false;
  let ogTitle: string | null = null;
  const metaDates = new Map<string, string>();
  let jsonLd: string | null = null;
  const jsonLdPublished: string[] = [];
  let timeDatetime: string | null = null;

  const top = (): Frame | undefined => stack[stack.length - 1];
  const flush = (): void => {
    const kept = lines.map(collapse).filter((l) => l !== '');
    if (kept.length > 0) paragraphs.push({ text: kept.join('\n'), article: top()?.article ?? null, inMain: mains > 0 });
    lines = [''];
  };
  const append = (s: string): void => {
    lines[lines.length - 1] += s;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const parent = top();
        if (name === 'body') hasBody = true;
        if (name === 'meta' && (attribs.property === 'og:title' || attribs.name === 'og:title')) ogTitle ??= attribs.content ?? null;
        if (name === 'meta' && attribs.content) {
          const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase();
          if (PUBLISHED_META.includes(key) && !metaDates.has(key)) metaDates.set(key, attribs.content);
        }
        if (name === 'script' && (attribs.type ?? '').toLowerCase() === 'application/ld+json') jsonLd = '';
        if (name === 'time' && attribs.datetime && timeDatetime === null) timeDatetime = attribs.datetime;
        const drop = isDropped(name, attribs, (parent?.article ?? null) !== null);
        const visible = dropped === 0;
        if (name === 'title' && svg === 0) title.open();
        if (name === 'h1') (visible && !drop ? h1 : droppedH1).open();
        if (visible && BLOCK_TAGS.has(name)) flush();
        if (visible && name === 'br') lines.push('');
        if (visible && (name === 'td' || name === 'th') && collapse(lines[lines.length - 1] ?? '') !== '') append(' | ');
        if (name === 'pre') pre++;
        if (name === 'svg') svg++;
        if (name === 'main') mains++;
        const article = parent?.article ?? (name === 'article' ? ++articles : null);
        stack.push({ name, dropped: drop, article });
        if (drop) dropped++;
      },
      onclosetag(name) {
        if (name === 'script' && jsonLd !== null) {
          jsonLdPublished.push(...datesPublishedIn(jsonLd));
          jsonLd = null;
        }
        let at = stack.length - 1;
        while (at >= 0 && stack[at]?.name !== name) at--;
        if (at === -1) return;
        while (stack.length > at) {
          const frame = stack[stack.length - 1] as Frame;
          if (dropped === 0 && BLOCK_TAGS.has(frame.name)) flush();
          if (frame.dropped) dropped--;
          if (frame.name === 'pre') pre--;
          if (frame.name === 'svg') svg--;
          if (frame.name === 'main') mains--;
          if (frame.name === 'title') title.close();
          if (frame.name === 'h1') {
            h1.close();
            droppedH1.close();
          }
          stack.pop();
        }
      },
      ontext(data) {
        if (jsonLd !== null) jsonLd += data;
        for (const capture of [title, h1, droppedH1]) capture.text(data);
        if (dropped > 0) return;
        if (pre > 0) {
          const [first = '', ...rest] = data.split(/\r\n|\r|\n/);
          append(first);
          for (const line of rest) lines.push(line); // a <pre> may hold more lines than a call takes arguments
        } else {
          append(data);
        }
      },
    },
    { decodeEntities: true },
  );
  installTagStack(parser);
  parser.write(html);
  parser.end();
  flush();

  return {
    text: chooseParagraphs(paragraphs).map((p) => p.text).join('\n\n'),
    title: title.value ?? nonEmpty(ogTitle) ?? h1.value ?? droppedH1.value,
    hasBody,
    published: PUBLISHED_META.map((k) => metaDates.get(k)).find((d) => d !== undefined) ?? jsonLdPublished[0] ?? timeDatetime,
  };
}

/** Every `datePublished` of a JSON-LD block (an object, a list, or a `@graph`); none when it does not parse. */
function datesPublishedIn(json: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return [];
  }
  const found: string[] = [];
  const visit = (x: unknown, depth: number) => {
    if (depth > 4 || x === null || typeof x !== 'object') return;
    if (Array.isArray(x)) {
      for (const y of x) visit(y, depth + 1);
      return;
    }
    const o = x as Record<string, unknown>;
    if (typeof o.datePublished === 'string') found.push(o.datePublished);
    visit(o['@graph'], depth + 1);
  };
  visit(data, 0);
  return found;
}

/** The largest `<article>`, else the `<main>`, else everything that was not dropped. */
function chooseParagraphs(paragraphs: readonly Paragraph[]): readonly Paragraph[] {
  const total = paragraphs.reduce((n, p) => n + p.text.length, 0);
  const byArticle = new Map<number, number>();
  for (const p of paragraphs) if (p.article !== null) byArticle.set(p.article, (byArticle.get(p.article) ?? 0) + p.text.length);
  let best: number | null = null;
  for (const [article, chars] of byArticle) if (best === null || chars > (byArticle.get(best) ?? 0)) best = article;
  if (best !== null && (byArticle.get(best) ?? 0) >= MIN_ARTICLE_SHARE * total) return paragraphs.filter((p) => p.article === best);
  const main = paragraphs.filter((p) => p.inMain);
  return main.length > 0 ? main : paragraphs;
}

function isDropped(name: string, attribs: Readonly<Record<string, string>>, inArticle: boolean): boolean {
  if (DROPPED_TAGS.has(name)) return !(inArticle && KEPT_INSIDE_ARTICLE.has(name));
  if ('hidden' in attribs) return true;
  if (attribs.role !== undefined && DROPPED_ROLES.has(attribs.role.toLowerCase())) return true;
  if (NEVER_MARKED.has(name) || !BLOCK_TAGS.has(name)) return false;
  const names = `${attribs.class ?? ''} ${attribs.id ?? ''}`.split(/\s+/).filter((n) => n !== '' && !TAXONOMY_CLASS.test(n));
  return names.some((n) => n.toLowerCase().split(/[-_]+/).some((part) => FURNITURE_NAME_PARTS.has(part)));
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function nonEmpty(s: string | null): string | null {
  if (s === null) return null;
  const t = collapse(s);
  return t === '' ? null : t;
}

/** The text of the first element of a kind that has any (the first non-empty `<title>` or `<h1>`). */
class Capture {
  value: string | null = null;
  private buffer: string | null = null;

  open(): void {
    if (this.value === null) this.buffer = '';
  }

  text(data: string): void {
    if (this.buffer !== null) this.buffer += data;
  }

  close(): void {
    if (this.buffer !== null) this.value = nonEmpty(this.buffer);
    this.buffer = null;
  }
}
