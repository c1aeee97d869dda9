import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { HedgeSchema, type Hedge } from '../contracts/index.js';

/**
 * `data/vocabulary.json`: the closed word lists several readers share (month and weekday names, number words,
 * hedge phrases), validated once at load. Every reader takes its lists from here, in the forms below, so that a
 * word added to the file reaches the quantity scanner, the claim filters, the period reader and the entity rules
 * alike.
 */

const WORD = /^[a-z]+$/;
const Word = z.string().regex(WORD, 'a word in lower-case letters a to z, without spaces, dots or hyphens ("sept", not "Sept.")');
/** A list with the "description" every section of the file carries. */
const described = <K extends string, T extends z.ZodType>(key: K, value: T) =>
  z.strictObject({ description: z.string({ error: 'a "description" string saying what the list holds' }), ...({ [key]: value } as { [P in K]: T }) });
const values = (check: z.ZodNumber) => z.record(Word, check);

/** A month's or weekday's abbreviations: each the start of its name, three letters or more ("sept", "thurs"). */
function checkAbbreviations(e: { name: string; abbreviations: string[] }, ctx: z.RefinementCtx): void {
  e.abbreviations.forEach((a, i) => {
    if (WORD.test(a) && (a.length < 3 || a === e.name || !e.name.startsWith(a))) {
      ctx.addIssue({ code: 'custom', path: ['abbreviations', i], message: `"${a}" is no abbreviation of "${e.name}": write the first three or more letters of the name` });
    }
  });
}
const Month = z.strictObject({ name: Word, number: z.number().int().min(1).max(12), abbreviations: z.array(Word) }).superRefine(checkAbbreviations);
const Weekday = z.strictObject({ name: Word, day: z.number().int().min(0).max(6), abbreviations: z.array(Word) }).superRefine(checkAbbreviations);

/** Entries whose position fixes their number: months 1 to 12, weekdays 0 (Sunday) to 6. */
const inOrder = <T extends z.ZodType>(entry: T, field: 'number' | 'day', first: number, count: number, what: string) =>
  z.array(entry).length(count, `list all ${count} ${what}`).superRefine((entries, ctx) => {
    entries.forEach((e, i) => {
      const n = (e as Record<string, unknown>)[field];
      if (n !== i + first) ctx.addIssue({ code: 'custom', path: [i, field], message: `${what} are listed in order: entry ${i} has ${field} ${String(n)}, expected ${i + first}` });
    });
  });

const HedgeKind = HedgeSchema.exclude(['exact', 'range', 'vague'], { error: 'one of over, at_least, nearly, about, up_to, at_most, under' });
const Phrase = z.string().min(1).refine((p) => p === p.toLowerCase() && p === p.trim(), 'a phrase in lower case, without spaces at either end');
const Phrases = z.array(z.tuple([Phrase, HedgeKind])).superRefine((pairs, ctx) => {
  const seen = new Set<string>();
  pairs.forEach(([p], i) => {
    if (seen.has(p)) ctx.addIssue({ code: 'custom', path: [i, 0], message: `"${p}" is listed twice: keep one entry` });
    seen.add(p);
  });
});

const VocabularySchema = z.strictObject({
  description: z.string(),
  months: described('entries', inOrder(Month, 'number', 1, 12, 'months')),
  weekdays: described('entries', inOrder(Weekday, 'day', 0, 7, 'weekdays')),
  numbers: z.strictObject({
    description: z.string(),
    units: described('words', values(z.number().int().min(0).max(19))),
    tens: described('words', values(z.number().int().min(20).max(90).multipleOf(10))),
    scales: described('words', values(z.number().min(100))),
    dozens: described('words', z.array(Word).min(1)),
    ordinals: described('words', values(z.number().int().min(1))),
    vague: described('words', z.record(Word, z.strictObject({ low: z.number().positive(), high: z.number().positive(), base: z.number().positive() })
      .refine((v) => v.low < v.high, 'the interval [low, high) needs low below high'))),
  }),
  hedges: z.strictObject({
    description: z.string(),
    before: described('phrases', Phrases),
    after: described('phrases', Phrases),
    particleVerbs: z.strictObject({
      description: z.string(),
      over: described('words', z.array(Word).min(1)),
      upDown: described('words', z.array(Word).min(1)),
      upToLevel: described('words', z.array(Word).min(1)),
    }),
  }),
  abbreviations: described('words', z.array(Word).min(1)),
});
export type VocabularyFile = z.infer<typeof VocabularySchema>;

