import { NUMBER_WORD } from '../../../core/vocabulary.js';
import { work } from '../../../core/work.js';
import {
  DOCUMENT_REFERENCES, EMERGENCY_AFTER, EMERGENCY_BEFORE, EMERGENCY_NUMBERS, FUNCTION_WORDS, FURNITURE_COUNTERS, MONTHS, NAME_PREFIXES_ANY_CASE, NAME_PREFIXES_CASED, NUMERIC_IDIOMS,
  PERIOD_AFTER, PERIOD_CUES, PRONOUN_ONE_AFTER, PRONOUN_ONE_BEFORE, RANK_SYMBOLS, STREET_TYPES, TIME_OF_DAY_SUFFIXES,
  YEAR_PREPOSITIONS,
} from './lexicon/not-quantities.js';
import type { NumberMatch } from './numbers/types.js';
import type { Tok } from './tokenize.js';

/** Why a number is not a quantity (issue 3, "Not claims"); every rule has a test. */
export type RejectRule =
  | 'year' | 'decade' | 'date' | 'time' | 'phone' | 'sequence' | 'url' | 'footnote' | 'furniture' | 'name' | 'code'
  | 'rank' | 'street' | 'postcode' | 'ordinal' | 'idiom' | 'pronoun' | 'compound' | 'period' | 'score' | 'emergency';

/** What the scanner knows about a number when it asks whether to keep it. */
export interface NumberContext {
  readonly text: string;
  readonly toks: readonly Tok[];
  readonly n: NumberMatch;
  /** a currency symbol or code is written before it */
  readonly money: boolean;
  /** a unit (or currency word) follows it */
  readonly unit: { readonly kind: string; readonly end: number } | null;
  /** a hedge word is written before it */
  readonly hedged: boolean;
  /** the glued letters were read (as a unit or scale) */
  readonly suffixRead: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: Iterable<string>) => [...xs].sort((a, b) => b.length - a.length).map(escape).join('|');
const NAME_CASED_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(NAME_PREFIXES_CASED)})[ \\t\\u00a0]*$`, 'u');
const DOCUMENT_REFERENCE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(DOCUMENT_REFERENCES)})[ \\t\\u00a0]*\\(?$`, 'iu');
const NAME_ANY_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(NAME_PREFIXES_ANY_CASE)})[ \\t\\u00a0]*$`, 'iu');
const MONTH_ALT = alt(MONTHS.keys());
const MONTH_BEFORE = new RegExp(`(?<![\\p{L}])(?:${MONTH_ALT})\\.?[ \\t\\u00a0]+(?:the[ \\t]+)?$`, 'u');
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?[ \\t\\u00a0]+(?:of[ \\t]+)?(?:${MONTH_ALT})(?![\\p{L}])`, 'u');
const DAY_MONTH_YEAR = new RegExp(`(?<![\\p{L}])(?:${MONTH_ALT})\\.?[ \\t]+\\d{1,2}(?:st|nd|rd|th)?,?[ \\t]+$`, 'u');
const TIME_AFTER = new RegExp(`^[ \\t]?(?:[ap]\\.?[ \\t]?m\\.?(?![\\p{L}])|(?:${alt([...TIME_OF_DAY_SUFFIXES].filter((s) => !/^[ap]\.?m/i.test(s)))})(?![\\p{L}]))`, 'iu');
const STREET_AFTER = new RegExp(`^[ \\t]+(?:\\p{Lu}[\\p{L}'’.-]*[ \\t]+){1,3}(?:${alt([...STREET_TYPES].flatMap((s) => [s, s[0]!.toUpperCase() + s.slice(1)]))})(?![\\p{L}])`, 'u');
/** "of" and a count after "one" ("one of 12", "one of a dozen", "one of forty-two"): "one" is no pronoun there. */
const OF_A_COUNT = new RegExp(String.raw`^[ \t]+of[ \t]+(?:\d|(?:${NUMBER_WORD}|a|an)\b)`, 'i');
const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"]+|[\w.+-]+@[\w-]+\.[\w.-]+/g;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th|ST|ND|RD|TH)$/;

