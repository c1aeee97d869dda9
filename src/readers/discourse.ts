import type { EntityMention, Sentence } from '../contracts/index.js';
import type { ArticleView } from '../core/extractor.js';

/**
 * The shape of an article as a reader sees it: its paragraphs (a blank line, or a line break in extracted HTML,
 * separates them), its headline and lede, and the bodies it names in order — what the frame reader inherits from
 * when a figure's own words do not say.
 */
export interface Discourse {
  /** paragraph number of each sentence, by sentence index */
  paragraphOf(sentence: Sentence): number;
  /** the headline (the first sentence when it is a title line) and the lede's sentences: where the topic is set */
  isTopic(sentence: Sentence): boolean;
  /** the last mention of a body (agency, organization, cartel) that ends before an offset */
  lastBodyBefore(offset: number): EntityMention | null;
  /** the last mention of any entity of the given types before an offset */
  lastOfTypes(offset: number, types: ReadonlySet<string>): EntityMention | null;
}

/** How many sentences after the headline make the lede. */
const LEDE_SENTENCES = 2;

export function makeDiscourse(article: ArticleView, sentences: readonly Sentence[]): Discourse {
  const { text } = article;
  // paragraphs are separated by blank lines; in a text that has none, by line breaks
  const breakRe = /\n[ \t]*\n/.test(text) ? /\n[ \t]*\n/ : /\n/;
  const paragraph = new Map<number, number>();
  let p = 0;
  let prevEnd = -1;
  for (const s of sentences) {
    if (prevEnd >= 0 && breakRe.test(text.slice(prevEnd, s.start))) p++;
    paragraph.set(s.index, p);
    prevEnd = s.end;
  }
  const topic = new Set<number>();
  let counted = 0;
  for (const s of sentences) {
    if (counted > LEDE_SENTENCES) break;
    const words = text.slice(s.start, s.end);
    // by-lines ("*By Priya Chaudhry*"), datelines and date lines set no topic; nor does a label line after the
    // headline ("Democracy Monitor | Elections & Data"): a few words with no sentence's end
    if (/^[*_\s]*(?:by\s|published|updated|posted)\b/i.test(words) || words.length < 12) continue;
    if (topic.size > 0 && !/[.!?:;”"’)]\s*$/.test(words) && words.split(/\s+/).length < 8) continue;
    topic.add(s.index);
    counted++;
  }
  const mentions = article.mentions;
  const lastBefore = (offset: number, ok: (m: EntityMention) => boolean): EntityMention | null => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1, seen = 0; k >= 0 && seen < 400; k--, seen++) {
      const m = mentions[k]!;
      if (m.end <= offset && ok(m)) return m;
    }
    return null;
  };
  return {
    paragraphOf: (s) => paragraph.get(s.index) ?? 0,
    isTopic: (s) => topic.has(s.index),
    lastBodyBefore: (offset) => lastBefore(offset, (m) => m.type === 'agency' || m.type === 'organization' || m.type === 'cartel'),
    lastOfTypes: (offset, types) => lastBefore(offset, (m) => types.has(m.type)),
  };
}
