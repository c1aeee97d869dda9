import type {
  ArticleEntity, EntityMention, FurnitureSpan, InputFormat, Message, Quantity, Sentence, Token, Claim,
} from '../contracts/index.js';
import { sha256 } from './ids.js';

/** What the runner hands the first stage: one article as read, before any stage has run. */
export interface Source {
  /** content-derived article id */
  id: string;
  path: string;
  line: number | null;
  format: InputFormat | 'txt' | 'md' | 'html';
  /** the content as decoded: plain text, Markdown or HTML */
  content: string;
  encoding: string;
  sha256: string;
  meta: { sourceId: string | null; title: string | null; url: string | null; published: string | null };
}

/** A source for `content`, its sha256 and its content-derived id (the hash's first 16 hex digits) made from it. */
export function sourceOf(content: string, fields: Omit<Source, 'id' | 'sha256' | 'content'>): Source {
  const hash = sha256(content);
  const { path, line, format, encoding, meta } = fields;
  return { id: hash.slice(0, 16), path, line, format, content, encoding, sha256: hash, meta };
}

/**
 * The article as it flows through the per-article stages. Each optional field is assigned by exactly one
 * stage (its `assigns`) and read by later ones (their `requires`).
 */
export interface ArticleDoc {
  source: Source;
  /** the text offsets refer to (for txt/md, the content itself; for HTML, the extracted text) */
  text?: string;
  title?: string | null;
  published?: string | null;
  publishedSource?: 'option' | 'input' | 'text' | null;
  furniture?: FurnitureSpan[];
  tokens?: Token[];
  sentences?: Sentence[];
  mentions?: EntityMention[];
  /** the entities the mentions point at, resolved within the article */
  entities?: ArticleEntity[];
  quantities?: Quantity[];
  claims?: Claim[];
  /** messages are appended by every stage through its context, never assigned */
  messages: Message[];
}

export type DocKey = Exclude<keyof ArticleDoc, 'messages'>;

/**
 * Read a field an earlier stage assigned. The pipeline check guarantees it before a batch starts; this throws
 * only when a stage is run by hand out of order, and then says which field is missing.
 */
export function need<K extends DocKey>(doc: Readonly<ArticleDoc>, key: K): NonNullable<ArticleDoc[K]> {
  const value = doc[key];
  if (value === undefined || value === null) {
    throw new Error(`the article has no "${key}" yet: run a stage that assigns "${key}" first`);
  }
  return value as NonNullable<ArticleDoc[K]>;
}
