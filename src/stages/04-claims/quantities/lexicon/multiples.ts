import { SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from '../../../../core/vocabulary.js';
import type { ChangeDirection } from './changes.js';

/** Words that are multiples by themselves: "twice", "threefold", "doubled" (a change up). */
export const MULTIPLE_WORDS: ReadonlyMap<string, { readonly value: number; readonly direction: ChangeDirection | null }> = new Map([
  ['twice', { value: 2, direction: null }], ['thrice', { value: 3, direction: null }],
  ['doubled', { value: 2, direction: 'up' }], ['doubling', { value: 2, direction: 'up' }], ['doubles', { value: 2, direction: 'up' }],
  ['tripled', { value: 3, direction: 'up' }], ['tripling', { value: 3, direction: 'up' }], ['triples', { value: 3, direction: 'up' }],
  ['trebled', { value: 3, direction: 'up' }], ['quadrupled', { value: 4, direction: 'up' }], ['quintupled', { value: 5, direction: 'up' }],
  ['halved', { value: 0.5, direction: 'down' }], ['halving', { value: 0.5, direction: 'down' }], ['halves', { value: 0.5, direction: 'down' }],
]);

/** Counts before "-fold" written as one word, two and up: "threefold", "tenfold", "hundredfold". */
export const FOLD_PREFIXES: ReadonlyMap<string, number> = new Map([...UNIT_WORDS, ...TENS_WORDS, ...SCALE_WORDS].filter(([, v]) => v >= 2));

/** "once" is a multiple only as a rate: "once a year". */
export const ONCE = 'once';
