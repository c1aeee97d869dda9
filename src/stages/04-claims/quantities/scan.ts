/**
 * The quantity scanner: every quantity in a text, claim or not, as the contract's `Quantity`.
 *
 * Layers, each a small module: `tokenize` (digits, letters, marks with offsets) → `numbers/` (numbers in digits
 * and words, scales, fractions, ratios; knows nothing of context) → `piece` (currency, unit, age words around one
 * number) → `range` / `compound` (two numbers read as one) → the `not-a-figure` table (src/readers/not-a-figure/:
 * numbers that are no quantities, one rule and id each, shared with the claim readers) → `build` (hedge
 * intervals, SI values). `extras/` reads quantities without a number ("thousands", "twice", "a year"). Units,
 * currencies, hedges and the not-a-figure words are data (`data/units.json`, `data/currencies.json`,
 * `data/vocabulary.json`, `data/not-a-figure.json`); `lexicon/` keeps the word tables only the number reader uses
 * (fraction and scale forms, multiples).
 *
 * Readings decided here (issue 3):
 * - ordinals are not quantities ("4th", "21st", "twenty-first"): rule `ordinal`, word ordinals are never read;
 * - ages are quantities with dimension `age` and a time unit ("aged 18-45", "28-year-old"), so the claim layer can
 *   drop them unless the age is the claim;
 * - a bare proportion is a percentage ("two-thirds" 66.67, "one in five" 20, "half" 50) so it compares with "20%";
 * - a vague amount ("thousands") has value null, hedge `vague` and [2×base, 10×base) ("dozens" [24, 100));
 * - `plain` is always filled: the plain reading of the hedge (issue 3's table), equal to the literal interval
 *   except for "over" (N, N+g];
 * - a duration after first/last/past/next is a period, not a quantity ("the first six months of 2023").
 */
import type { Quantity } from '../../../contracts/index.js';
import { buildQuantity, type Amount, type QuantityMatch, type RangeEnd } from './build.js';
import { readCompound } from './compound.js';
import { directionAround } from './context/direction.js';
import { hedgeAfter, hedgeBefore, type HedgeHit } from './context/hedge.js';
import { rateAfter } from './context/rate.js';
import { readExtras } from './extras/index.js';
import { readNumbers } from './numbers/scan-numbers.js';
import type { NumberMatch } from './numbers/types.js';
import { readPiece, type Piece } from './piece.js';
import { readRange } from './range.js';
import { rejectNumber, rejectReading, urlSpans } from '../../../readers/not-a-figure/index.js';
import { tokenize, type Tok } from './tokenize.js';

export type { QuantityMatch, RangeEnd } from './build.js';
export { scanNumbers } from './numbers/scan-numbers.js';
export type { NumberMatch } from './numbers/types.js';

/** A number the scanner saw and did not report, with the rule that dropped it. */
export interface Rejection {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly rule: string;
}

export interface ScanResult {
  readonly quantities: QuantityMatch[];
  readonly rejected: Rejection[];
}

/** What a caller may ask of the scanner beyond news quantities. */
export interface ScanOptions {
  /** keep sports scores and votes ("won 3-1", "a 218-212 vote") as two counts instead of dropping them */
  readonly scores?: boolean;
}

/** Every quantity in `text`, claim or not, in text order. Pure; offsets are UTF-16 indices into `text`. */
export function scanQuantities(text: string, options: ScanOptions = {}): Quantity[] {
  return scanDetailed(text, options).quantities.map((m) => m.quantity);
}

const JOINERS = new Set(['-', '–', '/', '.', '+']);

/** Touching a rejected number through "-", "/" or "." ("2013-14", "737-800"): rejected with it. */
function joinedTo(text: string, a: NumberMatch, b: NumberMatch): boolean {
  return b.start - a.end === 1 && JOINERS.has(text[a.end]!);
}

/**
 * A number that goes on a name or a telephone number the number before it was rejected as: "Boeing 737 Max 9"
 * (one capitalised word between), "0800 555 111" (digit groups a space apart).
 */
function continuesName(text: string, prev: { n: NumberMatch; rule: string }, n: NumberMatch): boolean {
  const gap = text.slice(prev.n.end, n.start);
  if (prev.rule === 'name') return /^[ \t\u00a0]+\p{Lu}[\p{L}-]*[ \t\u00a0]+$/u.test(gap) && n.form === 'digits';
  if (prev.rule === 'phone') return gap === ' ' && n.form === 'digits' && n.bare;
  return false;
}

