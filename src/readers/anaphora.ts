import { sameNoun, type Span } from './tokens.js';

/**
 * Figures that lean on an earlier one and take from it what they leave unsaid:
 * - part: "nearly 71,000 of those deaths", "more than 70,000 of them" (period, place, counted; metric as context)
 * - all: "All 29 of the individuals" (the same figure again)
 * - subset: "Of the 46 suspects detained, 12 were released" (what is counted)
 * - comparison: "fell to 74,702 in 2023, down from 76,226 the year before" (what is counted, the metric, the
 *   place; the period is its own, or the year before the antecedent's)
 * - change: "..., a decrease of 3% from 2022", "..., up 7.4% from 2010" (the change of the antecedent: its metric,
 *   period and place)
 */
export type AnaphorKind = 'part' | 'all' | 'subset' | 'comparison' | 'change';

export interface Anaphor extends Span {
  kind: AnaphorKind;
  /** the noun named after "of those"/"of the", or null for "of them" */
  noun: string | null;
  /** for a subset: the words of the whole ("46 suspects detained") */
  words: string[];
  text: string;
}

/** What the extractor remembers of an earlier claim, to link back to it. */
export interface Antecedent {
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  dimension: string;
  counted: string | null;
  sentence: number;
  valueStart: number;
}

const AFTER = /^\s+of\s+(those|these|the|them|which|whom|its|their)\b(?:\s+([\p{L}][\p{L}-]*))?/iu;
const BEFORE_ALL = /\b(all|each|both)\s+$/i;
const SUBSET = /(?:^|[^\p{L}])of\s+(?:the|those|these)\s+((?:[\p{L}\p{N},.-]+\s+){0,4}[\p{L}-]+),\s*$/iu;
const COMPARISON = /(?:\b(?:up|down)\s+from|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bagainst|,\s*from)\s+$/i;
const CHANGE = /(?:^|,\s*)(?:(?:an?\s+)?(?:decrease|increase|rise|drop|decline|jump|fall|gain|reduction|surge|dip|plunge|spike)\s+of|(?:up|down))\s+$/i;
const PRONOUNS = new Set(['them', 'which', 'whom']);
const NOT_NOUNS = new Set(['most', 'more', 'other', 'same', 'total', 'first', 'last', 'largest', 'biggest', 'top', 'who', 'that', 'are', 'were', 'was']);

/** The words around a figure that make it lean on an earlier one, if any. `clauseStart` bounds the look-back. */
export function anaphorOf(text: string, value: Span, clauseStart = Math.max(0, value.start - 80)): Anaphor | null {
  const before = text.slice(Math.max(0, clauseStart), value.start);
  const after = AFTER.exec(text.slice(value.end, value.end + 60));
  if (after) {
    const det = after[1]!.toLowerCase();
    const word = after[2];
    const noun = PRONOUNS.has(det) || word === undefined || NOT_NOUNS.has(word.toLowerCase()) ? null : word.toLowerCase();
    if (PRONOUNS.has(det) || noun !== null) {
      const end = value.end + after[0].length - (noun === null && word !== undefined ? word.length + 1 : 0);
      const all = BEFORE_ALL.exec(text.slice(Math.max(0, value.start - 12), value.start));
      const start = all ? value.start - all[0].length : value.start;
      return { kind: all ? 'all' : 'part', noun, words: [], start, end, text: text.slice(start, end).trim() };
    }
  }
  const wide = text.slice(Math.max(0, value.start - 80), value.start);
  const subset = SUBSET.exec(wide);
  if (subset) {
    const start = value.start - wide.length + subset.index + (subset[0].length - subset[0].trimStart().length);
    const words = subset[1]!.toLowerCase().split(/\s+/).filter((w) => /\p{L}/u.test(w));
    return { kind: 'subset', noun: null, words, start, end: value.end, text: text.slice(start, value.end).trim() };
  }
  const comparison = COMPARISON.exec(before);
  if (comparison) {
    const start = value.start - (before.length - comparison.index);
    return { kind: 'comparison', noun: null, words: [], start, end: value.end, text: text.slice(start, value.end).replace(/^,\s*/, '') };
  }
  const change = CHANGE.exec(before);
  if (change) {
    const start = value.start - (before.length - change.index);
    return { kind: 'change', noun: null, words: [], start, end: value.end, text: text.slice(start, value.end).replace(/^,\s*/, '') };
  }
  return null;
}

/**
 * The antecedent among earlier claims (nearest first; the caller passes claims of this sentence and the one
 * before, and only this sentence's for comparisons and changes).
 */
export function findAntecedent(anaphor: Anaphor, value: number | null, unit: string, earlier: readonly Antecedent[]): Antecedent | null {
  for (const a of earlier) {
    const whole = a.value ?? a.high ?? a.low;
    switch (anaphor.kind) {
      case 'comparison':
        if (a.unit === unit) return a;
        continue;
      case 'change':
        return a;
      case 'subset':
        if (a.counted !== null && anaphor.words.some((w) => sameNoun(w, a.counted!)) && (value === null || whole === null || value <= whole)) return a;
        continue;
      default:
        if (a.dimension !== 'count') continue;
        if (anaphor.noun !== null && (a.counted === null || !sameNoun(anaphor.noun, a.counted))) continue;
        if (anaphor.noun === null && a.counted === null) continue;
        if (value !== null && whole !== null && (anaphor.kind === 'all' ? whole !== value : value > whole)) continue;
        return a;
    }
  }
  return null;
}
