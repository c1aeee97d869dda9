import type { EntityMention, Quantity, Token } from '../../contracts/index.js';
import { HEDGE_BEFORE, MONTH, numberWordValue, WEEKDAY } from '../../core/vocabulary.js';
import { lemma } from '../lemma.js';
import { firstTokenAfter, norm, overlaps, within, type Span } from '../tokens.js';
import { MEASURE_WORDS } from '../words.js';

/** What the claim readers know of a quantity: its sentence's tokens, periods and named entities. */
export interface SentenceInput {
  text: string;
  quantity: Quantity;
  /** the sentence's tokens and span */
  tokens: readonly Token[];
  sentence: Span;
  /** period expressions of the sentence */
  periods: readonly Span[];
  mentions: readonly EntityMention[];
}

/** A quantity's sentence and the words around the quantity in it, read once for every rule. */
export interface SentenceContext extends SentenceInput {
  before: string;
  after: string;
  prev: Token | undefined;
  next: Token | undefined;
  /** the number itself without hedge words */
  numeral: string;
  titleCase: boolean;
  sentenceStart: boolean;
}

export interface SentenceRule {
  readonly id: string;
  readonly needs: 'sentence';
  readonly reason: string;
  match(c: SentenceContext): boolean;
}

const MONTHS = new RegExp(`^${MONTH}$`, 'i');
const WEEKDAY_WORD = new RegExp(`^${WEEKDAY}$`);
/** A small count in words, two to twelve: few enough to be things already counted ("the two nations"). */
const isSmallWord = (numeral: string) => {
  const n = numberWordValue(numeral);
  return n !== undefined && n >= 2 && n <= 12;
};
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

/**
 * Rules that need the sentence as the tokenizer and the entity stage read it: a quantity the scanner kept is no
 * claim when one of them matches. The claim readers ask them in this order, after the scanner's rules.
 */