/** The scanner with its working shown: each quantity with its core span, and each number it dropped and why. */
export function scanDetailed(text: string, options: ScanOptions = {}): ScanResult {
  const toks = tokenize(text);
  const nums = readNumbers(text, toks);
  const urls = text.includes('://') || text.includes('www.') || text.includes('@') ? urlSpans(text) : [];
  const quantities: QuantityMatch[] = [];
  const rejected: Rejection[] = [];
  const taken: Array<[number, number]> = [];
  const state: { last: { n: NumberMatch; rule: string } | null } = { last: null };
  const reject = (n: NumberMatch, rule: string) => {
    rejected.push({ start: n.start, end: n.end, text: n.text, rule });
    state.last = { n, rule };
  };
  for (let k = 0; k < nums.length; k++) {
    const n = nums[k]!;
    const early = rejectNumber({ text, toks, n, urls });
    if (early) {
      reject(n, early);
      continue;
    }
    const prev = state.last;
    if (prev && (joinedTo(text, prev.n, n) || continuesName(text, prev, n))) {
      reject(n, prev.rule);
      continue;
    }
    const x = readPiece(text, n);
    const hx = hedgeBefore(text, x.start);
    const ny = nums[k + 1];
    // the next number with its currency and unit, read at most once here (its own turn reads it again as `x`)
    let nextPiece: Piece | undefined;
    const yOf = (m: NumberMatch) => (nextPiece ??= readPiece(text, m));
    const rule = contextRule(text, toks, x, hx !== null);
    // a year-like first end of a range whose second end carries a unit is no year: "1800 - 2200 calories"
    if (rule && !(rule === 'year' && ny !== undefined && rangeOfMeasure(text, toks, x, ny, urls, yOf))) {
      reject(n, rule);
      continue;
    }
    // a measurement and its uncertainty: "25 ± 3 nm" is 25 nm
    if (ny !== undefined && PLUS_MINUS.test(text.slice(x.end, ny.start))) {
      const y = yOf(ny);
      if (x.unit === null && x.iso === null) {
        x.unit = y.unit;
        x.iso = y.iso;
      }
      k += 1;
      quantities.push(finish(text, x.n, hx ? hx.start : x.start, y.end, x.coreStart, y.coreEnd, x.n.end,
        { kind: 'value', value: x.value, hedge: hx?.hedge ?? 'exact' }, x.unit, x.iso, x.age, taken));
      continue;
    }
    if (ny !== undefined && !rejectNumber({ text, toks, n: ny, urls })) {
      const y = yOf(ny);
      const range = readRange(text, x, y);
      if (range && !contextRule(text, toks, y, false)) {
        k += 1;
        if (range.notQuantity === 'score' && options.scores) {
          for (const p of [x, y]) {
            quantities.push(finish(text, p.n, p.start, p.end, p.coreStart, p.coreEnd, p.n.end, { kind: 'value', value: p.n.value, hedge: 'exact' }, null, null, false, taken));
          }
          continue;
        }
        if (range.notQuantity) {
          reject(n, range.notQuantity);
          reject(ny, range.notQuantity);
          continue;
        }
        const start = range.between ?? hx?.start ?? x.start;
        const q = finish(text, x.n, start, y.end, x.coreStart, y.coreEnd, y.n.end,
          { kind: 'range', low: Math.min(x.value, y.value), high: Math.max(x.value, y.value) }, y.unit ?? x.unit, y.iso ?? x.iso,
          x.age || y.age, taken);
        const end = (p: Piece): RangeEnd => ({ start: p.coreStart, end: p.coreEnd, value: p.value, unitWritten: p.unit !== null || p.iso !== null });
        quantities.push({ ...q, ends: [end(x), end(y)] });
        continue;
      }
    }
    let end = x.end;
    let hedge: HedgeHit | null = hx;
    if (!hedge) {
      const after = hedgeAfter(text, x.end);
      if (after) {
        hedge = after;
        end = after.end;
      }
    }
    if (ny !== undefined && end === x.end) {
      const more = readCompound(text, x, ny);
      if (more) {
        x.value += more.add;
        end = more.end;
        x.coreEnd = more.end;
        if (more.unit) x.unit = more.unit;
        k += 1;
      }
    }
    // a unit written once for two figures: "six or seven dollars", "9- or 10-inch pies"
    if (x.unit === null && x.iso === null && ny !== undefined && SHARED_UNIT_GAP.test(text.slice(x.end, ny.start))) {
      const y = yOf(ny);
      if (y.iso !== null || (y.unit !== null && y.unit.kind !== 'duration')) {
        x.unit = y.unit;
        x.iso = y.iso;
      }
    }
    const amount: Amount = { kind: 'value', value: x.value, hedge: hedge?.hedge ?? 'exact' };
    quantities.push(finish(text, x.n, hx ? hx.start : x.start, end, x.coreStart, x.coreEnd, x.n.end, amount, x.unit, x.iso,
      x.age, taken));
    // the count of a rate written after words ("1 death per 1,000 births") is no quantity of its own
    const rateEnd = taken[taken.length - 1]?.[1] ?? -1;
    while (nums[k + 1] !== undefined && nums[k + 1]!.start >= end && nums[k + 1]!.end <= rateEnd) k += 1;
  }
  for (const [s, e] of quantities.map((q) => [q.quantity.start, q.quantity.end] as const)) taken.push([s, e]);
  const extras = readExtras(text, toks, taken);
  const all = [...quantities, ...extras].sort((a, b) => a.quantity.start - b.quantity.start);
  return { quantities: pairedMoves(text, dropOverlaps(all)), rejected };
}

