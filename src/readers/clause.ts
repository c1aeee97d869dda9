import { MONTHS, WEEKDAYS } from '../core/vocabulary.js';
import { work } from '../core/work.js';
import type { Token } from '../contracts/index.js';
import { isNounish, isVerbish, norm, type Span } from './tokens.js';

/**
 * The clause of a figure: the part of its sentence that states the figure and what it counts. A sentence is cut
 * into segments at clause separators (; : dashes, quotation marks, parentheses, commas, and conjunctions that open
 * a new clause); the figure's segment is then widened where it cannot stand alone: an opening adverbial ("In
 * 2021, ..."), a subject left behind a parenthetical ("cocaine-related fatalities, often ..., topped 15,000"), the
 * antecedent of "which"/"who".
 */

export type Opener = 'start' | 'hard' | 'comma' | 'conj' | 'list';

export interface Segment extends Span {
  /** token indexes into the sentence's tokens, inclusive */
  first: number;
  last: number;
  /** what separates this segment from the one before */
  opener: Opener;
}

export interface Clause extends Span {
  /** the segments that carry the claim itself (no parentheticals): where metric, period and place are read first */
  core: Span[];
  /** a wider span for what the clause leaves implicit: the main clause of a participle, the head of a list */
  context: Span;
  /** when the figure is an item of a list of figures ("seized X, Y and Z last year"): the whole list */
  list: Span | null;
  /** how the clause was widened, for the claim's reason */
  notes: string[];
}

const HARD = new Set([';', ':', '–', '—', '…', '(', ')', '[', ']', '“', '”', '"', '«', '»']);
/** Words that open a new clause when a subject and a verb follow (no comma needed). */
const SPLIT_CONJ = new Set(['but', 'while', 'whereas', 'although', 'though', 'because', 'before', 'when', 'unless', 'whilst']);
/** Connectives trimmed from the start of a clause. */
const LEADING = new Set([
  'and', 'but', 'or', 'so', 'yet', 'with', 'while', 'whilst', 'whereas', 'when', 'before', 'after', 'because',
  'although', 'though', 'as', 'then', 'plus', 'including',
]);
const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'where']);
const INTRO_START = new Set([
  'in', 'on', 'during', 'between', 'from', 'for', 'since', 'by', 'over', 'throughout', 'across', 'at', 'last',
  'this', 'earlier', 'through', 'until', 'as', 'so', 'within', 'nationwide', 'overall', 'altogether', 'in total',
  'however', 'meanwhile', 'yesterday', 'today', 'after', ...WEEKDAYS, ...MONTHS.keys(),
]);
const PERIOD_VERBS = new Set(['ending', 'ended', 'starting', 'beginning', 'through']);
const PARENTHETICAL_START = new Set(['often', 'once', 'mostly', 'mainly', 'largely', 'many', 'most', 'some', 'including', 'due', 'like', 'such', 'a', 'an', 'typically', 'usually', 'reportedly', 'allegedly', 'according']);

function isDashToken(text: string, t: Token): boolean {
  if (!/^[-‐‑]{1,2}$/.test(t.text)) return false;
  return /\s/.test(text[t.start - 1] ?? ' ') && /\s/.test(text[t.end] ?? ' ');
}

/** Where a clause may open without a comma: a conjunction followed, within a few words, by a subject and a verb. */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined) return false;
  if (!(isNounish(next) || next.pos === 'PRON' || next.pos === 'DET' || norm(next) === 'there')) return false;
  for (let k = i + 2; k < Math.min(tokens.length, i + 10); k++) {
    const t = tokens[k]!;
    if (t.text === ',' || HARD.has(t.text)) return false;
    if (isVerbish(t)) return true;
  }
  return false;
}

/**
 * Where the figures lie among a sentence's tokens: `inside[i]` when token i continues a figure that started
 * before it, `starts[i]` when a figure starts at token i. One sweep over both sorted lists.
 */
function figureTokens(tokens: readonly Token[], quantities: readonly Span[]): { inside: Uint8Array; starts: Uint8Array } {
  const inside = new Uint8Array(tokens.length);
  const starts = new Uint8Array(tokens.length);
  const sorted = isSortedByStart(quantities) ? quantities : [...quantities].sort((a, b) => a.start - b.start);
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (q < sorted.length && sorted[q]!.end <= t.start) q++;
    // figures overlapping this token: from q on, while they start at or before it
    for (let k = q; k < sorted.length && sorted[k]!.start <= t.start; k++) {
      const f = sorted[k]!;
      if (f.start === t.start) starts[i] = 1;
      if (t.start > f.start && t.end <= f.end) inside[i] = 1;
    }
  }
  return { inside, starts };
}

function isSortedByStart(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.start) return false;
  return true;
}

/**
 * Cut a sentence into segments. `quantities` are the figures of the sentence: "and" before a figure starts a new
 * list item ("1,436 investigations and 3,337 arrests").
 */
