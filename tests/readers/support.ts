import type { EntityMention, Quantity, Sentence, Token } from '../../src/contracts/index.js';
import { tokenizeText } from '../../src/stages/02-tokenize/spans.js';

/** One sentence tokenized the way the pipeline does it. */
export function sentence(text: string): { text: string; tokens: Token[]; sentence: Sentence } {
  const { tokens, sentences } = tokenizeText(text, []);
  const s = sentences[0]!;
  return { text, tokens: tokens.slice(s.firstToken, s.lastToken + 1), sentence: s };
}

/** Offset of the `nth` whole-word occurrence of `words` ("one" is not found inside "prisoners"). */
export function find(text: string, words: string, nth = 0): number {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  const all = [...text.matchAll(re)];
  const m = all[nth];
  if (m === undefined) throw new Error(`"${words}" is not in the text`);
  return m.index;
}

/** A hand-made quantity at the `nth` occurrence of `valueText` (what the scanner would give). */
export function quantity(text: string, valueText: string, fields: Partial<Quantity> = {}, nth = 0): Quantity {
  const start = find(text, valueText, nth);
  const value = Number(valueText.replace(/[^\d.]/g, '')) || null;
  return {
    start, end: start + valueText.length, text: valueText, value, low: value, high: value,
    lowInclusive: true, highInclusive: true, plain: null, hedge: 'exact', unit: 'count', dimension: 'count',
    direction: null, per: null, ...fields,
  };
}

/** An entity mention at the `nth` occurrence of `words`. */
export function mention(text: string, words: string, entity: string, type: EntityMention['type'] = 'country', nth = 0): EntityMention {
  const start = find(text, words, nth);
  return { entity, type, start, end: start + words.length, text: words };
}

/** The text of a span. */
export const slice = (text: string, s: { start: number; end: number } | null | undefined) => (s ? text.slice(s.start, s.end) : null);
