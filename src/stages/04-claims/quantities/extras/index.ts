import type { QuantityMatch } from '../build.js';
import type { Tok } from '../tokenize.js';
import { MULTIPLE_TRIGGERS, readMultiple } from './multiples.js';
import { readOneUnit } from './one-unit.js';
import { readVague, VAGUE_TRIGGERS } from './vague.js';

/** The words that can start an extra; every other word is skipped at once. */
const TRIGGERS = new Set([...VAGUE_TRIGGERS, ...MULTIPLE_TRIGGERS, 'a', 'an']);

/**
 * Quantities that do not start with a number: vague amounts ("thousands", "tens of thousands"), multiples
 * ("twice", "threefold", "doubled") and one of a unit ("a year", "an hour", "a mile"). `taken` holds spans
 * already read; nothing inside them is read again.
 */
export function readExtras(text: string, toks: readonly Tok[], taken: ReadonlyArray<[number, number]>): QuantityMatch[] {
  const spans = [...taken].sort((a, b) => a[0] - b[0]);
  const out: QuantityMatch[] = [];
  let s = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind !== 'w' || (!TRIGGERS.has(t.lower) && !t.lower.endsWith('fold'))) continue;
    while (s < spans.length && spans[s]![1] <= t.start) s++;
    const span = spans[s];
    if (span && span[0] <= t.start && t.start < span[1]) continue;
    const q = readVague(text, toks, i) ?? readMultiple(text, toks, i) ?? readOneUnit(text, toks, i);
    if (q) {
      if (span && q.quantity.end > span[0]) continue;
      out.push(q);
      while (i + 1 < toks.length && toks[i + 1]!.start < q.quantity.end) i++;
    }
  }
  return out;
}
