import type { Token } from '../contracts/index.js';
import { firstTokenAfter, isHyphen, norm, type Span } from './tokens.js';

/**
 * What a figure counts: the head noun after it ("26 alleged cartel leaders" → leaders), the noun phrase after
 * "of"/"in" for measures and shares ("6,500 pounds of fentanyl powder" → fentanyl powder, "70% of all
 * drug-related deaths" → deaths), the subject when the figure stands alone ("fatalities ... topped 15,000" →
 * fatalities), and deaths when people die or lives are claimed ("97,000 Americans died" → deaths).
 */
export interface Counted extends Span {
  text: string;
  via: 'after' | 'of' | 'subject' | 'death';
}

export interface CountedInput {
  /** the figure */
  start: number;
  end: number;
  dimension: string;
  unit: string;
}

/** Dimensions whose figure measures something named after "of"/"in" rather than counting a noun. */
const MEASURES = new Set(['mass', 'volume', 'length', 'area', 'currency', 'weight', 'energy']);
/** Plural nouns wink-nlp sometimes tags as verbs. */
const NOUNISH = new Set(['overdoses', 'arrests', 'seizures', 'raids', 'charges', 'deaths', 'murders', 'homicides', 'kills', 'shootings', 'killings', 'poisonings']);
const PERSONS = new Set([
  'people', 'persons', 'person', 'americans', 'individuals', 'residents', 'children', 'men', 'women', 'adults',
  'teens', 'teenagers', 'youths', 'users', 'citizens', 'mexicans', 'civilians', 'victims', 'patients', 'lives',
  'canadians', 'americans', 'soldiers', 'migrants',
]);
const DIE_AFTER = /^\s*(?:have\s+|had\s+|were\s+|are\s+|have\s+been\s+|had\s+been\s+)?(?:died|die|dies|dying|dead|killed|perished|lost\s+their\s+lives|were\s+killed|fatally)\b/i;
const KILL_BEFORE = /\b(?:claimed|took|cost|killed|kill|kills|claims|claiming|taking|costing|killing)\s+(?:the\s+lives\s+of\s+)?(?:\S+\s+){0,2}$/i;
/** Heads that stand for what follows "of": "the number of deaths", "a total of 1,200 arrests". */
const CONTAINERS = new Set(['number', 'total', 'count', 'tally', 'sum', 'majority', 'share', 'percentage', 'proportion']);
const SKIP_DET = new Set(['the', 'those', 'these', 'all', 'its', 'their', 'his', 'her', 'our', 'such', 'a', 'an', 'some', 'our']);

const isNoun = (t: Token | undefined) =>
  t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN' || NOUNISH.has(norm(t))) && /\p{L}/u.test(t.text);
const isModifier = (t: Token | undefined) =>
  t !== undefined && (t.pos === 'ADJ' || (t.pos === 'VERB' && /(?:ed|ing)$/.test(norm(t))));

/** A noun run starting at token `k`: premodifiers, then nouns (with hyphen compounds). Returns token indexes. */
function nounRun(tokens: readonly Token[], k: number, limit: number, stops: readonly Span[] = []): number[] {
  const run: number[] = [];
  let seenNoun = false;
  for (let i = k; i < tokens.length && i < k + 8 && tokens[i]!.start < limit; i++) {
    const t = tokens[i]!;
    if (stops.some((s) => t.start >= s.start && t.end <= s.end)) break;
    // a possessor is not the head: "Mexico's homicide rate" → rate
    if (/^['’]s$/.test(t.text) && seenNoun) {
      run.length = 0;
      seenNoun = false;
      continue;
    }
    const prev = tokens[i - 1];
    const afterHyphen = run.length > 0 && isHyphen(prev) && tokens[i - 1]!.end === t.start;
    if (isHyphen(t) && run.length > 0 && prev !== undefined && prev.end === t.start) {
      run.push(i);
      continue;
    }
    if (isNoun(t)) {
      run.push(i);
      seenNoun = true;
      continue;
    }
    if (afterHyphen && /\p{L}/u.test(t.text)) {
      run.push(i);
      continue;
    }
    // premodifiers; a verb-tagged word before a noun is a noun modifier ("overdose deaths")
    if (!seenNoun && (isModifier(t) || (t.pos === 'VERB' && isNoun(tokens[i + 1])))) {
      run.push(i);
      continue;
    }
    if (!seenNoun && (norm(t) === 'but' || norm(t) === 'and') && isModifier(tokens[i - 1]) && (isModifier(tokens[i + 1]) || isNoun(tokens[i + 1]))) {
      run.push(i);
      continue;
    }
    break;
  }
  while (run.length > 0 && !isNoun(tokens[run[run.length - 1]!])) run.pop();
  return run;
}

function word(t: Token): string {
  return t.pos === 'PROPN' && !/^[A-Z][a-z]+s$/.test(t.text) ? t.text : t.text.toLowerCase();
}

function headOf(tokens: readonly Token[], run: number[]): Counted | null {
  const last = run[run.length - 1];
  if (last === undefined) return null;
  const t = tokens[last]!;
  return { start: t.start, end: t.end, text: word(t), via: 'after' };
}

/** The trailing group of nouns of a run ("illicit proceeds" → proceeds, "fentanyl powder" → fentanyl powder). */
function compoundOf(text: string, tokens: readonly Token[], run: number[]): Counted | null {
  let i = run.length - 1;
  while (i > 0 && (isNoun(tokens[run[i - 1]!]) || isHyphen(tokens[run[i - 1]!]))) i--;
  const first = tokens[run[i]!];
  const last = tokens[run[run.length - 1]!];
  if (first === undefined || last === undefined) return null;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end).toLowerCase(), via: 'of' };
}

