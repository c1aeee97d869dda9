import type { Entity, Period } from '../../contracts/index.js';
import { contentId } from '../../core/ids.js';
import type { Display } from './explain/figures.js';
import { shown } from './explain/figures.js';
import { explainFact } from './explain/verdicts.js';
import { evidenceOf, evidenceWords } from './evidence.js';
import type { FactNode, ReconciledFact } from './fact-node.js';
import type { Group } from './grouping.js';
import { reconciledRange } from './interval-ops.js';
import { keyDirection, literalReading, plainReading, type Item } from './item.js';
import type { Meter } from './meter.js';
import { compareStrings } from './fast/index.js';
import { representativePeriod } from './periods.js';
import { unitScale } from './units.js';
import { judge } from './verdict.js';
import { sourcesOf, type Sources } from './wire.js';

const CORROBORATED = new Set(['single', 'agree', 'compatible']);
/** What a fact says of the reviewer's decision that made it (decided.ts). */
const DECIDED: Readonly<Record<string, string>> = {
  together: 'A reviewer decided these figures are one fact.',
  apart: 'A reviewer decided a figure of this frame is a different fact: it is kept apart.',
};

/** The claims' own unit when they all share one (100 lb stays in lb), else the unit they were compared in. */
function displayOf(items: readonly Item[]): Display {
  const only = items[0]?.claim.unit;
  const unit = only !== undefined && items.every((i) => i.claim.unit === only) ? only : items[0]?.base ?? 'count';
  return { unit, factor: unitScale(unit).factor / unitScale(items[0]?.base ?? unit).factor };
}

/**
 * Noisy-or over independent sources (each at its most confident mention) when they corroborate; when they
 * disagree, the least confident side. Wire copies and repeats fall into one source and so never add.
 * `sources` is `sourcesOf(items)`, which the fact has already made.
 */
function confidenceOf(items: readonly Item[], verdict: string, sources: Sources): number {
  const best = new Float64Array(sources.count);
  items.forEach(({ claim }, i) => (best[sources.of[i]!] = Math.max(best[sources.of[i]!]!, claim.confidence)));
  // reduced, not spread: a figure in a large archive may have more sources than a call takes arguments
  const combined = CORROBORATED.has(verdict) ? 1 - best.reduce((p, c) => p * (1 - c), 1) : best.reduce((a, b) => Math.min(a, b));
  return Number(combined.toFixed(4));
}

/**
 * The most frequent non-null value, ties to the first in `compareStrings` order; null when there is none. One
 * pass, no sort: sorting to take the first cost an array a fact, and reading the first of an empty one sent V8
 * back to unoptimised code each time (1,509 times on 30 MB).
 */
function mostCommon<T>(values: readonly T[], read: (value: T) => string | null): string | null {
  const counts = new Map<string, number>();
  for (const value of values) {
    const v = read(value);
    if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [value, count] of counts) {
    if (count > most || (count === most && compareStrings(value, best!) < 0)) {
      best = value;
      most = count;
    }
  }
  return best;
}

/** Dated groups share one period key (their undated joiners have none); undated groups have no period. */
function periodOf(group: Group, items: readonly Item[]): Period | null {
  if (group.kind === 'undated') return null;
  const periods: Period[] = [];
  for (const { periodKey, claim } of items) if (periodKey !== null && claim.period !== null) periods.push(claim.period);
  return representativePeriod(periods);
}

const countedOf = (item: Item) => item.claim.counted;
/** The most common measure key, scope and statistic of a fact's claims, in one pass over them (ties as `mostCommon`). */
function frameOf(items: readonly Item[]): { measure: string | null; scope: string | null; statistic: string | null } {
  const counts = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()] as const;
  const add = (map: Map<string, number>, v: string | null) => v !== null && map.set(v, (map.get(v) ?? 0) + 1);
  for (const { claim } of items) {
    add(counts[0], claim.measure?.key ?? null);
    add(counts[1], claim.scope?.entity ?? claim.scope?.text ?? null);
    add(counts[2], claim.statistic);
  }
  const best = (map: Map<string, number>): string | null => {
    let top: string | null = null;
    let most = 0;
    for (const [value, count] of map) if (count > most || (count === most && compareStrings(value, top!) < 0)) [top, most] = [value, count];
    return top;
  };
  return { measure: best(counts[0]), scope: best(counts[1]), statistic: best(counts[2]) };
}

export function buildFact(group: Group, entities: ReadonlyMap<string, Entity>, meter: Meter): FactNode {
  // the group's own list, put in reading order: nothing reads it in the order it was gathered in after this
  const items = group.items.sort((a, b) => a.articleRank - b.articleRank || a.claim.start - b.claim.start || a.rank - b.rank);
  const sourceList = sourcesOf(items);
  const sources = sourceList.count;
  const judgement = judge(items, sources, meter);
  const plainRange = reconciledRange(items, plainReading);
  const literalRange = reconciledRange(items, literalReading);
  const display = displayOf(items);
  const [first] = items;
  const place = first?.place ?? null;
  const explanation = explainFact({
    items, judgement, sources, range: plainRange, display, adopted: group.adopted,
    placeInferred: items.reduce((n, i) => (i.placeInferred ? n + 1 : n), 0),
    placeName: place === null ? null : entities.get(place)?.name ?? place,
  });
  const evidence = evidenceOf(group, items, entities);
  // the axes are worth reading only where claims were joined
  const why = items.length > 1 ? evidenceWords(evidence) : '';
  const interval = shown(plainRange, display);
  const fact: ReconciledFact = {
    id: contentId('fact', group.key),
    metric: first?.claim.metric ?? null,
    place,
    period: periodOf(group, items),
    interval: { low: interval.low, high: interval.high, lowInclusive: interval.lowInclusive, highInclusive: interval.highInclusive },
    unit: display.unit,
    claims: items.map((i) => i.claim.id),
    verdict: judgement.verdict,
    explanation: [explanation, why, DECIDED[group.decided ?? '']].filter(Boolean).join(' '),
    ...frameOf(items),
    evidence,
    dimension: first?.claim.dimension ?? 'count',
    per: first?.claim.per ?? null,
    direction: first === undefined ? null : keyDirection(first.claim),
    counted: mostCommon(items, countedOf),
    sources,
    confidence: confidenceOf(items, judgement.verdict, sourceList),
  };
  return { fact, group, items, judgement, plainRange, literalRange, display, sources };
}
