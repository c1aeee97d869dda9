import type { EntityMention, Quantity, Token } from '../contracts/index.js';
import { HEDGE_BEFORE, MONTH, numberWordValue, ORDINAL_WORD, WEEKDAY } from '../core/vocabulary.js';
import { lemma } from './lemma.js';
import { firstTokenAfter, norm, overlaps, within, type Span } from './tokens.js';
import { MEASURE_WORDS } from './words.js';

/**
 * Quantities that are not claims, each rule with its reason: years and dates, parts of a period ("six months" in
 * "the first six months of 2023"), ages ("aged 18-45"), numbers inside names ("Fortune 500", "COVID-19"), the word
 * "one" as a pronoun or determiner ("one of the things", "one proposal"), ordinals, "the two nations" (a
 * reference, not a count), counters of page furniture ("Comments (0)"), times of day and phone numbers.
 */
export interface NotClaimInput {
  text: string;
  quantity: Quantity;
  /** the sentence's tokens and span */
  tokens: readonly Token[];
  sentence: Span;
  /** period expressions of the sentence */
  periods: readonly Span[];
  mentions: readonly EntityMention[];
}

interface Rule {
  id: string;
  test(input: NotClaimInput, ctx: Ctx): boolean;
  reason: string;
}

interface Ctx {
  before: string;
  after: string;
  prev: Token | undefined;
  next: Token | undefined;
  /** the number itself without hedge words */
  numeral: string;
  titleCase: boolean;
  sentenceStart: boolean;
}

const MONTHS = new RegExp(`^${MONTH}$`, 'i');
/** A street address after its number: "101 W. Gay St.", "1500 Sunset Blvd." */
const STREET = /^\d{1,5}\s+(?:[NSEW]\.?\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Ln|Lane|Way|Pl|Place|Ct|Court|Pkwy|Parkway|Hwy|Highway)\b/u;
const WEEKDAY_WORD = new RegExp(`^${WEEKDAY}$`);
/** A small count in words, two to twelve: few enough to be things already counted ("the two nations"). */
const isSmallWord = (numeral: string) => {
  const n = numberWordValue(numeral);
  return n !== undefined && n >= 2 && n <= 12;
};
const ORDINAL = new RegExp(`^${ORDINAL_WORD}$`, 'i');
/** The start of a range of days before its end: "from Sept. 25 to ". */
const DAY_RANGE_START = new RegExp(String.raw`${MONTH}\s+\d{1,2}\s*(?:to|through|-|–)\s*$`, 'i');
/** Words that make a span before it a record's reach: "the strongest in six months". */
const RECORD_WORDS = /\b(?:first|last|lowest|highest|most|least|fewest|largest|smallest|biggest|best|worst|strongest|weakest|mildest|fastest|slowest|sharpest|steepest|deadliest|record|since)\b/i;
const NOT_NAME_WORDS = new Set([
  'over', 'under', 'about', 'around', 'nearly', 'almost', 'some', 'all', 'just', 'only', 'more', 'fewer', 'less',
  'up', 'at', 'in', 'on', 'of', 'by', 'to', 'between', 'from', 'roughly', 'approximately', 'an', 'a', 'the', 'and',
  'or', 'than', 'with', 'for', 'exactly', 'almost', 'estimated', 'another', 'least', 'most', 'than', 'since',
]);

/** Hedge phrases at the start of a quantity's text, with "just" or "only" before them ("just under 300"). */
const HEDGE_WORDS = new RegExp(String.raw`^(?:(?:just|only)\s+|${HEDGE_BEFORE}(?![\p{L}])\s*)+`, 'iu');

/**
 * The number as written, without hedge words: "Over 97,000" → "97,000", "more than one" → "one". The scanner's
 * number span where it gives one; hedge words stripped from the quantity's text for a quantity made elsewhere.
 */
function numeralOf(q: Quantity): string {
  const bare = q.number ? q.text.slice(q.number.start - q.start, q.number.end - q.start) : q.text.replace(HEDGE_WORDS, '');
  const m = /^[$€£¥]?\d[\d,.]*s?|^\p{L}+(?:-\p{L}+)?/u.exec(bare);
  return m ? m[0] : bare;
}

const LONG_WORD = /^\p{L}{4,}/u;
const CAPITALISED = /^\p{Lu}/u;