/** Skip determiners and a figure inside the phrase: "of the 107,000 deaths" → deaths. */
function skipDeterminers(tokens: readonly Token[], k: number): number {
  while (k < tokens.length && (SKIP_DET.has(norm(tokens[k])) || (tokens[k]!.pos === 'NUM' && k > 0))) k++;
  return k;
}

/** Verbs that put a figure in the predicate about the subject: "deaths topped 15,000", "the toll rose to 1,200". */
const PREDICATIVE = new RegExp(`^(?:${[
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'stood', 'stands', 'reached', 'reaches', 'rose', 'rises', 'risen',
  'fell', 'falls', 'fallen', 'dropped', 'drops', 'declined', 'declines', 'climbed', 'climbs', 'increased', 'increases',
  'decreased', 'decreases', 'totaled', 'totalled', 'totals', 'numbered', 'topped', 'tops', 'exceeded', 'exceeds',
  'surpassed', 'surpasses', 'hit', 'hits', 'jumped', 'jumps', 'soared', 'soars', 'grew', 'grows', 'amounted',
  'remained', 'remains', 'stayed', 'neared', 'nears', 'approached', 'passed', 'crossed', 'plunged', 'plummeted',
  'surged', 'spiked', 'dipped', 'doubled', 'tripled', 'came', 'went', 'edged', 'ticked', 'slid', 'sank', 'shrank',
].join('|')})$`, 'i');
const BETWEEN = new Set(['ADP', 'ADV', 'PART', 'DET']);

/**
 * The subject a predicative figure is about ("cocaine-related fatalities ... topped 15,000", "the number of
 * arrests fell by 3,000"): the head of the clause's first noun phrase that is not inside a prepositional phrase,
 * read over the clause's core spans only. Null when the figure is the object of an action ("expelled 3,000").
 */
function subjectOf(text: string, tokens: readonly Token[], value: Span, core: readonly Span[], stops: readonly Span[]): Counted | null {
  const inCore = tokens.filter((t) => t.end <= value.start && core.some((c) => t.start >= c.start && t.end <= c.end) && !stops.some((s) => t.start >= s.start && t.end <= s.end));
  const compound = (i: number) => isHyphen(inCore[i - 1]) && inCore[i - 1]!.end === inCore[i]!.start;
  let v = inCore.length - 1;
  while (v >= 0 && BETWEEN.has(inCore[v]!.pos) && !(inCore[v]!.pos === 'AUX')) v--;
  const verb = inCore[v];
  const ownVerb = /^\p{L}+/u.exec(text.slice(value.start, value.end))?.[0] ?? '';
  if (verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX') && !compound(v)) {
    if (!PREDICATIVE.test(verb.text)) return null;
  } else if (!PREDICATIVE.test(ownVerb)) {
    return null;
  } else {
    v = inCore.length;
  }
  let inPhrase = false;
  for (let i = 0; i < v; i++) {
    const t = inCore[i]!;
    if (t.pos === 'ADP') {
      inPhrase = true;
      continue;
    }
    if (t.text === ',') {
      inPhrase = false;
      continue;
    }
    if (!(isNoun(t) || isModifier(t))) continue;
    const at = tokens.indexOf(t);
    const run = nounRun(tokens, at, inCore[v - 1]?.end ?? value.start);
    if (run.length === 0) continue;
    if (inPhrase) {
      // skip the object of the preposition (never backwards: the run may end outside the core)
      i = Math.max(i, inCore.indexOf(tokens[run[run.length - 1]!]!));
      inPhrase = false;
      continue;
    }
    let head = headOf(tokens, run);
    const last = run[run.length - 1]!;
    if (head !== null && CONTAINERS.has(head.text.toLowerCase()) && norm(tokens[last + 1]) === 'of') {
      head = headOf(tokens, nounRun(tokens, skipDeterminers(tokens, last + 2), value.start)) ?? head;
    }
    return head === null ? null : { ...head, via: 'subject' };
  }
  return null;
}

