/**
 * Not a figure: why a number in a text is no quantity, or a quantity no claim — one table of rules, each with an
 * id and a reason, like compromise's tagging rules. Rules are grouped by what they need to see, and asked in this
 * order:
 * - `number`: the number and its neighbours in the raw text (the scanner, before it reads a unit);
 * - `reading`: the currency, unit and hedge the scanner read around it;
 * - `pair`: two numbers the scanner read as a range ("won 3-2");
 * - `sentence`: the sentence as the tokenizer and the entity stage read it (the claim readers).
 * A rule's id is what `claimgraph quantities --explain` writes for a number it drops, and what a claim reader gives
 * for a quantity it keeps from the claims. Ids are unique across the table; the words the rules read are data
 * (`data/not-a-figure.json`).
 */
import { NUMBER_RULES, type NumberContext, type NumberRule } from './number-rules.js';
import { PAIR_RULES, type PairContext, type PairRule } from './pair-rules.js';
import { READING_RULES, type ReadingContext, type ReadingRule } from './reading-rules.js';
import { SENTENCE_RULES, sentenceContext, type SentenceInput, type SentenceRule } from './sentence-rules.js';

export type { NumberContext, PairContext, ReadingContext, SentenceInput };
export { urlSpans } from './number-rules.js';

export type NotAFigureRule = NumberRule | ReadingRule | PairRule | SentenceRule;

/** Every rule, in the order it is asked. */
export const NOT_A_FIGURE: readonly NotAFigureRule[] = [...NUMBER_RULES, ...READING_RULES, ...PAIR_RULES, ...SENTENCE_RULES];

{
  const seen = new Set<string>();
  for (const rule of NOT_A_FIGURE) {
    if (seen.has(rule.id)) throw new Error(`two not-a-figure rules have the id "${rule.id}": give one of them another id`);
    seen.add(rule.id);
  }
}

/** The first rule of `rules` that matches, or null. */
function first<C>(rules: ReadonlyArray<{ readonly id: string; match(c: C): boolean }>, c: C): string | null {
  for (const rule of rules) if (rule.match(c)) return rule.id;
  return null;
}

/** The id of the rule that makes a number no quantity from the number alone, or null. */
export const rejectNumber = (c: NumberContext): string | null => first(NUMBER_RULES, c);
/** The id of the rule that makes a number no quantity once its unit and currency are read, or null. */
export const rejectReading = (c: ReadingContext): string | null => first(READING_RULES, c);
/** The id of the rule that makes two numbers read as a range no quantities, or null. */
export const rejectPair = (c: PairContext): string | null => first(PAIR_RULES, c);

/** Why a quantity the scanner kept is not a claim (its rule's id and reason), or null when it is one. */
export function notClaimReason(input: SentenceInput): { id: string; reason: string } | null {
  const c = sentenceContext(input);
  for (const rule of SENTENCE_RULES) if (rule.match(c)) return { id: rule.id, reason: rule.reason };
  return null;
}
