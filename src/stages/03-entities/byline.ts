import type { FurnitureSpan, Sentence } from '../../contracts/index.js';
import { BYLINE_STOP } from './vocabulary.js';
import type { Word } from './words.js';

/** Whether a furniture sentence lies in a by-line span (the one piece of furniture that names a person). */
export function inByline(sentence: Sentence, furniture: readonly FurnitureSpan[]): boolean {
  return furniture.some((f) => f.start <= sentence.start && f.end >= sentence.end && /by-?line/i.test(f.reason));
}

/**
 * The authors' names in a by-line: "by James Carter Senior News Editor" → "James Carter", "By Maria Verza and
 * Fabiola Sánchez" → both. Two to four capitalised words after "by" (or after "and" or a comma), before any
 * job title.
 */
export function bylineNames(words: readonly Word[], from: number, to: number): Array<{ from: number; to: number }> {
  let i = from;
  while (i < Math.min(to, from + 4) && words[i]!.key !== 'by') i++;
  if (i >= to || words[i]!.key !== 'by') return [];
  const names: Array<{ from: number; to: number }> = [];
  for (let start = i + 1; start < to;) {
    let end = start;
    while (end < to && end - start < 4 && words[end]!.cap && !BYLINE_STOP.has(words[end]!.key)) end++;
    if (end - start < 2) break;
    names.push({ from: start, to: end });
    const next = words[end];
    if (!next || (next.key !== 'and' && next.text !== ',' && next.key !== '&')) break;
    start = words[end + 1]?.key === 'and' ? end + 2 : end + 1;
  }
  return names;
}
