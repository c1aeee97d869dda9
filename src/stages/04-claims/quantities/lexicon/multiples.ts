import { SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from '../../../../core/vocabulary.js';
import type { ChangeDirection } from '../../../../core/changes.js';

/** Words that are multiples by themselves: "twice", "threefold", "doubled" (a change up). */
export const MULTIPLE_WORDS: ReadonlyMap<string, { readonly value: number; readonly direction: ChangeDirection | null }> = new Map([
  ['twice', { value: 2, direction: null }], ['thrice', { value: 3, direction: null }],
  ['doubled', { value: 2, direction: 'up' }], ['doubling', { value: 2, direction: 'up' }], ['doubles', { value: 2, direction: 'up' }],
  ['tripled', { value: 3, direction: 'up' }], ['tripling', { value: 3, direction: 'up' }], ['triples', { value: 3, direction: 'up' }],
  ['trebled', { value: 3, direction: 'up' }], ['quadrupled', { value: 4, direction: 'up' }], ['quintupled', { value: 5, direction: 'up' }],
  ['halved', { value: 0.5, direction: 'down' }], ['halving', { value: 0.5, direction: 'down' }], ['halves', { value: 0.5, direction: 'down' }],
  ['double', { value: 2, direction: 'up' }], ['triple', { value: 3, direction: 'up' }], ['quadruple', { value: 4, direction: 'up' }],
  ['quadruples', { value: 4, direction: 'up' }],
]);

/**
 * Forms that are multiples only where the words around say so: a verb's present ("the tariff triples to 60%")
 * after a word that leads into it or before "to", "from", "in", "since"; a bare "double" or "triple" after a hedge
 * or "to" ("more than double", "nearly triple", "expected to double") or before what it multiplies ("double the
 * 2019 level"). Elsewhere they are adjectives and nouns ("a double murder", "mixed doubles", "a triple").
 */
export const GUARDED_MULTIPLES: ReadonlySet<string> = new Set(['doubles', 'triples', 'halves', 'quadruples', 'double', 'triple', 'quadruple']);
export const LEADS_INTO_MULTIPLE = /^(?:it|that|this|which|nearly|almost|more|roughly|about|then|than|and|to|will|would|could|may|might|can|should)$/;
export const AFTER_VERB_MULTIPLE = /^(?:to|from|in|since|over|by|again)$/;
export const BEFORE_BARE_MULTIPLE = /^(?:the|that|what|its|their|his|her|our|last|this)$/;

/** Counts before "-fold" written as one word, two and up: "threefold", "tenfold", "hundredfold". */
export const FOLD_PREFIXES: ReadonlyMap<string, number> = new Map([...UNIT_WORDS, ...TENS_WORDS, ...SCALE_WORDS].filter(([, v]) => v >= 2));

/** "once" is a multiple only as a rate: "once a year". */
export const ONCE = 'once';
