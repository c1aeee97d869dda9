import { DURATION_UNITS } from '../../../../core/units.js';

const TIME: ReadonlyMap<string, string> = new Map(
  DURATION_UNITS.flatMap((u) => (u.words ?? []).filter((w) => !w.endsWith('s')).map((w) => [w, u.unit] as const)),
);
const ADVERBS: ReadonlyMap<string, string> = new Map([
  ['annually', 'year'], ['yearly', 'year'], ['per annum', 'year'], ['p.a.', 'year'], ['a year on year', 'year'],
  ['daily', 'day'], ['weekly', 'week'], ['monthly', 'month'], ['hourly', 'h'], ['nightly', 'day'],
]);
/** Nouns after "per" that make a rate: "per capita", "per share", "$70 a share". */
const PER_NOUNS = new Set([
  'capita', 'head', 'person', 'people', 'share', 'barrel', 'gallon', 'litre', 'liter', 'kg', 'kilo', 'kilogram',
  'pound', 'ton', 'tonne', 'ounce', 'gram', 'dose', 'pill', 'unit', 'household', 'family', 'resident', 'student',
  'patient', 'mile', 'kilometre', 'kilometer', 'acre', 'hectare', 'game', 'month', 'dozen', 'employee', 'worker',
]);

/** A price or a count per an area: "$95 per sq m", "£4,000 a square metre", "$300/ft²". */
const PER_AREA = /^[ \t]*(?:(?:per|an?)[ \t]+|\/[ \t]?)(sq\.?[ \t]?(?:m|ft|km|mi)|square[ \t]+(?:metres?|meters?|foot|feet|kilometres?|kilometers?|miles?)|m2|m²|ft2|ft²|km2|km²)(?![\p{L}\p{N}])/u;
/** The nouns of `PER_NOUNS` that also make a rate after "a"/"an": "$70 a share", "$1,840 an ounce", "$3 a pound". */
const PER_NOUNS_AFTER_ARTICLE = new Set([
  'share', 'dozen', 'head', 'barrel', 'gallon', 'ounce', 'pound', 'ton', 'tonne', 'kilo', 'kilogram', 'gram', 'litre', 'liter', 'person',
]);

const TIME_WORDS = [...TIME.keys()].join('|');
/** "a year", "per day", "each week", "every month", "/day", after at most four plain words. */
const PER_TIME = new RegExp(
  `^((?:[ \\t]+[\\p{Ll}][\\p{L}'’-]*){0,4}?)[ \\t]*(?:(?:per|a|an|each|every)[ \\t]+|/[ \\t]?)(${TIME_WORDS})(?![\\p{L}\\p{N}])`, 'u');
const PER_NOUN = new RegExp(`^[ \\t]*(?:(?:per|an?)[ \\t]+|/[ \\t]?)(\\p{L}+)(?![\\p{L}\\p{N}])`, 'u');
const ADVERB = new RegExp(`^((?:[ \\t]+[\\p{Ll}][\\p{L}'’-]*){0,3}?)[ \\t]+(${[...ADVERBS.keys()].map((k) => k.replace(/\./g, '\\.').replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'iu');
/** Words after the time word that make it a point in time, not a rate: "a year ago", "a day earlier". */
const NOT_RATE_AFTER = /^[ \t]*(?:-?old|[ \t]+(?:ago|earlier|later|before|after|from[ \t]+(?:now|then|today)|prior|since|back|previously|on)\b)/i;
/** Words between the quantity and the time word that make it a duration, not a rate: "in a year". */
const NOT_RATE_WORDS = new Set(['in', 'for', 'over', 'within', 'during', 'than', 'after', 'before', 'about', 'of', 'by', 'at', 'from', 'to', 'and', 'or', 'than', 'since', 'the']);

/** "per 100,000 people", "per 1,000 births": a rate over a written count. */
const PER_COUNT = /^((?:[ \t]+\p{Ll}[\p{L}'’-]*){0,3}?)[ \t]+per[ \t]+(\d{1,3}(?:,\d{3})+|\d+)(?:[ \t]+(\p{Ll}+))?/u;
const NOT_NOUNS = new Set(['in', 'of', 'and', 'or', 'the', 'a', 'an', 'to', 'for', 'from', 'at', 'on', 'by', 'with', 'was', 'is', 'were', 'are']);

export interface RateHit { readonly per: string; readonly start: number; readonly end: number; readonly inSpan: boolean }

/**
 * The rate denominator after a quantity ending at `end`: "100,000 people killed a year" → year,
 * "$15.4/hour" → h, "64.2 cents a dozen" → dozen. `inSpan` is true when the rate words follow the quantity
 * directly and belong to its text ("3 per day"); false when words come between ("people killed a year").
 */
export function rateAfter(text: string, end: number): RateHit | null {
  const rest = text.slice(end, end + 80);
  const c = PER_COUNT.exec(rest);
  if (c && c[2] !== undefined) {
    const between = (c[1] ?? '').trim().split(/\s+/).filter(Boolean);
    if (!between.some((w) => NOT_RATE_WORDS.has(w.toLowerCase()))) {
      const count = c[2].replace(/,/g, '');
      const noun = c[3] !== undefined && !NOT_NOUNS.has(c[3]) ? c[3] : null;
      const len = noun ? c[0].length : c[0].lastIndexOf(c[2]) + c[2].length;
      return { per: noun ? `${count} ${noun}` : count, start: end, end: end + len, inSpan: between.length === 0 };
    }
  }
  const t = PER_TIME.exec(rest);
  if (t && t[2] !== undefined) {
    const between = (t[1] ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
    const after = rest.slice(t[0].length);
    // "150 minutes of moderate exercise a week", "2,700 kWh of electricity a year": what is counted, then the rate
    const counted = between.length >= 2 && between[0] === 'of' ? between.slice(1) : between;
    if (!counted.some((w) => NOT_RATE_WORDS.has(w)) && !NOT_RATE_AFTER.test(after)) {
      return { per: TIME.get(t[2].toLowerCase()) ?? t[2].toLowerCase(), start: end, end: end + t[0].length, inSpan: between.length === 0 };
    }
  }
  const a = ADVERB.exec(rest);
  if (a && a[2] !== undefined) {
    const between = (a[1] ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (!between.some((w) => NOT_RATE_WORDS.has(w))) {
      return { per: ADVERBS.get(a[2].toLowerCase().replace(/\s+/g, ' ')) ?? 'year', start: end, end: end + a[0].length, inSpan: between.length === 0 };
    }
  }
  const area = PER_AREA.exec(rest);
  if (area && area[1] !== undefined) {
    const w = area[1].toLowerCase().replace(/[\s.]+/g, ' ');
    const per = /ft|foot|feet/.test(w) ? 'ft2' : /km|kilomet/.test(w) ? 'km2' : /mi/.test(w) ? 'mi2' : 'm2';
    return { per, start: end, end: end + area[0].length, inSpan: true };
  }
  const n = PER_NOUN.exec(rest);
  if (n && n[1] !== undefined) {
    const noun = n[1].toLowerCase();
    const viaArticle = /^[ \t]*an?[ \t]/.test(rest);
    if (PER_NOUNS.has(noun) && (!viaArticle || PER_NOUNS_AFTER_ARTICLE.has(noun))) {
      return { per: noun, start: end, end: end + n[0].length, inSpan: true };
    }
  }
  return null;
}
