import { alternation, NUMBER_WORD } from '../../core/vocabulary.js';
import type { NumberMatch } from '../../stages/04-claims/quantities/numbers/types.js';
import type { Tok } from '../../stages/04-claims/quantities/tokenize.js';
import { lowerWordBefore, wordAfter } from './number-rules.js';
import {
  DOCUMENT_REFERENCES, FUNCTION_WORDS, MONTHS, NAME_PREFIXES_ANY_CASE, NAME_PREFIXES_CASED, PERIOD_AFTER, PERIOD_CUES, PRONOUN_ONE_AFTER,
  PRONOUN_ONE_BEFORE, STREET_TYPES, TIME_OF_DAY_SUFFIXES, YEAR_PREPOSITIONS,
} from './words.js';

/** What the scanner knows of a number once it has read the currency, unit and hedge around it. */
export interface ReadingContext {
  readonly text: string;
  readonly toks: readonly Tok[];
  readonly n: NumberMatch;
  /** the span of the number with its currency and unit */
  readonly start: number;
  readonly end: number;
  /** a currency symbol or code is written before it */
  readonly money: boolean;
  /** the currency read, if any */
  readonly iso: boolean;
  /** a unit (or currency word) follows it */
  readonly unit: { readonly kind: string; readonly end: number } | null;
  /** a hedge word is written before it */
  readonly hedged: boolean;
  /** the glued letters were read (as a unit or scale) */
  readonly suffixRead: boolean;
  /** read as an age ("aged 18-45", "a 16-year-old") */
  readonly age: boolean;
}

export interface ReadingRule {
  readonly id: string;
  readonly needs: 'reading';
  readonly reason: string;
  match(c: ReadingContext): boolean;
}

/** Letters glued to the end that were not read as a unit or a scale. */
const unreadSuffix = (c: ReadingContext) => c.n.suffix !== null && !c.suffixRead;
const plainInteger = ({ n }: ReadingContext) => n.form === 'digits' && !n.grouped && Number.isInteger(n.value) && n.scale === 1 && !n.fraction;
const before40 = ({ text, n }: ReadingContext) => text.slice(Math.max(0, n.start - 40), n.start);

