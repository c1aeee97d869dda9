import { z } from 'zod';
import type { EntityMention, Quantity, Sentence, Token } from '../contracts/index.js';
import { defineExtractor, type ArticleView, type ClaimDraft } from '../core/extractor.js';
import { work } from '../core/work.js';
import { anaphorOf, findAntecedent, type Anaphor, type Antecedent } from '../readers/anaphora.js';
import { attributionsIn, isQuotation, nearestAttribution, type Attribution } from '../readers/attribution.js';
import { clausesOf, type Clause } from '../readers/clause.js';
import { countedOf } from '../readers/counted.js';
import {
  compileLexicon, matchMetric, MetricRuleSchema, readMetricLexicon, type MetricLexicon,
} from '../readers/metrics.js';
import { notClaimReason } from '../readers/not-claim.js';
import { findPeriods, shiftYears, YEAR_BEFORE, type PeriodMatch } from '../readers/period.js';
import { rateOf } from '../readers/rate.js';
import { placeOf, type Place } from '../readers/place.js';
import { gap, within, type Span } from '../readers/tokens.js';

const Options = z
  .object({
    lexicon: z.string().optional().describe('a metric lexicon file to use instead of data/metrics.json'),
    metrics: z.array(MetricRuleSchema).default([]).describe('extra metric rules, tried together with the lexicon'),
    groups: z.record(z.string(), z.array(z.string())).default({}).describe('extra pattern groups for the extra rules'),
    minConfidence: z.number().min(0).max(1).default(0).describe('claims below this confidence are dropped'),
  })
  .strict();
type Options = z.output<typeof Options>;

const lexicons = new WeakMap<object, MetricLexicon>();
function lexiconFor(options: Readonly<Options>): MetricLexicon {
  let lexicon = lexicons.get(options);
  if (!lexicon) {
    const file = readMetricLexicon(options.lexicon);
    lexicon = compileLexicon([...options.metrics, ...file.metrics], { ...file.groups, ...options.groups });
    lexicons.set(options, lexicon);
  }
  return lexicon;
}

/** What the extractor keeps of a claim it made, for figures that refer back to it. */
interface Made extends Antecedent {
  valueText: string;
  /** the list of figures the claim is an item of */
  list: Span | null;
  metric: string | null;
  place: string | null;
  period: PeriodChoice | null;
}

interface PeriodChoice {
  period: PeriodMatch;
  via: 'clause' | 'antecedent' | 'list' | 'sentence';
}

interface SentenceInfo {
  tokens: readonly Token[];
  mentions: readonly EntityMention[];
  periods: PeriodMatch[];
  clauses: Map<Quantity, Clause>;
  /** the claim candidates in text order, and each one's place in that order */
  candidates: readonly Quantity[];
  order: Map<Quantity, number>;
  /** the entities mentioned in the sentence */
  entities: string[];
  /** per period (same order as `periods`): how many candidates' clauses hold it */
  inClauses: Int32Array;
}

interface Speech {
  attribution: Attribution;
  entity: string | null;
}

const HEDGE_PREFIX = /^(.*?)(?=[$€£¥]?\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|hundreds|thousands|millions|tens|half)\b)/i;

function hedgeWords(q: Quantity): string {
  return HEDGE_PREFIX.exec(q.text)?.[1]?.trim() || q.text;
}

const unique = <T>(xs: readonly T[]) => [...new Set(xs)];

/** The most earlier claims an anaphor ("that figure", "up from") is matched against, nearest first. */
const ANTECEDENTS = 24;

/** A speaker written as a name ("Anne Milgram"): compiled once, tried for every attribution. */
const NAME_LIKE = /^(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}'’-]+$/u;
const looksLikeName = (words: string) => NAME_LIKE.test(words);

function sentenceMentions(article: ArticleView, sentence: Sentence): readonly EntityMention[] {
  return article.mentions.length === 0 ? [] : article.mentionsIn(sentence);
}