export const SENTENCE_RULES: readonly SentenceRule[] = [
  {
    id: 'in-period',
    needs: 'sentence',
    reason: 'part of a period expression',
    match: (c) => c.periods.some((p) => overlaps(p, c.quantity)),
  },
  {
    id: 'age',
    needs: 'sentence',
    reason: 'an age range or age qualifier ("aged 18-45"), not the claim',
    match: (c) => {
      // the age is the claim: "the average age was 35", "She is 34 years old"
      if (/\b(?:average|median|mean|typical)\s+age\b/i.test(c.before) || (/\b(?:average|median|mean|typical)\s+$/i.test(c.before) && /^age\b/i.test(c.quantity.text))) return false;
      if (/\b(?:is|was|are|were|turned|turns|be)\s*$/i.test(c.before) && !/^(?:aged|ages?)\b/i.test(c.quantity.text)) return false;
      if (c.quantity.dimension === 'age' || /^(?:aged|ages?)\b/i.test(c.quantity.text)) return true;
      if (/\b(?:aged|ages|age|between\s+the\s+ages\s+of|ages\s+of)\s*$/i.test(c.before)) return true;
      return /^[-‐‑\s]*(?:years?[-‐‑\s]+old|year[-‐‑]olds?)\b/i.test(c.after) || /year-old/i.test(c.quantity.text);
    },
  },
  {
    id: 'in-name',
    needs: 'sentence',
    reason: 'part of a name or code ("Fortune 500", "COVID-19", "Title 42")',
    match: (c) => {
      if (c.mentions.some((m) => within(c.quantity, m) || (overlaps(c.quantity, m) && m.type !== 'country' && m.type !== 'place'))) return true;
      const glued = c.text[c.quantity.start - 1] ?? ' ';
      if (/[\p{L}-]/u.test(glued) && /\p{L}/u.test(c.text[c.quantity.start - 2] ?? ' ')) return true;
      if (/^\p{L}/u.test(c.text[c.quantity.end] ?? ' ') && /\d$/.test(c.quantity.text)) return true;
      const prev = c.prev;
      // "China doubled", "Output tripled": a multiple written as a verb is never part of a name
      if (c.titleCase || c.sentenceStart || prev === undefined || (c.quantity.unit === 'times' && /^\p{L}/u.test(c.quantity.text))) return false;
      if (prev.end !== c.quantity.start - 1 || !/^\p{Lu}[\p{L}.]*$/u.test(prev.text)) return false;
      // "South Carolina 25", "Henderson County seven": a place's figure in a list, not a name
      if (c.mentions.some((m) => (m.type === 'place' || m.type === 'country') && prev.start >= m.start && prev.end <= m.end)) return false;
      if (NOT_NAME_WORDS.has(norm(prev)) || MONTHS.test(prev.text) || WEEKDAY_WORD.test(prev.text)) return false;
      return c.quantity.hedge === 'exact' && !/^[$€£¥]/.test(c.quantity.text);
    },
  },
  {
    id: 'one',
    needs: 'sentence',
    reason: '"one" as a pronoun or determiner ("one of the things", "one proposal"), not a count of people or deaths ("killed one person") or one of a list of counts ("31 states … one state")',
    // "only one person", "just one hospital": a count of what follows; "the only one who": a pronoun
    match: (c) => /^one$/i.test(c.numeral) && c.quantity.unit === 'count' && !countsOne(c)
      && !(/\b(?:only|just|exactly|single)\s*$/i.test(c.before) && c.next?.pos === 'NOUN'),
  },
  {
    id: 'reference',
    needs: 'sentence',
    reason: 'a reference to things already counted ("the two nations"), not a count',
    match: (c) => c.quantity.hedge === 'exact' && isSmallWord(c.numeral) && /\b(?:the|these|those|both)\s+$/i.test(c.before),
  },
  {
    id: 'rate-base',
    needs: 'sentence',
    reason: 'the base of a rate ("25 per 100,000 residents"), not a figure',
    match: (c) => /\b(?:per|for\s+every|out\s+of\s+every)\s+$/i.test(c.before) && c.quantity.hedge === 'exact',
  },
  {
    id: 'indefinite-time',
    needs: 'sentence',
    reason: '"a year", "for years": a time word, not a figure',
    match: (c) => /^an?\s+(?:year|day|week|month|hour|minute|decade|century)s?$/i.test(c.quantity.text.trim()) || (c.quantity.hedge === 'vague' && c.quantity.dimension === 'duration'),
  },
  {
    id: 'record-span',
    needs: 'sentence',
    reason: 'the span a record reaches back ("the strongest in six months", "its first drop in more than four years", "the highest in two decades")',
    match: (c) => c.quantity.dimension === 'duration' && /\b(?:in|for)\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|over\s+)?$/i.test(c.before.slice(-24)) && RECORD_WORDS.test(c.before),
  },
  {
    id: 'elapsed',
    needs: 'sentence',
    reason: 'time elapsed between events, a date in disguise ("four days after the storm", "two weeks before the vote", "a year earlier", a sentence opening "Two weeks later")',
    match: (c) => c.quantity.dimension === 'duration' && (/^\s*(?:after|before|ago|earlier|prior|since|into|from\s+now|beforehand|afterwards?)\b/i.test(c.after) || (/^\s*later\b/i.test(c.after) && /^[\s"“‘'(]*$/.test(c.before)) || /^(?:\S+\s+)*(?:than\s+)?an?\s+(?:day|week|month|year|decade)$/i.test(c.quantity.text.trim()) && /^\s*(?:earlier|ago|before|later|prior)\b/i.test(c.after)),
  },
  {
    id: 'compound-span',
    needs: 'sentence',
    reason: 'a span that qualifies a noun ("a five-year average", "the largest one-year decline", "a two-year budget")',
    match: (c) => c.quantity.dimension === 'duration' && /\p{L}[-‐‑](?:year|month|week|day|hour|decade)s?$/iu.test(c.quantity.text) && /^\s+\p{L}/u.test(c.text.slice(c.quantity.end, c.quantity.end + 3)),
  },
  {
    id: 'frequency',
    needs: 'sentence',
    reason: 'how often something happens ("twice a week", "three times a year"), not a figure about the world',
    match: (c) => /^(?:once|twice|thrice)$/i.test(c.numeral) && (/^\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|quarter|decade)\b/i.test(c.after) || /\s(?:a|an|per|each|every)\s+(?:day|week|month|year|quarter|decade)$/i.test(c.quantity.text)),
  },
  {
    id: 'bare-line',
    needs: 'sentence',
    reason: 'a number alone on its line (a photo number, a page counter, a vote tally on a widget)',
    match: (c) => {
      const lineStart = c.text.lastIndexOf('\n', c.quantity.start - 1) + 1;
      const lineEnd = c.text.indexOf('\n', c.quantity.end);
      return c.text.slice(lineStart, lineEnd === -1 ? c.text.length : lineEnd).trim() === c.quantity.text.trim() && c.quantity.unit === 'count';
    },
  },
  {
    id: 'reading-time',
    needs: 'sentence',
    reason: 'a reading time or media length ("4 min read", "2:31 video")',
    match: (c) => c.quantity.unit === 'count' && /^\s*(?:min|mins|minute)\b(?:\s+read)?|^\s*(?:min\s+read)/i.test(c.after) || /\bmin(?:ute)?s?\s+read\b/i.test(c.after)
      // "Listen: the morning segment (4 min)": a media length in brackets closing its line
      || (c.quantity.dimension === 'duration' && c.text[c.quantity.start - 1] === '(' && /^\)[ \t]*(?:\n|$)/.test(c.text.slice(c.quantity.end, c.quantity.end + 3))),
  },
  {
    id: 'age-bound',
    needs: 'sentence',
    reason: 'an age bound ("people 17 or younger", "children under 5", "adults 65 and older")',
    match: (c) => c.quantity.unit === 'count' && /^\s+(?:or|and)\s+(?:younger|older|under|over|above|below)\b/i.test(c.after),
  },
  {
    id: 'threshold',
    needs: 'sentence',
    reason: 'a size threshold that defines a group ("cities of 1 million or more", "towns with more than 50,000 people")',
    match: (c) => /\b(?:of|with|over|above|exceeding)\s+(?:more\s+than\s+)?$/i.test(c.before.slice(-22)) && /^\s+(?:or\s+more|or\s+fewer|or\s+less|and\s+(?:up|above|over)|residents\s+or\s+more|people\s+or\s+more)\b/i.test(c.after) || /\b(?:cities|towns|counties|places|communities|areas|companies|firms)\s+(?:of|with)\s+(?:more\s+than\s+|over\s+|at\s+least\s+)?$/i.test(c.before),
  },
  {
    id: 'day-range',
    needs: 'sentence',
    reason: 'the end of a range of days ("from Sept. 25 to 28")',
    match: (c) => /^\d{1,2}$/.test(c.numeral) && c.quantity.unit === 'count' && DAY_RANGE_START.test(c.before),
  },
  {
    id: 'possessed-reference',
    needs: 'sentence',
    reason: 'a reference to things owned ("California\'s two sectors", "the city\'s two official scorekeepers")',
    match: (c) => c.quantity.hedge === 'exact' && isSmallWord(c.numeral) && /(?:['’]s|\b(?:its|their|his|her|our|your))\s+$/i.test(c.before),
  },
  {
    id: 'apposed-age',
    needs: 'sentence',
    reason: 'an age set off by commas after a name ("said Fred Lopez, 71, who", "Delgado, 46, said")',
    match: (c) => c.quantity.unit === 'count' && c.quantity.hedge === 'exact' && /^\d{1,3}$/.test(c.numeral) && Number(c.numeral) >= 1 && Number(c.numeral) <= 120
      && /\p{Lu}[\p{L}'’.-]+,\s*$/u.test(c.before) && /^\s*,/.test(c.after),
  },
  {
    id: 'broadcaster',
    needs: 'sentence',
    reason: 'the number in a broadcaster\'s name ("KTSN News 9", "KTXC 12 News", "Channel 4")',
    match: (c) => c.quantity.unit === 'count' && c.quantity.hedge === 'exact' && (/\b(?:News|Channel|Ch\.|TV)\s+$/.test(c.before) || /^\s+News\b/.test(c.after)),
  },
  {
    id: 'list-marker',
    needs: 'sentence',
    reason: 'the number of a list item or a numbered heading ("**1. The number.**", "2) Revenue")',
    match: (c) => c.quantity.unit === 'count' && /^\d{1,2}$/.test(c.numeral)
      && /(?:^|\n)[ \t]*(?:[*_]{1,2}|#{1,6}[ \t]*)?$/.test(c.text.slice(Math.max(0, c.quantity.start - 12), c.quantity.start)) && /^[.)][ \t]/.test(c.text.slice(c.quantity.end, c.quantity.end + 2)),
  },
  {
    id: 'window',
    needs: 'sentence',
    reason: 'the span another figure of the sentence is counted over ("down 6.8% over 12 months", "30 inches of rain over four days", "an increase of 39 in three days")',
    match: (c) => {
      // the window word may have been read as the figure's hedge ("over 12 months")
      const windowWord = /\b(?:over|in|within|during|across)\s+(?:the\s+(?:past|last|previous|first|next)\s+)?$/i.test(c.before) || (/^over\s/i.test(c.quantity.text) && /\S\s+$/.test(c.before));
      if (c.quantity.dimension !== 'duration' || !windowWord) return false;
      // another figure right before, in the same phrase: "6.8% over 12 months", not "$106 billion, phased in over 21 days"
      const before = c.text.slice(Math.max(c.sentence.start, c.quantity.start - 30), c.quantity.start);
      const digit = before.search(/\d[^\d]*$/);
      return digit !== -1 && !/[,;:]/.test(before.slice(digit));
    },
  },
  {
    id: 'heading',
    needs: 'sentence',
    reason: 'a small number in a section heading, not the headline ("## Three trackers", "## The view from two cities")',
    match: (c) => {
      const lineStart = c.text.lastIndexOf('\n', c.quantity.start - 1) + 1;
      return c.text.startsWith('##', lineStart) && c.quantity.dimension !== 'ratio' && (isSmallWord(c.numeral) || c.quantity.dimension === 'duration');
    },
  },
  {
    id: 'unit',
    needs: 'sentence',
    reason: '"a kilogram", "a pound": the unit of a price or rate, not a figure',
    match: (c) => /^an?\s+\p{L}+$/iu.test(c.quantity.text.trim()) && c.quantity.value === 1 && c.quantity.dimension !== 'count',
  },
];

/** Nouns whose "one" is a count of harm: "one death", "one fatality". */
const HARM = new Set(['death', 'fatality', 'casualty', 'injury', 'case', 'homicide', 'murder', 'killing']);

/**
 * Whether "one" counts: one of the people or deaths a clause reports ("a falling tree killed one person", "knew
 * of one death"), or one of a list of counts of the same noun ("fell in 31 states … flat in one state").
 */
function countsOne({ quantity: q, text, tokens, sentence }: SentenceInput): boolean {
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

/** The words around a quantity in its sentence, for the rules. */
export function sentenceContext(input: SentenceInput): SentenceContext {
  const { text, quantity: q, tokens, sentence } = input;
  const i = firstTokenAfter(tokens, q.start);
  const j = firstTokenAfter(tokens, q.end);
  const prev = i > 0 ? tokens[i - 1] : undefined;
  return {
    ...input,
    before: text.slice(Math.max(sentence.start, q.start - 40), q.start),
    after: text.slice(q.end, Math.min(sentence.end, q.end + 30)),
    prev: prev !== undefined && prev.start >= sentence.start ? prev : undefined,
    next: tokens[j],
    numeral: numeralOf(q),
    titleCase: isTitleCase(tokens),
    sentenceStart: /^[\s“"‘(]*$/.test(text.slice(sentence.start, q.start)) || /^[\s“"‘(]*\p{L}+$/u.test(text.slice(sentence.start, q.start).trim()),
  };
}