/** Rules that need the currency, unit and hedge read around the number; the scanner asks them after `NUMBER_RULES`. */
export const READING_RULES: readonly ReadingRule[] = [
  {
    id: 'name',
    needs: 'reading',
    reason: 'part of a name, a code or a reference into a document: "Fortune 500", "Title 42", "type 2 diabetes", "Fig. 3b", "Section 2.3"',
    match: (c) => {
      if (c.money) return false;
      if (DOCUMENT_REFERENCE_RE.test(c.text.slice(Math.max(0, c.n.start - 16), c.n.start))) return true;
      if (!plainInteger(c) || c.unit !== null || unreadSuffix(c)) return false;
      const before = before40(c);
      return NAME_CASED_RE.test(before) || NAME_ANY_RE.test(before);
    },
  },
  {
    id: 'ordinal',
    needs: 'reading',
    reason: 'an ordinal, not a quantity: "the 21st century", "for the 3rd time" (word ordinals are never read as numbers)',
    match: (c) => unreadSuffix(c) && ORDINAL_SUFFIX.test(c.n.suffix!),
  },
  {
    id: 'time',
    needs: 'reading',
    reason: 'a time of day: "6pm", "at 2 pm", "by 9 o’clock", "1730 GMT"',
    match: (c) => {
      const { text, n } = c;
      if (unreadSuffix(c)) return /^(?:am|pm|AM|PM)$/.test(n.suffix!);
      if (n.form !== 'digits') return false;
      if (!c.money && TIME_AFTER.test(text.slice(n.end, n.end + 8)) && n.value <= 24 && n.value >= 0) return true;
      // a 24-hour clock time before a time zone: "1730 GMT", "0900 hours"
      return n.bare && /^(?:[01]\d|2[0-3])[0-5]\d$/.test(n.text) && CLOCK_ZONE_AFTER.test(text.slice(n.end, n.end + 8));
    },
  },
  {
    id: 'decade',
    needs: 'reading',
    reason: 'a decade: "the 1990s", "the 2000’s"',
    match: (c) => (unreadSuffix(c) ? c.n.suffix === 's' || c.n.suffix === 'S' : c.n.form === 'digits' && c.n.bare && /^['’]s(?![\p{L}])/u.test(c.text.slice(c.n.end, c.n.end + 3))),
  },
  {
    id: 'code',
    needs: 'reading',
    reason: 'a code or a model number, glued to letters: "G7", "COVID-19", "F-16", "13F"; or a coordinate: "34.05°N"',
    match: (c) => {
      const { text, n } = c;
      if (c.unit?.kind === 'temperature' && /^[ \t]?[NSEW](?![\p{L}])/u.test(text.slice(c.unit.end, c.unit.end + 3))) return true;
      if (unreadSuffix(c)) return !ORDINAL_SUFFIX.test(n.suffix!) && !/^(?:am|pm|AM|PM|s|S)$/.test(n.suffix!);
      // glued to letters before it, except as a range's second end: "0-to-100-km/h"
      return n.gluedBefore && !c.money && !/\d-to-$/.test(text.slice(Math.max(0, n.start - 8), n.start));
    },
  },
  {
    id: 'street',
    needs: 'reading',
    reason: 'a house number before a street’s name: "123 Random Street", "101 W. Gay St."',
    match: (c) => plainInteger(c) && !c.money && c.n.value <= 99999 && STREET_AFTER.test(c.text.slice(c.n.end, c.n.end + 60)),
  },
  {
    id: 'postcode',
    needs: 'reading',
    reason: 'a postcode after a state’s code: "PA 23456"',
    match: (c) => {
      if (!plainInteger(c) || c.money || c.unit !== null) return false;
      const prevTok = c.toks[c.n.first - 1];
      return c.n.text.length === 5 && prevTok !== undefined && /^[A-Z]{2}$/.test(prevTok.text) && prevTok.end < c.n.start;
    },
  },
  {
    id: 'date',
    needs: 'reading',
    reason: 'the day of a date: "on February 23", "on 23 February", "Jan. 6, 2021"',
    match: (c) => plainInteger(c) && !c.money && c.unit === null && c.n.value >= 1 && c.n.value <= 31 && c.n.text.length <= 2
      && (MONTH_BEFORE.test(before40(c)) || MONTH_AFTER.test(c.text.slice(c.n.end, c.n.end + 20))),
  },
  {
    id: 'year',
    needs: 'reading',
    reason: 'a year: "in 2021", "DEA Report (2024)", "In 1776"; not a count that looks like one ("an average of 1200 a day", "carries 1900 passengers")',
    match: (c) => plainInteger(c) && !c.money && c.unit === null && c.n.bare && c.n.text.length === 4 && isYear(c, before40(c)),
  },
  {
    id: 'period',
    needs: 'reading',
    reason: 'the length of a period, not an amount of time: "the first six months of 2023", "the past 12 months", "the 12 months ending in April"',
    match: (c) => c.unit?.kind === 'duration' && !c.age && isPeriod(c.text, c.start, c.end),
  },
  {
    id: 'at-one-point',
    needs: 'reading',
    reason: '"at one point": a moment, not a point of a score',
    match: ({ text, n }) => n.form === 'words' && /^one$/i.test(n.text) && /^at$/i.test(lowerWordBefore(text, n.start) ?? '') && /^point$/i.test(wordAfter(text, n.end) ?? ''),
  },
  {
    id: 'pronoun',
    needs: 'reading',
    reason: '"one" as a pronoun: "one of the things", "no one", "one another"',
    match: (c) => {
      const { text, n } = c;
      if (n.form !== 'words' || n.value !== 1 || !/^one$/i.test(n.text) || c.unit !== null) return false;
      const prevWord = lowerWordBefore(text, n.start)?.toLowerCase();
      const next = wordAfter(text, n.end)?.toLowerCase();
      if (prevWord !== undefined && PRONOUN_ONE_BEFORE.has(prevWord)) return true;
      if (next !== undefined && PRONOUN_ONE_AFTER.has(next)) return true;
      return next === 'of' && !OF_A_COUNT.test(text.slice(n.end, n.end + 20));
    },
  },
  {
    id: 'compound',
    needs: 'reading',
    reason: 'a number word joined into a modifier: "one-time gains", "his half-brother", "a three-year deal", "an eight-speed gearbox" (a measure so joined stays: "a six-mile trip")',
    match: (c) => {
      const { text, n } = c;
      if (n.form !== 'words' || !/^[-‑]\p{L}/u.test(text.slice(n.end, n.end + 2))) return false;
      if ((n.value === 1 || n.value === 0.5) && c.unit === null) return true;
      return !c.age && !c.iso && (c.unit === null || c.unit.kind === 'duration') && ARTICLE_BEFORE.test(text.slice(Math.max(0, n.start - 5), n.start));
    },
  },
];

const NAME_CASED_RE = new RegExp(`(?<![\\p{L}\\p{N}])${alternation(NAME_PREFIXES_CASED)}[ \\t\\u00a0]*$`, 'u');
const DOCUMENT_REFERENCE_RE = new RegExp(`(?<![\\p{L}\\p{N}])${alternation(DOCUMENT_REFERENCES)}[ \\t\\u00a0]*\\(?$`, 'iu');
const NAME_ANY_RE = new RegExp(`(?<![\\p{L}\\p{N}])${alternation(NAME_PREFIXES_ANY_CASE)}[ \\t\\u00a0]*$`, 'iu');
const MONTH_ALT = alternation(MONTHS.keys());
const MONTH_BEFORE = new RegExp(`(?<![\\p{L}])${MONTH_ALT}\\.?[ \\t\\u00a0]+(?:the[ \\t]+)?$`, 'u');
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?[ \\t\\u00a0]+(?:of[ \\t]+)?${MONTH_ALT}(?![\\p{L}])`, 'u');
const DAY_MONTH_YEAR = new RegExp(`(?<![\\p{L}])${MONTH_ALT}\\.?[ \\t]+\\d{1,2}(?:st|nd|rd|th)?,?[ \\t]+$`, 'u');
const TIME_AFTER = new RegExp(`^[ \\t]?(?:[ap]\\.?[ \\t]?m\\.?(?![\\p{L}])|${alternation([...TIME_OF_DAY_SUFFIXES].filter((s) => !/^[ap]\.?m/i.test(s)))}(?![\\p{L}]))`, 'iu');
const STREET_AFTER = new RegExp(`^[ \\t]+(?:\\p{Lu}[\\p{L}'’.-]*[ \\t]+){1,3}${alternation([...STREET_TYPES].flatMap((s) => [s, s[0]!.toUpperCase() + s.slice(1)]))}(?![\\p{L}])`, 'u');
const CLOCK_ZONE_AFTER = /^[ \t\u00a0]?(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|IST|JST|AEST|hours|hrs)(?![\p{L}])/u;
/** "of" and a count after "one" ("one of 12", "one of a dozen", "one of forty-two"): "one" is no pronoun there. */
const OF_A_COUNT = new RegExp(String.raw`^[ \t]+of[ \t]+(?:\d|(?:${NUMBER_WORD}|a|an)\b)`, 'i');
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th|ST|ND|RD|TH)$/;
const ARTICLE_BEFORE = /(?<![\p{L}])(?:a|an|the)[ \t\u00a0]+$/iu;

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
function isYear(c: ReadingContext, before: string): boolean {
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
function isPeriod(text: string, start: number, unitEnd: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const prev = /(\p{L}+)[ \t\u00a0]+$/u.exec(before)?.[1]?.toLowerCase();
  if (prev !== undefined && PERIOD_CUES.has(prev)) return true;
  const next = wordAfter(text, unitEnd)?.toLowerCase();
  return prev === 'the' && next !== undefined && PERIOD_AFTER.has(next);
}