/**
 * Whether a sentence is written in title case (a headline): most of its longer words capitalised. A property of
 * the sentence, asked for each of its quantities, so it is remembered per token array (one per sentence).
 */
const titleCased = new WeakMap<readonly Token[], boolean>();
function isTitleCase(tokens: readonly Token[]): boolean {
  let known = titleCased.get(tokens);
  if (known === undefined) {
    let words = 0;
    let capitals = 0;
    for (const t of tokens) {
      if (!LONG_WORD.test(t.text)) continue;
      words++;
      if (CAPITALISED.test(t.text)) capitals++;
    }
    known = words >= 3 && capitals / words >= 0.6;
    titleCased.set(tokens, known);
  }
  return known;
}

const RULES: Rule[] = [
  {
    id: 'period',
    reason: 'part of a period expression',
    test: ({ quantity, periods }) => periods.some((p) => overlaps(p, quantity)),
  },
  {
    id: 'date',
    reason: 'a year or a date, not a figure',
    test: ({ quantity: q }, c) => {
      if (q.dimension === 'date' || q.dimension === 'time' || q.unit === 'date') return true;
      if (q.value !== null && /^(?:19|20)\d\d$/.test(c.numeral) && q.hedge === 'exact' && q.unit === 'count') {
        return !(c.next && c.next.pos === 'NOUN' && /s$/.test(norm(c.next)) && !/^(?:the|in|of|since|by|during)$/.test(norm(c.prev)));
      }
      if (/^\d{1,2}$/.test(c.numeral) && q.unit === 'count' && (MONTHS.test(c.prev?.text ?? '') || MONTHS.test(c.next?.text ?? ''))) return true;
      return /^\d{2,4}s$/.test(c.numeral);
    },
  },
  {
    id: 'time-or-phone',
    reason: 'a time of day or a phone number',
    test: ({ quantity: q }, c) => /\b\d{1,2}:\d{2}\b|\b\d{3}[-.\s]\d{3}[-.\s]\d{4}\b/.test(q.text) || (/^\d{1,2}$/.test(c.numeral) && /^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock)/i.test(c.after)),
  },
  {
    id: 'age',
    reason: 'an age range or age qualifier ("aged 18-45"), not the claim',
    test: ({ quantity: q }, c) => {
      // the age is the claim: "the average age was 35", "She is 34 years old"
      if (/\b(?:average|median|mean|typical)\s+age\b/i.test(c.before)) return false;
      if (/\b(?:is|was|are|were|turned|turns|be)\s*$/i.test(c.before) && !/^(?:aged|ages?)\b/i.test(q.text)) return false;
      if (q.dimension === 'age' || /^(?:aged|ages?)\b/i.test(q.text)) return true;
      if (/\b(?:aged|ages|age|between\s+the\s+ages\s+of|ages\s+of)\s*$/i.test(c.before)) return true;
      return /^[-‐‑\s]*(?:years?[-‐‑\s]+old|year[-‐‑]olds?)\b/i.test(c.after) || /year-old/i.test(q.text);
    },
  },
  {
    id: 'name',
    reason: 'part of a name or code ("Fortune 500", "COVID-19", "Title 42")',
    test: ({ quantity: q, mentions, text }, c) => {
      if (mentions.some((m) => within(q, m) || (overlaps(q, m) && m.type !== 'country' && m.type !== 'place'))) return true;
      const glued = text[q.start - 1] ?? ' ';
      if (/[\p{L}-]/u.test(glued) && /\p{L}/u.test(text[q.start - 2] ?? ' ')) return true;
      if (/^\p{L}/u.test(text[q.end] ?? ' ') && /\d$/.test(q.text)) return true;
      const prev = c.prev;
      // "China doubled", "Output tripled": a multiple written as a verb is never part of a name
      if (c.titleCase || c.sentenceStart || prev === undefined || (q.unit === 'times' && /^\p{L}/u.test(q.text))) return false;
      if (prev.end !== q.start - 1 || !/^\p{Lu}[\p{L}.]*$/u.test(prev.text)) return false;
      // "South Carolina 25", "Henderson County seven": a place's figure in a list, not a name
      if (mentions.some((m) => (m.type === 'place' || m.type === 'country') && prev.start >= m.start && prev.end <= m.end)) return false;
      if (NOT_NAME_WORDS.has(norm(prev)) || MONTHS.test(prev.text) || WEEKDAY_WORD.test(prev.text)) return false;
      return q.hedge === 'exact' && !/^[$€£¥]/.test(q.text);
    },
  },
  {
    id: 'one',
    reason: '"one" as a pronoun or determiner ("one of the things", "one proposal"), not a count of people or deaths ("killed one person") or one of a list of counts ("31 states … one state")',
    test: (input, c) => /^one$/i.test(c.numeral) && input.quantity.unit === 'count' && !/\b(?:only|just|exactly|single)\s*$/i.test(c.before) && !countsOne(input),
  },
  {
    id: 'ordinal',
    reason: 'an ordinal, not a quantity',
    test: ({ quantity: q }) => /^\d+(?:st|nd|rd|th)$/i.test(q.text) || ORDINAL.test(q.text),
  },
  {
    id: 'reference',
    reason: 'a reference to things already counted ("the two nations"), not a count',
    test: ({ quantity: q }, c) => q.hedge === 'exact' && isSmallWord(c.numeral) && /\b(?:the|these|those|both)\s+$/i.test(c.before),
  },
  {
    id: 'rate-base',
    reason: 'the base of a rate ("25 per 100,000 residents"), not a figure',
    test: ({ quantity: q }, c) => /\b(?:per|for\s+every|out\s+of\s+every)\s+$/i.test(c.before) && q.hedge === 'exact',
  },
  {
    id: 'counter',
    reason: 'a page counter ("Comments (0)", "12 comments")',
    test: ({ quantity: q, text, tokens }, c) => {
      // "· 12 comments", "23 comments*": a comment counter
      if (q.unit === 'count' && q.hedge === 'exact' && /^\s*comments?\b/i.test(c.after)) return true;
      if (text[q.start - 1] !== '(' || text[q.end] !== ')' || q.unit !== 'count') return false;
      const open = firstTokenAfter(tokens, q.start - 1);
      const word = tokens[open - 1];
      return word !== undefined && /^\p{Lu}\p{L}*$/u.test(word.text);
    },
  },
  {
    id: 'indefinite-time',
    reason: '"a year", "for years": a time word, not a figure',
    test: ({ quantity: q }) => /^an?\s+(?:year|day|week|month|hour|minute|decade|century)s?$/i.test(q.text.trim()) || (q.hedge === 'vague' && q.dimension === 'duration'),
  },
  {
    id: 'record-span',
    reason: 'the span a record reaches back ("the strongest in six months", "its first drop in more than four years", "the highest in two decades")',
    test: ({ quantity: q }, c) => q.dimension === 'duration' && /\b(?:in|for)\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|over\s+)?$/i.test(c.before.slice(-24)) && RECORD_WORDS.test(c.before),
  },
  {
    id: 'elapsed',
    reason: 'time elapsed between events, a date in disguise ("four days after the storm", "two weeks before the vote", "a year earlier", a sentence opening "Two weeks later")',
    test: ({ quantity: q }, c) => q.dimension === 'duration' && (/^\s*(?:after|before|ago|earlier|prior|since|into|from\s+now|beforehand|afterwards?)\b/i.test(c.after) || (/^\s*later\b/i.test(c.after) && /^[\s"“‘'(]*$/.test(c.before)) || /^(?:\S+\s+)*(?:than\s+)?an?\s+(?:day|week|month|year|decade)$/i.test(q.text.trim()) && /^\s*(?:earlier|ago|before|later|prior)\b/i.test(c.after)),
  },
  {
    id: 'compound-span',
    reason: 'a span that qualifies a noun ("a five-year average", "the largest one-year decline", "a two-year budget")',
    test: ({ quantity: q, text }) => q.dimension === 'duration' && /\p{L}[-‐‑](?:year|month|week|day|hour|decade)s?$/iu.test(q.text) && /^\s+\p{L}/u.test(text.slice(q.end, q.end + 3)),
  },
  {
    id: 'frequency',
    reason: 'how often something happens ("twice a week", "three times a year"), not a figure about the world',
    test: ({ quantity: q }, c) => /^(?:once|twice|thrice)$/i.test(c.numeral) && (/^\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|quarter|decade)\b/i.test(c.after) || /\s(?:a|an|per|each|every)\s+(?:day|week|month|year|quarter|decade)$/i.test(q.text)),
  },
  {
    id: 'bare-line',
    reason: 'a number alone on its line (a photo number, a page counter, a vote tally on a widget)',
    test: ({ quantity: q, text }) => {
      const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
      const lineEnd = text.indexOf('\n', q.end);
      return text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).trim() === q.text.trim() && q.unit === 'count';
    },
  },
  {
    id: 'reading-time',
    reason: 'a reading time or media length ("4 min read", "2:31 video")',
    test: ({ quantity: q, text }, c) => q.unit === 'count' && /^\s*(?:min|mins|minute)\b(?:\s+read)?|^\s*(?:min\s+read)/i.test(c.after) || /\bmin(?:ute)?s?\s+read\b/i.test(c.after)
      // "Listen: the morning segment (4 min)": a media length in brackets closing its line
      || (q.dimension === 'duration' && text[q.start - 1] === '(' && /^\)[ \t]*(?:\n|$)/.test(text.slice(q.end, q.end + 3))),
  },
  {
    id: 'age-bound',
    reason: 'an age bound ("people 17 or younger", "children under 5", "adults 65 and older")',
    test: ({ quantity: q }, c) => q.unit === 'count' && /^\s+(?:or|and)\s+(?:younger|older|under|over|above|below)\b/i.test(c.after),
  },
  {
    id: 'threshold',
    reason: 'a size threshold that defines a group ("cities of 1 million or more", "towns with more than 50,000 people")',
    test: (_i, c) => /\b(?:of|with|over|above|exceeding)\s+(?:more\s+than\s+)?$/i.test(c.before.slice(-22)) && /^\s+(?:or\s+more|or\s+fewer|or\s+less|and\s+(?:up|above|over)|residents\s+or\s+more|people\s+or\s+more)\b/i.test(c.after) || /\b(?:cities|towns|counties|places|communities|areas|companies|firms)\s+(?:of|with)\s+(?:more\s+than\s+|over\s+|at\s+least\s+)?$/i.test(c.before),
  },
  {
    id: 'day-range',
    reason: 'the end of a range of days ("from Sept. 25 to 28")',
    test: ({ quantity: q }, c) => /^\d{1,2}$/.test(c.numeral) && q.unit === 'count' && DAY_RANGE_START.test(c.before),
  },
  {
    id: 'possessed-reference',
    reason: 'a reference to things owned ("California\'s two sectors", "the city\'s two official scorekeepers")',
    test: ({ quantity: q }, c) => q.hedge === 'exact' && isSmallWord(c.numeral) && /(?:['’]s|\b(?:its|their|his|her|our|your))\s+$/i.test(c.before),
  },
  {
    id: 'service-number',
    reason: 'a telephone service number ("Call 311", "dial 211")',
    test: (_i, c) => /^[2-9]11$/.test(c.numeral) && /\b(?:call|calls|calling|called|dial|dialed|dialled|text|texting)\s+$/i.test(c.before),
  },
  {
    id: 'apposed-age',
    reason: 'an age set off by commas after a name ("said Fred Lopez, 71, who", "Delgado, 46, said")',
    test: ({ quantity: q }, c) => q.unit === 'count' && q.hedge === 'exact' && /^\d{1,3}$/.test(c.numeral) && Number(c.numeral) >= 1 && Number(c.numeral) <= 120
      && /\p{Lu}[\p{L}'’.-]+,\s*$/u.test(c.before) && /^\s*,/.test(c.after),
  },
  {
    id: 'broadcaster',
    reason: 'the number in a broadcaster\'s name ("KTSN News 9", "KTXC 12 News", "Channel 4")',
    test: ({ quantity: q }, c) => q.unit === 'count' && q.hedge === 'exact' && (/\b(?:News|Channel|Ch\.|TV)\s+$/.test(c.before) || /^\s+News\b/.test(c.after)),
  },
  {
    id: 'list-marker',
    reason: 'the number of a list item or a numbered heading ("**1. The number.**", "2) Revenue")',
    test: ({ quantity: q, text }, c) => q.unit === 'count' && /^\d{1,2}$/.test(c.numeral)
      && /(?:^|\n)[ \t]*(?:[*_]{1,2}|#{1,6}[ \t]*)?$/.test(text.slice(Math.max(0, q.start - 12), q.start)) && /^[.)][ \t]/.test(text.slice(q.end, q.end + 2)),
  },
  {
    id: 'street-number',
    reason: 'a street number ("101 W. Gay St.", "1500 Sunset Blvd.")',
    test: ({ quantity: q, text }) => /^\d{1,5}(?:\s+[NSEW])?$/.test(q.text) && STREET.test(text.slice(q.start, q.start + 60)),
  },
  {
    id: 'window',
    reason: 'the span another figure of the sentence is counted over ("down 6.8% over 12 months", "30 inches of rain over four days", "an increase of 39 in three days")',
    test: ({ quantity: q, text, sentence }, c) => {
      // the window word may have been read as the figure's hedge ("over 12 months")
      const windowWord = /\b(?:over|in|within|during|across)\s+(?:the\s+(?:past|last|previous|first|next)\s+)?$/i.test(c.before) || (/^over\s/i.test(q.text) && /\S\s+$/.test(c.before));
      if (q.dimension !== 'duration' || !windowWord) return false;
      // another figure right before, in the same phrase: "6.8% over 12 months", not "$106 billion, phased in over 21 days"
      const before = text.slice(Math.max(sentence.start, q.start - 30), q.start);
      const digit = before.search(/\d[^\d]*$/);
      return digit !== -1 && !/[,;:]/.test(before.slice(digit));
    },
  },
  {
    id: 'heading',
    reason: 'a small number in a section heading, not the headline ("## Three trackers", "## The view from two cities")',
    test: ({ quantity: q, text }, c) => {
      const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
      return text.startsWith('##', lineStart) && q.dimension !== 'ratio' && (isSmallWord(c.numeral) || q.dimension === 'duration');
    },
  },
  {
    id: 'unit',
    reason: '"a kilogram", "a pound": the unit of a price or rate, not a figure',
    test: ({ quantity: q }) => /^an?\s+\p{L}+$/iu.test(q.text.trim()) && q.value === 1 && q.dimension !== 'count',
  },
];

/** Nouns whose "one" is a count of harm: "one death", "one fatality". */
const HARM = new Set(['death', 'fatality', 'casualty', 'injury', 'case', 'homicide', 'murder', 'killing']);

/**
 * Whether "one" counts: one of the people or deaths a clause reports ("a falling tree killed one person", "knew
 * of one death"), or one of a list of counts of the same noun ("fell in 31 states … flat in one state").
 */
function countsOne({ quantity: q, text, tokens, sentence }: NotClaimInput): boolean {
  let k = firstTokenAfter(tokens, q.end);
  for (let n = 0; n < 2 && (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'PROPN'); n++) k++;
  const noun = tokens[k];
  if (noun === undefined || noun.pos !== 'NOUN') return false;
  const l = lemma(noun.text, 'noun');
  // "one person familiar with the talks": a source, not a count
  if (/^\s+(?:familiar|briefed|close\s+to|who\s+(?:spoke|asked|declined|requested|was\s+not\s+authorized))\b/i.test(text.slice(noun.end, noun.end + 40))) return false;
  if (MEASURE_WORDS.persons.has(l) || HARM.has(l)) return true;
  const words = text.slice(sentence.start, sentence.end);
  return new RegExp(String.raw`\d[\d,.]*\s+(?:[\p{L}-]+\s+)?${l.replace(/[^\p{L}-]/gu, '')}s?\b`, 'iu').test(words);
}

/** Why the quantity is not a claim (the rule's reason), or null when it is one. */
export function notClaimReason(input: NotClaimInput): { id: string; reason: string } | null {
  const { text, quantity: q, tokens, sentence } = input;
  const i = firstTokenAfter(tokens, q.start);
  const j = firstTokenAfter(tokens, q.end);
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const ctx: Ctx = {
    before: text.slice(Math.max(sentence.start, q.start - 40), q.start),
    after: text.slice(q.end, Math.min(sentence.end, q.end + 30)),
    prev: prev !== undefined && prev.start >= sentence.start ? prev : undefined,
    next: tokens[j],
    numeral: numeralOf(q),
    titleCase: isTitleCase(tokens),
    sentenceStart: /^[\s“"‘(]*$/.test(text.slice(sentence.start, q.start)) || /^[\s“"‘(]*\p{L}+$/u.test(text.slice(sentence.start, q.start).trim()),
  };
  for (const rule of RULES) if (rule.test(input, ctx)) return { id: rule.id, reason: rule.reason };
  return null;
}
