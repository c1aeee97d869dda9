import { work } from '../../core/work.js';
import type { NumberMatch } from '../../stages/04-claims/quantities/numbers/types.js';
import type { Tok } from '../../stages/04-claims/quantities/tokenize.js';
import { EMERGENCY_AFTER, EMERGENCY_BEFORE, EMERGENCY_NUMBERS, FURNITURE_COUNTERS, NUMERIC_IDIOMS, RANK_SYMBOLS } from './words.js';

/** What the scanner knows of a number before it reads a unit or a currency around it. */
export interface NumberContext {
  readonly text: string;
  readonly toks: readonly Tok[];
  readonly n: NumberMatch;
  /** URL and e-mail spans of the text (`urlSpans`), sorted */
  readonly urls: ReadonlyArray<readonly [number, number]>;
}

export interface NumberRule {
  readonly id: string;
  readonly needs: 'number';
  readonly reason: string;
  match(c: NumberContext): boolean;
}

/** Rules that need only the number itself and its neighbours; the scanner asks them first, in this order. */
export const NUMBER_RULES: readonly NumberRule[] = [
  {
    id: 'footnote',
    needs: 'number',
    reason: 'a footnote or citation mark: "deaths.3 The report", "[12]", "[3, 14]"',
    match: ({ text, n }) => n.footnote || (CITATION_BEFORE.test(text.slice(Math.max(0, n.start - 16), n.start)) && CITATION_AFTER.test(text.slice(n.end, n.end + 16))),
  },
  {
    id: 'url',
    needs: 'number',
    reason: 'part of a web address or an e-mail address',
    match: ({ n, urls }) => urls.length > 0 && insideSpan(urls, n.start, n.end),
  },
  {
    id: 'clock',
    needs: 'number',
    reason: 'a clock time written with a colon: "10:30"',
    match: ({ n }) => n.run === ':',
  },
  {
    id: 'written-date',
    needs: 'number',
    reason: 'a part of a date written with slashes or hyphens: "5/17/2018", "2018-05-17"',
    match: ({ text, n }) => n.run === '/' || (n.run === '-' && runLooksLikeDate(text, n)),
  },
  {
    id: 'phone',
    needs: 'number',
    reason: 'a telephone number: a run of groups joined by hyphens ("1-800-273-8255"), or written with its leading zero ("0800 555 111")',
    match: ({ text, n }) => (n.run === '-' && !runLooksLikeDate(text, n))
      || (n.form === 'digits' && n.bare && /^0\d{2,}$/.test(n.text) && / \d{3}/.test(text.slice(n.end, n.end + 4))),
  },
  {
    id: 'sequence',
    needs: 'number',
    reason: 'a group of a dotted sequence: an IP address or a version ("192.168.1.2", "2.4.1")',
    match: ({ n }) => n.run === '.',
  },
  {
    id: 'idiom',
    needs: 'number',
    reason: 'a numeric idiom or a named day: "24/7", "9/11", "a 50-50 chance"',
    match: ({ text, n }) => {
      for (const idiom of NUMERIC_IDIOMS) {
        if (text.startsWith(idiom, n.start) && !/[\p{L}\p{N}]/u.test(text[n.start + idiom.length] ?? ' ')) return true;
      }
      return false;
    },
  },
  {
    id: 'emergency',
    needs: 'number',
    reason: 'an emergency or service number to call: "call 911", "a 999 dispatcher", "Call 311"; not a count ("seized 999 kilos")',
    match: ({ text, n }) => {
      if (n.form !== 'digits' || !EMERGENCY_NUMBERS.has(n.text)) return false;
      const before = lowerWordBefore(text, n.start)?.toLowerCase();
      const after = wordAfter(text, n.end)?.toLowerCase();
      return (before !== undefined && EMERGENCY_BEFORE.has(before)) || (after !== undefined && EMERGENCY_AFTER.has(after));
    },
  },
  {
    id: 'rank',
    needs: 'number',
    reason: 'a rank or an identifier after a symbol: "#1", "§ 924"',
    match: ({ toks, n }) => {
      const prev = toks[n.first - 1];
      return prev !== undefined && prev.kind === 'p' && RANK_SYMBOLS.has(prev.text) && (prev.end === n.start || (prev.text !== '#' && n.start - prev.end === 1));
    },
  },
  {
    id: 'superscript',
    needs: 'number',
    reason: 'an exponent written after a caret: "10^6"',
    match: ({ toks, n }) => {
      const prev = toks[n.first - 1];
      return prev !== undefined && prev.text === '^' && prev.end === n.start;
    },
  },
  {
    id: 'furniture',
    needs: 'number',
    reason: 'a page counter: "Comments (0)", "Shares (12)", "· 23 comments"',
    match: ({ text, toks, n }) => {
      const prev = toks[n.first - 1];
      if (prev !== undefined && prev.text === '(' && prev.end === n.start && text[n.end] === ')') {
        const w = toks[n.first - 2];
        if (w !== undefined && w.kind === 'w' && FURNITURE_COUNTERS.has(w.lower)) return true;
      }
      // a comment counter set off from the text: "*Share this story · 23 comments*"
      return n.form === 'digits' && /^[ \t]*comments?\b/i.test(text.slice(n.end, n.end + 12))
        && /(?:^|\n|[·|•])[ \t*_]*$/.test(text.slice(Math.max(0, n.start - 12), n.start));
    },
  },
  {
    id: 'short-year',
    needs: 'number',
    reason: 'a year written with an apostrophe: "back in ’22"',
    match: ({ text, toks, n }) => {
      const prev = toks[n.first - 1];
      return n.form === 'digits' && n.bare && prev !== undefined && (prev.text === "'" || prev.text === '’') && prev.end === n.start
        && n.text.length === 2 && !/[\p{L}\p{N}]/u.test(text[prev.start - 1] ?? ' ');
    },
  },
];

/** Inside square brackets that hold only numbers, commas and dashes: a citation mark. */
const CITATION_BEFORE = /\[[\d,\s–-]*$/;
const CITATION_AFTER = /^[\d,\s–-]*\]/;
const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"]+|[\w.+-]+@[\w-]+\.[\w.-]+/g;

export const lowerWordBefore = (text: string, pos: number) => /(\p{L}+)[ \t\u00a0]+$/u.exec(text.slice(Math.max(0, pos - 30), pos))?.[1];
export const wordAfter = (text: string, pos: number) => /^[ \t\u00a0]+([\p{L}'’-]+)/u.exec(text.slice(pos, pos + 30))?.[1];

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
