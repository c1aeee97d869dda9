import { buildQuantity, type QuantityMatch } from '../build.js';
import { oldAfter } from '../context/age.js';
import { directionAround } from '../context/direction.js';
import { hedgeBefore } from '../context/hedge.js';
import { rateAfter } from '../context/rate.js';
import { unitAt } from '../context/unit-matcher.js';
import type { Tok } from '../tokenize.js';
import { wordAt } from './word-at.js';

/**
 * Unit words that never follow "a" as an amount ("a second term", "a degree in law", "a pound" of what?, "a bit
 * colder", "after a century of waiting", "a decade of growth", "a cup of coffee").
 */
const NOT_AFTER_ARTICLE = new Set(['second', 'degree', 'degrees', 'point', 'mark', 'pound', 'bit', 'byte', 'century', 'decade', 'millennium', 'cup']);
/** Words after "a year", "a month" that make it a time, not an amount: "a month ago", "a year earlier". */
const TIME_AFTER = /^[ \t\u00a0]+(?:or[ \t\u00a0]+so[ \t\u00a0]+)?(?:ago|earlier|later|before|after|prior|back|on|from[ \t\u00a0]+now|apart)(?![\p{L}])/u;
/** "within an inch of victory", "came an inch from": a figure of speech, not a length. */
const IDIOM_INCH = /^[ \t\u00a0]+(?:of|from|short)(?![\p{L}])/u;
const RATE_WORDS_BEFORE = new Set(['once', 'twice', 'thrice', 'times', 'per', 'every', 'each']);

/** "a year", "an hour", "a mile", "a dollar", "a year and a half", "a year old". */
export function readOneUnit(text: string, toks: readonly Tok[], i: number): QuantityMatch | null {
  const t = toks[i]!;
  if (t.lower !== 'a' && t.lower !== 'an') return null;
  const nx = wordAt(text, toks, i, i + 1);
  if (!nx) return null;
  const prev = toks[i - 1];
  if (prev && prev.kind === 'w' && RATE_WORDS_BEFORE.has(prev.lower)) return null;
  const u = unitAt(text, nx.start);
  if (!u || !/^\p{L}{3,}$/u.test(u.form) || NOT_AFTER_ARTICLE.has(u.form) || u.form.endsWith('s')) return null;
  if (u.info.kind === 'percent' || u.info.kind === 'times' || u.info.kind === 'temperature') return null;
  if (u.info.kind === 'duration' && TIME_AFTER.test(text.slice(u.end, u.end + 20))) return null;
  if (/^inch$/i.test(u.form) && IDIOM_INCH.test(text.slice(u.end, u.end + 10))) return null;
  let value = u.info.kind === 'minor' ? u.info.minor : 1;
  let end = u.end;
  const half = /^[ \t]+and[ \t]+a[ \t]+half(?![\p{L}])/u.exec(text.slice(end, end + 16));
  if (half) {
    value += u.info.kind === 'minor' ? u.info.minor / 2 : 0.5;
    end += half[0].length;
  }
  let age = false;
  if (u.info.kind === 'duration') {
    const old = oldAfter(text, end);
    if (old !== null) {
      age = true;
      end = old;
    }
  }
  const h = hedgeBefore(text, t.start);
  const start = h ? h.start : t.start;
  const rate = rateAfter(text, end);
  const qEnd = rate?.inSpan ? rate.end : end;
  return buildQuantity(text, {
    start, end: qEnd, coreStart: t.start, coreEnd: end, numberStart: t.start, numberEnd: t.end, amount: { kind: 'value', value, hedge: h?.hedge ?? 'exact' },
    unit: u.info, iso: u.info.kind === 'currency' || u.info.kind === 'minor' ? u.info.unit : null, age, proportion: false,
    direction: directionAround(text, start, qEnd), per: rate?.per ?? null,
  });
}
