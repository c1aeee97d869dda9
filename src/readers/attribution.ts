import { lineStartNear } from '../core/text.js';
import { work } from '../core/work.js';
import type { EntityMention, EntityType, Token } from '../contracts/index.js';
import { firstTokenAfter, gap, norm, type Span } from './tokens.js';

/**
 * Who states a figure: "according to the National Institutes of Health", "Feeley said", "said Senator Lindsey
 * Graham", "DEA Administrator Anne Milgram told Congress", "the DEA estimates that", "the report states", "she said".
 * The speaker is an entity id where a mention of the entity stage lies in the speaker's words.
 */
export interface Attribution extends Span {
  /** the attributing words: "according to the National Institutes of Health", "Feeley said" */
  text: string;
  speaker: Span & { text: string };
  /** she/he/they: resolved by the caller against the last named speaker */
  pronoun: boolean;
  /**
   * Not a speech, and so governing its own sentence only: a body that counted or put the figure ("CBP recorded",
   * `count`: who counted is also the figure's scope), or a body whose document holds it ("AAA's national average",
   * "economists polled by Reuters", `source`).
   */
  kind?: 'count' | 'source';
  entity: string | null;
  entityType: EntityType | null;
}

const VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'explained', 'explains', 'noted', 'notes',
  'stated', 'states', 'estimated', 'estimates', 'estimate', 'reported', 'reports', 'wrote', 'writes', 'claimed',
  'claims', 'argued', 'argues', 'warned', 'warns', 'testified', 'detailed', 'emphasized', 'emphasizes',
  'cautioned', 'acknowledged', 'confirmed', 'announced', 'insisted', 'according', 'found', 'finds', 'shows',
  'showed', 'concluded', 'concludes',
];
/** Verbs that are also plural nouns ("50 states", "the estimates"): a clause must follow them. */
const AMBIGUOUS = new Set([
  'states', 'estimates', 'reports', 'claims', 'notes', 'tells', 'adds', 'writes', 'warns', 'argues', 'explains',
  'emphasizes', 'says', 'estimate', 'say', 'tell', 'found', 'finds', 'shows', 'showed', 'concluded', 'concludes',
  'added', 'adds',
]);
/**
 * Verbs by which a body counts, records or puts a figure: "CBP recorded 107,503 encounters", "Newsom pegged the
 * shortfall at $37.9 billion", "the office had put the gap at $68 billion", "His office projects a shortfall of
 * $28.4 billion". Their subject is the figure's source only when it is a body or person the entity stage found, or
 * a noun that names a source (SOURCE_NOUNS), and a figure follows in the same clause: "Agents made 58,038
 * apprehensions" and "the storm put 2 million homes in the dark" name no source.
 */
const COUNTING = new Set([
  'recorded', 'records', 'counted', 'counts', 'tallied', 'tallies', 'logged', 'logs', 'projected', 'projects',
  'forecast', 'forecasts', 'pegged', 'pegs', 'put', 'puts', 'expects', 'calculated', 'calculates', 'measured', 'tracked',
  // a body that lists or revises a figure states it: "the agency had listed 353,194 acres", "the bureau revised July to 89,000"
  'listed', 'lists', 'revised', 'trimmed', 'reckoned',
  // a body that ties deaths to a cause or finds cases gives the figure: "the institute has linked 14 deaths to the
  // storm", "the agency has identified 44 outbreaks" ("approved" is an act on a budget, not a statement of it)
  'linked', 'attributed', 'confirming', 'counting', 'reporting', 'identified',
  // a body that issues an estimate or a count: "the council issued a preliminary estimate of about 44,450 deaths"
  'issued',
]);
const SOURCE_NOUNS = new Set([
  'office', 'agency', 'bureau', 'department', 'administration', 'ministry', 'commission', 'service', 'report',
  'study', 'survey', 'analysis', 'police', 'government', 'census', 'tracker', 'database', 'data',
  'association', 'foundation', 'institute', 'center', 'centre', 'council', 'board', 'library', 'company', 'utility',
]);
/** Past participles that also follow the noun they describe: "people reported missing", "cases confirmed by". */
const PARTICIPLES = new Set(['reported', 'confirmed', 'estimated', 'announced', 'found', 'stated', 'detailed', 'noted']);
/** What a participle reports a thing as: "reported missing", "confirmed dead". */
const STATES = new Set(['missing', 'dead', 'injured', 'killed', 'wounded', 'displaced', 'hospitalized', 'infected', 'safe']);
const VERB_RE = new RegExp(`\\b(?:${[...VERBS, ...COUNTING].join('|')}|According)\\b`, 'g');
const PRONOUNS = new Set(['she', 'he', 'they', 'we', 'i']);
const SPEAKER_TYPES = new Set(['person', 'official', 'agency', 'organization']);
const OBJECTS = new Set(['congress', 'reporters', 'lawmakers', 'senators', 'journalists', 'the', 'a', 'an', 'cnn', 'reuters', 'us', 'me']);