export function segmentsOf(text: string, tokens: readonly Token[], quantities: readonly Span[] = []): Segment[] {
  const segments: Segment[] = [];
  const figures = figureTokens(tokens, quantities);
  work(tokens.length + quantities.length);
  let first = -1;
  let opener: Opener = 'start';
  let pending: Opener = 'start';
  const close = (end: number) => {
    let last = end;
    while (last >= first && tokens[last]?.pos === 'PUNCT' && !/^[%)\]]$/.test(tokens[last]!.text)) last--;
    if (first >= 0 && last >= first) {
      segments.push({ start: tokens[first]!.start, end: tokens[last]!.end, first, last, opener });
    }
    first = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = norm(t);
    const insideFigure = figures.inside[i] === 1;
    if (!insideFigure && (HARD.has(t.text) || isDashToken(text, t))) {
      close(i - 1);
      pending = 'hard';
      continue;
    }
    if (!insideFigure && t.text === ',') {
      close(i - 1);
      if (pending !== 'hard') pending = 'comma';
      continue;
    }
    if (first >= 0 && !insideFigure) {
      if ((w === 'and' || w === 'or') && figures.starts[i + 1] === 1) {
        close(i - 1);
        pending = 'list';
      } else if (SPLIT_CONJ.has(w) && opensClause(tokens, i)) {
        close(i - 1);
        pending = 'conj';
      }
    }
    if (first < 0) {
      first = i;
      opener = pending;
      pending = 'comma';
    }
  }
  close(tokens.length - 1);
  return segments;
}

function hasFiniteVerb(tokens: readonly Token[], seg: Segment): boolean {
  for (let k = seg.first; k <= seg.last; k++) {
    const t = tokens[k]!;
    if (isVerbish(t) && !PERIOD_VERBS.has(norm(t))) return true;
  }
  return false;
}

function hasNoun(tokens: readonly Token[], seg: Segment, before = Infinity): boolean {
  for (let k = seg.first; k <= seg.last && tokens[k]!.start < before; k++) {
    const t = tokens[k]!;
    if (isNounish(t) || (t.pos === 'PRON' && !RELATIVE.has(norm(t)))) return true;
  }
  return false;
}

/** First token of a segment after connectives ("with", "while", "and"...). */
function firstContent(tokens: readonly Token[], seg: Segment): number {
  let k = seg.first;
  while (k < seg.last && LEADING.has(norm(tokens[k]))) k++;
  return k;
}

function isIntroductory(tokens: readonly Token[], seg: Segment): boolean {
  if (seg.last - seg.first > 11) return false;
  const w = norm(tokens[seg.first]);
  if (!INTRO_START.has(w)) return false;
  return !hasFiniteVerb(tokens, seg);
}

function isParenthetical(tokens: readonly Token[], seg: Segment): boolean {
  if (seg.opener !== 'comma') return false;
  const t = tokens[seg.first]!;
  const w = norm(t);
  if (PARENTHETICAL_START.has(w)) return true;
  if (t.pos === 'ADV') return true;
  return t.pos === 'VERB' && /ed$/.test(w);
}

const isParticiple = (t: Token | undefined) => t !== undefined && /ing$/.test(norm(t)) && (t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'ADJ');

/** The clause of the figure at `value` in a sentence. */
export function clauseOf(text: string, tokens: readonly Token[], value: Span, quantities: readonly Span[] = [value]): Clause {
  return clauseIn(new SentenceSegments(text, tokens, quantities), value);
}

/**
 * The clauses of every figure of a sentence (`figures`, which also mark list items), keyed by figure: the sentence
 * is cut into segments once for them all.
 */
export function clausesOf<T extends Span>(text: string, tokens: readonly Token[], figures: readonly T[]): Map<T, Clause> {
  const sentence = new SentenceSegments(text, tokens, figures);
  return new Map(figures.map((f) => [f, clauseIn(sentence, f)]));
}

/** A sentence cut into segments, with what the clause rules ask of each segment precomputed. */
class SentenceSegments {
  readonly segments: Segment[];
  /** per segment: a figure starts at its first content token; a figure lies inside it */
  readonly startsWithFigure: Uint8Array;
  readonly holdsFigure: Uint8Array;

  constructor(readonly text: string, readonly tokens: readonly Token[], readonly quantities: readonly Span[]) {
    this.segments = segmentsOf(text, tokens, quantities);
    const starts = new Set(quantities.map((q) => q.start));
    this.startsWithFigure = Uint8Array.from(this.segments, (s) => (starts.has(tokens[firstContent(tokens, s)]!.start) ? 1 : 0));
    this.holdsFigure = new Uint8Array(this.segments.length);
    const sorted = [...quantities].sort((a, b) => a.start - b.start);
    let q = 0;
    this.segments.forEach((seg, i) => {
      while (q < sorted.length && sorted[q]!.start < seg.start) q++;
      for (let k = q; k < sorted.length && sorted[k]!.start < seg.end; k++) {
        if (sorted[k]!.end <= seg.end) {
          this.holdsFigure[i] = 1;
          break;
        }
      }
    });
  }

