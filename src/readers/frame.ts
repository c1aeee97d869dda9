import type { EntityMention, Measure, Quantity, Sentence, Token, Via } from '../contracts/index.js';
import type { ArticleView, ClaimDraft } from '../core/extractor.js';
import { datelines } from './dateline.js';
import { distinctiveValue } from '../core/figures.js';
import { countryOfPlace } from '../core/places.js';
import { numberWordValue, WEEKDAY } from '../core/vocabulary.js';
import { lemma } from './lemma.js';
import { work } from '../core/work.js';
import { anaphorOf, findAntecedent, type Anaphor } from './anaphora.js';
import { attributionsIn, isQuotation, nearestAttribution, POLLED, type Attribution } from './attribution.js';
import { clausesOf, clauseOf, type Clause } from './clause.js';
import { countedOf } from './counted.js';
import { makeDiscourse } from './discourse.js';
import { measureKey, predicateOf, readMeasure } from './measure.js';
import { matchMetric, type MetricLexicon } from './metrics.js';
import { notClaimReason } from './not-a-figure/index.js';
import { fiscalYearOf, US_FEDERAL } from './fiscal.js';
import { findPeriods, isMonthEnd, pointsBack, referBackPeriods, shiftDays, shiftMonths, shiftYears, YEAR_BEFORE, type PeriodMatch } from './period.js';
import { localKind, placeOf, type LocalKind, type Place } from './place.js';
import { rateOf } from './rate.js';
import { readScope } from './scope.js';
import { readStatistic } from './statistic.js';
import { gap, within, type Span } from './tokens.js';
import { MEASURE_WORDS } from './words.js';
import { readVintage } from './vintage.js';

/**
 * The frame of every figure of an article — what it measures, whose, where, when, which statistic, which
 * vintage, who says it — read by the shared readers from the figure's clause, and where the clause leaves a
 * field unsaid, from what the figure refers back to, its sentence, its paragraph, or the headline and lede. Each
 * field says where it came from (`via`, the words' span). One reader per article and extractor, asked in text
 * order: it remembers the claims made, for the figures that refer back to them.
 */
export interface FrameReader {
  /** Whether a quantity is a claim at all: not a year, a date, an age, a number inside a name... (the `sentence` rules of not-a-figure/). */
  isClaim(q: Quantity, sentence: Sentence): boolean;
  /** Why a quantity is no claim: the not-a-figure rule that keeps it out (its id and reason), or null for a claim. */
  notClaim(q: Quantity, sentence: Sentence): { id: string; reason: string } | null;
  /** The claim a figure makes, framed; `given` fields win over what is read. Nothing is remembered until `made`. */
  read(q: Quantity, sentence: Sentence, given?: Partial<ClaimDraft>): ClaimDraft;
  /** Remember a claim as made: later figures may refer back to it. */
  made(draft: ClaimDraft, sentence: Sentence): void;
}

export interface FrameOptions {
  /** the metric lexicon: the canonical `metric` key where it knows the measure */
  lexicon: MetricLexicon;
  /** told of a period that cannot be resolved (no publication date), once a period */
  unresolved: (period: { text: string; start: number; end: number }) => void;
}

/** What the reader keeps of a claim made, for figures that refer back to it. */
interface Made {
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  dimension: string;
  counted: string | null;
  sentence: number;
  paragraph: number;
  valueStart: number;
  valueText: string;
  list: Span | null;
  metric: string | null;
  place: string | null;
  placeFrom: ClaimDraft['placeFrom'];
  period: PeriodChoice | null;
  measure: Measure | null;
  /** the words its measure took from a complement ("were men"), which a figure inheriting the measure replaces */
  complement: readonly string[];
  scope: ClaimDraft['scope'];
  attribution: ClaimDraft['attribution'];
  topic: boolean;
  /** what another figure is compared with ("down from 67.3% at the 2019 election"): its period is not the article's */
  baseline: boolean;
  statistic: ClaimDraft['statistic'];
  direction: ClaimDraft['direction'];
}

interface PeriodChoice {
  period: PeriodMatch;
  via: Via;
}

interface SentenceInfo {
  tokens: readonly Token[];
  mentions: readonly EntityMention[];
  periods: PeriodMatch[];
  clauses: Map<Quantity, Clause>;
  candidates: readonly Quantity[];
  /** the sentence's quantities that are no claims, with the rule that says so */
  dropped: Map<Quantity, { id: string; reason: string }>;
  order: Map<Quantity, number>;
  /** per period (same order as `periods`): how many candidates' clauses hold it */
  inClauses: Int32Array;
  entities: string[];
}

interface Speech {
  attribution: Attribution;
  entity: string | null;
  via: Via;
}

/** The most earlier claims an anaphor ("that figure", "up from") is matched against, nearest first. */
const ANTECEDENTS = 24;
/** How many sentences back a figure that refers back looks for its measure within a paragraph. */
const PARAGRAPH_BACK = 4;