export default defineExtractor({
  name: 'numeric-claims',
  meta: {
    description: 'Every figure in the article that is a claim, with its clause, hedge interval, counted noun, metric, period, place and speaker',
    requires: ['quantities', 'sentences', 'tokens'],
    messages: {
      unresolvedPeriod: 'Cannot resolve "{{text}}" to dates: the article has no publication date (pass --published)',
    },
  },
  options: Options,
  create(ctx) {
    const { article } = ctx;
    const { text } = article;
    const lexicon = lexiconFor(ctx.options);
    const sentences = article.sentences.filter((s) => !s.furniture);
    const infos = new Map<number, SentenceInfo>();
    const speech = new Map<number, Speech[]>();
    const made: Made[] = [];
    /** the place of the last item of each list of figures that had one, by the list's span */
    const listPlaces = new Map<string, string>();
    const reported = new Set<number>();

    /**
     * Attributions of every sentence, she/he/they resolved to the last named person who spoke before them (the
     * entity stage's person or official; without mentions, a speaker written as a name).
     */
    const readSpeakers = () => {
      let lastNamed: { entity: string | null; text: string } | null = null;
      const lastPerson = lastPersonBefore();
      for (const s of sentences) {
        const found = attributionsIn(text, article.tokensOf(s), s, sentenceMentions(article, s));
        const resolved: Speech[] = [];
        for (const a of found) {
          if (a.pronoun) {
            resolved.push({ attribution: a, entity: lastNamed?.entity ?? lastPerson(s.start) });
          } else {
            resolved.push({ attribution: a, entity: a.entity });
            const person = a.entityType === 'person' || a.entityType === 'official';
            if (person || (article.mentions.length === 0 && looksLikeName(a.speaker.text))) lastNamed = { entity: a.entity, text: a.speaker.text };
          }
        }
        speech.set(s.index, resolved);
      }
    };
    /** The last person or official mentioned before an offset, for offsets asked in increasing order: one pass. */
    const lastPersonBefore = () => {
      let next = 0;
      let found: string | null = null;
      return (before: number): string | null => {
        for (; next < article.mentions.length && article.mentions[next]!.start < before; next++) {
          const m = article.mentions[next]!;
          if (m.type === 'person' || m.type === 'official') found = m.entity;
        }
        return found;
      };
    };

    const info = (s: Sentence): SentenceInfo => {
      const hit = infos.get(s.index);
      if (hit) return hit;
      const tokens = article.tokensOf(s);
      const mentions = sentenceMentions(article, s);
      const periods = findPeriods(text, s, article.published);
      const candidates = article.quantitiesIn(s).filter((q) => notClaimReason({ text, quantity: q, tokens, sentence: s, periods, mentions }) === null);
      const clauses = clausesOf(text, tokens, candidates);
      const inClauses = new Int32Array(periods.length);
      periods.forEach((p, k) => {
        for (const c of clauses.values()) if (within(p, c)) inClauses[k]!++;
      });
      const order = new Map(candidates.map((q, k) => [q, k]));
      const built = { tokens, mentions, periods, clauses, candidates, order, inClauses, entities: unique(mentions.map((m) => m.entity)) };
      infos.set(s.index, built);
      return built;
    };

    /**
     * The speaker of a figure: an attribution in its sentence; inside a quotation, the one that goes with the
     * quotation (back through the quoted sentences to the one that names the speaker, or on to where it closes).
     */
    const attributionFor = (s: Sentence, value: Span): Speech | null => {
      const own = speech.get(s.index) ?? [];
      const nearest = nearestAttribution(own.map((x) => x.attribution), value);
      if (nearest) return own.find((x) => x.attribution === nearest) ?? null;
      if (!quoted(s)) return null;
      const said = (x: Sentence) => (speech.get(x.index) ?? []).filter((a) => !/^according\b/i.test(a.attribution.text));
      const at = position.get(s.index)!;
      for (let k = at - 1; k >= Math.max(0, at - 6); k--) {
        const other = sentences[k]!;
        const found = said(other);
        if (found.length > 0) return found[found.length - 1]!;
        if (!quoted(other) && !/[”"]/.test(text.slice(other.start, other.end))) break;
      }
      for (let k = at + 1; k < Math.min(sentences.length, at + 3); k++) {
        const other = sentences[k]!;
        if (text.slice(s.end, other.start).includes('\n')) break;
        const found = said(other);
        if (found.length > 0) return found[0]!;
        if (/[”"]/.test(text.slice(other.start, other.end))) break;
      }
      return null;
    };

    /**
     * The period of a figure: its clause's own (nearest); for a comparison the year before its antecedent's; for a
     * part, a repeat or a change its antecedent's; a period at the end of a list of figures; else a period of the
     * sentence that belongs to no other figure's clause and is not the date of a statement ("said on Tuesday").
     */
    const choosePeriod = (s: Sentence, si: SentenceInfo, q: Quantity, clause: Clause, anaphor: Anaphor | null, antecedent: Made | null): PeriodChoice | null => {
      const nearest = (ps: PeriodMatch[]) => ps.reduce<PeriodMatch | null>((b, p) => (b === null || gap(p, q) < gap(b, q) ? p : b), null);
      // periods of the clause's core (a parenthetical "founded in 1998" dates something else)
      let own = si.periods.filter((p) => clause.core.some((c) => within(p, c)));
      // the baseline of a change ("a decrease of 3% from 2022", "up 7.4% from 2010") is not its period
      if (anaphor?.kind === 'change' || q.direction !== null) {
        const baseline = /(?:^|\b)(?:from|than|compared\s+(?:with|to))\s*$/i;
        own = own.filter((p) => !(p.start >= q.end && (baseline.test(text.slice(Math.max(0, p.start - 16), p.start)) || /^(?:from|than)\b/i.test(p.text))));
      }
      // "the previous year" of a comparison counts back from its antecedent, not from the publication date
      if (anaphor?.kind === 'comparison') own = own.filter((p) => !/\b(?:previous|prior|preceding)\b/i.test(p.text));
      const mine = nearest(own);
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
        const shared = nearest(si.periods.filter((p) => within(p, clause.list!)));
        if (shared) return { period: shared, via: 'list' };
      }
      // a period no clause holds (this one's excepted above: `mine` found none) and not the date of a statement
      const said = (speech.get(s.index) ?? []).map((x) => x.attribution);
      const free = si.periods.filter((p, k) =>
        !within(p, clause) && si.inClauses[k] === 0 && !said.some((a) => p.start >= a.start && p.start - a.end <= 25));
      const floating = nearest(free);
      return floating ? { period: floating, via: 'sentence' } : null;
    };

    // the last country mentioned before a point, for "across the country": country mentions by start, found by
    // binary search (a mention that starts before the sentence counts only when it also ends before it)
    const countries = article.mentions.filter((m) => m.type === 'country');
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
    const position = new Map(sentences.map((x, k) => [x.index, k]));
    /** whether a sentence lies inside a quotation: once a sentence, however many figures ask */
    const quotations = new Map<number, boolean>();
    const quoted = (x: Sentence): boolean => {
      let q = quotations.get(x.index);
      if (q === undefined) quotations.set(x.index, (q = isQuotation(text, x)));
      return q;
    };

    return {
      article() {
        readSpeakers();
      },
      quantity(q, s) {
        const si = info(s);
        const clause = si.clauses.get(q);
        if (clause === undefined) return;
        const reasons: string[] = [];
        let confidence = 0.95;

        const counted = countedOf(text, si.tokens, q, clause.core, si.periods);
        const found = anaphorOf(text, q, s.start);
        const sameSentenceOnly = found?.kind === 'comparison' || found?.kind === 'change';
        // the claims an anaphor may lean on: this sentence's and the one before's, nearest first, a few at most
        const earlier: Made[] = [];
        for (let k = made.length - 1; k >= 0 && earlier.length < ANTECEDENTS && made[k]!.sentence >= s.index - (sameSentenceOnly ? 0 : 1); k--) {
          if (made[k]!.valueStart < q.start) earlier.push(made[k]!);
        }
        work(earlier.length + si.periods.length + si.tokens.length);
        const antecedent = found ? (findAntecedent(found, q.value, q.unit, earlier) as Made | null) : null;
        const anaphor = antecedent ? found : null;
        if (antecedent) {
          reasons.push(`"${anaphor!.text}" refers back to "${antecedent.valueText}" (${anaphor!.kind})`);
          confidence -= 0.03;
        }
        const countedText = counted?.text ?? antecedent?.counted ?? null;
        if (counted) reasons.push(`counted "${countedText}" from "${text.slice(counted.start, counted.end)}"`);
        else if (antecedent?.counted) reasons.push(`counted "${antecedent.counted}" from the antecedent`);
        else if (q.dimension === 'count') confidence -= 0.1;

        if (q.hedge !== 'exact') reasons.unshift(`hedge "${q.hedge}" from "${hedgeWords(q)}"`);
        if (q.hedge === 'vague') confidence -= 0.1;

        const periodChoice = choosePeriod(s, si, q, clause, anaphor, antecedent);
        let period: ClaimDraft['period'] = null;
        if (periodChoice) {
          const p = periodChoice.period;
          if (p.from === null && p.to === null) {
            reasons.push(`period "${p.text}" unresolved: no publication date`);
            confidence -= 0.1;
            if (!reported.has(p.start)) {
              reported.add(p.start);
              ctx.report({ messageId: 'unresolvedPeriod', data: { text: p.text }, start: p.start, end: p.end });
            }
          } else {
            period = { start: p.from, end: p.to, text: p.text };
            reasons.push(periodChoice.via === 'clause' ? `period from "${p.text}"` : `period from "${p.text}" (${periodChoice.via})`);
          }
        } else {
          confidence -= 0.05;
        }

        // the whole a share is taken of ("two-thirds of the 107,000 deaths involved fentanyl") is read on its own words
        // only the figure right before can be the share: "of the" is all that may stand between them
        const before = si.candidates[si.order.get(q)! - 1];
        const share = before !== undefined && before.end <= q.start && (before.dimension === 'percent' || before.dimension === 'ratio') && /^\s+of\s+(?:the\s+|all\s+|those\s+|these\s+)?$/i.test(text.slice(before.end, q.start)) ? before : undefined;
        const ownWords = share ? [{ start: q.start, end: Math.max(q.end, counted?.end ?? q.end) }] : null;
        if (share) reasons.push(`the whole of "${share.text}"`);
        const metric = matchMetric(lexicon, {
          text, value: q, core: ownWords ?? clause.core, context: ownWords?.[0] ?? clause.context, counted: countedText,
          countedSpan: counted ? { start: counted.start, end: counted.end, text: counted.text } : null,
          dimension: q.dimension,
        });
        // the antecedent's metric stands in when the figure measures the same kind of thing (or is its change)
        const inheritsMetric = antecedent !== null && (antecedent.dimension === q.dimension || anaphor?.kind === 'change');
        const metricKey = metric?.key ?? (inheritsMetric ? antecedent.metric : null);
        if (metric) reasons.push(`metric ${metric.key} from "${metric.trigger.text}"${metric.scope === 'context' ? ' (context)' : ''}`);
        else if (metricKey) reasons.push(`metric ${metricKey} from the antecedent`);
        else confidence -= 0.15;

        const placeInput = { text, value: q, counted, mentions: si.mentions, countryBefore: (limit: number) => countryBefore(s, limit) };
        const place: Place | null = placeOf({ ...placeInput, clause }) ?? null;
        const inherited = place === null && antecedent?.place ? antecedent.place : null;
        const wide = place === null && inherited === null ? placeOf({ ...placeInput, clause: clause.context }) : null;
        const list = clause.list;
        const sibling = place === null && inherited === null && wide === null && list !== null ? listPlaces.get(`${list.start}:${list.end}`) ?? null : null;
        const placeId = place?.entity ?? inherited ?? wide?.entity ?? sibling ?? null;
        if (place ?? wide) reasons.push(`place ${(place ?? wide)!.entity} from "${(place ?? wide)!.text}"`);
        else if (inherited) reasons.push(`place ${inherited} from the antecedent`);
        else if (sibling) reasons.push(`place ${sibling} from the list it belongs to`);

        const said = attributionFor(s, q);
        const attribution = said ? { entity: said.entity, text: said.attribution.text } : null;
        if (said) reasons.push(`attributed by "${said.attribution.text}"`);
        reasons.push(...clause.notes);

        // a reporting frame at the start of the clause is attribution, not claim: "She said it costs ..."
        let start = clause.start;
        if (said && said.attribution.start === clause.start && said.attribution.end < q.start) {
          const rest = /^\s*(?:that\s+)?/.exec(text.slice(said.attribution.end, q.start));
          start = said.attribution.end + (rest?.[0].length ?? 0);
        }

        const per = q.per ?? rateOf(text, { start: clause.start, end: clause.end }, q, q.dimension);
        if (per !== null && !q.per) reasons.push(`rate per ${per}`);

        confidence = Math.round(Math.min(0.99, Math.max(0.3, confidence)) * 100) / 100;
        if (confidence < ctx.options.minConfidence) return;

        ctx.claim({
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
          direction: q.direction,
          per,
          counted: countedText,
          metric: metricKey,
          place: placeId,
          period,
          attribution,
          entities: si.entities,
          confidence,
          reason: reasons.join('; '),
        });
        if (clause.list !== null && placeId !== null) listPlaces.set(`${clause.list.start}:${clause.list.end}`, placeId);
        made.push({
          value: q.value, low: q.low, high: q.high, unit: q.unit, dimension: q.dimension, counted: countedText, sentence: s.index,
          valueStart: q.start, valueText: q.text, metric: metricKey, place: placeId, list: clause.list,
          period: periodChoice,
        });
      },
    };
  },
});