const speakerToken = (t: Token) =>
  t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET' ||
  (t.pos === 'PRON' && PRONOUNS.has(norm(t))) || /^['’]s$/.test(t.text) || norm(t) === 'of' || norm(t) === 'and' ||
  /^[A-Z][\w.-]*\.?$/.test(t.text);

const hasHead = (ts: readonly Token[]) => ts.some((t) => t.pos === 'PROPN' || t.pos === 'NOUN' || (t.pos === 'PRON' && PRONOUNS.has(norm(t))) || /^[A-Z]/.test(t.text));

/** The speaker's words ending just before token `v` (walking back), or starting just after it (walking on). */
function speakerBefore(tokens: readonly Token[], v: number): Token[] {
  const out: Token[] = [];
  // "and said", "but added": the verb shares the subject of one before it, which these words do not reach
  if (tokens[v - 1]?.pos === 'CCONJ') return out;
  for (let k = v - 1; k >= 0 && out.length < 8; k--) {
    const t = tokens[k]!;
    // over adverbs and auxiliaries: "officials had confirmed", "the agency has now reported"; a passive's subject
    // ("cases were reported") is what was said, not who said it
    if ((t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART') && out.length === 0) {
      if (/^(?:is|are|was|were|be|been|being)$/.test(norm(t))) return out;
      continue;
    }
    // "for" and "at" inside a name: "National Center for Education Statistics reported", "The Budget Lab at Yale said"
    const inName = /^(?:for|on|at)$/.test(norm(t)) && /^[A-Z]/.test(out[0]?.text ?? '') && /^[A-Z]/.test(tokens[k - 1]?.text ?? '');
    if ((!speakerToken(t) && !inName) || (t.pos === 'DET' && /^(?:that|which|this)$/.test(norm(t)))) break;
    out.unshift(t);
    // a pronoun is the whole speaker; an article opens it ("At 8 a.m. Sunday the agency had listed")
    if (t.pos === 'PRON' || (/^(?:the|a|an)$/.test(norm(t)) && out.length > 1)) break;
  }
  while (out.length > 0 && (norm(out[0]) === 'and' || norm(out[0]) === 'of')) out.shift();
  return hasHead(out) ? out : [];
}

function speakerAfter(tokens: readonly Token[], v: number): Token[] {
  const out: Token[] = [];
  for (let k = v + 1; k < tokens.length && out.length < 10; k++) {
    const t = tokens[k]!;
    const glued = /^[-‐‑.]$/.test(t.text) && tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end;
    if (!speakerToken(t) && !glued) break;
    out.push(t);
  }
  while (out.length > 0 && (norm(out[out.length - 1]) === 'of' || norm(out[out.length - 1]) === 'and')) out.pop();
  return hasHead(out) ? out : [];
}

function entityIn(span: Span, mentions: readonly EntityMention[]): { entity: string | null; entityType: EntityType | null } {
  const inside = mentions.filter((m) => m.start >= span.start && m.end <= span.end);
  const speaker = inside.find((m) => m.type === 'person' || m.type === 'official') ?? inside.find((m) => SPEAKER_TYPES.has(m.type))
    // a country speaks only when it is the whole speaker ("Mexico said"), not in "US officials"
    ?? inside.find((m) => m.start === span.start && m.end === span.end);
  return { entity: speaker?.entity ?? null, entityType: speaker?.type ?? null };
}

/**
 * A figure right after token `v`, over a determiner, a modifier or a hedge ("added a further 5,000", "added $4
 * billion", "added more than 250,000 jobs", "added about 12,000").
 */
function figureNext(tokens: readonly Token[], v: number): boolean {
  for (let k = v + 1; k < tokens.length && k <= v + 4; k++) {
    const t = tokens[k]!;
    if (t.pos === 'NUM' || /^[$€£]$/.test(t.text)) return true;
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'ADV' || (t.pos === 'ADP' && /^(?:than|to|of)$/.test(norm(t))))) return false;
  }
  return false;
}

