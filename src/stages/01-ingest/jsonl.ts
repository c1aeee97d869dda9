import { z } from 'zod';
import { parseDate } from './dates.js';

/** One article line of a `.jsonl` input: `{id?, title?, url?, published?, text | html}`; other fields are ignored. */
export const JsonlArticleSchema = z.looseObject({
  id: z.union([z.string(), z.number()], { error: 'expected a string or a number' }).nullish(),
  title: z.string().nullish(),
  url: z.string().nullish(),
  published: z.unknown().optional(),
  text: z.string().nullish(),
  html: z.string().nullish(),
});

export interface JsonlMeta {
  sourceId: string | null;
  title: string | null;
  url: string | null;
  /** ISO date, or null when missing or unreadable (then `warnings` says why) */
  published: string | null;
}

export type JsonlLineResult =
  | { ok: true; format: 'txt' | 'html'; content: string; meta: JsonlMeta; warnings: string[] }
  /** `blank: true` for an empty or whitespace-only line: not an article, the caller skips it without a record */
  | { ok: false; blank: boolean; reason: string };

const SHAPE = 'each line must be one article: {"id", "title", "url", "published", "text" or "html"}';

/**
 * Read one line of a `.jsonl` input. `lineNo` is 1-based and only used in messages. When a line has both
 * `text` and `html`, `text` is used (unless it is blank) and a warning says so.
 */
export function parseJsonlLine(line: string, lineNo: number): JsonlLineResult {
  if (line.trim() === '') return { ok: false, blank: true, reason: `line ${lineNo} is blank` };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return fail(`line ${lineNo} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(`line ${lineNo} is ${describe(value)}, not a JSON object: ${SHAPE}`);
  }
  const parsed = JsonlArticleSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `\`${i.path.join('.')}\`: ${i.message}`).join('; ');
    return fail(`line ${lineNo} has a field of the wrong type (${problems})`);
  }
  const article = parsed.data;
  const warnings: string[] = [];
  const hasText = typeof article.text === 'string';
  const hasHtml = typeof article.html === 'string';
  if (!hasText && !hasHtml) return fail(`line ${lineNo} has neither a \`text\` nor an \`html\` field: ${SHAPE}`);
  const useText = hasText && (!hasHtml || (article.text ?? '').trim() !== '');
  if (hasText && hasHtml) warnings.push(`line ${lineNo} has both \`text\` and \`html\`; using \`${useText ? 'text' : 'html'}\``);
  const published = readPublished(article.published, lineNo);
  if (published.warning !== null) warnings.push(published.warning);
  return {
    ok: true,
    format: useText ? 'txt' : 'html',
    content: (useText ? article.text : article.html) ?? '',
    meta: {
      sourceId: article.id == null ? null : String(article.id),
      title: blankToNull(article.title),
      url: blankToNull(article.url),
      published: published.date,
    },
    warnings,
  };
}

function readPublished(value: unknown, lineNo: number): { date: string | null; warning: string | null } {
  if (value === undefined || value === null || value === '') return { date: null, warning: null };
  const date = typeof value === 'string' ? parseDate(value) : null;
  if (date !== null) return { date, warning: null };
  return {
    date: null,
    warning: `line ${lineNo}: \`published\` ${JSON.stringify(value)} is not a date claimgraph can read (write YYYY-MM-DD); the article is kept without a publication date`,
  };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a JSON array';
  return `a JSON ${typeof value}`;
}

function blankToNull(s: string | null | undefined): string | null {
  const t = s?.trim() ?? '';
  return t === '' ? null : t;
}

function fail(reason: string): JsonlLineResult {
  return { ok: false, blank: false, reason };
}