function deathsOf(text: string, head: Counted, value: Span): Counted {
  const h = head.text.toLowerCase();
  if (!PERSONS.has(h)) return head;
  const after = text.slice(head.end, head.end + 40);
  const before = text.slice(Math.max(0, value.start - 40), value.start);
  if (DIE_AFTER.test(after) || KILL_BEFORE.test(before) || (h === 'lives' && /\b(?:lost|claimed|took|cost)\b/i.test(before))) {
    return { ...head, text: 'deaths', via: 'death' };
  }
  return head;
}

/** Time words that follow a figure without being what it counts ("fell by 3,000 last year", "100,000 a year"). */
const TIME_AFTER = /^(?:last|this|next|a|an|per|each|every)\s+(?:year|month|week|day|decade|quarter)s?\b/i;

/**
 * What the figure in `q` counts, read from the sentence's tokens; null when nothing is counted (durations,
 * ratios). `periods` are period expressions of the sentence: their words are never the counted noun.
 */
export function countedOf(text: string, tokens: readonly Token[], q: CountedInput, core: readonly Span[], periods: readonly Span[] = []): Counted | null {
  const timeAfter = TIME_AFTER.exec(text.slice(q.end).trimStart());
  if (timeAfter) {
    const at = q.end + (text.slice(q.end).length - text.slice(q.end).trimStart().length);
    periods = [...periods, { start: at, end: at + timeAfter[0].length }];
  }
  const limit = Math.max(q.end, ...core.map((c) => c.end));
  let k = firstTokenAfter(tokens, q.end);
  const measure = MEASURES.has(q.dimension);
  const share = q.dimension === 'percent' || q.unit === 'percent';
  if (q.dimension === 'duration' || q.dimension === 'ratio' || q.dimension === 'time' || q.dimension === 'date') return null;

  const next = norm(tokens[k]);
  if (next === 'of' || (measure && (next === 'in' || next === 'worth'))) {
    k = skipDeterminers(tokens, next === 'worth' && norm(tokens[k + 1]) === 'of' ? k + 2 : k + 1);
    const run = nounRun(tokens, k, limit, periods);
    if (run.length === 0) return null;
    // "$3,000 in China" names a place, not what the money is
    if (next === 'in' && run.every((i) => tokens[i]!.pos === 'PROPN' || isHyphen(tokens[i]))) return null;
    if (measure) return compoundOf(text, tokens, run);
    const head = headOf(tokens, run);
    if (head === null) return null;
    return deathsOf(text, { ...head, via: 'of' }, q);
  }
  if (measure) return null;

  const run = nounRun(tokens, k, limit, periods);
  let head = headOf(tokens, run);
  if (head !== null && CONTAINERS.has(head.text.toLowerCase()) && norm(tokens[run[run.length - 1]! + 1]) === 'of') {
    const inner = headOf(tokens, nounRun(tokens, skipDeterminers(tokens, run[run.length - 1]! + 2), limit, periods));
    if (inner !== null) head = inner;
  }
  if (head === null && /\btolls?\s+(?:to|at|of|stood\s+at|reached|rose\s+to|climbed\s+to)\s+$/i.test(text.slice(Math.max(0, q.start - 30), q.start))) {
    const at = text.lastIndexOf('toll', q.start);
    return { start: at, end: at + 4, text: 'deaths', via: 'death' };
  }
  if (head === null && !share) head = subjectOf(text, tokens, q, core, periods);
  if (head === null) return null;
  if (/^tolls?$/i.test(head.text) && /death/i.test(text.slice(head.start - 10, head.start))) return { ...head, text: 'deaths', via: 'death' };
  return deathsOf(text, head, q);
}