export const VOCABULARY_FILE = new URL('../../data/vocabulary.json', import.meta.url);

/** Read and validate a vocabulary file; the error names each wrong field and what it should hold. */
export function readVocabulary(path: URL | string = VOCABULARY_FILE): VocabularyFile {
  const name = path instanceof URL ? fileURLToPath(path) : path;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${name} is not a readable JSON file: ${(e as Error).message}`);
  }
  const parsed = VocabularySchema.safeParse(json);
  if (!parsed.success) throw new Error(`${name} is not a valid vocabulary file:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const data = readVocabulary();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An alternation of `words`, longest first so that a longer word is never cut short by its start ("Sept" before "Sep"). */
export const alternation = (words: Iterable<string>, each: (w: string) => string = escape) =>
  `(?:${[...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(each).join('|')})`;
const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);

// Months

/** Month names and abbreviations, lower case, without a dot → month number (1–12): "sept" → 9. */
export const MONTHS: ReadonlyMap<string, number> = new Map(data.months.entries.flatMap((m) => [m.name, ...m.abbreviations].map((w) => [w, m.number] as const)));

/** The number (1–12) of a month name or abbreviation in any case, with or without its dot ("Sept.", "march"). */
export function monthNumber(word: string): number | undefined {
  return MONTHS.get(word.replace('.', '').toLowerCase());
}

/** Month names as news copy writes them, January first: `MONTH_NAMES[month - 1]`. */
export const MONTH_NAMES: readonly string[] = data.months.entries.map((m) => capitalised(m.name));

/**
 * Regex source of a month name or abbreviation, capitalised as copy writes it, with an optional dot ("Jan.",
 * "Sept", "March"): for use inside larger patterns, with the `i` flag where any case will do.
 */
export const MONTH = `${alternation([...MONTHS.keys()].map(capitalised))}\\.?`;

/** Regex source of the three letters every month name and abbreviation starts with: a cheap test before `MONTH`. */
export const MONTH_PREFIX = alternation(data.months.entries.map((m) => m.name.slice(0, 3)));

// Weekdays

/** Weekday names, lower case, Sunday first: the index is `Date#getUTCDay()`. */
export const WEEKDAYS: readonly string[] = data.weekdays.entries.map((d) => d.name);

/** Regex source of a weekday name, capitalised as copy writes it ("Tuesday"). */
export const WEEKDAY = alternation(WEEKDAYS.map(capitalised));

/** Regex source of a weekday name or abbreviation with an optional dot ("Tuesday", "Tues.", "Thu"), capitalised. */
export const WEEKDAY_OR_ABBREVIATION = `${alternation(data.weekdays.entries.flatMap((d) => [d.name, ...d.abbreviations]).map(capitalised))}\\.?`;

// Number words

const map = (words: Record<string, number>): ReadonlyMap<string, number> => new Map(Object.entries(words));