/** A plural noun that looks like a verb, after a count: "in six Southeastern states", "all 50 states". */
function countedNoun(tokens: readonly Token[], v: number): boolean {
  for (let k = v - 1; k >= 0 && k >= v - 3; k--) {
    const t = tokens[k]!;
    if (t.pos === 'NUM') return true;
    if (!(t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'NOUN')) return false;
  }
  return false;
}

/** A figure in the clause after token `v`: within eight tokens, before any punctuation but a comma in a number. */
function figureInClause(tokens: readonly Token[], v: number): boolean {
  for (let k = v + 1; k < tokens.length && k <= v + 8; k++) {
    const t = tokens[k]!;
    if (t.pos === 'NUM' || /^[$€£]$/.test(t.text)) return true;
    if (/^[,.;:!?“”"()–—]$/.test(t.text)) return false;
  }
  return false;
}

/** The subject of a counting verb as the figure's source (see COUNTING), or null. */
function countingSource(text: string, tokens: readonly Token[], v: number, mentions: readonly EntityMention[]): Attribution | null {
  const verb = tokens[v]!;
  if (!figureInClause(tokens, v)) return null;
  // over the auxiliaries and adverbs between the subject and its verb: "the office had put", "The office now expects"
  let k = v;
  while (k > 0 && (tokens[k - 1]!.pos === 'AUX' || tokens[k - 1]!.pos === 'ADV' || tokens[k - 1]!.pos === 'PART')) {
    // "The Celtics are projected to spend": the subject of a passive is what is counted, not who counts
    if (/^(?:is|are|was|were|be|been|being)$/.test(norm(tokens[k - 1]))) return null;
    k--;
  }
  // "it put deaths at 19,515": a body named before (the caller resolves "it" to the last one)
  if (norm(tokens[k - 1]) === 'it' && tokens[k - 1]!.pos === 'PRON') {
    const it = tokens[k - 1]!;
    return { start: it.start, end: verb.end, text: text.slice(it.start, verb.end), speaker: { start: it.start, end: it.end, text: it.text }, pronoun: false, kind: 'count', entity: null, entityType: null };
  }
  // "Newsom, a Democrat, pegged the shortfall at": the subject stands before the appositive
  // "The Budget Lab, which projected 9.5%": the relative pronoun stands for the words before its comma
  const relative = /^(?:which|who)$/.test(norm(tokens[k - 1])) && tokens[k - 2]?.text === ',';
  const words = relative ? speakerBefore(tokens, k - 2) : tokens[k - 1]?.text === ',' ? appositiveSubject(tokens, k - 1) : speakerBefore(tokens, k);
  if (words.length === 0) return null;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const speaker = { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
  const named = entityIn(speaker, mentions);
  const sourceNoun = SOURCE_NOUNS.has(norm(last));
  if (!(named.entity !== null && named.entityType !== null && SPEAKER_TYPES.has(named.entityType)) && !sourceNoun) return null;
  return { start: first.start, end: verb.end, text: text.slice(first.start, verb.end), speaker, pronoun: false, kind: 'count', ...named };
}

/**
 * The subject before a parenthetical that ends at the comma `close`: an appositive ("Newsom, a Democrat,"), a
 * relative clause ("The National Safety Council, which works from death certificates,") or a participle's phrase
 * ("Smart Growth America, drawing on federal crash data,"): the words before the comma that opens it.
 */
function appositiveSubject(tokens: readonly Token[], close: number): Token[] {
  for (let k = close - 1; k >= Math.max(0, close - 24); k--) {
    const t = tokens[k]!;
    if (/^[.;:“”"()]$/.test(t.text)) return [];
    if (t.text !== ',') continue;
    const opener = tokens[k + 1];
    if (opener === undefined) return [];
    const w = norm(opener);
    const opens = w === 'which' || w === 'who' || (opener.pos === 'DET' && /^(?:a|an|the)$/.test(w)) || (/^[A-Z]/.test(opener.text) && opener.pos !== 'VERB')
      || (opener.pos === 'VERB' && /ing$/.test(w));
    // a comma inside the parenthetical's own list ("the BBC, ITV and Sky News") is passed over
    if (!opens) continue;
    return speakerBefore(tokens, k);
  }
  return [];
}

/** A source that is a poll of forecasters, not a body that counts: "economists surveyed by Dow Jones". */
export const POLLED = /\b(?:polled|surveyed)\b/i;
/**
 * A body named as the source of a document or a poll the figure comes from: "economists polled by Reuters",
 * "compiled by NOAA's National Centers for Environmental Information", "AAA's national average", "the Census
 * Bureau's estimate", "Moody's Analytics' preliminary range", "Preliminary FBI data show".
 */
const SOURCED_BY = /\b(?:surveyed|polled|compiled|published|released|reported|tallied|collected|tracked|issued|provided|kept|maintained|gathered)\s+by\s+(?:the\s+)?$/i;
const DOCUMENTS = 'average|averages|estimate|estimates|data|count|counts|tally|tallies|totals|figures|numbers|report|range|forecast|projection|projections|analysis|survey|index|tracker|database|records|statistics|poll|update|updates|reckoning|calculation|calculations|review|dashboard|bulletin|model|assessment';
const SOURCE_OF = new RegExp(`^(?:['’]s?\\s+|\\s+)(?:[a-z][\\w-]*\\s+){0,3}?(?:${DOCUMENTS})\\b(?:\\s+(?:show|shows|showed|put|puts|found|finds))?`);
/** A document from a body: "Preliminary totals from the National Weather Service show". */
const DOCUMENT_FROM = new RegExp(`\\b(?:${DOCUMENTS})\\s+(?:released\\s+|published\\s+|issued\\s+)?(?:from|by)\\s+(?:the\\s+)?$`, 'i');
/** What makes a body's document the figure's source: it shows, puts or counts the figure. */
const DOCUMENT_VERB = /^[^.;:]{0,40}?\b(?:show|shows|showed|put|puts|found|finds|counted|counts|listed|lists|recorded|records)\b/;
/**
 * A body named only by a common noun, as the owner of a document that gives the figure: "By the bureau's
 * reckoning", "the police department's year-end tally shows", "The agency's database shows". The caller resolves
 * the body to one named before it.
 */
const BODY_DOCUMENT = new RegExp(`(\\b[Bb]y\\s+)?\\b(?:[Tt]he|[Ii]ts|[Tt]heir)\\s+((?:[a-z][\\w-]*\\s+){0,2}?(?:agency|bureau|department|office|police|district|state|county|city|company|utility|commission|service|ministry|administration|government|board|council|institute|center|centre|association|foundation|authority)['’]s)\\s+(?:[a-z][\\w-]*\\s+){0,2}?(?:${DOCUMENTS})\\b`, 'g');

function sourcesIn(text: string, sentence: Span, mentions: readonly EntityMention[]): Attribution[] {
  const found: Attribution[] = [];
  for (const m of mentions) {
    if (!SPEAKER_TYPES.has(m.type) || m.start < sentence.start || m.end > sentence.end) continue;
    const speaker = { start: m.start, end: m.end, text: m.text };
    const by = SOURCED_BY.exec(text.slice(Math.max(sentence.start, m.start - 30), m.start));
    if (by !== null) {
      const start = m.start - by[0].length;
      found.push({ start, end: m.end, text: text.slice(start, m.end), speaker, pronoun: false, kind: 'source', entity: m.entity, entityType: m.type });
      continue;
    }
    const from = Math.max(sentence.start, m.start - 50);
    const document = DOCUMENT_FROM.exec(text.slice(from, m.start));
    if (document !== null && DOCUMENT_VERB.test(text.slice(m.end, sentence.end))) {
      const start = from + document.index;
      found.push({ start, end: m.end, text: text.slice(start, m.end), speaker, pronoun: false, kind: 'source', entity: m.entity, entityType: m.type });
      continue;
    }
    // the possessive or the attributive noun must be followed by the document itself, not by a body's own figure
    const of = SOURCE_OF.exec(text.slice(m.end, Math.min(sentence.end, m.end + 60)));
    if (of !== null && (/^['’]/.test(of[0]) || /\b(?:show|shows|showed|put|puts|found|finds)$/.test(of[0]))) {
      found.push({ start: m.start, end: m.end + of[0].length, text: text.slice(m.start, m.end + of[0].length), speaker, pronoun: false, kind: 'source', entity: m.entity, entityType: m.type });
    }
  }
  const slice = text.slice(sentence.start, sentence.end);
  BODY_DOCUMENT.lastIndex = 0;
  for (let d = BODY_DOCUMENT.exec(slice); d !== null; d = BODY_DOCUMENT.exec(slice)) {
    const end = sentence.start + d.index + d[0].length;
    // the document governs the figure only as "By the bureau's count," or when it shows or counts it
    if (d[1] === undefined && !DOCUMENT_VERB.test(text.slice(end, sentence.end))) continue;
    const start = sentence.start + d.index + (d[1]?.length ?? 0);
    const owner = start + d[0].slice(d[1]?.length ?? 0).indexOf(d[2]!);
    const at = sentence.start + d.index;
    if (found.some((a) => a.start < end && at < a.end)) continue;
    found.push({ start: at, end, text: text.slice(at, end), speaker: { start, end: owner + d[2]!.length, text: text.slice(start, owner + d[2]!.length) }, pronoun: false, kind: 'source', entity: null, entityType: null });
  }
  return found;
}

/** Every attribution in a sentence (tokens are the sentence's), in text order. */
export function attributionsIn(text: string, tokens: readonly Token[], sentence: Span, mentions: readonly EntityMention[] = []): Attribution[] {
  const found: Attribution[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(slice); m !== null; m = VERB_RE.exec(slice)) {
    const at = sentence.start + m.index;
    const v = firstTokenAfter(tokens, at);
    const verb = tokens[v];
    if (verb === undefined || verb.start !== at) continue;
    const w = norm(verb);

    if (w === 'according') {
      if (norm(tokens[v + 1]) !== 'to') continue;
      // the source ends at punctuation, at a verb that opens a clause ("according to data released Tuesday"), or
      // at a conjunction before a figure ("according to a survey and 30,000 residents had been relocated")
      let k = v + 2;
      // (a capitalised word is part of a name: "a tally by The Associated Press")
      while (k < tokens.length && !/^[,.;:”"–—)]$/.test(tokens[k]!.text) && !(k > v + 2 && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') && !/^[A-Z]/.test(tokens[k]!.text))
        && !(tokens[k]!.pos === 'CCONJ' && tokens[k + 1]?.pos === 'NUM')) k++;
      const last = tokens[k - 1];
      if (last === undefined || k <= v + 2) continue;
      const speaker = { start: tokens[v + 2]!.start, end: last.end, text: text.slice(tokens[v + 2]!.start, last.end) };
      found.push({ start: verb.start, end: last.end, text: text.slice(verb.start, last.end), speaker, pronoun: false, ...entityIn(speaker, mentions) });
      continue;
    }
    // "Employers added 142,000 jobs", "We added 150,000 jobs": a verb that states a figure, not a speech
    if (/^add(?:ed|s)?$/.test(w) && figureNext(tokens, v)) continue;
    if (COUNTING.has(w)) {
      const counted = countingSource(text, tokens, v, mentions);
      if (counted !== null) found.push(counted);
      continue;
    }
    const prev = tokens[v - 1];
    // "the confirmed death toll", "an estimated 5,000", "the reported cases": a participle used as an adjective
    if (prev !== undefined && prev.pos === 'DET' && /^(?:the|a|an|its|their|his|her|our|this|these|those)$/.test(norm(prev))) continue;
    // "a letter reported by The Boston Globe": a passive names its source after "by" (see sourcesIn)
    if (norm(tokens[v + 1]) === 'by') continue;
    const inverted = prev !== undefined && /^[,”"]$/.test(prev.text);
    if (AMBIGUOUS.has(w) && !inverted) {
      if (countedNoun(tokens, v)) continue;
      const next = tokens[v + 1];
      const clauseFollows = next === undefined || /^[,.:“"”]$/.test(next.text) || norm(next) === 'that' || next.pos === 'PRON' || next.pos === 'DET' || next.pos === 'PROPN';
      if (!clauseFollows) continue;
    }
    // a participle after its noun ("the 300 people reported missing", "the outages first reported in North Carolina",
    // "cases confirmed by the state"): what was reported, not who reports
    // (a common noun or an adverb before it; a named body before it reports: "CenterPoint reported net income")
    if (PARTICIPLES.has(w) && !inverted) {
      const next = tokens[v + 1];
      const before = tokens[v - 1];
      if (next !== undefined && before !== undefined && (before.pos === 'NOUN' || before.pos === 'ADV')
        && (next.pos === 'ADJ' || next.pos === 'ADP' || STATES.has(norm(next)))) continue;
    }

    let words = inverted ? speakerAfter(tokens, v) : speakerBefore(tokens, v);
    let appositive = false;
    if (inverted) {
      // "said Milgram." ends the clause; "said the US had sent ..." is no inverted speaker
      const after = tokens[v + words.length + 1];
      const closes = after === undefined || /^[,.;:!?”"]$/.test(after.text) || /^(?:who|which|in|on|at)$/.test(norm(after));
      if (!closes && prev?.text === ',') {
        // "Watson, a spokesperson for the NSC, said ...": the speaker stands before the appositive
        words = [];
        for (let k = v - 2; k >= Math.max(0, v - 24); k--) {
          if (tokens[k]!.pos === 'AUX' || /^[“”"]$/.test(tokens[k]!.text)) break;
          if (tokens[k]!.text === ',') {
            words = speakerBefore(tokens, k);
            appositive = true;
            break;
          }
        }
      } else if (!closes) {
        words = [];
      }
    }
    if (words.length === 0) continue;
    let start = words[0]!.start;
    let end = verb.end;
    if (inverted && !appositive) {
      start = verb.start;
      end = words[words.length - 1]!.end;
    } else if ((w === 'told' || w === 'tells' || w === 'tell') && tokens[v + 1] && OBJECTS.has(norm(tokens[v + 1]))) {
      // "told Congress", "told reporters"
      let k = v + 1;
      if (/^(?:the|a|an)$/.test(norm(tokens[k]))) k++;
      end = tokens[k]?.end ?? end;
    }
    const first = words[0]!;
    const last = words[words.length - 1]!;
    const speaker = { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
    const pronoun = words.length === 1 && PRONOUNS.has(norm(first));
    found.push({ start, end, text: text.slice(start, end), speaker, pronoun, ...(pronoun ? { entity: null, entityType: null } : entityIn(speaker, mentions)) });
  }
  for (const a of sourcesIn(text, sentence, mentions)) if (!found.some((b) => a.start < b.end && b.start < a.end)) found.push(a);
  return found.sort((a, b) => a.start - b.start);
}

/** The attribution nearest a figure, among a sentence's attributions. */
export function nearestAttribution(attributions: readonly Attribution[], value: Span): Attribution | null {
  let best: Attribution | null = null;
  for (const a of attributions) if (best === null || gap(a, value) < gap(best, value)) best = a;
  return best;
}

/** True when a sentence is (part of) a quotation: it opens with a quotation mark or lies inside an open one. */
export function isQuotation(text: string, sentence: Span): boolean {
  const head = text.slice(sentence.start, sentence.start + 2);
  if (/^\s*[“"]/.test(head)) return true;
  const paragraphStart = lineStartNear(text, sentence.start);
  work(sentence.start - paragraphStart);
  const before = text.slice(paragraphStart, sentence.start);
  const open = (before.match(/“/g) ?? []).length;
  const close = (before.match(/”/g) ?? []).length;
  return open > close;
}
