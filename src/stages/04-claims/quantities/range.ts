import { SCALE_WORDS } from '../../../core/vocabulary.js';
import { directionAround } from './context/direction.js';
import { CHANGE_VERBS } from '../../../core/changes.js';
import { rejectPair } from '../../../readers/not-a-figure/index.js';
import type { Piece } from './piece.js';

export interface RangeHit {
  readonly y: Piece;
  /** offset of "between" when the range is written "between X and Y" */
  readonly between: number | null;
  /** not a range but two numbers that are no quantities: the id of the `pair` rule of not-a-figure that says so */
  readonly notQuantity: string | null;
}

const DASH = /^([ \t\u00a0]*)[-–—‑]([ \t\u00a0]*)$/;
/** "10 to 15", "between 2 and 3", "0-to-100" (hyphened into a modifier: "0-to-100-km/h") */
const WORD = /^(?:[ \t\u00a0]+(to|through|thru|and)[ \t\u00a0]+|-(to)-)$/i;
const BETWEEN = /(?<![\p{L}])between[ \t\u00a0]+$/iu;
const FROM = /(?<![\p{L}])(\p{L}+)?[ \t\u00a0]*from[ \t\u00a0]+$/iu;
/** A change verb a few words before "from", over its object: "raising it from", "cut its duties on American goods from". */
const VERB_BEFORE_FROM = /((?:\p{L}+[ \t\u00a0]+){1,6})from[ \t\u00a0]+$/iu;

/**
 * Two pieces written as a range: "10-15%", "18–45", "$10 to $30", "eight to 10 feet", "between 2 and 3
 * million". The second piece must start where the connector ends; units must agree or be written once.
 */
export function readRange(text: string, x: Piece, y: Piece): RangeHit | null {
  const gap = text.slice(x.end, y.start);
  if (gap.length > 12 || gap.includes('\n')) return null;
  const dash = DASH.exec(gap);
  const word = dash ? null : WORD.exec(gap);
  if (!dash && !word) return null;
  if (dash && (dash[1] === '') !== (dash[2] === '')) return null;
  if (dash && (x.n.form !== 'digits' || y.n.form !== 'digits')) return null;
  const connector = (word?.[1] ?? word?.[2])?.toLowerCase();
  const before = text.slice(Math.max(0, x.start - 30), x.start);
  const between = BETWEEN.exec(before);
  const agedBetween = x.age && BETWEEN.test(text.slice(Math.max(0, x.n.start - 30), x.n.start));
  if (connector === 'and' && !between && !agedBetween) return null;
  if (connector !== undefined && connector !== 'and') {
    // "rose from 4% to 6%", "rose 15% to $415.9 million": a change and a level, not a range
    const from = FROM.exec(before);
    if (from && from[1] !== undefined && CHANGE_VERBS.has(from[1].toLowerCase())) return null;
    const words = VERB_BEFORE_FROM.exec(text.slice(Math.max(0, x.start - 60), x.start))?.[1]?.toLowerCase().split(/[ \t\u00a0]+/) ?? [];
    if (words.some((w) => CHANGE_VERBS.has(w))) return null;
    if (directionAround(text, x.start, x.start) !== null) return null;
  }
  if (x.n.fraction || y.n.fraction || x.n.run || y.n.run) return null;
  if (!unitsAgree(x, y)) return null;
  let xv = x.value;
  // the scale written once, after the second end: "2 to 3 million", "six to seven thousand"
  const yScale = y.n.scale > 1 ? y.n.scale : wordScale(y.n.form === 'words' ? y.n.text : '');
  if (x.n.scale === 1 && yScale > 1 && !x.unit && wordScale(x.n.form === 'words' ? x.n.text : '') === 1 && x.value < y.n.value / yScale) xv *= yScale;
  if (x.iso === null && y.iso !== null && y.unit?.kind === 'minor') xv *= y.unit.minor;
  const reversed = xv >= y.value && !(xv < 0 && y.value < 0);
  if (reversed && !dash) return null;
  // a score or a vote whichever way round ("a 2-3 loss", "won 3-1"), a local phone number ("555-1234")
  const notQuantity = rejectPair({ text, x, y, dash: dash ? { spaced: dash[1] !== '' } : null, reversed });
  x.value = xv;
  return { y, between: between && connector === 'and' ? x.start - (before.length - between.index) : null, notQuantity };
}

/** The scale word a number written in words ends with ("seven thousand" → 1000), else 1. */
function wordScale(words: string): number {
  const last = /(\p{L}+)$/u.exec(words)?.[1]?.toLowerCase();
  return last === undefined ? 1 : SCALE_WORDS.get(last) ?? 1;
}

function unitsAgree(x: Piece, y: Piece): boolean {
  if (x.iso !== null && y.iso !== null) return x.iso === y.iso;
  if (x.iso !== null) return y.unit === null;
  if (y.iso !== null) return x.unit === null;
  // "from 3 hours to 90 minutes" is a move between two written measures, not a range of one
  if (x.unit && y.unit) return x.unit.unit === y.unit.unit;
  return true;
}
