import { lineStartNear } from '../../../core/text.js';
import { work } from '../../../core/work.js';
import { MONEY_ONLY_SUFFIXES } from './lexicon/scales.js';
import { ANGLE_CUES, LENGTH_CUES } from '../../../core/units.js';
import { ageBefore, oldAfter, yearsOldAfter } from './context/age.js';
import { currencyBefore } from './context/currency.js';
import { currencyInfo, unitInfo, type UnitInfo } from './context/unit-table.js';
import { unitAfter, unitAt } from './context/unit-matcher.js';
import type { NumberMatch } from './numbers/types.js';

/** One number with what is written right around it: currency before, unit or currency word after, age words. */
export interface Piece {
  readonly n: NumberMatch;
  value: number;
  /** start of the currency prefix or age words, else of the number */
  start: number;
  /** end of the unit or "old", else of the number */
  end: number;
  /** the number with its currency, unit and age words, without hedge words */
  coreStart: number;
  coreEnd: number;
  unit: UnitInfo | null;
  /** ISO 4217 code when money is counted */
  iso: string | null;
  age: boolean;
  /** a currency symbol or code came before the number */
  money: boolean;
  /** glued letters were read as a unit or a scale */
  suffixRead: boolean;
  /** where the unit text ends, when there is one */
  unitEnd: number | null;
}

export const YEAR_INFO = unitInfo('year');
/** Degrees of angle, which data/units.json has no row for: a "degree" with an angle cue around it ("a 45-degree turn"). */
const ANGLE: UnitInfo = {
  kind: 'measure', unit: 'deg', dimension: 'angle', siUnit: 'rad', factor: Math.PI / 180, offset: 0, minor: 1,
  gluedOnly: false, afterScaleOnly: false,
};
const GBP = currencyInfo('GBP');

/** After a glued lower-case "m" with no money sign: millions before a word ("10m people"), else metres. */
function gluedMIsMillion(text: string, pos: number): boolean {
  const m = /^[ \t\u00a0]+(\p{L}+)/u.exec(text.slice(pos, pos + 30));
  return m !== null && m[1] !== undefined && !LENGTH_CUES.has(m[1].toLowerCase());
}

const INCH = unitInfo('in', true);

/** A straight double quote after a number is an inch mark unless it closes a quotation opened on the same line. */
function inchMark(text: string, start: number, quote: number): boolean {
  if (/[\p{L}\p{N}]/u.test(text[quote + 1] ?? ' ')) return false;
  const line = lineStartNear(text, start);
  work(start - line);
  let quotes = 0;
  for (let i = line; i < start; i++) if (text.charCodeAt(i) === 34) quotes++;
  return quotes % 2 === 0;
}

/**
 * "percent of 10", "per cent of twenty-two": the number after "of" is the percentage, read only where no word
 * comes before "percent" (with one, "the percent of 18-year-olds" is about a share, not an amount).
 */
const PERCENT_OF = /(^|[^\p{L}\p{N}\s][ \t]*)(?:percents?|per[ \t-]?cent)[ \t]+of[ \t]+$/iu;
const PERCENT = unitInfo('percent');

/** A rate or a share named before a figure in points, in its sentence: its points are percentage points. */
const RATE_BEFORE = /\b(?:rates?|yields?|inflation|unemployment|interest|turnout|approval|share)\b[^.;]*$/i;
const PERCENTAGE_POINT = unitInfo('percentage_point');

const SCALE_AFTER_UNIT: Record<string, number> = { thousand: 1e3, million: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };

const FRACTION_OF = /^[ \t\u00a0]+(?:of[ \t\u00a0]+)?an?[ \t\u00a0]+/;