/** "zero" (and "nought", "naught") to "nineteen" → value. */
export const UNIT_WORDS = map(data.numbers.units.words);
/** "twenty" to "ninety" → value. */
export const TENS_WORDS = map(data.numbers.tens.words);
/** "hundred", "thousand", "million", "lakh", "crore"... → the multiplier. */
export const SCALE_WORDS = map(data.numbers.scales.words);
/** "first" → 1, "third" → 3, "hundredth" → 100. */
export const ORDINAL_WORDS = map(data.numbers.ordinals.words);
/** Words that multiply by twelve after a count: "dozen", "dozens", "doz". */
export const DOZEN_WORDS: ReadonlySet<string> = new Set(data.numbers.dozens.words);
/** Vague plural scale words → the interval [low, high) they stand for and their base: "thousands" → [2,000, 10,000). */
export const VAGUE_WORDS: ReadonlyMap<string, { readonly low: number; readonly high: number; readonly base: number }> =
  new Map(Object.entries(data.numbers.vague.words));

const HYPHEN = '[-‐‑]';
const smallUnits = [...UNIT_WORDS].filter(([, v]) => v >= 1 && v <= 9).map(([w]) => w);

/**
 * The value of a number up to ninety-nine written as one word or a ten and a unit ("seven", "Twenty-four",
 * "thirty six"); undefined for anything else.
 */
export function numberWordValue(words: string): number | undefined {
  const [first, second, ...rest] = words.toLowerCase().split(/[-‐‑\s]+/);
  if (first === undefined || rest.length > 0) return undefined;
  if (second === undefined) return UNIT_WORDS.get(first) ?? TENS_WORDS.get(first);
  const tens = TENS_WORDS.get(first);
  const unit = UNIT_WORDS.get(second);
  return tens !== undefined && unit !== undefined && unit >= 1 && unit <= 9 ? tens + unit : undefined;
}

/**
 * Regex source of a number up to ninety-nine in words, as `numberWordValue` reads it when joined by a hyphen
 * ("seven", "sixteen", "forty-two"). Tens come first so that "seventy" is not read as "seven"; add `\b` around it.
 */
export const NUMBER_WORD = `(?:${alternation(TENS_WORDS.keys())}(?:${HYPHEN}${alternation(smallUnits)})?|${alternation(UNIT_WORDS.keys())})`;

/** Regex source of a scale word ("hundred", "thousand", "crore"). */
export const SCALE_WORD = alternation(SCALE_WORDS.keys());

/** Regex source of an ordinal word ("third", "twentieth"). */
export const ORDINAL_WORD = alternation(ORDINAL_WORDS.keys());

/** Regex source of a vague plural scale word ("dozens", "thousands"). */
export const VAGUE_WORD = alternation(VAGUE_WORDS.keys());

// Hedges

type HedgeTable = ReadonlyArray<readonly [string, Hedge]>;

/** Hedge phrases before a number and the hedge each makes ("more than" → over), in the file's order. */
export const HEDGES_BEFORE: HedgeTable = data.hedges.before.phrases;
/** Hedge phrases after a number ("or more" → at_least), in the file's order. */
export const HEDGES_AFTER: HedgeTable = data.hedges.after.phrases;

/** Verbs whose particle is "over", so that "over" is no hedge: "Mexico handed over 29 cartel members" is 29. */
export const OVER_PARTICLE_VERBS: ReadonlySet<string> = new Set(data.hedges.particleVerbs.over.words);
/** Verbs whose particle is "up" or "down", so that it is no direction of change: "police rounded up 30 suspects". */
export const UP_DOWN_PARTICLE_VERBS: ReadonlySet<string> = new Set(data.hedges.particleVerbs.upDown.words);
/** Verbs before "up to" that make it a level reached, not a maximum ("went up to 15%"). */
export const UP_TO_LEVEL_VERBS: ReadonlySet<string> = new Set(data.hedges.particleVerbs.upToLevel.words);

/**
 * Regex source of a hedge phrase before a number, longest first ("just under" before "under"); a space in a phrase
 * matches any run of spaces. Add what must follow it (a space, the number).
 */
export const HEDGE_BEFORE = alternation(HEDGES_BEFORE.map(([p]) => p), (p) => escape(p).replace(/ /g, '\\s+'));

// Abbreviations

/** Lower-case abbreviations that may stand before a capitalised word inside a sentence ("vs. Texas"). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(data.abbreviations.words);
