// One explanation per verdict rule, in plain words with the numbers.
import type { Interval } from '../../../contracts/index.js';
import { relativeGap } from '../interval-ops.js';
import type { Item } from '../item.js';
import type { VerdictResult } from '../verdict.js';
import { figure, figureWithReading, isHedged, isPoint, literalWords, plainWords, shown, type Display } from './figures.js';
import { formatNumber, percentWords, readingWords, withUnit } from './format.js';
import { revisionNote } from './revisions.js';

export interface FactStory {
  items: readonly Item[];
  judgement: VerdictResult;
  sources: number;
  /** the fact's reconciled plain range, in compared units */
  range: Interval;
  display: Display;
  /** undated mentions that took their period from a dated one in the same article */
  adopted: number;
  /** mentions whose place was inferred, and the place's name */
  placeInferred: number;
  placeName: string | null;
}

/** Distinct wordings with their readings: "nearly 71,000 reads as 70,000–71,000". At most `max`, then "and N more". */
function readings(items: readonly Item[], display: Display, max = 4): string {
  const seen = new Map<string, string>();
  for (const item of items) {
    const words = isPoint(item.plain) ? figure(item) : `${figure(item)} reads as ${plainWords(item, display)}`;
    seen.set(words.toLowerCase(), words);
  }
  const all = [...seen.values()];
  return all.length > max ? `${all.slice(0, max).join('; ')}; and ${all.length - max} more` : all.join('; ');
}

function articleCount(items: readonly Item[]): number {
  return new Set(items.map((i) => i.articleRank)).size;
}

function single(s: FactStory): string {
  const [first] = s.items;
  if (first === undefined) return '';
  const articles = articleCount(s.items);
  const words = new Set(s.items.map((i) => figure(i).toLowerCase())).size;
  if (words > 1) {
    return `Only one source gives this figure, in ${words} wordings that fit together: ${readings(s.items, s.display)}; together they read as ${readingWords(shown(s.range, s.display), s.display.unit)}.`;
  }
  const head = `Only one source gives this figure: ${figureWithReading(first, s.display)}`;
  if (articles > 1) return `${head}. The same wording appears in ${articles} articles (a wire copy or reprint), which counts as one source, not ${articles} confirmations.`;
  if (s.items.length > 1) return `${head}, mentioned ${s.items.length} times in one article.`;
  return `${head}.`;
}

function agree(s: FactStory): string {
  const [first] = s.items;
  if (first === undefined) return '';
  const articles = articleCount(s.items);
  const copies = articles > s.sources ? ` Wire copies are counted once: ${articles} articles, ${s.sources} independent sources.` : '';
  return `${s.sources} independent sources give the same figure: ${figureWithReading(first, s.display)}.${copies}`;
}

function compatible(s: FactStory): string {
  return `${readings(s.items, s.display)}; these overlap at ${readingWords(shown(s.range, s.display), s.display.unit)}, so all can be right (compatible).`;
}

function tension(s: FactStory, [lower, upper]: [Item, Item]): string {
  const [hedged, other] = isHedged(lower) || !isHedged(upper) ? [lower, upper] : [upper, lower];
  const side = hedged === lower ? 'above' : 'below';
  const otherWords = isPoint(other.plain) ? figure(other) : `${figure(other)} (read as ${plainWords(other, s.display)})`;
  const edge = lower.plain.high !== null && lower.plain.high === upper.plain.low ? lower.plain.high / s.display.factor : null;
  const touch = edge === null ? '' : `, if only just (the readings meet at ${withUnit(edge, s.display.unit)}, which one of them leaves out)`;
  return `${figure(hedged)} reads as ${plainWords(hedged, s.display)}; ${otherWords} is ${side} it${touch}. `
    + `Read literally (${figure(hedged)} allows ${literalWords(hedged, s.display)}) both can hold, so the figures are in tension, not in plain contradiction.`;
}

function discrepancy(s: FactStory, [lower, upper]: [Item, Item]): string {
  const lowerHigh = shown(lower.literal, s.display).high;
  const upperLow = shown(upper.literal, s.display).low;
  const gap = lowerHigh !== null && upperLow !== null
    ? `: ${figureWithReading(upper, s.display)} is ${withUnit(upperLow - lowerHigh, s.display.unit)} (${percentWords(relativeGap(lower.literal, upper.literal))}) above ${figureWithReading(lower, s.display)}`
    : '';
  const distinct = new Set(s.items.map((i) => `${i.literal.low}|${i.literal.high}`)).size;
  const many = distinct > 2 ? ` ${s.items.length} mentions give ${distinct} different figures; these two are the farthest apart.` : '';
  return `${figure(lower)} and ${figure(upper)} cannot both be right, even read literally${gap}.${many}${revisionNote(lower, upper)}`;
}

function notes(s: FactStory): string {
  const out: string[] = [];
  if (s.placeInferred > 0 && s.placeName !== null) {
    const who = s.placeInferred === 1 ? 'One mention names no place and is' : `${formatNumber(s.placeInferred)} mentions name no place and are`;
    out.push(` ${who} read as ${s.placeName}, the only place the batch reports for this measure and period.`);
  }
  if (s.adopted > 0) {
    const who = s.adopted === 1 ? 'One undated mention repeats a dated figure of the same article and takes' : `${formatNumber(s.adopted)} undated mentions repeat a dated figure of the same article and take`;
    out.push(` ${who} its period.`);
  }
  return out.join('');
}

/** The fact's explanation: the rule that fired, then how places and periods were filled in. */
export function explainFact(s: FactStory): string {
  const { verdict, witness } = s.judgement;
  const main = verdict === 'discrepancy' && witness ? discrepancy(s, witness)
    : verdict === 'tension' && witness ? tension(s, witness)
      : verdict === 'compatible' ? compatible(s)
        : verdict === 'agree' ? agree(s)
          : single(s);
  return main + notes(s);
}