const PLUS_MINUS = /^[ \t\u00a0]*(?:±|\+\/-|\+-)[ \t\u00a0]*$/;
/** Between two figures of one unit: "or", "and", after a hyphen that holds the first's place ("9- or 10-inch"). */
const SHARED_UNIT_GAP = /^[-–]?[ \t\u00a0]+(?:or|and)[ \t\u00a0]+$/;
/** The second figure of a pair that restates a move: "shed 120 points, or 0.8%", "rose $3 (2%)". */
const PAIR_GAP = /^[ \t\u00a0]*(?:,[ \t\u00a0]*or|\()[ \t\u00a0]*$/;

/** The second of a pair that restates a move takes the move's direction ("shed 120 points, or 0.8%"). */
function pairedMoves(text: string, ms: QuantityMatch[]): QuantityMatch[] {
  for (let i = 1; i < ms.length; i++) {
    const [a, b] = [ms[i - 1]!.quantity, ms[i]!.quantity];
    if (b.direction === null && a.direction !== null && PAIR_GAP.test(text.slice(a.end, b.start))) {
      ms[i] = { ...ms[i]!, quantity: { ...b, direction: a.direction } };
    }
  }
  return ms;
}

/** Whether `x` and the number after it are a range whose second end names its unit or currency. */
function rangeOfMeasure(text: string, toks: readonly Tok[], x: Piece, ny: NumberMatch, urls: ReadonlyArray<[number, number]>,
  pieceOf: (m: NumberMatch) => Piece): boolean {
  if (rejectNumber({ text, toks, n: ny, urls })) return false;
  const y = pieceOf(ny);
  if (y.unit === null && y.iso === null) return false;
  const range = readRange(text, { ...x }, y);
  return range !== null && range.notQuantity === null && contextRule(text, toks, y, false) === null;
}

/** The rule that makes a piece no quantity once its currency and unit are read (`not-a-figure`), or null. */
function contextRule(text: string, toks: readonly Tok[], p: Piece, hedged: boolean): string | null {
  return rejectReading({
    text, toks, n: p.n, start: p.start, end: p.end, money: p.money, iso: p.iso !== null, unit: p.unit ? { kind: p.unit.kind, end: p.end } : null,
    hedged, suffixRead: p.suffixRead, age: p.age,
  });
}


function finish(text: string, n: NumberMatch, start: number, end: number, coreStart: number, coreEnd: number,
  numberEnd: number, amount: Amount, unit: Piece['unit'], iso: string | null, age: boolean, taken: Array<[number, number]>): QuantityMatch {
  let e = end;
  let per: string | null = null;
  const rate = rateAfter(text, end);
  if (rate) {
    per = rate.per;
    if (rate.inSpan) e = rate.end;
    taken.push([rate.start, rate.end]);
  }
  const proportion = n.fraction && !unit && !iso && (n.ratio || (amount.kind === 'value' && Math.abs(amount.value) < 1));
  return buildQuantity(text, {
    start, end: e, coreStart, coreEnd, numberStart: n.start, numberEnd, amount, unit, iso, age, proportion, per,
    direction: directionAround(text, start, e) ?? signedMove(text, n, unit),
  });
}

/** A percentage or points written with their sign state a move: "+0.4%", "-2.1%", "−3.2 points". */
function signedMove(text: string, n: NumberMatch, unit: Piece['unit']): 'up' | 'down' | null {
  if (unit === null || !(unit.kind === 'percent' || unit.unit === 'point')) return null;
  if (text[n.start - 1] === '+' && !/[\p{L}\p{N}]/u.test(text[n.start - 2] ?? ' ')) return 'up';
  return /^[-−–]\d/.test(n.text) ? 'down' : null;
}

function dropOverlaps(sorted: QuantityMatch[]): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    if (prev && m.quantity.start < prev.quantity.end) {
      if (m.quantity.end - m.quantity.start > prev.quantity.end - prev.quantity.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}