/** The hedge words the scanner read before the number, else the quantity's words. */
const hedgeWords = (q: Quantity) => q.hedgeText ?? q.text;
const unique = <T>(xs: readonly T[]) => [...new Set(xs)];
/** A speaker written as a name ("Anne Milgram"), for articles read without the entity stage. */
const NAME_LIKE = /^(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}'’-]+$/u;
/** Nouns of a document that speaks for whoever issued it: "according to the report", "the data showed". */
const DOCUMENT_NOUN = /^(?:report|data|figures|survey|study|analysis|release|statement|benchmark|estimates?|tally|count|records|numbers|statistics|update|bulletin|dashboard|filing|tracker|database|list)$/i;
/** How many sentences back "that year", "the same month" look for the period they point at (see referBackPeriods). */
const REFER_BACK_SENTENCES = 6;
/** Words that name a body without naming it: "the agency said", "officials said", "the company estimates". */
const BODY_NOUN = /^(?:agency|department|bureau|office|administration|ministry|commission|service|authority|authorities|officials?|police|government|district|board|council|company|firm|utility|group|organization|association|institute|center|centre|team|network|club|league|party|committee|union|university|hospital|regulators?|lab|laboratory|library|court|fund|bank|foundation|coalition|panel|examiner|coroner|spokes(?:wo)?man|spokesperson|agents?|officers?|department['’]s)$/i;
/** Words before "since 2001" that make it a record's reach: "the lowest since", "the first time since". */
const RECORD_BEFORE = /\b(?:lowest|highest|most|least|fewest|largest|smallest|biggest|best|worst|first(?:\s+time)?|record|deadliest|steepest|sharpest|fastest|slowest)\b[^.;]*$/i;
/** Words that put a figure in the whole country the article is about. */
const NATIONWIDE = /\b(?:nationwide|nationally|national|across\s+the\s+(?:country|nation)|countrywide|the\s+whole\s+country)\b/i;
/** A clause stated in the present, or in the past. */
/** A source phrase after a figure, at the end of its sentence: "according to provisional estimates", "by one estimate". */
const SOURCE_PHRASE = /,\s*(?:according\s+to|by|in|per)\s+(?:[\w-]+\s+){0,4}?(?:estimates?|figures|data|count|tally|numbers|projections?|forecasts?)\b[^,;.]*[.!?”"]*\s*$/i;

/** Words after a figure that compare it with another time: the period they name is the baseline's. */
const COMPARED = /^\s*(?:more|less|fewer|higher|lower|greater|smaller|above|below|up|down)\s+(?:than|from|on)\b/i;
const PRESENT = /\b(?:is|are|remains?|stands?|has|have|there\s+are|there\s+is)\b/i;
const PAST = /\b(?:was|were|had|did)\b|(?<![-‐‑\w])\w{3,}ed\b/i;
/** Words that make a figure a running total as of now: "so far", "to date", "has risen to", "now stands at". */
const AS_OF_NOW = /\b(?:so\s+far|to\s+date|as\s+of\s+now|now|currently|still|(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:\w+ed|risen|grown|fallen|been|hit|cut|lost|spent|paid|sold|seen|taken|made|given|won|struck|left|brought|kept|held|run|come|become))\b/i;
/** Words that make a month's change one over the year to it. */
const YEAR_ON_YEAR = /\b(?:(?:from|than|over|below|above)\s+(?:its\s+level\s+)?(?:(?:a|one|the\s+same\s+month\s+a)\s+year\s+(?:earlier|ago|before)|the\s+previous\s+year|this\s+time\s+last\s+year)|over\s+the\s+year|over\s+(?:12|twelve)\s+months|year[- ]over[- ]year|(?:in|over)\s+the\s+(?:past|last|previous)\s+(?:year|12\s+months)|(?:in\s+)?the\s+12\s+months\s+(?:ending|ended|through|to)|(?<!adjusted\s)annual(?:ized)?\s+(?:rate|pace|increase|rise|gain|inflation))\b/i;
/** Heads of a budget's balance: with a fiscal year in the article, their figures are for it. */
const BALANCES: ReadonlySet<string> = new Set(['deficit', 'surplus', 'shortfall', 'gap', 'hole', 'budget']);
/** A measure its own words give to a state ("state spending plan", "the state's deficit", "statewide"). */
const STATE_MEASURE = /\bstate(?:['’]s|wide)?\b/i;
/** A sentence that opens by naming the figure before it with its vintage: "That preliminary figure", "The revised estimate". */
const REFERS_BACK_VINTAGE = /^(?:That|This|The|Those|These)\s+(?:\w+\s+)?(?:figure|figures|number|numbers|estimate|count|tally|total|reading|print)\b/;
/** Words right before a change's baseline period: "from 2022", "than in September 2023", "compared with 2019". */
const BASELINE_BEFORE = /(?:^|\b)(?:from|than|compared\s+(?:with|to)|double|triple|twice|times)(?:\s+(?:it|they|he|she|we|there)\s+(?:did|had|was|were|does|do|is|are))?(?:\s+(?:in|on|during|for|at|by))?(?:\s+(?:the\s+same|that|this)\s+(?:date|point|time|days?|weeks?|months?|period|stretch)(?:\s+(?:in|of|last))?)?\s*$/i;
/** Words that make the figure after them a baseline: "from 2.4%", "than 40,000", "compared with 12,310". */
const BASELINE_FIGURE = /\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?:a|an|the|just|about|around|nearly|roughly|some|over|under|more\s+than|less\s+than|fewer\s+than)\s+)*$/i;
/** A window counted back from now: "the past 12 months", "the previous 12 months", "the past year", "the last two years". */
const TRAILING_WINDOW = /\b(past|last|previous|prior|preceding)\s+(?:(\d{1,3}|[a-z]+)\s+(years|months)|year)\b/i;
/** Whether the figure starting at `start` is what another is compared with, reading back no further than `from`. */
const isBaseline = (text: string, start: number, from: number) => BASELINE_FIGURE.test(text.slice(Math.max(from, start - 24), start));
/** A participle of reporting right before a period, after the figure: "142,000 reported last month", ", released in mid-August". */
const REPORTED_AT = /^[^.;]*?\b(?:reported|released|published|announced|issued|posted|circulated)\s+(?:(?:on|in|by|earlier|later|late|early)\s+)*$/i;
/** Dimensions of a move in points, whose measure is that of a percentage ("7.6 percentage points", "12 points"). */
const POINTS = new Set(['percentage_point', 'point']);
/** Words that make a percentage a year-on-year change: "an annual rate of 2.3%", "the 3.2% annual rate in August". */
const ANNUAL_RATE = /\b(?<!adjusted\s)annual(?:ized)?\s+(?:rate|pace|increase|rise|gain|inflation)\b/i;
/** Words of an event's onset: "made landfall", "broke out", "ignited", "the fire started". */
const ONSET = /\b(?:made\s+landfall|came\s+ashore|roared\s+ashore|broke\s+out|ignited|erupted|started|began)\b/i;
/** A forecast made now, in the present tense ("expects", "projects", "is set to"), not one made before ("had forecast"). */
const FORECAST_NOW = /^(?:expects?|projects|forecasts|anticipates|(?:is|are)\s+set\s+to|on\s+track\s+to)\b/i;
/** A weekday named alone, without "last" or "this past": "Wednesday", "on Wednesday", "by the end of Wednesday". */
const BARE_WEEKDAY = new RegExp(`^(?:(?:on|by|until|through)\\s+)?(?:the\\s+end\\s+of\\s+)?(?:${WEEKDAY})$`, 'i');
/** A span of the calendar right before an onset verb: "fiscal 2025, which began", "the school year started". */
const CALENDAR_BEFORE = /\b(?:fiscal|year|quarter|month|season|semester|term|session)(?:\s+\d{2,4})?,?\s+(?:which\s+|that\s+)?(?:has\s+|had\s+)?$/i;
/** Days or weeks counted back to an onset right after them: "four days after the storm came ashore". */
const ELAPSED_BEFORE = /\b(\d{1,2}|[a-z]+)\s+(days?|weeks?)\s+after\s+(?:the\s+)?[\p{L}' -]{0,40}$/iu;
/** A running total on a day: "had burned", "has killed", "stood at", "reached", "crossed", "the toll". */
const TALLY = /\b(?:(?:had|has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?!been\b|begun\b|gotten\b)\w+(?:ed|en|t)\b|st(?:ood|ands?)\s+at|reached|crossed|topped|passed|(?:rose|climbed|grew|jumped)\s+to|tolls?|in\s+all|so\s+far|to\s+date|total)/i;
/** A year back from a figure's neighbour: "up from 6.3 million a year ago". */
const A_YEAR_AGO = /^(?:a|one)\s+year\s+(?:ago|earlier|before)$/i;
/** "12 cents less than a month ago": a change over the month to its day. */
const MONTH_AGO = /\b(?:from|than|over|below|above)\s+(?:its\s+level\s+)?(?:a|one)\s+month\s+(?:earlier|ago|before)\b/i;
/** A day, a few days or a month: the span of an act's date, never of a budget or a year's count. */
const withinAMonth = (p: PeriodMatch) => p.from !== null && p.to !== null && Date.parse(p.to) - Date.parse(p.from) <= 31 * 86_400_000;
/** Verbs of an act on a figure (a budget proposed, an estimate published): their date is the act's, not the figure's period. */
const STATEMENT_ACT = /\b(?:propos(?:ed|es|e)|presented|unveiled|published|released|issued|estimated|projected|forecast(?:ed)?|adopt(?:ed|s)?|approv(?:ed|es|e)|passed|signed|enacted|budgeted)\b/i;
/** A verb of its own between a speaker and a period: "he noted, was set in 1996" dates what was set, not the speech. */
const OWN_VERB = /\b(?:was|were|is|are|has|had|have|will|would)\b/i;
/** The words between a figure and the next item of its coordination: "… 307,000 and November's at 261,000". */
const COORDINATION = /^\s*(?:,\s*)?(?:and|or|while|but|,)\s+$/i;
/** The words that open a sentence with a place: "In", "Here in the", "Across". */
const FRONTED_PLACE = /^(?:Here\s+|Back\s+|Meanwhile,?\s+)?(?:in|across|throughout)\s+(?:the\s+)?/i;
/** Words of a state's government: a city named beside them is its seat ("In Sacramento, Gov. Gavin Newsom …"). */
const STATE_GOVERNMENT = /\b(?:Gov\.|governor(?:['’]s)?|legislature|legislative|lawmakers|state\s+(?:budget|spending|senate|assembly|capitol))\b/i;
/** Verbs that report a running count: the day it was reported is the day it runs to. */
const REPORTED = /\b(?:reported|confirmed|counted|listed|tallied|logged|announced)\b/i;
const PERSON_TYPES = new Set(['person', 'official']);
const PLACE_TYPES = new Set(['country', 'place']);

/** A count that runs from the start of the year to its date: "for the year", "so far this year", "year to date". */
const YEAR_SO_FAR = /\b(?:for\s+the\s+year|(?:so\s+far\s+)?this\s+year(?:\s+so\s+far)?|year[-\s]to[-\s]date|since\s+(?:the\s+start\s+of\s+)?(?:the\s+year|january(?!\s+\d{4})))\b/i;

/** The place mentions inside datelines (both lists in text order: one merge pass). */
function filedFromMentions(mentions: readonly EntityMention[], spans: ReadonlyArray<{ start: number; end: number }>): Set<EntityMention> {
  const out = new Set<EntityMention>();
  if (spans.length === 0) return out;
  let k = 0;
  for (const m of mentions) {
    while (k < spans.length && spans[k]!.end <= m.start) k++;
    if (k === spans.length) break;
    if (PLACE_TYPES.has(m.type) && m.start >= spans[k]!.start && m.end <= spans[k]!.end) out.add(m);
  }
  return out;
}

export function makeFrameReader(article: ArticleView, options: FrameOptions): FrameReader {
  const { text, lexicon } = { text: article.text, lexicon: options.lexicon };
  const sentences = article.sentences.filter((s) => !s.furniture);
  const discourse = makeDiscourse(article, sentences);
  const position = new Map(sentences.map((x, k) => [x.index, k]));
  const infos = new Map<number, SentenceInfo>();
  const speech = new Map<number, Speech[]>();
  const made: Made[] = [];
  /** the last claim with a measure that stated each distinctive exact figure, by value and unit: its index in `made` */
  const stated = new Map<string, number>();
  const reported = new Set<number>();
  /** the place of each list's latest figure with one, and the words it was read from, by the list's span */
  const listPlaces = new Map<string, { place: string; from: ClaimDraft['placeFrom'] }>();
  const quotations = new Map<number, boolean>();

  const quoted = (x: Sentence): boolean => {
    let q = quotations.get(x.index);
    if (q === undefined) quotations.set(x.index, (q = isQuotation(text, x)));
    return q;
  };
  // a place in a dateline ("WASHINGTON (AP) —") is where the report was filed: no figure's place, no topic
  const filedFrom = filedFromMentions(article.mentions, datelines(text));
  const mentions = filedFrom.size === 0 ? article.mentions : article.mentions.filter((m) => !filedFrom.has(m));
  const sentenceMentions = (s: Sentence) => {
    if (article.mentions.length === 0) return [];
    const here = article.mentionsIn(s);
    return filedFrom.size === 0 ? here : here.filter((m) => !filedFrom.has(m));
  };

  // --- who speaks: attributions of every sentence, pronouns and "the agency" resolved, "according to" carried over
  const readSpeakers = () => {
    let lastNamed: { entity: string | null } | null = null;
    let carried: { speech: Speech; paragraph: number; sentences: number } | null = null;
    let personAt = 0;
    let lastPerson: string | null = null;
    const personBefore = (offset: number) => {
      for (; personAt < article.mentions.length && article.mentions[personAt]!.start < offset; personAt++) {
        const m = article.mentions[personAt]!;
        if (PERSON_TYPES.has(m.type)) lastPerson = m.entity;
      }
      return lastPerson;
    };
    for (const s of sentences) {
      const found = attributionsIn(text, article.tokensOf(s), s, sentenceMentions(s));
      const resolved: Speech[] = [];
      for (const a of found) {
        if (a.pronoun) {
          resolved.push({ attribution: a, entity: lastNamed?.entity ?? personBefore(s.start), via: 'sentence' });
          continue;
        }
        // "the agency said", "state health officials said": the body named before it that the words fit
        // (a body's document named by a common noun, "the bureau's reckoning", is only a body whose name holds it)
        const entity = a.entity ?? bodySpeaker(a.speaker.text, a.speaker.start, a.kind === 'source');
        // a counting subject no body resolves ("the administration puts") says nothing of who the source is
        if (a.kind === 'count' && entity === null) continue;
        resolved.push({ attribution: a, entity, via: 'sentence' });
        const person = a.entityType === 'person' || a.entityType === 'official';
        if (person || (article.mentions.length === 0 && NAME_LIKE.test(a.speaker.text))) lastNamed = { entity: a.entity };
      }
      const paragraph = discourse.paragraphOf(s);
      // a body that counted a figure, or whose document holds it, is its sentence's source; a named one goes on
      // being the source of the figures its paragraph lists after it ("Preliminary totals from the National
      // Weather Service show 30.78 inches at Busick. … 24.12 inches at Spruce Pine")
      if (resolved.length > 0 && resolved.every((x) => x.attribution.kind !== undefined)) {
        speech.set(s.index, resolved);
        // (what economists polled by a news agency expected is no source of the figures after it, nor is a body's
        // document that states no figure in its own sentence: "The DEA's report cites the case of …")
        const named = article.quantitiesIn(s).length === 0 ? undefined : resolved.find((x) => x.entity !== null && !POLLED.test(x.attribution.text));
        carried = named ? { speech: named, paragraph, sentences: 0 } : null;
        continue;
      }
      if (resolved.length > 0) {
        // an "according to" or a body's statement governs the figures of its paragraph that follow, for a few sentences
        const governs = resolved.find((x) => /^according\b/i.test(x.attribution.text) || x.entity !== null);
        carried = governs ? { speech: governs, paragraph, sentences: 0 } : null;
      } else if (carried !== null && carried.paragraph === paragraph && carried.sentences < 3 && !quoted(s) && !elsewhere(carried.speech.entity, s)) {
        carried.sentences++;
        resolved.push({ ...carried.speech, via: 'paragraph' });
      }
      speech.set(s.index, resolved);
    }
  };
  /**
   * Whether a sentence is about another place than the one a local body serves (its `within`): "Philadelphia police
   * counted 410 … Baltimore finished the year with 263" — the police speak for their city only.
   */
  const elsewhere = (entity: string | null, s: Sentence): boolean => {
    const serves = entity === null ? undefined : withinOf.get(entity);
    if (serves === undefined || !serves.startsWith('place:')) return false;
    return sentenceMentions(s).some((m) => m.type === 'place' && m.entity !== serves && m.within !== serves);
  };
  /**
   * The body a speaker named by a common noun stands for ("the agency", "state health officials", "regulators"):
   * among the bodies named before it, the nearest that shares a word with the speaker's words, else the nearest.
   * A body's document speaks for it: "the bureau's yearly crime report" and "the agency's final benchmark" are the
   * bureau's and the agency's; "the report", "the data" are the nearest body's before them.
   */
  /** The nearest body before `at` whose name holds the word. */
  const bodyNamedBy = (word: string, at: number): string | null => {
    const named = new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
    for (let offset = at, k = 0; k < 12; k++) {
      const m = discourse.lastBodyBefore(offset);
      if (m === null) break;
      const entity = entityNames.get(m.entity);
      if (named.test(m.text) || (entity !== undefined && named.test(entity))) return m.entity;
      offset = m.start;
    }
    return null;
  };
  // what each entity the article names lies in or serves (its mentions' `within`)
  const withinOf = new Map<string, string>();
  for (const m of mentions) if (m.within !== undefined && !withinOf.has(m.entity)) withinOf.set(m.entity, m.within);
  const sentenceStarts = new Set(sentences.map((x) => x.start));
  // every way the article names each entity, for a speaker named by the head noun of one of them ("the bureau")
  const entityNames = new Map<string, string>();
  for (const m of mentions) entityNames.set(m.entity, `${entityNames.get(m.entity) ?? ''} | ${m.text}`);
  const bodySpeaker = (words: string, at: number, onlyByName = false): string | null => {
    // "it put deaths at 19,515": the body named last, as for a document ("the report said", below)
    if (/^\s*it\s*$/i.test(words)) return discourse.lastBodyBefore(at)?.entity ?? null;
    const named1 = /^\s*(?:(?:according\s+to\s+)?the\s+)?(\p{Lu}[\p{L}-]+)\s*$/iu.exec(words);
    // "the Library notes", "Yale said": one capitalised word of a body's name named before it
    if (named1 !== null && /^\p{Lu}/u.test(named1[1]!)) return bodyNamedBy(named1[1]!, at);
    // a capital that only opens the sentence ("District officials said") names no one
    const plain = sentenceStarts.has(at) ? words.replace(/^\s*\p{Lu}/u, (c) => c.toLowerCase()) : words;
    if (/\p{Lu}/u.test(plain.replace(/^\s*(?:The|A|An|According\s+to\s+the)\b/, ''))) return null;
    const all = words.trim().toLowerCase().replace(/^(?:according\s+to\s+)?(?:the|a|an)\s+/, '').split(/\s+/);
    const owner = all.findIndex((x) => /['’]s$/.test(x) && BODY_NOUN.test(x.replace(/['’]s$/, '')));
    const w = (owner >= 0 ? all.slice(0, owner + 1) : all).join(' ');
    const last = w.split(/\s+/).pop() ?? '';
    // a document ("the report said") speaks for the body named last
    if (owner < 0 && DOCUMENT_NOUN.test(last)) return discourse.lastBodyBefore(at)?.entity ?? null;
    if (!BODY_NOUN.test(last.replace(/['’]s$/, ''))) return null;
    const content = w.split(/\s+/).slice(0, -1).filter((x) => x.length > 2 && !['state', 'federal', 'local', 'city', 'county', 'top', 'senior', 'other'].includes(x));
    // "the bureau" is the Bureau of Labor Statistics, "the office" a body named "… Office", "the agency" an agency
    const head = last.replace(/['’]s$/, '');
    const named = new RegExp(`\\b${head}\\b`, 'i');
    let nearest: EntityMention | null = null;
    let byHead: EntityMention | null = null;
    let byType: EntityMention | null = null;
    for (let offset = at, k = 0; k < 12; k++) {
      const m = discourse.lastBodyBefore(offset);
      if (m === null) break;
      nearest ??= m;
      if (content.some((x) => m.text.toLowerCase().includes(x))) return m.entity;
      const entity = entityNames.get(m.entity);
      if (byHead === null && (named.test(m.text) || (entity !== undefined && named.test(entity)))) byHead = m;
      if (byType === null && head === 'agency' && m.type === 'agency') byType = m;
      offset = m.start;
    }
    return (byHead ?? byType ?? (onlyByName ? null : nearest))?.entity ?? null;
  };
  readSpeakers();

  // the places the article is about, most mentioned first: whose fiscal year an unowned "fiscal 2024" is
  const articlePlaces = (() => {
    const counts = new Map<string, number>();
    for (const m of mentions) if (PLACE_TYPES.has(m.type)) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
  })();
  // the article's opening (headline and lede) sets whose budget or fiscal year it is about
  const opening = sentences.filter((x) => discourse.isTopic(x)).map((x) => text.slice(x.start, x.end)).join(' ');
  const fiscalBasis = (s: Sentence, mentions: readonly EntityMention[]) => {
    const here = mentions.filter((m) => PLACE_TYPES.has(m.type)).map((m) => m.entity);
    // the article's main place gives its fiscal year only when it lies in the country the article is about: a US
    // customs story that names Canada most is still on the US federal year
    const country = articleCountry()?.entity ?? null;
    const main = articlePlaces.slice(0, 1).filter((p) => (countryOfPlace(p) ?? p) === country);
    const fiscal = fiscalYearOf([...here, ...main], text.slice(s.start, s.end), opening, articlePlaces);
    return { fiscal, split: fiscal.id === US_FEDERAL.id ? null : fiscal };
  };

  // the periods each sentence states; "that year", "the same month" resolved against those stated before them
  const statedPeriods = new Map<number, PeriodMatch[]>();
  const periodsOf = (s: Sentence, mentions: readonly EntityMention[]): PeriodMatch[] => {
    let found = statedPeriods.get(s.index);
    if (found !== undefined) return found;
    found = findPeriods(text, s, article.published, fiscalBasis(s, mentions));
    if (pointsBack(text, s)) {
      const at = position.get(s.index)!;
      const earlier: PeriodMatch[] = [];
      for (let k = Math.max(0, at - REFER_BACK_SENTENCES); k < at; k++) earlier.push(...periodsOf(sentences[k]!, sentenceMentions(sentences[k]!)));
      earlier.push(...found);
      const back = referBackPeriods(text, s, earlier.sort((a, b) => a.start - b.start));
      found = [...found, ...back.filter((b) => !found!.some((p) => b.start < p.end && p.start < b.end))].sort((a, b) => a.start - b.start);
    }
    statedPeriods.set(s.index, found);
    return found;
  };

  const info = (s: Sentence): SentenceInfo => {
    const hit = infos.get(s.index);
    if (hit) return hit;
    const tokens = article.tokensOf(s);
    const mentions = sentenceMentions(s);
    const periods = periodsOf(s, mentions);
    const candidates: Quantity[] = [];
    const dropped = new Map<Quantity, { id: string; reason: string }>();
    for (const q of article.quantitiesIn(s)) {
      const why = notClaimReason({ text, quantity: q, tokens, sentence: s, periods, mentions });
      if (why === null) candidates.push(q);
      else dropped.set(q, why);
    }
    const clauses = clausesOf(text, tokens, candidates);
    const inClauses = new Int32Array(periods.length);
    periods.forEach((p, k) => {
      for (const c of clauses.values()) if (within(p, c)) inClauses[k]!++;
    });
    const built: SentenceInfo = {
      tokens, mentions, periods, clauses, candidates, dropped, inClauses,
      order: new Map(candidates.map((q, k) => [q, k])),
      entities: unique(mentions.map((m) => m.entity)),
    };
    infos.set(s.index, built);
    return built;
  };

  /** The speaker of a figure: its sentence's attribution; in a quotation, the one that goes with the quotation. */
  const attributionFor = (s: Sentence, value: Span): Speech | null => {
    // a document's source ("economists polled by Reuters") is that of the figure beside it, not of one past another
    // figure ("the 254,000 gain topped the 150,000 that economists polled by Reuters had expected")
    const figures = info(s).candidates;
    const beside = (a: Attribution) => a.kind !== 'source' || !/^\w+\s+by\b/.test(a.text)
      || !figures.some((q) => q.start !== value.start && q.start >= value.end && q.end <= a.start);
    const own = (speech.get(s.index) ?? []).filter((x) => beside(x.attribution));
    const nearest = nearestAttribution(own.map((x) => x.attribution), value);
    if (nearest) return own.find((x) => x.attribution === nearest) ?? null;
    if (!quoted(s)) return null;
    const said = (x: Sentence) => (speech.get(x.index) ?? []).filter((a) => !/^according\b/i.test(a.attribution.text));
    const at = position.get(s.index)!;
    for (let k = at - 1; k >= Math.max(0, at - 6); k--) {
      const other = sentences[k]!;
      const found = said(other);
      if (found.length > 0) return { ...found[found.length - 1]!, via: 'antecedent' };
      if (!quoted(other) && !/[”"]/.test(text.slice(other.start, other.end))) break;
    }
    for (let k = at + 1; k < Math.min(sentences.length, at + 3); k++) {
      const other = sentences[k]!;
      if (text.slice(s.end, other.start).includes('\n')) break;
      const found = said(other);
      if (found.length > 0) return { ...found[0]!, via: 'antecedent' };
      if (/[”"]/.test(text.slice(other.start, other.end))) break;
    }
    return null;
  };

  /** The earlier claims a figure may refer back to: this sentence's and the one before's, nearest first. */
  const recent = (s: Sentence, q: Quantity, sameSentenceOnly: boolean): Made[] => {
    const earlier: Made[] = [];
    for (let k = made.length - 1; k >= 0 && earlier.length < ANTECEDENTS && made[k]!.sentence >= s.index - (sameSentenceOnly ? 0 : 1); k--) {
      if (made[k]!.valueStart < q.start) earlier.push(made[k]!);
    }
    work(earlier.length);
    return earlier;
  };

  /**
   * The claim a figure with no measure of its own leans on: the nearest earlier claim of its paragraph (a few
   * sentences back) with a measure and the same dimension; failing that, the article's topic (a claim of the
   * headline or lede).
   */
  /**
   * Whether two counts are of a size one measure takes: "Two notes for anyone comparing sources" lends its measure
   * to no 58,038 after it. Parts and wholes stay within a thousandfold ("11 in Yancey County" of 96 statewide).
   */
  const sameScale = (m: Made, q: Quantity): boolean =>
    q.dimension !== 'count' || m.value === null || q.value === null || m.value <= 0 || q.value <= 0 || Math.max(m.value, q.value) / Math.min(m.value, q.value) <= 1000;
  const leanOn = (s: Sentence, q: Quantity, refersBack: boolean): { made: Made; via: Via } | null => {
    const paragraph = discourse.paragraphOf(s);
    for (let k = made.length - 1, seen = 0; k >= 0 && seen < ANTECEDENTS; k--, seen++) {
      const m = made[k]!;
      if (m.paragraph !== paragraph || m.sentence < s.index - PARAGRAPH_BACK) break;
      // a percentage that refers back ("a 13% decline", "13% of them") is of the figure before it, whatever its unit;
      // a move in points is of the percentage before it ("turnout was 59.7% … it fell by roughly 12 points")
      const kin = (m.dimension === q.dimension && sameScale(m, q)) || (refersBack && q.dimension === 'percent' && m.dimension !== 'percent')
        || (POINTS.has(q.dimension) && m.dimension === 'percent');
      if (m.measure !== null && kin && m.valueStart < q.start) return { made: m, via: m.sentence === s.index ? 'sentence' : refersBack ? 'antecedent' : 'paragraph' };
    }
    const topic = made.find((m) => m.topic && m.measure !== null && (m.dimension === q.dimension || (POINTS.has(q.dimension) && m.dimension === 'percent')) && sameScale(m, q));
    return topic ? { made: topic, via: 'headline' } : null;
  };

  /** A national agency the sentence names (the gazetteer puts it within its country) when it names no place. */
  const nationalSource = (si: SentenceInfo): EntityMention | null =>
    si.mentions.some((m) => PLACE_TYPES.has(m.type)) ? null : si.mentions.find((m) => m.type === 'agency' && m.within?.startsWith('country:') === true) ?? null;

  // the last country mentioned before a point, for "across the country"
  const countries = mentions.filter((m) => m.type === 'country');
  const countryBefore = (s: Sentence, limit: number): EntityMention | null => {
    let lo = 0;
    let hi = countries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (countries[mid]!.start < limit) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0; k--) {
      const m = countries[k]!;
      if (m.start >= s.start ? m.end <= s.end : m.end <= s.start) return m;
    }
    return null;
  };

  // the cities, counties and states the article names, for "the city", "the county", "the state"
  const locals = mentions.filter((m) => m.type === 'place' && m.demonym !== true && localKind(m) !== null);
  // "the state": the one its paragraph named last; else the article's own place when it is a state; else the one
  // named last before
  const paragraphOpens = new Map<number, number>();
  for (const x of sentences) if (!paragraphOpens.has(discourse.paragraphOf(x))) paragraphOpens.set(discourse.paragraphOf(x), x.start);
  const localBefore = (s: Sentence) => (limit: number, kind: LocalKind): EntityMention | null => {
    const opens = paragraphOpens.get(discourse.paragraphOf(s)) ?? s.start;
    const near = locals.findLast((m) => m.end <= limit && m.start >= opens && localKind(m) === kind);
    if (near !== undefined) return near;
    const topic = topicPlace();
    if (topic !== null && localKind(topic) === kind) return topic;
    return locals.findLast((m) => m.end <= limit && localKind(m) === kind) ?? null;
  };

  /**
   * The day the article's event began, when a sentence says so with a day: "Helene made landfall Sept. 26", "the
   * fire, which started July 24", "the outbreak began on Jan. 21" — the earliest such day up to the publication
   * date. A running total counted by a later day runs from it ("the toll rose to 226 by Friday": since landfall).
   * An onset stated only roughly ("began in late January") gives none: the total's start stays open.
   */
  let eventStartMemo: PeriodMatch | null | undefined;
  const eventStart = (): PeriodMatch | null => {
    if (eventStartMemo !== undefined) return eventStartMemo;
    let best: PeriodMatch | null = null;
    for (const x of sentences) {
      const m = ONSET.exec(text.slice(x.start, x.end));
      if (m === null) continue;
      const at = x.start + m.index;
      const words = text.slice(x.start, at);
      // the start of a span of the calendar ("fiscal 2025, which began Oct. 1") is no event's
      if (CALENDAR_BEFORE.test(words)) continue;
      // "on Monday, four days after the storm came ashore": the day the words count back from, less the days
      const back = ELAPSED_BEFORE.exec(words);
      const days = back === null ? 0 : (numberWordValue(back[1]!.toLowerCase()) ?? Number(back[1])) * (/^week/i.test(back[2]!) ? 7 : 1);
      for (const p of info(x).periods) {
        if (p.from === null || p.from !== p.to) continue;
        let day = p;
        if (back !== null) {
          if (!(days > 0) || p.end > x.start + back.index) continue;
          const from = shiftDays(p.from, -days);
          const start = x.start + back.index;
          day = { ...p, from, to: from, start, end: at + m[0].length, text: text.slice(start, at + m[0].length) };
        } else if (p.end <= at ? at - p.end > 40 : p.start - (at + m[0].length) > 60 || /[;.]/.test(text.slice(at, p.start))) continue;
        if (article.published !== null && day.from! > article.published) continue;
        if (best === null || day.from! < best.from!) best = day;
      }
    }
    return (eventStartMemo = best);
  };

  /**
   * A trailing window counted from the publication date ("over the past 12 months", "the previous 12 months",
   * "over the past year") in an article that reports on a month that ended before it was published (a monthly
   * jobs or prices report, published in the next month): a reader counts it back from that month — the twelve
   * months to August, or before August for "previous" — not from the day the article came out.
   */
  const windowOfTopicMonth = (s: Sentence, p: PeriodMatch): { period: PeriodMatch; month: string } | null => {
    if (p.kind !== 'relative' || p.to === null || p.to !== article.published) return null;
    const w = TRAILING_WINDOW.exec(p.text);
    if (w === null) return null;
    const topic = topicPeriod(s);
    if (topic === null || topic.from === null || topic.to === null || !topic.from.endsWith('-01') || !isMonthEnd(topic.to)
      || topic.from.slice(0, 7) !== topic.to.slice(0, 7) || topic.to >= article.published) return null;
    const months = w[2] === undefined ? 12 : (numberWordValue(w[2].toLowerCase()) ?? Number(w[2])) * (/^year/i.test(w[3]!) ? 12 : 1);
    if (!(months >= 1 && months <= 120)) return null;
    const before = /^(?:previous|prior|preceding)$/i.test(w[1]!);
    const last = before ? shiftMonths(topic.from, -1) : topic.from;
    const to = shiftDays(shiftMonths(last, 1), -1);
    return { period: { ...p, from: shiftMonths(last, -(months - 1)), to }, month: topic.text };
  };
  /**
   * The words that name a gapped list item's part: the nouns and adjectives between the list's separator (a comma,
   * "and", "while") and the figure ("and health care 31,000" → health, care); none when a verb stands there.
   */
  const gappedPart = (si: SentenceInfo, s: Sentence, q: Quantity): string[] => {
    const words = si.tokens.filter((t) => t.start >= s.start && t.end <= q.start);
    let k = words.length;
    while (k > 0 && (words[k - 1]!.pos === 'NOUN' || words[k - 1]!.pos === 'PROPN' || words[k - 1]!.pos === 'ADJ')) k--;
    const part = words.slice(k);
    const separator = words[k - 1];
    if (part.length === 0 || part.length > 3 || separator === undefined || !/^(?:,|;|and|while|but)$/i.test(separator.text)) return [];
    return part.map((t) => (t.pos === 'NOUN' ? lemma(t.text.toLowerCase(), 'noun') : t.text.toLowerCase()));
  };
  /**
   * Whether a period after another figure of the clause is that figure's: when one of the two is a baseline ("to
   * 2.6% from 2.4% in September", "from 42,795 to 40,990 in 2023"); else it is the clause's ("removed 271,484 people
   * to 192 countries in fiscal 2024", "rose 13% to $526 billion in June").
   */
  const laterFigureOwns = (si: SentenceInfo, q: Quantity, p: Span, from: number) =>
    si.candidates.some((r) => r !== q && r.start >= q.end && r.end <= p.start && (isBaseline(text, r.start, from) || isBaseline(text, q.start, from)))
    || nextFigureOwns(si, q, p);
  /**
   * Whether a period after a figure opens the next item of a coordination, and so is the next figure's: "putting
   * December's gain at 307,000 and November's at 261,000" (November is the 261,000's, not the 307,000's).
   */
  const nextFigureOwns = (si: SentenceInfo, q: Quantity, p: Span) =>
    p.start >= q.end && COORDINATION.test(text.slice(q.end, p.start))
    && si.candidates.some((r) => r !== q && r.start >= p.end && r.start - p.end <= 24 && !/[,;.:]/.test(text.slice(p.end, r.start)));
  /**
   * Whether a period may be lent to figures that state none (by their sentence, paragraph or headline): not a date
   * still ahead of the publication ("will buy the rest in 2028"), which is one event's — except a fiscal year, the
   * year an article's plans are for ("the 2025-26 budget").
   */
  const lends = (p: PeriodMatch) => article.published === null || p.from === null || p.from <= article.published || p.kind === 'fiscal-year';
  /** "the lowest since 2001", "the first measles death … since 2015": a record's reach, not a figure's period. */
  const recordReach = (s: Span, p: PeriodMatch) => p.kind === 'since' && RECORD_BEFORE.test(text.slice(Math.max(s.start, p.start - 80), p.start));
  /** Whether words of comparison stand right before a period ("than in August 2023", "more than double 2024's"). */
  const comparedWith = (p: Span, from = 0) => BASELINE_BEFORE.test(text.slice(Math.max(from, p.start - 40), p.start));
  /**
   * A period right after a participle of reporting that follows the figure: the report's date, not the figure's
   * ("the early estimate of 40,990 that the agency announced a year ago").
   */
  const reportedAt = (q: Span, p: PeriodMatch) => p.start >= q.end && reportedBefore(p, q.end);
  /** A day or "a year ago" right after a verb of reporting that stands after `from`: a report's date. */
  const reportedBefore = (p: PeriodMatch, from: number) => (withinAMonth(p) || A_YEAR_AGO.test(p.text)) && REPORTED_AT.test(text.slice(Math.max(from, p.start - 80), p.start));
  /** A period the speech itself is dated by: just after the speaker's words ("officials said Tuesday"). */
  const saidWhen = (a: Span, p: Span) => p.start >= a.start && p.start - a.end <= 25 && !OWN_VERB.test(text.slice(a.end, p.start));

  /**
   * The span a change runs over, when its words make it one over a stretch that ends in its own period:
   * - over the year ("rose 2.4% from a year earlier" in September, "15.3% over the year"): the twelve months to
   *   the month, or the year to the day ("47 cents less than a year ago" on a Thursday); "a month ago" likewise.
   * A change against a stated baseline keeps its own period ("down 25% from 2,045,838 in fiscal 2023" is fiscal
   * 2024's change; "fell 7.6% in 2023" is 2023's): the baseline is what it is compared with, not when it happened.
   */
  const changeSpan = (si: SentenceInfo, q: Quantity, clause: Clause, own: PeriodMatch, yearOnYear: boolean): { start: string; end: string; text: string; textStart: number; textEnd: number } | null => {
    if (own.from === null || own.to === null) return null;
    // a month, or a move between two months ("from August to September"): its year-on-year change is the last month's
    const monthly = isMonthEnd(own.to) && own.from.endsWith('-01') && Date.parse(own.to) - Date.parse(own.from) < 62 * 86_400_000;
    const daily = own.from === own.to;
    // the comparison words must be this figure's: between the figures before and after it in its clause
    const previous = si.candidates.findLast((c) => c.end <= q.start);
    const next = si.candidates.find((c) => c.start >= q.end);
    const words = text.slice(Math.max(clause.start, previous?.end ?? 0), Math.min(clause.end, next?.start ?? clause.end));
    const keep = { end: own.to, text: own.text, textStart: own.start, textEnd: own.end };
    // a baseline the same month a year earlier ("3.9% more than in September 2023", in September 2024) makes it
    // year-on-year as much as the words "from a year earlier" do
    const aYearBefore = monthly && si.periods.some((p) => p.start >= q.end && p.end <= clause.end && p.from === shiftMonths(own.from!, -12)
      && p.to !== null && isMonthEnd(p.to) && p.to.slice(0, 7) === p.from.slice(0, 7) && comparedWith(p));
    if (yearOnYear || aYearBefore || YEAR_ON_YEAR.test(words)) {
      if (monthly) return { ...keep, start: shiftMonths(`${own.to.slice(0, 7)}-01`, -11) };
      if (daily) return { ...keep, start: shiftYears(own, -1).from! };
    }
    if (daily && MONTH_AGO.test(words)) return { ...keep, start: shiftMonths(own.from, -1) };
    // a move between two months' levels ("rose 0.2% from August to September", "from December 2022 to December
    // 2023"): the change over the months after the first, to the last
    if (own.kind === 'range' && /^from\b(?!.*\b(?:through|thru|until)\b)/i.test(own.text) && own.from.endsWith('-01') && isMonthEnd(own.to) && own.from.slice(0, 7) !== own.to.slice(0, 7)) {
      return { ...keep, start: shiftMonths(own.from, 1) };
    }
    return null;
  };

  /** The vintage a sentence's source phrase gives ("according to provisional estimates", "by one estimate"), or null. */
  const sourceVintage = (s: Sentence, q: Quantity) => {
    const words = text.slice(q.end, s.end);
    const source = SOURCE_PHRASE.exec(words);
    if (source === null) return null;
    const start = q.end + source.index;
    return readVintage(text, { start, end: start + source[0].length }, { start, end: start });
  };

  /**
   * The vintage the next sentence gives the last figure of this one when it opens by referring back to it: "…
   * murders down 13.2% in 2023. That preliminary figure rested on a smaller set of agencies."
   */
  const laterVintage = (s: Sentence, q: Quantity) => {
    const next = sentences[position.get(s.index)! + 1];
    if (next === undefined || info(s).candidates.some((c) => c.start > q.start)) return null;
    const opening = REFERS_BACK_VINTAGE.exec(text.slice(next.start, Math.min(next.end, next.start + 60)));
    // "The final count was 400." states a figure of its own
    if (opening === null || info(next).candidates.some((c) => c.start - (next.start + opening[0].length) < 30)) return null;
    return readVintage(text, { start: next.start, end: next.start + opening[0].length }, { start: next.start + opening[0].length, end: next.start + opening[0].length });
  };

  /** The period of a figure, and where it was read. */
  const choosePeriod = (s: Sentence, si: SentenceInfo, q: Quantity, clause: Clause, anaphor: Anaphor | null, antecedent: Made | null, lean: { made: Made; via: Via } | null, head: string | null): PeriodChoice | null => {
    const nearest = (ps: PeriodMatch[]) => ps.reduce<PeriodMatch | null>((b, p) => (b === null || gap(p, q) < gap(b, q) ? p : b), null);
    // "the lowest since 2001", "the first time since 1945": a record's reach, not the figure's period
    // nor is what a figure is compared with ("more than double 2024's take", "than in August 2023") any figure's
    const periods = si.periods.filter((p) => !recordReach(s, p) && !comparedWith(p, s.start));
    let own = periods.filter((p) => clause.core.some((c) => within(p, c)) && !laterFigureOwns(si, q, p, clause.start));
    // the baseline of a change ("a decrease of 3% from 2022") is not its period (a period after words of comparison
    // is out of `periods` already); "5% more than in 2023", "12% lower than a year earlier": a comparison is a
    // change whatever its direction word
    if (anaphor?.kind === 'change' || q.direction !== null || COMPARED.test(text.slice(q.end, q.end + 24))) {
      own = own.filter((p) => p.kind === 'range' || !(p.start >= q.end && /^(?:from|than)\b/i.test(p.text)));
    }
    if (anaphor?.kind === 'comparison') own = own.filter((p) => !/\b(?:previous|prior|preceding)\b/i.test(p.text));
    // the day or month a figure was proposed, published or adopted dates the act, not the figure ("the governor
    // proposed a $291.5 billion budget in January"); the day a running count was reported is the day it runs to.
    // A plan or an estimate for a year ("the shortfall", "a $291.5 billion budget") has the year it is for, not the
    // day or month it was stated; a month written right after the figure is its own ("the gap widened to $71.5
    // billion in May": a trade gap is a month's)
    const lead = text.slice(clause.start, q.start);
    const planned = head !== null && MEASURE_WORDS.planned.has(head);
    const attached = (p: PeriodMatch) => p.start >= q.end && /^\s*$/.test(text.slice(q.end, p.start)) && /^(?:in|for|during)\b/i.test(p.text);
    // "the preliminary 142,000 reported last month", "21,100, released in mid-August": the date of the report
    own = own.filter((p) => !reportedAt(q, p));
    if (STATEMENT_ACT.test(lead)) own = own.filter((p) => !withinAMonth(p));
    else if (planned) own = own.filter((p) => !withinAMonth(p) || attached(p));
    else if (REPORTED.test(lead)) own = own.map((p) => (p.from !== null && p.from === p.to ? { ...p, from: null } : p));
    const mine = nearest(own);
    // "up from 6.3 million a year ago" after a figure of September: September of the year before, not last year
    if (mine && A_YEAR_AGO.test(mine.text)) {
      const sibling = made.findLast((m) => m.sentence === s.index && m.valueStart < q.start && m.period !== null)?.period?.period;
      if (sibling && sibling.from !== null && sibling.to !== null && Date.parse(sibling.to) - Date.parse(sibling.from) <= 92 * 86_400_000) {
        const shifted = shiftYears(sibling, -1);
        return { period: { ...mine, from: shifted.from, to: shifted.to, kind: sibling.kind }, via: 'clause' };
      }
    }
    // "5.7 in 2023, compared with 6.2 the year before": the year before the antecedent's, whatever the clause states
    // before the figure
    if (mine && mine.end <= q.start && antecedent?.period && anaphor?.kind === 'comparison') {
      const after = YEAR_BEFORE.exec(text.slice(q.end, Math.min(clause.end, q.end + 40)));
      const base = antecedent.period.period;
      if (after && base.from !== null && /^[\s,]*$/.test(text.slice(q.end, q.end + after.index))) {
        const shifted = shiftYears(base, -1);
        const start = q.end + after.index;
        return { period: { ...base, ...shifted, start, end: start + after[0].length, text: after[0] }, via: 'antecedent' };
      }
    }
    if (mine) return { period: mine, via: 'clause' };
    if (antecedent !== null && anaphor?.kind === 'comparison') {
      const before = YEAR_BEFORE.exec(text.slice(clause.start, clause.end));
      const base = antecedent.period?.period;
      if (before && base && base.from !== null) {
        const shifted = shiftYears(base, -1);
        const start = clause.start + before.index;
        return { period: { ...base, ...shifted, start, end: start + before[0].length, text: before[0] }, via: 'antecedent' };
      }
      return null;
    }
    if (antecedent?.period) return { period: antecedent.period.period, via: 'antecedent' };
    if (clause.list) {
      const shared = nearest(periods.filter((p) => within(p, clause.list!)));
      if (shared) return { period: shared, via: 'sentence' };
    }
    const said = (speech.get(s.index) ?? []).map((x) => x.attribution);
    const free = periods.filter((p) =>
      !within(p, clause) && si.inClauses[si.periods.indexOf(p)] === 0 && !said.some((a) => saidWhen(a, p)) && !(planned && withinAMonth(p)) && lends(p) && !reportedBefore(p, s.start));
    const floating = nearest(free);
    if (floating) return { period: floating, via: 'sentence' };
    // a figure that leans on an earlier one of its measure shares its period
    if (lean?.made.period) return { period: lean.made.period.period, via: lean.via };
    // a sentence of the paragraph that only sets the time its next figures speak of ("The fuller 2023 file also
    // fills in why people died.", "September went the other way.")
    const framing = framingPeriod(s);
    if (framing !== null) return { period: framing, via: 'paragraph' };
    // a headline's figure stated again with its period further on
    if (discourse.isTopic(s) && q.value !== null && distinctiveValue(q.value)) {
      const again = restatedPeriod(s, q);
      if (again !== null) return { period: again, via: 'antecedent' };
    }
    // a figure of a measure stated with its period earlier in the paragraph, or in the headline and lede; not a
    // figure stated in the present ("there are 232 awaiting") after a past one ("last year, 24 were")
    const present = PRESENT.test(text.slice(clause.start, clause.end)) && !PAST.test(text.slice(clause.start, clause.end));
    // a plan or a budget balance with no period of its own is for the first fiscal year the article names ("a
    // $46.8 billion shortfall" in an article about the 2024-25 budget)
    if (head !== null && (planned || BALANCES.has(head))) {
      const first = firstFiscalYear();
      if (first !== null) return { period: first, via: 'headline' };
    }
    if (present) return null;
    if (head !== null) {
      const paragraph = discourse.paragraphOf(s);
      for (let k = made.length - 1, seen = 0; k >= 0 && seen < ANTECEDENTS; k--, seen++) {
        const m = made[k]!;
        if (m.paragraph !== paragraph) break;
        if (m.period !== null && !m.baseline && m.measure?.head === head && lends(m.period.period)) return { period: m.period.period, via: 'paragraph' };
      }
      const topic = made.find((m) => m.topic && !m.baseline && m.period !== null && m.measure?.head === head && lends(m.period.period));
      if (topic) return { period: topic.period!.period, via: 'headline' };
    }
    // a running total "so far", "to date", "now": as of the publication date
    const pub = article.published;
    const runningTotal = pub !== null && AS_OF_NOW.test(text.slice(clause.start, Math.max(clause.end, q.end)));
    // the period the headline and lede set for the article
    const topic = topicPeriod(s);
    if (topic !== null && lends(topic) && !runningTotal && !(planned && withinAMonth(topic))) return { period: topic, via: 'headline' };
    if (runningTotal) {
      return { period: { start: q.start, end: q.end, text: 'as of the publication date', from: null, to: pub, relative: true, kind: 'relative' }, via: 'published' };
    }
    return null;
  };

  /**
   * The place the article is about, when it has one: the place it names most (not counting demonyms: "Mexican
   * cartels" is no figure's place; counting the places named inside it: a state's counties and cities), when that
   * place has at least half of its place mentions and at least two (a country is not counted for its states). An
   * article about two countries (an extradition between them) has none: its figures keep the places they state.
   */
  let topicPlaceMemo: EntityMention | null | undefined;
  const topicPlace = (): EntityMention | null => {
    if (topicPlaceMemo !== undefined) return topicPlaceMemo;
    // a city named for the state government seated in it ("In Sacramento, Gov. Gavin Newsom released …") counts
    // for its state
    const places = mentions.filter((m) => PLACE_TYPES.has(m.type) && m.demonym !== true).map((m) => (seatOfState(m) ? { ...m, entity: m.within! } : m));
    // a city's or county's agency names the place it serves ("LAUSD" is Los Angeles's school district): each of its
    // mentions counts for that place, read from the agency's words — and weighs against the others only when the
    // article says where that place lies (it names the place itself somewhere)
    const unplaced = new Map<string, number>();
    for (const m of mentions) {
      const place = servedPlace(m);
      if (place === null) continue;
      if (place.within === undefined) unplaced.set(place.entity, (unplaced.get(place.entity) ?? 0) + 1);
      places.push(place);
    }
    const counts = new Map<string, number>();
    for (const m of places) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    // a place named in the article also counts each mention of a place inside it ("Buncombe County" for North Carolina)
    for (const m of places) if (m.within !== undefined && m.within.startsWith('place:') && counts.has(m.within)) counts.set(m.within, counts.get(m.within)! + 1);
    const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    let weighed = places.length;
    for (const [id, n] of unplaced) if (id !== best?.[0]) weighed -= n;
    const dominant = best !== undefined && best[1] >= 2 && best[1] * 2 >= weighed;
    if (!dominant) return (topicPlaceMemo = null);
    // the place inside it the article names more often than the place itself is what the article is about ("Los
    // Angeles" five times, "California" twice): the one place inside named most, when no other inside ties it
    const direct = (id: string) => places.filter((m) => m.entity === id).length;
    const inside = [...new Set(places.filter((m) => m.within === best[0]).map((m) => m.entity))].map((id) => [id, direct(id)] as const).sort((a, b) => b[1] - a[1]);
    const local = inside[0] !== undefined && inside[0][1] >= 2 && inside[0][1] > direct(best[0]) && (inside[1] === undefined || inside[1][1] < inside[0][1]) ? inside[0][0] : best[0];
    return (topicPlaceMemo = places.find((m) => m.entity === local)!);
  };
  /**
   * The place a sentence opens with, set off by a comma, which places everything the sentence says: "Here in the
   * El Paso Sector, which covers West Texas and New Mexico, CBP recorded 256,102 encounters", "In Texas, …".
   */
  const frontedPlace = (s: Sentence): EntityMention | null => {
    const opening = FRONTED_PLACE.exec(text.slice(s.start, Math.min(s.end, s.start + 80)));
    if (opening === null) return null;
    const at = s.start + opening[0].length;
    const m = info(s).mentions.find((x) => PLACE_TYPES.has(x.type) && x.demonym !== true && x.start === at);
    return m !== undefined && /^[^,]{0,20},/.test(text.slice(m.end, s.end)) ? m : null;
  };
  /** A city's or county's agency as a mention of the place it serves (that place lying where the article says), else null. */
  const servedPlace = (m: EntityMention): EntityMention | null => {
    if (m.type !== 'agency' || m.within?.startsWith('place:') !== true) return null;
    const inside = withinOf.get(m.within);
    return { ...m, entity: m.within, type: 'place', ...(inside === undefined ? { within: undefined } : { within: inside }) };
  };
  /**
   * A sentence's mentions with each city's or county's agency standing for the place it serves ("The Los Angeles
   * Unified School District has nearly 16,500 fewer students" is Los Angeles's): read from the agency's words.
   */
  const served = new Map<number, readonly EntityMention[]>();
  const servedPlaces = (s: Sentence, si: SentenceInfo): readonly EntityMention[] => {
    let out = served.get(s.index);
    if (out === undefined) {
      out = si.mentions.map((m) => servedPlace(m) ?? m);
      served.set(s.index, out);
    }
    return out;
  };
  /** Whether a city mention stands for its state's government: its sentence names the governor or the legislature. */
  let seatsMemo: ReadonlySet<EntityMention> | undefined;
  const seatOfState = (m: EntityMention): boolean => {
    seatsMemo ??= new Set(sentences.filter((x) => STATE_GOVERNMENT.test(text.slice(x.start, x.end))).flatMap((x) => sentenceMentions(x)).filter((x) => localKind(x) === 'city'));
    return seatsMemo.has(m);
  };
  /**
   * The country the article is about: the one it names most, demonyms included, when it names one most. An
   * article that names no country twice counts each place it names for the place's country (a place's id starts
   * with its country's code: "place:us-tx"), so a Boston team's finances are not India's for a single mention of
   * India. Given as the first mention of the country itself, else of the first place the article names in it.
   */
  let articleCountryMemo: EntityMention | null | undefined;
  const articleCountry = (): EntityMention | null => {
    if (articleCountryMemo !== undefined) return articleCountryMemo;
    // places count only where the countries named are named once at most: the article's places then say more
    const named = new Map<string, number>();
    for (const m of mentions) if (m.type === 'country') named.set(m.entity, (named.get(m.entity) ?? 0) + 1);
    const withPlaces = [...named.values()].every((n) => n < 2);
    const counts = new Map<string, number>();
    const firstOf = new Map<string, EntityMention>();
    for (const m of mentions) {
      const country = m.type === 'country' ? m.entity : m.type === 'place' && withPlaces ? countryOfPlace(m.entity) : null;
      if (country === null) continue;
      counts.set(country, (counts.get(country) ?? 0) + 1);
      if (!firstOf.has(country) || (m.type === 'country' && firstOf.get(country)!.type !== 'country')) firstOf.set(country, m);
    }
    // an article that names no country and no place is the country of the national agencies it cites ("The Bureau
    // of Labor Statistics closed the book on its annual benchmark review")
    if (counts.size === 0) {
      for (const m of mentions) {
        if (m.type !== 'agency' || m.within?.startsWith('country:') !== true) continue;
        counts.set(m.within, (counts.get(m.within) ?? 0) + 1);
        if (!firstOf.has(m.within)) firstOf.set(m.within, m);
      }
    }
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (ranked.length === 0 || (ranked.length > 1 && ranked[1]![1] * 2 > ranked[0]![1])) return (articleCountryMemo = null);
    // a country the article's places point to but never names is the figure's place all the same: the entity stage
    // lists it (without mentions); the words it is read from are the first place the article names in it
    const m = firstOf.get(ranked[0]![0])!;
    return (articleCountryMemo = m.entity === ranked[0]![0] ? m : { ...m, entity: ranked[0]![0], type: 'country' });
  };

  /**
   * The period a figure's own clause states, less the day or month of an act ("signed on Saturday") and the
   * period of what it is compared with ("more than double 2024's take"; "climbing to 2.6% from 2.4% in September":
   * September is the 2.4%'s).
   */
  const clausePeriod = (s: Sentence, q: Quantity): PeriodMatch | null => {
    const si = info(s);
    const clause = si.clauses.get(q);
    if (clause === undefined) return null;
    const act = STATEMENT_ACT.test(text.slice(clause.start, q.start));
    return si.periods.find((p) => clause.core.some((c) => within(p, c)) && !(act && withinAMonth(p)) && !recordReach(s, p)
      && !(p.start >= q.end && comparedWith(p)) && !laterFigureOwns(si, q, p, clause.start) && !reportedAt(q, p)) ?? null;
  };
  /**
   * The period the headline and lede give their own figures: the first such figure's, read in its clause or
   * sentence; before the lede is read (a headline's figure), the first period a lede figure's clause states.
   */
  let ledePeriodMemo: PeriodMatch | null | undefined;
  const topicPeriod = (s: Sentence): PeriodMatch | null => {
    const read = made.find((m) => m.topic && !m.baseline && m.period !== null && (m.period.via === 'clause' || m.period.via === 'sentence'))?.period?.period;
    if (read) return read;
    if (!discourse.isTopic(s)) return null;
    if (ledePeriodMemo === undefined) {
      ledePeriodMemo = null;
      for (const x of sentences) {
        if (!discourse.isTopic(x)) continue;
        for (const q of info(x).candidates) {
          // what a figure is compared with has its own period ("down from 67.3% at the 2019 election")
          if (isBaseline(text, q.start, x.start)) continue;
          // the first figure that states a period decides: a day a count was reported on is not the period of the
          // article's figures, and neither is the period of a later figure the lede sets beside it ("226 on Friday
          // … Katrina, which killed 1,392 in 2005")
          const p = clausePeriod(x, q);
          if (p === null) continue;
          if (p.from === null || p.from !== p.to) ledePeriodMemo = p;
          return ledePeriodMemo;
        }
      }
    }
    return ledePeriodMemo;
  };
  /**
   * The period a figure-less sentence right before this one, in its paragraph, states as its only one ("September
   * went the other way. The initial 254,000 print …"); a sentence with figures of its own ends the look back.
   */
  const framingPeriod = (s: Sentence): PeriodMatch | null => {
    const at = position.get(s.index)!;
    for (let k = at - 1; k >= Math.max(0, at - 2); k--) {
      const x = sentences[k]!;
      if (discourse.paragraphOf(x) !== discourse.paragraphOf(s)) return null;
      const xi = info(x);
      if (xi.candidates.length > 0) return null;
      // a stretch of time the text names outright: not a day (the day a report came out), nor a time relative to
      // publication ("this month"), nor a record's reach
      const stated = xi.periods.filter((p) => !p.relative && p.kind !== 'since' && p.kind !== 'day' && p.from !== null && p.from !== p.to && !recordReach(x, p) && lends(p));
      if (stated.length === 1) return stated[0]!;
      if (stated.length > 1) return null;
    }
    return null;
  };
  /** The first fiscal year the article names, or null. */
  let firstFiscalMemo: PeriodMatch | null | undefined;
  const firstFiscalYear = (): PeriodMatch | null => {
    if (firstFiscalMemo === undefined) firstFiscalMemo = sentences.flatMap((x) => info(x).periods).find((p) => p.kind === 'fiscal-year') ?? null;
    return firstFiscalMemo;
  };
  /** A headline's figure stated again further on with its period ("… 2.6%" then "rose 2.6% in the 12 months to October"): that period. */
  const restatedPeriod = (s: Sentence, q: Quantity): PeriodMatch | null => {
    const at = position.get(s.index)!;
    for (let k = at + 1; k < Math.min(sentences.length, at + 12); k++) {
      const x = sentences[k]!;
      for (const r of info(x).candidates) {
        if (r.value !== q.value || r.unit !== q.unit || r.value === null) continue;
        const p = clausePeriod(x, r);
        if (p !== null) return p;
      }
    }
    return null;
  };

  const read = (q: Quantity, s: Sentence, given: Partial<ClaimDraft> = {}): ClaimDraft => {
    const si = info(s);
    const clause = si.clauses.get(q) ?? clauseOf(text, si.tokens, q, si.candidates.length ? si.candidates : [q]);
    const reasons: string[] = [];
    let confidence = 0.95;

    const counted = countedOf(text, si.tokens, q, clause.core, si.periods);
    const found = anaphorOf(text, q, s.start);
    const sameSentenceOnly = found?.kind === 'comparison' || found?.kind === 'change';
    // a change refers back to the figure that changed, not to what that figure was compared with ("stood at 59.9%,
    // down from 67.3% in 2019, a fall of more than seven points")
    const earlier = found === null ? [] : recent(s, q, sameSentenceOnly);
    const changed = found?.kind === 'change' && earlier.some((m) => !m.baseline) ? earlier.filter((m) => !m.baseline) : earlier;
    const antecedent = found ? (findAntecedent(found, q.value, q.unit, changed) as Made | null) : null;
    const anaphor = antecedent ? found : null;
    work(si.periods.length + si.tokens.length);
    if (antecedent) {
      reasons.push(`"${anaphor!.text}" refers back to "${antecedent.valueText}" (${anaphor!.kind})`);
      confidence -= 0.03;
    }
    const countedText = counted?.text ?? antecedent?.counted ?? null;
    if (counted) reasons.push(`counted "${countedText}" from "${text.slice(counted.start, counted.end)}"`);
    else if (antecedent?.counted) reasons.push(`counted "${antecedent.counted}" from the antecedent`);
    if (q.hedge !== 'exact') reasons.unshift(`hedge "${q.hedge}" from "${hedgeWords(q)}"`);
    if (q.hedge === 'vague') confidence -= 0.1;

    // what it measures: its own words, else what it refers back to, its list, its paragraph, the topic
    const measureRead = readMeasure({ text, tokens: si.tokens, figure: q, core: clause.core, periods: si.periods, mentions: si.mentions });
    let measure: Measure | null = null;
    let lean: { made: Made; via: Via } | null = null;
    if (measureRead.read) {
      const r = measureRead.read;
      measure = { key: measureKey(r.head, r.quals), head: r.head, text: text.slice(r.start, r.end), start: r.start, end: r.end, via: 'clause', rule: r.rule };
    } else {
      const sibling = clause.list === null ? undefined : made.findLast((m) => m.list !== null && m.list.start === clause.list!.start && m.measure !== null && m.sentence === s.index);
      // the same distinctive figure stated earlier with its measure ("58,038 apprehensions" … "the 58,038 the agency published")
      const restated = q.hedge === 'exact' && distinctiveValue(q.value) ? made[stated.get(`${q.value}|${q.unit}`) ?? -1] : undefined;
      const from = antecedent?.measure ? { made: antecedent, via: 'antecedent' as const } : restated ? { made: restated, via: 'antecedent' as const } : sibling ? { made: sibling, via: 'sentence' as const } : leanOn(s, q, measureRead.refersBack);
      if (from !== null) {
        lean = from;
        measure = { ...from.made.measure!, via: from.via, rule: from.via === 'headline' ? 'topic' : from.via === 'antecedent' ? 'refers-back' : from.via === 'sentence' ? 'list' : 'paragraph' };
      }
    }
    // a share whose complement names its part ("88.9% of victims were men") measures that part; a figure of a list
    // that inherits its sibling's measure drops the sibling's complement for its own ("at least 83.2% were Black");
    // so does the part of a stock a clause names ("construction added 34,000 jobs … health care added 45,000")
    const complement = measure === null ? [] : [...predicateOf({ tokens: si.tokens, figure: q, core: clause.core, periods: si.periods }), ...measureRead.part];
    if (measure !== null && (complement.length > 0 || (lean !== null && lean.made.complement.length > 0))) {
      const inherited = lean === null ? [] : lean.made.complement;
      const quals = measure.key.split(' ').slice(1).filter((w) => !inherited.includes(w));
      measure = { ...measure, key: measureKey(measure.head, [...quals, ...complement]) };
    }
    // the part of a stock is the figure's own, never inherited: an item of a list of parts whose verb is elided
    // names its part right before its figure ("Construction added 34,000 jobs and health care 31,000")
    const ownPart = measureRead.part.length > 0 || lean?.via !== 'sentence' || !(lean.made.measure?.part?.length) ? measureRead.part : gappedPart(si, s, q);
    if (measure !== null) {
      const { part: _inherited, ...rest } = measure;
      measure = ownPart.length > 0 ? { ...rest, part: [...new Set(ownPart)].sort() } : rest;
    }
    complements.set(q.start, complement);
    if (measure) reasons.push(`measures "${measure.key}" from "${measure.text}" (${measure.via === 'clause' ? measure.rule : measure.via})`);
    else {
      reasons.push(measureRead.refersBack ? 'refers back to a measure it does not name, and none was found' : 'no measure named');
      confidence -= 0.1;
    }

    const periodChoice = choosePeriod(s, si, q, clause, anaphor, antecedent, lean, measure?.head ?? null);
    let period: ClaimDraft['period'] = null;
    if (periodChoice) {
      let p = periodChoice.period;
      periodKind.set(q.start, p.kind);
      // a count "for the year" up to a date runs from the first of that year: "As of July 8, the city had 96
      // homicides for the year" (the basis names the words the start was read from)
      const soFar = p.from === null && p.to !== null ? YEAR_SO_FAR.exec(text.slice(clause.start, Math.max(clause.end, q.end))) : null;
      if (soFar !== null) p = { ...p, from: `${p.to!.slice(0, 4)}-01-01` };
      const anchored = windowOfTopicMonth(s, p);
      if (anchored !== null) {
        p = anchored.period;
        reasons.push(`"${p.text}" counted back from "${anchored.month}", the month the article reports on`);
      }
      if (p.from === null && p.to === null) {
        reasons.push(`period "${p.text}" unresolved: no publication date`);
        confidence -= 0.1;
        if (!reported.has(p.start)) {
          reported.add(p.start);
          options.unresolved({ text: p.text, start: p.start, end: p.end });
        }
      } else {
        period = {
          // a period no words state ("as of the publication date", and the figures that inherit it) has no offsets:
          // its rule (`via`) and basis say where it came from
          start: p.from, end: p.to, text: p.text, via: periodChoice.via,
          textStart: text.slice(p.start, p.end) === p.text ? p.start : null, textEnd: text.slice(p.start, p.end) === p.text ? p.end : null,
          basis: [p.relative && article.published !== null ? `publication date ${article.published}` : null, soFar !== null ? `from the first of the year: "${soFar[0]}"` : null]
            .filter((x) => x !== null).join('; ') || null,
        };
        reasons.push(periodChoice.via === 'clause' ? `period from "${p.text}"` : `period from "${p.text}" (${periodChoice.via})`);
      }
    } else {
      confidence -= 0.05;
    }

    // the whole a share is taken of ("two-thirds of the 107,000 deaths") is read on its own words
    const before = si.candidates[(si.order.get(q) ?? 0) - 1];
    const share = before !== undefined && before.end <= q.start && (before.dimension === 'percent' || before.dimension === 'ratio') && /^\s+of\s+(?:the\s+|all\s+|those\s+|these\s+)?$/i.test(text.slice(before.end, q.start)) ? before : undefined;
    const ownWords = share ? [{ start: q.start, end: Math.max(q.end, counted?.end ?? q.end) }] : null;
    if (share) reasons.push(`the whole of "${share.text}"`);
    const metric = matchMetric(lexicon, {
      text, value: q, core: ownWords ?? clause.core, context: ownWords?.[0] ?? clause.context, counted: countedText,
      countedSpan: counted ? { start: counted.start, end: counted.end, text: counted.text } : null,
      dimension: q.dimension,
    });
    const inheritsMetric = antecedent !== null && (antecedent.dimension === q.dimension || anaphor?.kind === 'change');
    const metricKey = metric?.key ?? (inheritsMetric ? antecedent.metric : null);
    if (metric) reasons.push(`metric ${metric.key} from "${metric.trigger.text}"${metric.scope === 'context' ? ' (context)' : ''}`);
    else if (metricKey) reasons.push(`metric ${metricKey} from the antecedent`);

    // where: the clause, what it refers back to, the wider context, its list, its paragraph, the topic
    const placeInput = { text, value: q, counted, mentions: servedPlaces(s, si), countryBefore: (limit: number) => countryBefore(s, limit), localBefore: localBefore(s) };
    const own = placeOf({ ...placeInput, clause }) ?? null;
    // "the city", "the state" name a place only in the figure's own clause
    const wide = own === null ? placeOf({ ...placeInput, clause: clause.context, localBefore: undefined }) : null;
    let placeId: string | null = null;
    let placeFrom: ClaimDraft['placeFrom'] = null;
    const fromPlace = (p: Place, via: Via) => {
      placeId = p.entity;
      placeFrom = { text: p.text, start: p.start, end: p.end, via };
    };
    const fromMade = (m: Made, via: Via) => {
      placeId = m.place;
      placeFrom = m.placeFrom === null ? null : { ...m.placeFrom, via };
    };
    const nationwide = NATIONWIDE.exec(text.slice(clause.start, clause.end));
    const national = nationalSource(si);
    const fronted = own === null ? frontedPlace(s) : null;
    if (own) fromPlace(own, 'clause');
    else if (fronted !== null) fromPlace({ entity: fronted.entity, text: fronted.text, start: fronted.start, end: fronted.end, via: 'locative' }, 'sentence');
    else if (antecedent?.place) fromMade(antecedent, 'antecedent');
    else if (wide) fromPlace(wide, 'sentence');
    else if (clause.list !== null && listPlaces.has(`${clause.list.start}:${clause.list.end}`)) {
      const shared = listPlaces.get(`${clause.list.start}:${clause.list.end}`)!;
      placeId = shared.place;
      placeFrom = { ...(shared.from ?? { text: shared.place, start: null, end: null }), via: 'sentence' };
    } else if (lean?.made.place) fromMade(lean.made, lean.via);
    else if (nationwide !== null && articleCountry() !== null) {
      placeId = articleCountry()!.entity;
      const start = clause.start + nationwide.index;
      placeFrom = { text: nationwide[0], start, end: start + nationwide[0].length, via: 'headline' };
    } else if (national !== null && (topicPlace() !== null || articleCountry() !== null)) {
      // a national agency's figure with no place of its own is the nation's, not the article's main place ("The new
      // figure, 40,901 deaths, comes from NHTSA's annual crash file" in a Texas paper); an article with no main
      // place gives none to it either
      placeId = national.within!;
      placeFrom = { text: national.text, start: national.start, end: national.end, via: 'sentence' };
    } else if (topicPlace() !== null) {
      const m = topicPlace()!;
      placeId = m.entity;
      placeFrom = { text: m.text, start: m.start, end: m.end, via: 'headline' };
    } else if (articleCountry() !== null) {
      // nothing narrower named: the country the article is about ("U.S. employers added 254,000 jobs")
      const m = articleCountry()!;
      placeId = m.entity;
      placeFrom = { text: m.text, start: m.start, end: m.end, via: 'headline' };
    }
    // a city named for the government seated in it ("In Sacramento, … a revised state spending plan of $288 billion"):
    // a measure its own words call the state's is the state's figure
    const stateWord = measure === null || measure.start === null || placeId === null ? null : STATE_MEASURE.exec(measure.text);
    const seat = stateWord === null ? undefined : article.mentions.find((m) => m.entity === placeId && m.type === 'place' && m.within?.startsWith('place:') === true);
    if (stateWord !== null && seat !== undefined) {
      placeId = seat.within!;
      const start = measure!.start! + stateWord.index;
      placeFrom = { text: stateWord[0], start, end: start + stateWord[0].length, via: measure!.via };
    }
    if (placeId !== null) reasons.push(`place ${placeId} from "${placeFrom!.text}"${placeFrom!.via === 'clause' ? '' : ` (${placeFrom!.via})`}`);

    const said = attributionFor(s, q);
    const attribution = said ? { entity: said.entity, text: said.attribution.text, via: said.via } : null;
    if (said) reasons.push(`attributed by "${said.attribution.text}"${said.via === 'sentence' ? '' : ` (${said.via})`}`);
    reasons.push(...clause.notes);

    // a reporting frame at the start of the clause is attribution, not claim: "She said it costs ..."
    let start = clause.start;
    if (said && said.via === 'sentence' && said.attribution.start === clause.start && said.attribution.end < q.start) {
      const rest = /^\s*(?:that\s+)?/.exec(text.slice(said.attribution.end, q.start));
      start = said.attribution.end + (rest?.[0].length ?? 0);
    }
    const per = q.per ?? rateOf(text, { start: clause.start, end: clause.end }, q, q.dimension);
    if (per !== null && !q.per) reasons.push(`rate per ${per}`);

    let statistic = readStatistic({ text, figure: { ...q, per }, clause: { start: clause.start, end: Math.max(clause.end, q.end) }, head: measure?.head ?? null, changeOf: anaphor?.kind === 'change' });
    // the same figure named again ("If the 13.2% figure holds", "That 42,795 figure"): the statistic it was stated
    // with, where its own words give only the default for its unit
    const named = antecedent ?? lean?.made ?? null;
    if (named !== null && named.value === q.value && named.unit === q.unit && (statistic.rule === 'share' || statistic.rule === 'count' || statistic.rule === 'amount')
      && named.statistic !== statistic.statistic) {
      statistic = { statistic: named.statistic, direction: named.direction, rule: 'restated', reason: `the statistic of "${named.valueText}", the figure it names again` };
    }
    // a figure whose clause has no verb of its own shares the verb of the figure before it ("rapes were down 9.4%,
    // aggravated assaults 2.8% and robberies 0.3%"): it moves as that figure does
    const prior = made.findLast((m) => m.sentence === s.index && m.valueStart < q.start);
    // (a participle before a noun modifies it: "aggravated assaults 2.8%")
    const verbAt = (k: number) => {
      const t = si.tokens[k]!;
      return (t.pos === 'VERB' || t.pos === 'AUX') && !(/(?:ed|ing)$/i.test(t.text) && si.tokens[k + 1]?.pos === 'NOUN');
    };
    const gapped = prior !== undefined && !si.tokens.some((t, k) => t.start >= prior.valueStart + prior.valueText.length && t.end <= q.start && verbAt(k))
      && !/^\s+of\b/i.test(text.slice(q.end, q.end + 4)) && !isBaseline(text, q.start, s.start);
    const listHead = q.direction !== null || !gapped || !(statistic.rule === 'share' || statistic.rule === 'count') ? undefined : prior;
    if (listHead !== undefined && listHead.statistic === 'change' && listHead.direction !== null && listHead.dimension === q.dimension) {
      statistic = { statistic: 'change', direction: listHead.direction, rule: 'list', reason: 'an item of a list of changes' };
      reasons.push(`statistic change (the list's, from "${listHead.valueText}")`);
    } else reasons.push(`statistic ${statistic.statistic} (${statistic.rule})`);
    // a running total (a count or an amount) up to a day, or on a day, of the article's event runs from its start
    const total = statistic.statistic === 'count' || statistic.statistic === 'amount' || statistic.statistic === 'level';
    // (a share as of a day, "92% of customers had power back by Monday", runs likewise)
    if (period !== null && period.end !== null && (total || (statistic.statistic === 'share' && period.start === null)) && (period.start === null || period.start === period.end)) {
      const onset = eventStart();
      const tally = TALLY.test(text.slice(clause.start, Math.max(clause.end, q.end)));
      // a figure as of a day ("as of Sunday", "by Sunday night") is a running one whatever its verb
      if (onset !== null && (tally || period.start === null) && onset.from! < period.end && onset.start !== period.textStart) {
        ownPeriod.set(q.start, { start: period.start, end: period.end });
        period = { ...period, start: onset.from };
        reasons.push(`a running total since "${onset.text}"`);
      } else if (onset === null && period.start !== null && measure !== null && MEASURE_WORDS.cumulative.has(measure.head) && statistic.statistic !== 'amount') {
        // "the count stood at 481 cases on Friday": a running total up to that day, from a start it does not state
        ownPeriod.set(q.start, { start: period.start, end: period.end });
        period = { ...period, start: null };
        reasons.push('a running total up to its day');
      }
    }
    // a change over a stretch its words state ("15.3% over the year" in September) runs over that stretch; so does
    // the rate of a measure that is a year-on-year change by definition ("inflation eased to 2.4% in September")
    const percentOf = q.unit === 'percent' && (statistic.statistic === 'rate' || statistic.statistic === 'level' || statistic.statistic === 'share');
    const yearOnYear = percentOf && ((measure !== null && MEASURE_WORDS.yearOnYear.has(measure.head)) || ANNUAL_RATE.test(text.slice(clause.start, Math.max(clause.end, q.end))));
    if (period !== null && periodChoice !== null && (statistic.statistic === 'change' || yearOnYear)) {
      const span = changeSpan(si, q, clause, periodChoice.period, yearOnYear);
      if (span !== null) {
        ownPeriod.set(q.start, { start: period.start, end: period.end });
        period = { ...period, ...span, basis: period.basis };
        reasons.push(`a change over ${span.start}..${span.end}`);
      }
    }
    // the figure's clause first; then a source the sentence names for it ("…, according to provisional estimates",
    // "…, by one estimate"): the vintage of the source is the figure's
    const vintageRead = readVintage(text, { start: Math.min(clause.start, clause.context.start), end: Math.max(clause.end, clause.context.end, q.end) }, q)
      ?? sourceVintage(s, q) ?? laterVintage(s, q);
    if (vintageRead) reasons.push(`vintage ${vintageRead.vintage} from "${vintageRead.text}"`);
    // a forecast made now for a weekday ("expects to reach about 98% by the end of Wednesday", written on a
    // Tuesday) is for the coming one, not the one before publication
    if (vintageRead?.vintage === 'projection' && FORECAST_NOW.test(vintageRead.text) && period !== null && period.end !== null && (period.start === null || period.start === period.end)
      && article.published !== null && period.end < article.published && period.textStart !== null && BARE_WEEKDAY.test(period.text)) {
      const ahead = shiftDays(period.end, 7);
      const start = period.start === null ? null : ahead;
      ownPeriod.set(q.start, { start, end: ahead });
      period = { ...period, start, end: ahead };
      reasons.push(`"${period.text}" is the coming one: a forecast`);
    }

    const scopeRead = readScope({
      text, figure: q, core: clause.core, measure: measure && measure.via === 'clause' ? { start: measure.start!, end: measure.end! } : null,
      mentions: si.mentions, attribution: said && said.attribution.kind !== 'count' ? said.attribution : null, lastBody: discourse.lastBodyBefore(q.start),
    });
    let scope: ClaimDraft['scope'] = scopeRead ? { entity: scopeRead.entity, text: scopeRead.text, start: scopeRead.start, end: scopeRead.end, via: 'clause' } : null;
    if (scope === null && antecedent?.scope) scope = { ...antecedent.scope, via: 'antecedent' };
    if (scope) reasons.push(`scope "${scope.text}"${scope.via === 'clause' ? ` (${scopeRead?.rule})` : ` (${scope.via})`}`);

    confidence = Math.round(Math.min(0.99, Math.max(0.3, confidence)) * 100) / 100;
    return {
      start,
      end: Math.max(clause.end, q.end),
      valueStart: q.start,
      valueEnd: q.end,
      valueText: q.text,
      value: q.value,
      low: q.low,
      high: q.high,
      lowInclusive: q.lowInclusive,
      highInclusive: q.highInclusive,
      plain: q.plain,
      hedge: q.hedge,
      unit: q.unit,
      dimension: q.dimension,
      direction: q.direction ?? statistic.direction,
      per,
      counted: countedText,
      metric: metricKey,
      place: placeId,
      placeFrom,
      period,
      attribution,
      entities: si.entities,
      measure,
      scope,
      statistic: statistic.statistic,
      vintage: vintageRead?.vintage ?? null,
      vintageText: vintageRead?.text ?? null,
      confidence,
      reason: reasons.join('; '),
      ...given,
    };
  };

  /**
   * A figure's own period where its frame reads it as a stretch ending in it (a change "2.3% over the year" in
   * September: September; a running total "by Friday": Friday), for the figures that inherit its period.
   */
  const ownPeriod = new Map<number, { start: string | null; end: string | null }>();
  // the kind of period each figure's was read as (a fiscal year lends itself to figures ahead of publication)
  const periodKind = new Map<number, PeriodMatch['kind']>();
  /** Each figure's complement (`predicateOf`), by its start, for the figures that inherit its measure. */
  const complements = new Map<number, string[]>();
  const remember = (draft: ClaimDraft, s: Sentence) => {
    const si = info(s);
    const q = si.candidates.find((c) => c.start === draft.valueStart && c.end === draft.valueEnd);
    const clause = q ? si.clauses.get(q) : undefined;
    const list = clause?.list ?? null;
    if (list !== null && draft.place !== null) listPlaces.set(`${list.start}:${list.end}`, { place: draft.place, from: draft.placeFrom });
    // figures that inherit this one's period take its own, not the stretch its change ran over
    const p = draft.period === null ? null : { ...draft.period, ...ownPeriod.get(draft.valueStart) };
    if (draft.measure !== null && draft.hedge === 'exact' && distinctiveValue(draft.value)) stated.set(`${draft.value}|${draft.unit}`, made.length);
    made.push({
      value: draft.value, low: draft.low, high: draft.high, unit: draft.unit, dimension: draft.dimension, counted: draft.counted,
      sentence: s.index, paragraph: discourse.paragraphOf(s), valueStart: draft.valueStart, valueText: draft.valueText, list,
      metric: draft.metric, place: draft.place, placeFrom: draft.placeFrom, measure: draft.measure, scope: draft.scope,
      attribution: draft.attribution, topic: discourse.isTopic(s), complement: complements.get(draft.valueStart) ?? [],
      baseline: isBaseline(text, draft.valueStart, clause?.start ?? s.start),
      statistic: draft.statistic, direction: draft.direction,
      period: p === null ? null : {
        via: p.via ?? 'clause',
        period: { start: p.textStart ?? draft.valueStart, end: p.textEnd ?? draft.valueEnd, text: p.text, from: p.start, to: p.end, relative: false, kind: periodKind.get(draft.valueStart) ?? 'year' },
      },
    });
  };

  return { read, made: remember, isClaim: (q, s) => info(s).order.has(q), notClaim: (q, s) => info(s).dropped.get(q) ?? null };
}