/** Reads the currency, unit and age words around number `n`. */
export function readPiece(text: string, n: NumberMatch): Piece {
  const cp = currencyBefore(text, n.start);
  const p: Piece = {
    n, value: n.value, start: cp ? cp.start : n.start, end: n.end, coreStart: cp ? cp.start : n.start, coreEnd: n.end,
    unit: null, iso: cp ? cp.iso : null, age: false, money: cp !== null, suffixRead: false, unitEnd: null,
  };
  if (n.suffix !== null) {
    const moneyScale = MONEY_ONLY_SUFFIXES.get(n.suffix);
    if (cp && moneyScale !== undefined) {
      p.value *= moneyScale;
      p.end = n.end + n.suffix.length;
      p.suffixRead = true;
    } else if (n.suffix === 'm' && !cp && !n.fraction && gluedMIsMillion(text, n.end + 1)) {
      p.value *= 1e6;
      p.end = n.end + 1;
      p.suffixRead = true;
      // the unit after the scale: "2.5m tonnes", "1.2m barrels"
      const hit = unitAfter(text, p.end, true);
      if (hit) setUnit(text, p, hit.info, hit.form, hit.end);
    } else {
      const hit = unitAfter(text, n.end, n.scale > 1);
      if (hit && hit.start === n.end && hit.end >= n.end + n.suffix.length) {
        setUnit(text, p, hit.info, hit.form, hit.end);
        p.suffixRead = true;
      }
    }
  } else {
    const hit = unitAfter(text, n.end, n.scale > 1);
    if (hit) setUnit(text, p, hit.info, hit.form, hit.end);
    else if (!cp && text[n.end] === '"' && inchMark(text, n.start, n.end)) setUnit(text, p, INCH, '"', n.end + 1);
    else if (n.fraction && !n.ratio && !cp) {
      const of = FRACTION_OF.exec(text.slice(n.end, n.end + 12));
      const u = of ? unitAt(text, n.end + of[0].length) : null;
      // "half a mile", "a quarter of a percentage point", "half a percent": that part of one unit
      if (u && /^\p{L}{3,}/u.test(u.form)) setUnit(text, p, u.info, u.form, u.end);
    }
  }
  if (p.unit?.kind === 'currency' && p.n.scale === 1) {
    // "75 USD million"
    const sc = /^[ \t]+(thousand|million|billion|trillion|bn|mn)(?![\p{L}])/iu.exec(text.slice(p.end, p.end + 14));
    if (sc && sc[1] !== undefined) {
      p.value *= SCALE_AFTER_UNIT[sc[1].toLowerCase()] ?? 1;
      p.end += sc[0].length;
    }
  }
  if (p.unit === null && !p.iso) {
    const of = PERCENT_OF.exec(text.slice(Math.max(0, n.start - 24), n.start));
    if (of && !/^[ \t]*[\p{L}\d%]/u.test(text.slice(n.end, n.end + 2))) {
      p.unit = PERCENT;
      p.start = n.start - of[0].length + (of[1]?.length ?? 0);
      p.coreStart = p.start;
    }
  }
  p.coreEnd = p.end;
  const aged = ageBefore(text, p.start);
  if (aged !== null && !p.iso && (p.unit === null || p.unit.kind === 'duration')) {
    p.age = true;
    p.start = aged;
    p.coreStart = aged;
    p.unit ??= YEAR_INFO;
  } else if (p.unit?.kind === 'duration') {
    const old = oldAfter(text, p.end);
    if (old !== null) {
      p.age = true;
      p.end = old;
      p.coreEnd = old;
    }
  } else if (p.unit === null && !p.iso && n.suffix === null) {
    const yo = yearsOldAfter(text, p.end);
    if (yo !== null) {
      p.age = true;
      p.unit = YEAR_INFO;
      p.end = yo;
      p.coreEnd = yo;
    }
  }
  return p;
}

function setUnit(text: string, p: Piece, info: UnitInfo, form: string, end: number): void {
  if (p.money) {
    // "$10 dollars": the word repeats the sign; "$5 per kg" and the like keep the money
    if (info.kind === 'currency') p.end = end;
    return;
  }
  let u = info;
  if (u.unit === 'lb' && /^pounds?$/.test(form) && p.n.scale >= 1e6 && !/^[ \t]+of(?![\p{L}])/u.test(text.slice(end, end + 5))) u = GBP;
  if (u.unit === 'degree' && hasAngleCue(text, p.n.start, end)) u = ANGLE;
  // points of a rate or a yield are percentage points: "cut its deposit rate by a quarter point"
  if (u.unit === 'point' && RATE_BEFORE.test(text.slice(Math.max(0, p.n.start - 50), p.n.start))) u = PERCENTAGE_POINT;
  p.unit = u;
  p.end = end;
  p.unitEnd = end;
  if (u.kind === 'currency') p.iso = u.unit;
  if (u.kind === 'minor') {
    p.iso = u.unit;
    p.value *= u.minor;
  }
}

function hasAngleCue(text: string, start: number, end: number): boolean {
  const after = /^[ \t]+(\p{L}+)/u.exec(text.slice(end, end + 20))?.[1]?.toLowerCase();
  const before = text.slice(Math.max(0, start - 25), start).toLowerCase().match(/\p{L}+/gu) ?? [];
  return (after !== undefined && ANGLE_CUES.has(after)) || before.slice(-3).some((w) => ANGLE_CUES.has(w));
}