const lowerWordBefore = (text: string, pos: number) => /(\p{L}+)[ \t\u00a0]+$/u.exec(text.slice(Math.max(0, pos - 30), pos))?.[1];
const wordAfter = (text: string, pos: number) => /^[ \t\u00a0]+([\p{L}'’-]+)/u.exec(text.slice(pos, pos + 30))?.[1];

/** Whether [start, end) lies inside one of `spans` (sorted, disjoint): a binary search. */
function insideSpan(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = spans[mid]!;
    if (e <= start) lo = mid + 1;
    else if (s > start) hi = mid - 1;
    else return end <= e;
  }
  return false;
}

/** URL and e-mail spans of a text, computed once per text. */
export function urlSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(text); m; m = URL_RE.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Rules that need only the number itself and its neighbours. */
export function rejectEarly(text: string, toks: readonly Tok[], n: NumberMatch, urls: ReadonlyArray<[number, number]>): RejectRule | null {
  if (n.footnote) return 'footnote';
  if (urls.length > 0 && insideSpan(urls, n.start, n.end)) return 'url';
  if (n.run === ':') return 'time';
  if (n.run === '/') return 'date';
  if (n.run === '-') return runLooksLikeDate(text, n) ? 'date' : 'phone';
  if (n.run === '.') return 'sequence';
  // a telephone or code number written with its leading zero: "0800 555 111", "020 7946 0000"
  if (n.form === 'digits' && n.bare && /^0\d{2,}$/.test(n.text) && / \d{3}/.test(text.slice(n.end, n.end + 4))) return 'phone';
  for (const idiom of NUMERIC_IDIOMS) {
    if (text.startsWith(idiom, n.start) && !/[\p{L}\p{N}]/u.test(text[n.start + idiom.length] ?? ' ')) return 'idiom';
  }
  if (n.form === 'digits' && EMERGENCY_NUMBERS.has(n.text)) {
    const before = lowerWordBefore(text, n.start)?.toLowerCase();
    const after = wordAfter(text, n.end)?.toLowerCase();
    if ((before !== undefined && EMERGENCY_BEFORE.has(before)) || (after !== undefined && EMERGENCY_AFTER.has(after))) return 'emergency';
  }
  const prev = toks[n.first - 1];
  if (prev && prev.kind === 'p' && RANK_SYMBOLS.has(prev.text) && (prev.end === n.start || (prev.text !== '#' && n.start - prev.end === 1))) return 'rank';
  if (prev && prev.text === '^' && prev.end === n.start) return 'code';
  // a citation mark: "[12]", "[3, 14]", "[5–7]"
  if (CITATION_BEFORE.test(text.slice(Math.max(0, n.start - 16), n.start)) && CITATION_AFTER.test(text.slice(n.end, n.end + 16))) return 'footnote';
  if (prev && prev.text === '(' && prev.end === n.start && text[n.end] === ')') {
    const w = toks[n.first - 2];
    if (w && w.kind === 'w' && FURNITURE_COUNTERS.has(w.lower)) return 'furniture';
  }
  if (n.form === 'digits' && n.bare && prev && (prev.text === "'" || prev.text === '’') && prev.end === n.start
    && n.text.length === 2 && !/[\p{L}\p{N}]/u.test(text[prev.start - 1] ?? ' ')) return 'year';
  return null;
}

const CLOCK_ZONE_AFTER = /^[ \t\u00a0]?(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|IST|JST|AEST|hours|hrs)(?![\p{L}])/u;
/** Inside square brackets that hold only numbers, commas and dashes: a citation mark. */
const CITATION_BEFORE = /\[[\d,\s–-]*$/;
const CITATION_AFTER = /^[\d,\s–-]*\]/;

/** The longest run of digits and hyphens that can be a date (2024-05-01, 05-01-2024). */
const DATE_RUN = 10;

/** Whether the run of digits and hyphens around `n` is a date; a run longer than a date is not (and is not read). */
function runLooksLikeDate(text: string, n: NumberMatch): boolean {
  const isRun = (c: number) => (c >= 48 && c <= 57) || c === 45;
  let a = n.start;
  while (a > 0 && n.start - a <= DATE_RUN && isRun(text.charCodeAt(a - 1))) a--;
  let b = n.end;
  while (b < text.length && b - a <= DATE_RUN && isRun(text.charCodeAt(b))) b++;
  work(b - a);
  if (b - a > DATE_RUN) return false;
  return /^(?:1[89]|20)\d\d-\d\d?-\d\d?$|^\d\d?-\d\d?-(?:1[89]|20)\d\d$/.test(text.slice(a, b));
}

/** Rules that need to know whether money or a unit was read around the number. */
export function rejectInContext(c: NumberContext): RejectRule | null {
  const { text, n } = c;
  if (!c.money && DOCUMENT_REFERENCE_RE.test(text.slice(Math.max(0, n.start - 16), n.start))) return 'name';
  // a coordinate: "34.05°N, 118.24°W"
  if (c.unit?.kind === 'temperature' && /^[ \t]?[NSEW](?![\p{L}])/u.test(text.slice(c.unit.end, c.unit.end + 3))) return 'code';
  if (n.suffix !== null && !c.suffixRead) {
    if (ORDINAL_SUFFIX.test(n.suffix)) return 'ordinal';
    if (/^(?:am|pm|AM|PM)$/.test(n.suffix)) return 'time';
    if (n.suffix === 's' || n.suffix === 'S') return 'decade';
    return 'code';
  }
  // glued to letters before it is a code ("A320", "S24"), except as a range's second end: "0-to-100-km/h"
  if (n.gluedBefore && !c.money && !/\d-to-$/.test(text.slice(Math.max(0, n.start - 8), n.start))) return 'code';
  if (n.form === 'digits' && !c.money && TIME_AFTER.test(text.slice(n.end, n.end + 8)) && n.value <= 24 && n.value >= 0) return 'time';
  // a 24-hour clock time before a time zone: "1730 GMT", "0900 hours"
  if (n.form === 'digits' && n.bare && /^(?:[01]\d|2[0-3])[0-5]\d$/.test(n.text) && CLOCK_ZONE_AFTER.test(text.slice(n.end, n.end + 8))) return 'time';
  if (n.form === 'digits' && /^['’]s(?![\p{L}])/u.test(text.slice(n.end, n.end + 3)) && n.bare) return 'decade';
  const plainInt = n.form === 'digits' && !n.grouped && Number.isInteger(n.value) && n.scale === 1 && !n.fraction;
  if (plainInt && !c.money && !c.unit) {
    const before = text.slice(Math.max(0, n.start - 40), n.start);
    if (NAME_CASED_RE.test(before) || NAME_ANY_RE.test(before)) return 'name';
    if (n.value <= 99999 && STREET_AFTER.test(text.slice(n.end, n.end + 60))) return 'street';
    const prevTok = c.toks[n.first - 1];
    if (n.text.length === 5 && prevTok && /^[A-Z]{2}$/.test(prevTok.text) && prevTok.end < n.start) return 'postcode';
    if (n.value >= 1 && n.value <= 31 && n.text.length <= 2 && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(text.slice(n.end, n.end + 20)))) return 'date';
    if (n.bare && n.text.length === 4 && isYear(c, before)) return 'year';
  }
  // "at one point", "at some point": a moment, not a point of a score
  if (n.form === 'words' && /^one$/i.test(n.text) && /^at$/i.test(lowerWordBefore(text, n.start) ?? '') && /^point$/i.test(wordAfter(text, n.end) ?? '')) return 'idiom';
  if (n.form === 'words' && n.value === 1 && /^one$/i.test(n.text) && !c.unit) {
    const prevWord = lowerWordBefore(text, n.start)?.toLowerCase();
    const next = wordAfter(text, n.end)?.toLowerCase();
    if (prevWord !== undefined && PRONOUN_ONE_BEFORE.has(prevWord)) return 'pronoun';
    if (next !== undefined && PRONOUN_ONE_AFTER.has(next)) return 'pronoun';
    if (next === 'of' && !OF_A_COUNT.test(text.slice(n.end, n.end + 20))) return 'pronoun';
  }
  if (n.form === 'words' && (n.value === 1 || n.value === 0.5) && !c.unit && /^[-‑]\p{L}/u.test(text.slice(n.end, n.end + 2))) return 'compound';
  return null;
}

/** A rate after a number: "1200 a day", "300 per week"; not "a year ago" (a time). */
const RATE_AFTER = /^[ \t\u00a0]+(?:a|an|per|each|every)[ \t\u00a0]+(?:day|week|month|year|hour|minute|night|shift|season)(?![\p{L}])(?![ \t\u00a0]+(?:ago|earlier|later|before|after|prior))/u;
/** A count after a number: a plural noun or a body of people ("1900 passengers", "1100 crew"). */
const COUNTED_AFTER = /^[ \t\u00a0]+(?:\p{Ll}[\p{Ll}-]*s|people|staff|crew|personnel|police|faculty|livestock|cattle|sheep|fish)(?![\p{L}])/u;
/** "from 1500 to 1800 jobs": the range's first end before its second and a count. */
const TO_A_COUNT = /^[ \t\u00a0]+(?:to|and|-|–)[ \t\u00a0]+\d{4}[ \t\u00a0]+(?:\p{Ll}[\p{Ll}-]*s|people|staff|crew)(?![\p{L}])/u;
/** The years news writes most: a four-digit number in this span needs more than a noun after it to be a count. */
const MODERN = [1950, 2035] as const;

/**
 * Whether a bare four-digit number is a year. Not when a rate or, outside the years news writes most, a count
 * follows it with no preposition of time before it ("an average of 1200 a day", "carries 1900 passengers and
 * 1100 crew", "grew from 1500 to 1800 jobs"): "In 2019 officials said" stays a year.
 */
function isYear(c: NumberContext, before: string): boolean {
  const v = c.n.value;
  if (v < 1000 || v > 2100) return false;
  const prev = /(\p{L}+)[ \t\u00a0,]*$/u.exec(before)?.[1];
  if (DAY_MONTH_YEAR.test(before)) return true;
  const after = c.text.slice(c.n.end, c.n.end + 40);
  const next = wordAfter(c.text, c.n.end);
  if (c.hedged && next !== undefined && /^\p{Ll}/u.test(next) && !FUNCTION_WORDS.has(next)) return false;
  if (RATE_AFTER.test(after)) return false;
  const modern = v >= MODERN[0] && v <= MODERN[1];
  if (!modern) {
    const timePrep = prev !== undefined && YEAR_PREPOSITIONS.has(prev.toLowerCase()) && !/^(?:to|and|of)$/i.test(prev);
    if (COUNTED_AFTER.test(after) && !timePrep) return false;
    if (TO_A_COUNT.test(after) && /\bfrom[ \t\u00a0]+$/i.test(before)) return false;
  }
  if (v >= 1800) return true;
  return prev !== undefined && (YEAR_PREPOSITIONS.has(prev.toLowerCase()) || MONTHS.has(prev));
}

/** A duration that names a period: "the first six months of 2023", "the past 12 months", "the 12 months ending". */
export function isPeriod(text: string, start: number, unitEnd: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const prev = /(\p{L}+)[ \t\u00a0]+$/u.exec(before)?.[1]?.toLowerCase();
  if (prev !== undefined && PERIOD_CUES.has(prev)) return true;
  const next = wordAfter(text, unitEnd)?.toLowerCase();
  return prev === 'the' && next !== undefined && PERIOD_AFTER.has(next);
}
