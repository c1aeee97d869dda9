import type { EntityMention, Token } from '../contracts/index.js';
import { SCALE_WORDS } from '../core/vocabulary.js';
import { lemma } from './lemma.js';
import { firstTokenAfter, isHyphen, norm, type Span } from './tokens.js';
import { MEASURE_WORDS as W } from './words.js';

/**
 * What a figure measures, for any subject, read from the words around it: the head noun's lemma ("death",
 * "acre", "vote", "turnout") and the lemmas that qualify it ("overdose", "burn"), with the span they were read
 * from. Each rule below is tried in turn (compromise's `{match, tag, reason}` rows are the model): the first that
 * reads a head wins and names itself in the reading. A figure whose words name no measure but refer back to one
 * ("the final count was 48,830", "of them", "it rose to") is marked `refersBack`, for the frame reader to take
 * the measure of what it refers to; a figure with neither gets null, never a guess from a neighbouring word.
 */
export interface MeasureInput {
  text: string;
  /** the sentence's tokens */
  tokens: readonly Token[];
  /** the figure: its span (hedge and unit included), unit and dimension */
  figure: Span & { unit: string; dimension: string };
  /** the clause's core spans: verbs and subjects are read there only */
  core: readonly Span[];
  /** period expressions: never part of a measure */
  periods: readonly Span[];
  /** entity mentions of the sentence: places are never part of a measure (they are its place) */
  mentions: readonly EntityMention[];
}

export interface MeasureRead extends Span {
  head: string;
  /** qualifying lemmas, without the head */
  quals: string[];
  rule: string;
  reason: string;
}

export interface MeasureResult {
  read: MeasureRead | null;
  /** the figure's words refer back to an earlier measure (a container, a pronoun, "of them") */
  refersBack: boolean;
  /**
   * the lemmas of the part of a stock its clause names ("construction added 34,000 jobs", "health care added
   * 45,000"), whether or not a measure was read: a figure that inherits its measure takes its own part
   */
  part: string[];
}

/** The key of a measure: the head, then its qualifiers in a stable (sorted) order, each once. */
export function measureKey(head: string, quals: readonly string[]): string {
  return [head, ...[...new Set(quals)].filter((q) => q !== head).sort()].join(' ');
}

// --- token classes ----------------------------------------------------------------------------------------------

/** Plural nouns wink tags as verbs in some sentences. */
const NOUNISH = new Set(['average', 'median', 'overdoses', 'arrests', 'seizures', 'raids', 'charges', 'deaths', 'murders', 'homicides', 'shootings', 'killings', 'poisonings', 'encounters', 'apprehensions', 'removals', 'returns', 'outages', 'sales', 'costs', 'losses', 'cuts', 'votes', 'seats', 'jobs', 'cases', 'visits']);
const DETERMINERS = new Set(['the', 'those', 'these', 'all', 'its', 'their', 'his', 'her', 'our', 'such', 'a', 'an', 'some', 'this', 'that', 'each', 'every', 'both', 'any', 'about', 'roughly', 'nearly', 'around', 'approximately', 'almost', 'just', 'only', 'another']);
const BACK_PRONOUNS = new Set(['them', 'those', 'these', 'it', 'that', 'this', 'which', 'whom', 'they']);
/** Prepositions between a noun and its figure that make the figure its value: "a deficit of $27.6 billion". */
const VALUE_PREPS = new Set(['of', 'at', 'to', 'as', ':', 'up', 'down', 'around', 'near', 'about', 'by']);
const CHANGE_NOUNS = new Set(['increase', 'rise', 'drop', 'decline', 'jump', 'fall', 'gain', 'reduction', 'decrease', 'surge', 'dip', 'plunge', 'spike', 'growth', 'cut', 'loss', 'hike', 'boost']);
const TIME_NOUNS = new Set(['year', 'month', 'week', 'day', 'decade', 'quarter', 'hour', 'minute', 'season', 'century', 'time']);

const isNoun = (t: Token | undefined): boolean =>
  t !== undefined && /\p{L}/u.test(t.text) && (t.pos === 'NOUN' || t.pos === 'PROPN' || NOUNISH.has(norm(t)));
const isModifier = (t: Token | undefined): boolean =>
  t !== undefined && (t.pos === 'ADJ' || (t.pos === 'VERB' && /(?:ed|ing)$/.test(norm(t))));
const isVerb = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX') && !NOUNISH.has(norm(t));

/** The lemma of a token as a noun, a verb or (adjectives, names) as written, lower case. */
function tokenLemma(t: Token): string {
  if (t.pos === 'VERB' || t.pos === 'AUX') return lemma(t.text, NOUNISH.has(norm(t)) ? 'noun' : 'verb');
  if (t.pos === 'NOUN' || NOUNISH.has(norm(t))) return lemma(t.text, 'noun');
  if (t.pos === 'PROPN') return lemma(t.text, /^[A-Z][a-z]+s$/.test(t.text) ? 'noun' : 'other');
  return lemma(t.text, 'other');
}

interface Ctx extends MeasureInput {
  /** index of the first token after the figure, of the first token of the figure */
  after: number;
  first: number;
  inCore(t: Token): boolean;
  excluded(t: Token): boolean;
  /** a token inside the mention of a body or person (an actor whose figures are its own: a party's seats) */
  actor(t: Token): boolean;
}

/** A noun phrase: its token indexes and the index of its head (the last noun). */
interface Phrase {
  tokens: number[];
  head: number;
}

