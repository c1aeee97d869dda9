import type { Piece } from '../../stages/04-claims/quantities/piece.js';

/** Two numbers joined by a dash, read as a range, and the words around them. */
export interface PairContext {
  readonly text: string;
  readonly x: Piece;
  readonly y: Piece;
  /** the dash between them, and whether spaces surround it */
  readonly dash: { readonly spaced: boolean } | null;
  /** the first number is not below the second */
  readonly reversed: boolean;
}

export interface PairRule {
  readonly id: string;
  readonly needs: 'pair';
  readonly reason: string;
  match(c: PairContext): boolean;
}

/** Words around two numbers joined by a dash that make them a score or a vote. */
const SCORE_AFTER = /^[ \t\u00a0]+(?:win|wins|loss|losses|lead|victory|defeat|draw|tie|decision|ruling|vote|verdict|margin|score|scoreline|thrashing|rout|home\s+win|away\s+win)(?![\p{L}])/iu;
const SCORE_BEFORE = /(?<![\p{L}])(?:won|lost|beat|beating|defeated|drew|tied|trailed|trailing|led|leading|leads|trail|trails)[ \t\u00a0]+(?:by[ \t\u00a0]+)?(?:an?[ \t\u00a0]+)?$/iu;

/** Rules for two numbers written as a range that are no quantities; the scanner asks them when it reads a range. */
export const PAIR_RULES: readonly PairRule[] = [
  {
    id: 'phone-pair',
    needs: 'pair',
    reason: 'a local telephone number: three digits, a hyphen, four digits ("555-1234")',
    match: ({ x, y, dash }) => dash !== null && !dash.spaced && x.n.bare && y.n.bare && x.n.text.length === 3 && y.n.text.length === 4,
  },
  {
    id: 'score',
    needs: 'pair',
    reason: 'a score or a vote, whichever way round: "won 3-1", "a 2-3 loss", "passed 52-48" (kept with the `scores` option)',
    match: ({ text, x, y, dash, reversed }) => reversed || (dash !== null && x.unit === null && y.unit === null && x.iso === null && y.iso === null
      && (SCORE_AFTER.test(text.slice(y.end, y.end + 24)) || SCORE_BEFORE.test(text.slice(Math.max(0, x.start - 30), x.start)))),
  },
];