  /** The segment holding `offset`, by binary search, or -1. */
  segmentAt(offset: number): number {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.segments[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
}

function clauseIn(sentence: SentenceSegments, value: Span): Clause {
  const { text, tokens, segments } = sentence;
  const notes: string[] = [];
  const i = sentence.segmentAt(value.start);
  if (i < 0) {
    return { start: value.start, end: value.end, core: [{ ...value }], context: { ...value }, list: null, notes };
  }
  const seg = segments[i]!;
  const lead = firstContent(tokens, seg);
  let quoteStart = Math.min(tokens[lead]!.start, value.start);
  let quoteEnd = seg.end;
  const core: Span[] = [{ start: quoteStart, end: seg.end }];
  let contextStart = quoteStart;
  let contextEnd = quoteEnd;
  let firstCore = i;

  const leadWord = norm(tokens[lead]);
  // the clause opens on its verb ("topped 15,000", "was linked to ..."): the subject is further left
  const subjectless = isVerbish(tokens[lead]) && tokens[lead]!.start <= value.start && !isParticiple(tokens[lead]);
  if (RELATIVE.has(leadWord) && seg.opener === 'comma' && i > 0) {
    const prev = segments[i - 1]!;
    const from = firstContent(tokens, prev);
    quoteStart = tokens[from]!.start;
    core.unshift({ start: quoteStart, end: prev.end });
    firstCore = i - 1;
    notes.push(`"${leadWord}" refers back to "${text.slice(quoteStart, prev.end)}"`);
  } else if (subjectless && seg.opener === 'comma') {
    // walk left over parentheticals to the subject
    let j = i - 1;
    while (j >= 0 && isParenthetical(tokens, segments[j]!) && segments[j + 1]!.opener === 'comma') j--;
    const subject = segments[j];
    if (j >= 0 && subject !== undefined && segments[j + 1]!.opener === 'comma' && hasNoun(tokens, subject)) {
      const from = firstContent(tokens, subject);
      quoteStart = tokens[from]!.start;
      core.unshift({ start: quoteStart, end: subject.end });
      firstCore = j;
      notes.push(`subject "${text.slice(quoteStart, subject.end)}"`);
    }
  } else if (isParticiple(tokens[lead]) && seg.opener === 'comma' && i > 0) {
    contextStart = segments[i - 1]!.start;
  }

  // an opening adverbial: "In 2021, ...", "Last year, ..."
  const head = segments[firstCore]!;
  const intro = segments[firstCore - 1];
  if (intro !== undefined && head.opener === 'comma' && (intro.opener === 'start' || intro.opener === 'hard') && isIntroductory(tokens, intro)) {
    quoteStart = intro.start;
    core.unshift({ start: intro.start, end: intro.end });
  }

  // a subject figure whose verb comes after a parenthetical: "Some 100,000 people, mostly young men, died"
  if (!hasFiniteVerb(tokens, seg)) {
    let j = i + 1;
    while (j < segments.length && isParenthetical(tokens, segments[j]!) && !isVerbish(tokens[segments[j]!.first])) j++;
    const verb = segments[j];
    if (verb !== undefined && j > i && verb.opener === 'comma' && isVerbish(tokens[verb.first]) && !isParticiple(tokens[verb.first])) {
      quoteEnd = verb.end;
      core.push({ start: verb.start, end: verb.end });
    }
  }

  // a list item: the head of the list is context ("led to the seizure of nearly 44 million pills, over 6,500 pounds ...")
  const list = listAround(sentence, i);
  if (list !== null) contextStart = Math.min(contextStart, list.start);

  contextStart = Math.min(contextStart, quoteStart);
  contextEnd = Math.max(contextEnd, quoteEnd);
  return { start: quoteStart, end: quoteEnd, core, context: { start: contextStart, end: contextEnd }, list, notes };
}

/** The list of figures segment `i` belongs to: its head (which holds the verb) and every item, or null. */
function listAround(sentence: SentenceSegments, i: number): Span | null {
  const { tokens, segments, startsWithFigure, holdsFigure } = sentence;
  const joined = (k: number) => segments[k]?.opener === 'comma' || segments[k]?.opener === 'list';
  let head = i;
  while (head > 0 && joined(head) && startsWithFigure[head] === 1 && holdsFigure[head - 1] === 1) head--;
  let last = i;
  while (last + 1 < segments.length && joined(last + 1) && startsWithFigure[last + 1] === 1) last++;
  if (last === head) return null;
  const intro = segments[head - 1];
  const start = intro !== undefined && segments[head]!.opener === 'comma' && (intro.opener === 'start' || intro.opener === 'hard') && isIntroductory(tokens, intro) ? intro.start : segments[head]!.start;
  return { start, end: segments[last]!.end };
}