/** The noun phrase starting at token `k`: premodifiers, nouns and hyphen compounds; a possessor is dropped ("Mexico's homicide rate" → rate). */
function phraseAt(c: Ctx, k: number): Phrase | null {
  const { tokens } = c;
  const run: number[] = [];
  let seenNoun = false;
  let coordinated: number | null = null;
  for (let i = k; i < tokens.length && i < k + 8; i++) {
    const t = tokens[i]!;
    if (c.periods.some((p) => t.start >= p.start && t.end <= p.end)) break;
    if (/^['’]s$/.test(t.text) && seenNoun) {
      run.length = 0;
      seenNoun = false;
      continue;
    }
    const prev = tokens[i - 1];
    if (isHyphen(t) && run.length > 0 && prev !== undefined && prev.end === t.start) {
      run.push(i);
      continue;
    }
    if (run.length > 0 && isHyphen(prev) && prev!.end === t.start && /\p{L}/u.test(t.text)) {
      run.push(i);
      if (isNoun(t)) seenNoun = true;
      continue;
    }
    if (isNoun(t)) {
      run.push(i);
      seenNoun = true;
      continue;
    }
    // premodifiers; a verb in its base form before a noun is a noun ("overdose deaths"), a finite one is not ("took effect")
    if (!seenNoun && (isModifier(t) || (t.pos === 'VERB' && isNoun(tokens[i + 1]) && lemma(t.text, 'verb') === t.text.toLowerCase()))) {
      run.push(i);
      continue;
    }
    // coordinated modifiers of one head: "63 river and stream gauges", "160 water and sewer systems" count gauges and
    // systems (a singular noun, then "and" and a compound whose head is plural)
    if (seenNoun && /^(?:and|or)$/i.test(t.text) && !/s$/i.test(tokens[run[run.length - 1]!]!.text)
      && isNoun(tokens[i + 1]) && isNoun(tokens[i + 2]) && /[^s]s$/i.test(tokens[i + 2]!.text)) {
      seenNoun = false;
      continue;
    }
    // two plural heads counted together ("700,000 removals and returns", "12 bridges and culverts"): the first is
    // the head, the second qualifies it — the count is of both, not of the first alone
    if (seenNoun && coordinated === null && /^(?:and|or)$/i.test(t.text) && /[^s]s$/i.test(tokens[run[run.length - 1]!]!.text)
      && isNoun(tokens[i + 1]) && /[^s]s$/i.test(tokens[i + 1]!.text) && !isNoun(tokens[i + 2])) {
      coordinated = run[run.length - 1]!;
      run.push(i + 1);
      break;
    }
    break;
  }
  while (run.length > 0 && !isNoun(tokens[run[run.length - 1]!])) run.pop();
  if (run.length === 0) return null;
  return { tokens: run, head: coordinated ?? run[run.length - 1]! };
}

/** The noun phrase ending at token `j` (its head), walking back over modifiers and compounds. */
function phraseEndingAt(c: Ctx, j: number): Phrase | null {
  const { tokens } = c;
  // a headline's verb tagged as a noun ("Turnout slumps to 60%"): the phrase ends before it
  // "Measles cases climb to 198": a plural subject, then a verb in the base form
  if (isNoun(tokens[j]) && isNoun(tokens[j - 1]) && W.predicative.has(lemma(tokens[j]!.text, 'verb'))) {
    if (/s$/i.test(tokens[j]!.text) || (/[^s]s$/i.test(tokens[j - 1]!.text) && lemma(tokens[j]!.text, 'verb') === tokens[j]!.text.toLowerCase())) j--;
  }
  if (!isNoun(tokens[j])) return null;
  const run = [j];
  for (let i = j - 1; i >= 0 && run.length < 6; i--) {
    const t = tokens[i]!;
    if (c.periods.some((p) => t.start >= p.start && t.end <= p.end)) break;
    if (isNoun(t) || isModifier(t) || (isHyphen(t) && tokens[i + 1]?.start === t.end)) {
      run.unshift(i);
      continue;
    }
    break;
  }
  return { tokens: run, head: j };
}

function skipDeterminers(c: Ctx, k: number): number {
  while (k < c.tokens.length && (DETERMINERS.has(norm(c.tokens[k])) || c.tokens[k]!.pos === 'NUM')) k++;
  // a possessor is whose or when, not what: "of last year's victims", "of the city's residents"
  for (let j = k; j < c.tokens.length && j <= k + 3; j++) {
    const t = c.tokens[j]!;
    if (t.pos === 'PART' && /^['’]s?$/.test(t.text) && j > k) return skipDeterminers(c, j + 1);
    if (!(isNoun(t) || t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'NUM')) break;
  }
  return k;
}

/** The head of a phrase, following "of" after a container ("the number of deaths" → deaths). */
function unwrapContainer(c: Ctx, phrase: Phrase): Phrase | 'back' {
  const head = tokenLemma(c.tokens[phrase.head]!);
  if (!W.containers.has(head)) return phrase;
  if (head === 'toll') {
    // "the death toll" is deaths
    return phrase;
  }
  if (norm(c.tokens[phrase.head + 1]) === 'of') {
    // "the early estimate of 40,990 that the agency announced": what follows "of" is the figure itself
    const at = c.tokens[phrase.head + 2];
    if (at !== undefined && at.start >= c.figure.start && at.start < c.figure.end) return 'back';
    const inner = phraseAt(c, skipDeterminers(c, phrase.head + 2));
    if (inner !== null) return unwrapContainer(c, inner);
    if (BACK_PRONOUNS.has(norm(c.tokens[phrase.head + 2]))) return 'back';
  }
  // a container with a qualifying noun before it names that noun ("the death toll", "the vote count"); a month
  // or a place before it does not ("the August figure" refers back)
  const before = phrase.tokens.filter((i) => i !== phrase.head && isNoun(c.tokens[i]) && !c.excluded(c.tokens[i]!) && !W.notQualifiers.has(tokenLemma(c.tokens[i]!)));
  if (before.length > 0) return { tokens: phrase.tokens.filter((i) => i !== phrase.head), head: before[before.length - 1]! };
  return 'back';
}

/** Words between a verb and its figure that only grade it: "hit a record $140.5 billion", "an all-time high". */
const GRADING = new Set(['record', 'new', 'all-time', 'fresh', 'historic', 'multiyear', 'multi-year']);

/**
 * A headline's verb that wink tags as a noun: a predicative verb right after a noun, before the figure's
 * preposition ("unemployment rate slips to 4.2%", "suppression cost about $351 million").
 */
const headlineVerb = (c: Ctx, i: number): boolean =>
  isNoun(c.tokens[i]) && isNoun(c.tokens[i - 1]) && !c.excluded(c.tokens[i - 1]!) && (W.predicative.has(lemma(c.tokens[i]!.text, 'verb')) || W.nominals.has(lemma(c.tokens[i]!.text, 'verb')))
  && (i + 1 === c.first || ['to', 'at', 'by', 'about', 'nearly', 'roughly', 'some', 'around', 'more', 'less', 'over', 'under', 'up', 'down'].includes(norm(c.tokens[i + 1])));

/** The verb governing the figure: the nearest verb before it in the clause, over adverbs, particles and prepositions. */
function governingVerb(c: Ctx): number | null {
  for (let i = c.first - 1; i >= 0 && i >= c.first - 8; i--) {
    const t = c.tokens[i]!;
    if (!c.inCore(t)) return null;
    if (isVerb(t) || headlineVerb(c, i)) return i;
    // "hit a record", "cost CenterPoint up to": grading words and the body a verb acts on stand between
    if (GRADING.has(norm(t)) || (c.actor(t) && i < c.first - 1)) continue;
    // over another figure of the clause: "fell 1.7 percent in April to $388,800"
    if (/^(?:percent|per|cent|points?)$/.test(norm(t)) && c.tokens[i - 1]?.pos === 'NUM') continue;
    // adverbs, particles, prepositions, and a period between the verb and its figure ("jumped 12% in 2020 to")
    if (t.pos === 'ADV' || t.pos === 'PART' || t.pos === 'ADP' || t.pos === 'DET' || (t.pos === 'CCONJ' && norm(t) === 'or') || c.excluded(t) || t.pos === 'SYM') continue;
    return null;
  }
  return null;
}

/** Nouns for the extreme a figure reached: their measure is the subject's ("hit a high of", "reached a peak of"). */
const EXTREMES = new Set(['high', 'low', 'peak', 'record', 'level']);

/** Words wink tags as prepositions that open a clause: what follows is a new subject ("… jobs as unemployment rate slips"). */
const SUBORDINATORS = new Set(['as', 'while', 'since', 'because', 'although', 'though', 'whereas', 'until', 'unless', 'than', 'if']);

/** The verb right before token `k`, over articles and grading words ("hit an all-time high"). */
function verbBefore(c: Ctx, k: number): number | null {
  for (let i = k - 1; i >= 0 && i >= k - 5; i--) {
    const t = c.tokens[i]!;
    if (isVerb(t) || headlineVerb(c, i)) return i;
    // "an all-time high": the noun of a hyphened grading word is part of it
    if (!(DETERMINERS.has(norm(t)) || GRADING.has(norm(t)) || t.pos === 'ADJ' || isHyphen(t) || (isHyphen(c.tokens[i - 1]) && c.tokens[i - 1]!.end === t.start))) return null;
  }
  return null;
}

/** Words that open a relative clause between a subject and its verb. */
const RELATIVE = new Set(['which', 'who', 'that', 'whose', 'where']);
/** Words that open a clause before its subject: "when murder fell", "as crime dropped". */
const CLAUSE_OPENERS = new Set([...SUBORDINATORS, 'when', 'after', 'before', 'once', 'where', 'whereas']);

/** Words wink may tag as adjectives that stand between a subject and its verb: "Violent crime overall was down". */
const AFTER_SUBJECT = new Set(['overall', 'nationally', 'nationwide', 'statewide', 'alone', 'combined', 'together', 'altogether', 'worldwide', 'globally']);

/** The subject of the verb at `v`: the head of the nearest noun phrase before it in the clause, past auxiliaries and adverbs. */
function subjectOf(c: Ctx, v: number): Phrase | 'back' | null {
  let i = v - 1;
  while (i >= 0 && (c.tokens[i]!.pos === 'AUX' || c.tokens[i]!.pos === 'ADV' || c.tokens[i]!.pos === 'PART' || norm(c.tokens[i]) === 'have' || AFTER_SUBJECT.has(norm(c.tokens[i])))) i--;
  // over a relative clause set off by commas: "Sales of existing homes, which make up the bulk of the market, fell"
  // (the subject then lies outside the figure's clause: it is read there all the same)
  let pastRelative = false;
  if (c.tokens[i]?.text === ',') {
    for (let j = i - 1; j >= 0 && j >= i - 20; j--) {
      const u = c.tokens[j]!;
      if (u.text === ',' || u.text === '.' || u.text === ';') {
        if (u.text === ',' && RELATIVE.has(norm(c.tokens[j + 1]))) {
          i = j - 1;
          pastRelative = true;
        }
        break;
      }
    }
  }
  // over a prepositional phrase whose object is no noun: "the average for regular", "the deficit for the first
  // four months of 2025" (a noun object is walked over below: "the number of arrests in Texas")
  if (c.tokens[i] !== undefined && !isNoun(c.tokens[i])) {
    let crossed = false;
    for (let j = i; j >= 0 && i - j < 10; j--) {
      const u = c.tokens[j]!;
      if (!c.inCore(u)) break;
      if (u.pos === 'ADP') crossed = true;
      else if (crossed && isNoun(u) && !c.excluded(u)) {
        i = j;
        break;
      } else if (!(c.excluded(u) || u.pos === 'NUM' || u.pos === 'DET' || u.pos === 'ADJ' || isNoun(u))) break;
    }
  }
  const t = c.tokens[i];
  if (t === undefined || (!c.inCore(t) && !pastRelative)) return null;
  if (t.pos === 'PRON') return BACK_PRONOUNS.has(norm(t)) || norm(t) === 'they' ? 'back' : null;
  // wink reads a noun as a verb right after a subordinator and before its own verb ("when murder fell 9.1%"): a
  // lone word there is the verb's subject
  if (t.pos === 'VERB' && i === v - 1 && CLAUSE_OPENERS.has(norm(c.tokens[i - 1]))) return { tokens: [i], head: i };
  if (!isNoun(t)) return null;
  // a prepositional object is not the subject: "the number of arrests in Texas fell" → arrests (via the container)
  let j = i;
  let phrase = phraseEndingAt(c, j);
  while (phrase !== null) {
    // over the object's determiners, numbers, places and dates: "turnout across the UK", "at the 4 July election"
    let lead = phrase.tokens[0]! - 1;
    while (lead >= 0 && (DETERMINERS.has(norm(c.tokens[lead])) || c.tokens[lead]!.pos === 'NUM' || c.excluded(c.tokens[lead]!))) lead--;
    const prep = c.tokens[lead];
    if (prep === undefined || prep.pos !== 'ADP' || norm(prep) === 'of' || SUBORDINATORS.has(norm(prep))) break;
    j = lead - 1;
    while (j >= 0 && DETERMINERS.has(norm(c.tokens[j]))) j--;
    const outer = phraseEndingAt(c, j);
    if (outer === null || (!c.inCore(c.tokens[j]!) && !pastRelative)) break;
    phrase = outer;
  }
  // a place is where, not what: "Texas reported 146" has no measure in its subject
  if (phrase === null || c.excluded(c.tokens[phrase.head]!)) return null;
  // "the number of arrests": the phrase ending at "arrests" is the object of "of"; its container comes before
  const ofAt = phrase.tokens[0]! - 1;
  if (norm(c.tokens[ofAt]) === 'of') {
    const container = phraseEndingAt(c, ofAt - 1);
    if (container !== null && W.containers.has(tokenLemma(c.tokens[container.head]!))) return phrase;
    // "the median sale price of existing homes": the price, of homes (its qualifiers)
    if (container !== null && (c.inCore(c.tokens[container.head]!) || pastRelative) && !c.excluded(c.tokens[container.head]!)) {
      return { tokens: [...container.tokens, ...phrase.tokens], head: container.head };
    }
  }
  const unwrapped = unwrapContainer(c, phrase);
  return unwrapped;
}

/** The measure of an extreme reached (token `k` starts "high", "a record", "peak"): the subject of the verb before it. */
function extremeOf(c: Ctx, k: number, rule: Rule): MeasureRead | null {
  let v = verbBefore(c, k);
  // "have fallen 6 percent from a record high of": the clause's verb further back
  for (let i = k - 1; v === null && i >= 0 && i >= k - 8 && c.inCore(c.tokens[i]!); i--) if (isVerb(c.tokens[i])) v = i;
  const subject = v === null ? null : subjectOf(c, v);
  if (subject === null || subject === 'back') return null;
  return reading(c, tokenLemma(c.tokens[subject.head]!), subject.tokens, [], rule);
}

// --- the reading a rule returns ---------------------------------------------------------------------------------

function reading(c: Ctx, head: string, tokens: readonly number[], extra: readonly number[], rule: Rule): MeasureRead {
  const all = [...tokens, ...extra];
  const quals: string[] = [];
  const ownWords = new Set(tokens);
  for (const i of all) {
    const t = c.tokens[i]!;
    if (isHyphen(t) || c.excluded(t)) continue;
    // a body named before the noun is whose count it is (its scope: "CBP encounters", "CenterPoint customers"),
    // not what is counted; an actor as the clause's subject stays ("Labour won 411 seats")
    if (ownWords.has(i) && c.actor(t) && !extra.includes(i)) continue;
    for (const part of t.text.split(/[-‐‑]/)) {
      if (!/\p{L}{2,}/u.test(part)) continue;
      const l = part === t.text ? tokenLemma(t) : lemma(part, t.pos === 'VERB' ? 'verb' : t.pos === 'ADJ' ? 'other' : 'noun');
      // the verb whose noun the head is ("screened" for screening, "arrested" for arrest) says nothing more
      if (l === head || W.notQualifiers.has(l) || W.light.has(l) || W.nominals.get(l) === head) continue;
      quals.push(l);
    }
  }
  const spans = all.map((i) => c.tokens[i]!);
  const start = Math.min(...spans.map((t) => t.start));
  const end = Math.max(...spans.map((t) => t.end));
  return { head, quals: [...new Set(quals)], start, end, rule: rule.id, reason: rule.reason };
}

/**
 * The clause words that join a counted noun's qualifiers: the verb that acts on it unless it is a light one
 * ("added 142,000 jobs", "burned 41,200 acres"), and the verb's subject when the head says little alone ("the
 * fire burned 41,200 acres") or the subject is a name that owns what is counted ("Labour won 411 seats": another
 * party's seats are another measure), not one that counts or reports it ("the FAA expected 360,000 flights", "the
 * department confirmed 198 cases"), or
 * the subject of a change in a stock names the part that changed ("construction added 34,000 jobs").
 */
function clauseWords(c: Ctx, head: string): number[] {
  const v = governingVerb(c);
  if (v === null) return [];
  const out = W.light.has(tokenLemma(c.tokens[v]!)) ? [] : [v];
  const subject = subjectOf(c, v);
  const verb = tokenLemma(c.tokens[v]!);
  const owns = W.actorVerbs.has(verb);
  if (subject === null || subject === 'back') return out;
  const who = c.tokens[subject.head]!;
  if ((W.generic.has(head) && !W.reporting.has(verb)) || (owns && c.actor(who)) || namesPart(c, verb, who)) out.push(...subject.tokens);
  return out;
}

/** Whether a verb's subject names a part of the stock it changes: "construction added", not "employers added". */
const namesPart = (c: Ctx, verb: string, who: Token) =>
  W.partVerbs.has(verb) && isNoun(who) && !c.excluded(who) && !c.actor(who) && !W.wholeSubjects.has(tokenLemma(who));

/** The lemmas of the part of a stock the figure's clause names (see `MeasureResult.part`), or none. */
function partOf(c: Ctx): string[] {
  const v = governingVerb(c);
  if (v === null) return [];
  const subject = subjectOf(c, v);
  if (subject === null || subject === 'back' || !namesPart(c, tokenLemma(c.tokens[v]!), c.tokens[subject.head]!)) return [];
  return subject.tokens.map((i) => c.tokens[i]!).filter((t) => !c.excluded(t) && /\p{L}{2}/u.test(t.text) && !DETERMINERS.has(norm(t)))
    .map((t) => tokenLemma(t)).filter((l) => !W.notQualifiers.has(l) && !W.light.has(l));
}

// --- rules ------------------------------------------------------------------------------------------------------

interface Rule {
  id: string;
  reason: string;
  /** a reading, 'back' when the words refer back to an earlier measure, or null to try the next rule */
  read(c: Ctx, rule: Rule): MeasureRead | 'back' | null;
}

const measureDimension = (d: string) => d !== 'count' && d !== 'percent' && d !== 'percentage_point' && d !== 'point' && d !== 'ratio';

/** People counted with a verb of dying: "97,000 Americans died from overdoses" → death, with the cause. */
function deathOf(c: Ctx, phrase: Phrase, rule: Rule): MeasureRead | null {
  const head = tokenLemma(c.tokens[phrase.head]!);
  if (!W.persons.has(head) && head !== 'life') return null;
  const { tokens } = c;
  // a verb of dying after the people ("died", "were killed") or before them ("killed 12 people", "claimed 75,000 lives")
  let verb: number | null = null;
  for (let i = phrase.head + 1; i < tokens.length && i <= phrase.head + 4; i++) {
    const t = tokens[i]!;
    if (isVerb(t) && W.dying.has(tokenLemma(t))) {
      verb = i;
      break;
    }
    if (!(t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART')) break;
  }
  if (verb === null) {
    const v = governingVerb(c);
    if (v !== null && (W.dying.has(tokenLemma(tokens[v]!)) || (head === 'life' && ['claim', 'take', 'cost', 'lose'].includes(tokenLemma(tokens[v]!))))) verb = v;
  }
  if (verb === null) return null;
  // the cause: "from drug overdoses", "in crashes", "of heatstroke"
  const cause: number[] = [];
  const by = tokens[verb + 1];
  if (by && ['from', 'of', 'in'].includes(norm(by))) {
    const p = phraseAt(c, skipDeterminers(c, verb + 2));
    if (p !== null && !p.tokens.some((i) => c.excluded(tokens[i]!))) cause.push(...p.tokens);
  }
  const mods = phrase.tokens.filter((i) => i !== phrase.head);
  return reading(c, 'death', [verb, ...mods, ...cause], [], rule);
}

/** Percent words of a compared figure (its scale words are the vocabulary's): "the 40 percent", "the $17 billion in damage". */
const PERCENT_WORDS = new Set(['percent', 'per', 'cent']);

const RULES: Rule[] = [
  {
    id: 'multiple-of',
    reason: 'a multiple is of what it is compared with: "nearly twice the shortfall", "more than double the 285 cases", "three times the $17 billion in damage"',
    read(c, rule) {
      const { tokens } = c;
      // a multiple written as a verb acts on its object ("doubled the extra duty"): the next rules read it
      if (c.figure.unit !== 'times' || isVerb(tokens[c.after - 1])) return null;
      let k = c.after;
      if (norm(tokens[k]) !== 'the') return null;
      k++;
      // over the compared figure itself: "the 285 cases", "the $17 billion in damage", "the 324,917 acres that burned"
      const figureStart = k;
      while (k < tokens.length && (tokens[k]!.pos === 'NUM' || tokens[k]!.pos === 'SYM' || /^[$€£¥]$/.test(tokens[k]!.text) || SCALE_WORDS.has(norm(tokens[k])) || PERCENT_WORDS.has(norm(tokens[k])))) k++;
      if (k > figureStart && norm(tokens[k]) === 'in') k++;
      const phrase = phraseAt(c, skipDeterminers(c, k));
      if (phrase === null || !c.inCore(tokens[phrase.head]!) || c.excluded(tokens[phrase.head]!)) return null;
      // "four times the level of a year earlier": the level is the subject's (the next rules)
      const unwrapped = unwrapContainer(c, phrase);
      if (unwrapped === 'back') return null;
      const dead = deathOf(c, unwrapped, rule);
      if (dead) return dead;
      return reading(c, tokenLemma(tokens[unwrapped.head]!), unwrapped.tokens, [], rule);
    },
  },
  {
    id: 'of-phrase',
    reason: 'the noun after "of" ("70% of drug deaths", "6,500 pounds of fentanyl")',
    read(c, rule) {
      const { tokens } = c;
      let k = c.after;
      if (norm(tokens[k]) === 'worth' && norm(tokens[k + 1]) === 'of') k++;
      if (norm(tokens[k]) !== 'of') return null;
      const next = norm(tokens[k + 1]);
      if (['them', 'which', 'whom', 'it', 'us'].includes(next)) return 'back';
      if (BACK_PRONOUNS.has(next) && !isNoun(tokens[k + 2]) && !isModifier(tokens[k + 2])) return 'back';
      const phrase = phraseAt(c, skipDeterminers(c, k + 1));
      if (phrase === null) return null;
      const unwrapped = unwrapContainer(c, phrase);
      if (unwrapped === 'back') return 'back';
      const dead = deathOf(c, unwrapped, rule);
      if (dead) return dead;
      return reading(c, tokenLemma(tokens[unwrapped.head]!), unwrapped.tokens, [], rule);
    },
  },
  {
    id: 'participle',
    reason: 'a bare count named by the participle after it: "188 injured", "23,172 were injured", "47,700 confirmed dead"',
    read(c, rule) {
      if (c.figure.dimension !== 'count') return null;
      const { tokens } = c;
      let k = c.after;
      // "people" or "others" between ("300 people missing"), a be-form or "confirmed" ("were injured", "confirmed dead")
      if (['people', 'others', 'more', 'persons'].includes(norm(tokens[k]))) k++;
      while (k < tokens.length && k <= c.after + 3 && (['was', 'were', 'are', 'is', 'been', 'have', 'had', 'has', 'be', 'being', 'confirmed', 'reported', 'still', 'now', 'presumed', 'feared', 'left'].includes(norm(tokens[k])))) k++;
      const t = tokens[k];
      if (t === undefined || !c.inCore(t)) return null;
      const head = W.participles.get(norm(t));
      // "126,000 damaged homes": a participle before a noun only qualifies it (the next rule reads the noun)
      if (head === undefined || isNoun(tokens[k + 1]) || isModifier(tokens[k + 1])) return null;
      return { head, quals: [], start: t.start, end: t.end, rule: rule.id, reason: rule.reason };
    },
  },
  {
    id: 'predicate',
    reason: 'a bare count that is what the noun after its verb names: "2,714 were straight-party Republican tickets", "6,400 were children"',
    read(c, rule) {
      if (c.figure.dimension !== 'count') return null;
      const { tokens } = c;
      if (!['were', 'was', 'are', 'is'].includes(norm(tokens[c.after]))) return null;
      const phrase = phraseAt(c, skipDeterminers(c, c.after + 1));
      if (phrase === null || !c.inCore(tokens[phrase.head]!) || phrase.tokens.every((i) => c.excluded(tokens[i]!))) return null;
      const unwrapped = unwrapContainer(c, phrase);
      if (unwrapped === 'back') return 'back';
      return reading(c, tokenLemma(tokens[unwrapped.head]!), unwrapped.tokens, [], rule);
    },
  },
  {
    id: 'list-item',
    // percentages only: in a list of counts the noun before a figure is the part of a stock the first figure counts
    // ("construction added 34,000 jobs and health care 31,000")
    reason: 'the noun before a percentage in a list that shares an earlier verb: "rapes were down 9.4%, aggravated assaults 2.8% and robberies 0.3%"',
    read(c, rule) {
      const phrase = phraseEndingAt(c, c.first - 1);
      if (phrase === null || phrase.tokens.some((i) => c.excluded(c.tokens[i]!))) return null;
      const [sep, prev] = [c.tokens[phrase.tokens[0]! - 1], c.tokens[phrase.tokens[0]! - 2]];
      if (sep === undefined || !(sep.text === ',' || sep.text === ';' || norm(sep) === 'and')) return null;
      // the separator follows another figure of the list
      if (prev === undefined || !(prev.pos === 'NUM' || /(?:\d|%|percent|points?)$/i.test(prev.text))) return null;
      return reading(c, tokenLemma(c.tokens[phrase.head]!), phrase.tokens, [], rule);
    },
  },
  {
    id: 'label',
    reason: 'a figure named by the noun right before it: "magnitude 7.1", "Category 4", "level 3"',
    read(c, rule) {
      const t = c.tokens[c.first - 1];
      if (t === undefined || c.excluded(t) || !c.inCore(t) || c.figure.start - t.end !== 1) return null;
      const head = lemma(t.text, 'noun');
      if (!W.labels.has(head)) return null;
      return reading(c, head, [c.first - 1], [], rule);
    },
  },
  {
    id: 'amount-in',
    reason: 'what an amount is in or for: "$4.2 billion in aid", "$30 million for repairs"',
    read(c, rule) {
      if (!measureDimension(c.figure.dimension)) return null;
      const { tokens } = c;
      const prep = norm(tokens[c.after]);
      if (prep !== 'in' && prep !== 'for') return null;
      const phrase = phraseAt(c, skipDeterminers(c, c.after + 1));
      if (phrase === null || phrase.tokens.every((i) => tokens[i]!.pos === 'PROPN' || c.excluded(tokens[i]!)) || c.excluded(tokens[phrase.head]!)) return null;
      return reading(c, tokenLemma(tokens[phrase.head]!), phrase.tokens, [], rule);
    },
  },
  {
    id: 'noun-after',
    reason: 'the noun the figure counts: "26 alleged cartel leaders", "a $2.1 billion stadium"',
    read(c, rule) {
      const { tokens } = c;
      const phrase = phraseAt(c, c.after);
      if (phrase === null) return null;
      const t = tokens[phrase.head]!;
      if (t.start - c.figure.end > 2 && !isHyphen(tokens[c.after - 1])) {
        // only a noun right after the figure (a hyphen or a space between)
        if (tokens[c.after]!.start - c.figure.end > 1) return null;
      }
      const head = tokenLemma(t);
      if (TIME_NOUNS.has(head) && phrase.tokens.length === 1) return null;
      // "$413,800 set last June", "2,000 hit in May": a verb wink tags as a noun counts nothing
      if (phrase.tokens.length === 1 && !CHANGE_NOUNS.has(head) && (W.passiveStates.has(lemma(t.text, 'verb')) || W.predicative.has(lemma(t.text, 'verb'))) && !/s$/i.test(t.text)) return null;
      // a count of a place's people ("97,000 Americans died", "2,000 Hondurans were returned") counts persons
      const demonym = c.figure.dimension === 'count' && phrase.tokens.length === 1 && /[^s]s$/.test(t.text) && c.excluded(t) && t.pos !== 'NUM';
      if (!demonym && phrase.tokens.some((i) => c.excluded(tokens[i]!)) && phrase.tokens.every((i) => c.excluded(tokens[i]!) || tokens[i]!.pos === 'PROPN')) return null;
      // "a 5% drop in prices": the change of what follows "in"
      if (CHANGE_NOUNS.has(head) && ['in', 'of'].includes(norm(tokens[phrase.head + 1]))) {
        const inner = phraseAt(c, skipDeterminers(c, phrase.head + 2));
        if (inner !== null) return reading(c, tokenLemma(tokens[inner.head]!), inner.tokens, [], rule);
        return null;
      }
      // "a 13% decline from the year before": a change of the measure the text is about
      if (CHANGE_NOUNS.has(head)) return 'back';
      const unwrapped = unwrapContainer(c, phrase);
      if (unwrapped === 'back') return 'back';
      const dead = deathOf(c, unwrapped, rule);
      if (dead) return dead;
      let h = demonym ? 'person' : tokenLemma(tokens[unwrapped.head]!);
      // people a verb acts on are counted by the act: "apprehended 80,000 people" counts apprehensions
      const v = governingVerb(c);
      const act = v === null ? undefined : W.nominals.get(tokenLemma(tokens[v]!));
      if (act !== undefined && W.persons.has(h) && act !== 'death') {
        h = act;
        return reading(c, h, [...unwrapped.tokens, v!], [], rule);
      }
      // what the counted noun is of: "17 cases of tetanus", "300 tons of cocaine" (not a place or a time)
      if (norm(tokens[unwrapped.head + 1]) === 'of' && unwrapped === phrase) {
        const inner = phraseAt(c, skipDeterminers(c, unwrapped.head + 2));
        if (inner !== null && !inner.tokens.some((i) => c.excluded(tokens[i]!)) && !TIME_NOUNS.has(tokenLemma(tokens[inner.head]!))) {
          return reading(c, h, [...unwrapped.tokens, ...inner.tokens], [], rule);
        }
      }
      // the verb the counted noun does or undergoes: "2.26 million customers lost power"
      const extra: number[] = [];
      for (let i = phrase.head + 1; i < tokens.length && i <= phrase.head + 3; i++) {
        const u = tokens[i]!;
        if (isVerb(u) && !W.light.has(tokenLemma(u))) {
          extra.push(i);
          const object = phraseAt(c, skipDeterminers(c, i + 1));
          if (object !== null && object.tokens.length <= 2) extra.push(object.head);
          break;
        }
        if (!(u.pos === 'AUX' || u.pos === 'ADV' || u.pos === 'PART')) break;
      }
      return reading(c, h, unwrapped.tokens, [...extra, ...clauseWords(c, h)], rule);
    },
  },
  {
    id: 'value-of',
    reason: 'the noun whose value the figure is: "a deficit of $27.6 billion", "the shortfall at $37.9 billion", "turnout: 60%"',
    read(c, rule) {
      const { tokens } = c;
      // "at a record $53 billion": grading words and an article between the preposition and the figure
      let p = c.first - 1;
      while (p > 0 && (GRADING.has(norm(tokens[p])) || norm(tokens[p]) === 'a' || norm(tokens[p]) === 'an') && p > c.first - 4) p--;
      const prep = tokens[p];
      if (prep === undefined || !VALUE_PREPS.has(norm(prep))) return null;
      let j = p - 1;
      // "a deficit of about $27 billion", "the rate of some 4%"
      while (j >= 0 && DETERMINERS.has(norm(tokens[j])) && norm(tokens[j]) !== 'the') j--;
      // "imports hit an all-time high of $419 billion": a high, a low or a peak is its subject's
      if (EXTREMES.has(norm(tokens[j])) && norm(prep) === 'of') return extremeOf(c, j, rule);
      const phrase = phraseEndingAt(c, j);
      if (phrase === null || !c.inCore(tokens[phrase.head]!)) return null;
      // "rose to 91,000", "fell to 4.1%": a verb before "to" makes it a level of the subject (next rule)
      if (norm(prep) === 'to' && isVerb(tokens[phrase.tokens[0]! - 1])) return null;
      const unwrapped = unwrapContainer(c, phrase);
      if (unwrapped === 'back') return 'back';
      const head = tokenLemma(tokens[unwrapped.head]!);
      // "a decline of 3% in imports" is of what follows; "for a decline of about 20%", a bare change, of the figure before it
      if (CHANGE_NOUNS.has(head)) {
        if (unwrapped.tokens.length > 1) return null;
        if (!['in', 'among'].includes(norm(tokens[c.after]))) return 'back';
        const of = phraseAt(c, skipDeterminers(c, c.after + 1));
        return of === null || c.excluded(tokens[of.head]!) ? null : reading(c, tokenLemma(tokens[of.head]!), of.tokens, [], rule);
      }
      if (head === 'toll') return reading(c, 'death', unwrapped.tokens, [], rule);
      if (EXTREMES.has(head)) return extremeOf(c, unwrapped.tokens[0]!, rule);
      // "to a seasonally adjusted annual rate of 5.04 million": a rate or pace no noun qualifies is its subject's
      if ((head === 'rate' || head === 'pace') && unwrapped.tokens.every((i) => i === unwrapped.head || !isNoun(tokens[i]))) {
        const subject = extremeOf(c, unwrapped.tokens[0]!, rule);
        if (subject !== null) return subject;
      }
      return reading(c, head, unwrapped.tokens, clauseWords(c, head), rule);
    },
  },
  {
    id: 'duration-of',
    reason: 'how long something lasted is of what lasted: "paused them for 30 days" (pause), "a 90-day extension", "it took more than a week to restore service"',
    read(c, rule) {
      if (c.figure.dimension !== 'duration') return null;
      const { tokens } = c;
      // "a 90-day extension": the noun the span qualifies
      if (/[-‐‑](?:day|week|month|year|hour)s?$/i.test(c.text.slice(c.figure.start, c.figure.end)) && isNoun(tokens[c.after]) && c.inCore(tokens[c.after]!)) {
        const phrase = phraseAt(c, c.after);
        if (phrase !== null) return reading(c, tokenLemma(tokens[phrase.head]!), phrase.tokens, [], rule);
      }
      // "took more than a week to restore": the verb after "to"
      const v = governingVerb(c);
      if (v !== null && tokenLemma(tokens[v]!) === 'take' && norm(tokens[c.after]) === 'to' && isVerb(tokens[c.after + 1])) {
        const verb = tokenLemma(tokens[c.after + 1]!);
        const object = phraseAt(c, skipDeterminers(c, c.after + 2));
        return reading(c, W.nominals.get(verb) ?? verb, [c.after + 1, ...(object?.tokens ?? [])], [], rule);
      }
      // "paused them for 30 days", "governed for 14 years": the verb the span is for
      if (!['for', 'within'].includes(norm(tokens[c.first - 1]))) return null;
      for (let i = c.first - 2; i >= 0 && i >= c.first - 5; i--) {
        const t = tokens[i]!;
        if (!c.inCore(t)) return null;
        if (isVerb(t) && !W.light.has(tokenLemma(t))) {
          const verb = tokenLemma(t);
          return reading(c, W.nominals.get(verb) ?? verb, [i], [], rule);
        }
        if (!(t.pos === 'PRON' || isNoun(t) || t.pos === 'ADV' || t.pos === 'DET')) return null;
      }
      return null;
    },
  },
  {
    id: 'from-to',
    reason: 'the two ends of a move are of what moved: "its tally of destroyed structures from 134 to 66", "hate crime incidents fell slightly, from 10,687 to 10,627"',
    read(c, rule) {
      const { tokens } = c;
      // "from" right before the figure, or before the first end of "from X [in 2022] to Y"
      let f = c.first - 1;
      if (norm(tokens[f]) === 'to') {
        let k = f - 1;
        while (k >= 0 && k > f - 8 && norm(tokens[k]) !== 'from' && (tokens[k]!.pos === 'NUM' || tokens[k]!.pos === 'SYM' || c.excluded(tokens[k]!) || /^(?:about|nearly|more|than|roughly|some|almost|over|under|just|[$€£%]|percent|million|billion|trillion|thousand)$/i.test(tokens[k]!.text))) k--;
        if (norm(tokens[k]) !== 'from') return null;
        f = k;
      } else if (norm(tokens[f]) !== 'from') return null;
      let j = f - 1;
      let comma = false;
      for (; j >= 0 && (tokens[j]!.pos === 'ADV' || tokens[j]!.text === ','); j--) if (tokens[j]!.text === ',') comma = true;
      const t = tokens[j];
      // "incidents fell slightly, from 10,687 to 10,627": the move set off by a comma is its sentence's verb's
      const whole = comma ? { ...c, inCore: () => true } : c;
      if (t === undefined || !whole.inCore(t)) return null;
      if (isVerb(t)) {
        if (!W.predicative.has(tokenLemma(t))) return null;
        const subject = subjectOf(whole, j);
        if (subject === null || subject === 'back') return subject;
        const head = tokenLemma(tokens[subject.head]!);
        if (W.containers.has(head) || W.actors.has(head) || c.actor(tokens[subject.head]!)) return null;
        return reading(c, head, subject.tokens, [], rule);
      }
      const phrase = phraseEndingAt(c, j);
      if (phrase === null || tokens[phrase.head]!.pos === 'PROPN' || c.excluded(tokens[phrase.head]!) || c.actor(tokens[phrase.head]!)) return null;
      const unwrapped = unwrapContainer(c, phrase);
      if (unwrapped === 'back') return 'back';
      return reading(c, tokenLemma(tokens[unwrapped.head]!), unwrapped.tokens, [], rule);
    },
  },
  {
    id: 'subject',
    reason: 'the subject of the verb that states the figure: "turnout was 59.7%", "pedestrian deaths fell 5.4%", "the toll rose to 230"',
    read(c, rule) {
      // "arrests doubled", "requests roughly doubled": a multiple written as a verb is its own verb
      const ownVerb = c.figure.unit === 'times' && /^\p{L}/u.test(c.tokens[c.first]?.text ?? '') && /(?:ed|es|s)$/i.test(c.tokens[c.after - 1]?.text ?? '');
      const v = ownVerb ? c.after - 1 : governingVerb(c);
      if (v === null) return null;
      const verb = tokenLemma(c.tokens[v]!);
      const passive = W.passiveStates.has(verb) && ['was', 'were', 'been', 'be', 'is', 'are'].includes(norm(c.tokens[v - 1]));
      if (!ownVerb && !W.predicative.has(verb) && !passive) return null;
      const subject = subjectOf(c, v);
      if (subject === null) return null;
      if (subject === 'back') return 'back';
      const head = tokenLemma(c.tokens[subject.head]!);
      if (head === 'toll') return reading(c, 'death', subject.tokens, [], rule);
      if (W.containers.has(head)) return 'back';
      // "the state could recover $6.4 billion": a body that acts is not what its figure measures
      if (W.actors.has(head)) return null;
      return reading(c, head, subject.tokens, [], rule);
    },
  },
  {
    id: 'toll',
    reason: 'a death toll: "the toll rose to 230", "the death toll stands at 42"',
    read(c, rule) {
      const v = governingVerb(c);
      const subject = v === null ? null : subjectOf(c, v);
      const before = c.text.slice(Math.max(0, c.figure.start - 40), c.figure.start);
      const toll = /\b(?:death\s+)?tolls?\b[^.;]*$/i.exec(before);
      if (toll === null || (subject !== null && subject !== 'back')) return null;
      const at = c.figure.start - before.length + toll.index;
      const k = firstTokenAfter(c.tokens, at);
      return reading(c, 'death', c.tokens[k] ? [k] : [], [], rule);
    },
  },
  {
    id: 'unit',
    reason: 'a measure with no noun but its unit: "41,200 acres", "more than 40 hours"',
    read(c, rule) {
      if (!measureDimension(c.figure.dimension) || c.figure.dimension === 'currency') return null;
      const { tokens } = c;
      let unit: number | null = null;
      for (let i = c.first; i < c.after; i++) if (/^\p{L}{2,}/u.test(tokens[i]!.text) && (isNoun(tokens[i]) || tokens[i]!.pos === 'ADJ' || tokens[i]!.pos === 'VERB')) unit = i;
      if (unit === null) return null;
      const head = lemma(tokens[unit]!.text, 'noun');
      return reading(c, head, [unit], clauseWords(c, 'acre'), rule);
    },
  },
  {
    id: 'verb-object',
    reason: 'the figure counts what a verb did, with no noun written: "police arrested 40", "the team sold for $6.1 billion"',
    read(c, rule) {
      const v = governingVerb(c);
      if (v === null) return null;
      const verb = tokenLemma(c.tokens[v]!);
      const nominal = W.nominals.get(verb);
      if (nominal === undefined) return null;
      return reading(c, nominal, [v], [], rule);
    },
  },
];

/** The rules' ids and reasons, for documentation and tests. */
export const MEASURE_RULES: ReadonlyArray<{ id: string; reason: string }> = RULES.map(({ id, reason }) => ({ id, reason }));

const rule = (id: string) => RULES.find((r) => r.id === id)!;
/**
 * The rules tried for each kind of figure, in order. A measure in a unit is first what its unit measures
 * ("containment at 429,603 acres" is acres, not containment); money and percentages are first what they are of
 * or for; a count is first the noun it counts.
 */
const ORDER: Record<'count' | 'measure' | 'currency' | 'percent', readonly Rule[]> = {
  count: ['of-phrase', 'participle', 'noun-after', 'predicate', 'from-to', 'value-of', 'subject', 'toll', 'label', 'verb-object'].map(rule),
  measure: ['of-phrase', 'amount-in', 'duration-of', 'unit', 'from-to', 'value-of', 'subject', 'label'].map(rule),
  currency: ['of-phrase', 'amount-in', 'noun-after', 'from-to', 'value-of', 'subject', 'verb-object'].map(rule),
  percent: ['multiple-of', 'of-phrase', 'noun-after', 'list-item', 'from-to', 'value-of', 'subject', 'verb-object'].map(rule),
};
const orderFor = (dimension: string) =>
  dimension === 'currency' ? ORDER.currency : dimension === 'percent' || dimension === 'ratio' ? ORDER.percent : measureDimension(dimension) ? ORDER.measure : ORDER.count;

const BE = new Set(['was', 'were', 'is', 'are']);

/**
 * What a share's complement says its part is: "88.9% of last year's victims were men", "at least 83.2% were
 * Black", "two-thirds of them were children" — lemmas of the one or two words after a be-form that follows the
 * figure (over its of-phrase), ending the clause. Another share of the same whole with another complement is
 * another measure. Empty when there is none (a participle, "were injured", is read as the measure itself).
 */
export function predicateOf(input: Pick<MeasureInput, 'tokens' | 'figure' | 'core' | 'periods'>): string[] {
  const { tokens, figure } = input;
  if (figure.dimension !== 'percent' && figure.dimension !== 'ratio' && figure.dimension !== 'count') return [];
  let k = firstTokenAfter(tokens, figure.end);
  const inCore = (i: number) => tokens[i] !== undefined && input.core.some((s) => tokens[i]!.start >= s.start && tokens[i]!.end <= s.end);
  // over the of-phrase: "of last year's victims"
  if (norm(tokens[k]) === 'of') for (let n = 0; n < 7 && k < tokens.length && !BE.has(norm(tokens[k])); n++) k++;
  if (!BE.has(norm(tokens[k])) || !inCore(k)) return [];
  const out: string[] = [];
  let j = k + 1;
  for (; j < tokens.length && j <= k + 2; j++) {
    const t = tokens[j]!;
    if (!inCore(j) || !(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN') || input.periods.some((p) => t.start >= p.start && t.end <= p.end)) break;
    if (W.participles.has(norm(t))) return [];
    out.push(lemma(t.text, t.pos === 'ADJ' ? 'other' : 'noun').toLowerCase());
  }
  // the complement ends the clause: "were men.", "were Black, and …" — not "were men in their 20s who …"
  const end = tokens[j];
  if (out.length === 0 || (end !== undefined && inCore(j) && !/^[,.;:)—–]$/.test(end.text) && norm(end) !== 'and')) return [];
  return out;
}

/** What the figure measures, by the first rule that reads it. */
export function readMeasure(input: MeasureInput): MeasureResult {
  const { tokens, figure } = input;
  const first = firstTokenAfter(tokens, figure.start);
  const places = input.mentions.filter((m) => m.type === 'country' || m.type === 'place');
  const actors = input.mentions.filter((m) => m.type !== 'country' && m.type !== 'place');
  const c: Ctx = {
    ...input,
    first,
    after: firstTokenAfter(tokens, figure.end),
    inCore: (t) => input.core.some((s) => t.start >= s.start && t.end <= s.end),
    actor: (t) => actors.some((m) => t.start >= m.start && t.end <= m.end),
    excluded: (t) => t.pos === 'NUM' || places.some((m) => t.start >= m.start && t.end <= m.end) || input.periods.some((p) => t.start >= p.start && t.end <= p.end),
  };
  // money for a unit of a good: "$3.10 a gallon" is a price, of what the words name when they name it
  const unit = figure.dimension === 'currency' ? PER_GOOD.exec(input.text.slice(figure.start, Math.min(input.text.length, figure.end + 16))) : null;
  const unitPrice = (of: MeasureRead | null): Omit<MeasureResult, 'part'> => {
    const rule = { id: 'unit-price', reason: 'money a unit of a good: "$3.10 a gallon", "$80 a barrel"' };
    const good = of === null || PRICE_OF.has(of.head) ? [] : [of.head];
    return { read: { head: unit![1]!.toLowerCase() === 'hour' ? 'wage' : 'price', quals: [lemma(unit![1]!, 'noun'), ...good], start: of?.start ?? figure.start, end: of?.end ?? figure.end, rule: rule.id, reason: rule.reason }, refersBack: false };
  };
  const part = partOf(c);
  let refersBack = false;
  for (const r of orderFor(figure.dimension)) {
    const found = r.read(c, r);
    if (found === 'back') {
      refersBack = true;
      break;
    }
    // a month, a weekday or a quantity word is never what a figure measures
    if (found !== null && !W.notQualifiers.has(found.head) && /\p{L}{2}/u.test(found.head)) {
      if (unit !== null && !PRICES.has(found.head)) return { ...unitPrice(found), part };
      return { read: priced(c, found), refersBack: false, part };
    }
  }
  if (unit !== null) return { ...unitPrice(null), part };
  return { read: null, refersBack, part };
}

/** Heads that already name what a unit of something costs: "gas prices averaged $3.10 a gallon". */
const PRICES = new Set(['price', 'cost', 'wage', 'fee', 'fare', 'rate', 'pay', 'salary', 'rent', 'charge', 'premium', 'value']);

/** A unit of a good that money is quoted for. */
const PER_GOOD = /(?:\ba|\ban|\bper|\beach|\/)\s*(gallon|barrel|pound|ounce|dozen|ton|tonne|bushel|liter|litre|kilogram|kilo|hour|share|ticket|night|square\s+foot)\b/i;
/** Heads that, said of money, name a price of a good rather than what it measures: a unit, an average of it. */
const PRICE_OF = new Set(['gallon', 'barrel', 'pound', 'ounce', 'dozen', 'bushel', 'average', 'median', 'mean']);

/** Verbs that state what a thing costs: "a dozen eggs averaged $3.82", "the median home sold for $412,000". */
const PRICE_VERBS = new Set(['average', 'cost', 'sell', 'fetch', 'retail', 'trade']);

/**
 * A currency figure read as a unit of a good or an average ("the national average for regular was $3.21"), or as
 * the subject of a verb of pricing ("a dozen Grade A large eggs averaged $3.82"), is its price.
 */
function priced(c: Ctx, read: MeasureRead): MeasureRead {
  if (c.figure.dimension !== 'currency') return read;
  const v = read.rule === 'subject' && !PRICES.has(read.head) ? governingVerb(c) : null;
  if (v !== null && PRICE_VERBS.has(tokenLemma(c.tokens[v]!))) return { ...read, head: 'price', quals: [...new Set([read.head, ...read.quals])] };
  if (!PRICE_OF.has(read.head)) return read;
  return { ...read, head: 'price', quals: [...new Set([read.head, ...read.quals])].filter((q) => q !== 'average' && q !== 'median' && q !== 'mean') };
}
