/**
 * Stage 05: reconcile the claims of a whole batch into a fact graph and a list of discrepancies.
 *
 * Decisions (see the modules for the details):
 * - Every claim belongs to exactly one fact. A claim without a metric is a fact of its own (wire copies of it
 *   share one); it is never merged with, or set against, another figure.
 * - Same fact = same metric, place, period (exact start and end), dimension and unit of comparison (kg/lb meet,
 *   currencies do not), rate (`per`) and direction of change. A claim without a place takes the only place the
 *   batch reports for that measure and period; with two or more places it stays apart (places.ts).
 * - An undated claim never merges with a dated one — except when its own article states the identical figure
 *   with a date ("29 in late February" … "All 29"). Other undated claims merge only while their readings overlap,
 *   so an undated figure can agree but never conflict (grouping.ts).
 * - Verdicts: `single` when the figure has one independent source (one article, or wire copies of one text)
 *   and it does not contradict itself — repeating a number is not confirming it; else agree / compatible /
 *   tension / discrepancy from the worst pair (verdict.ts). Literal readings that only touch at an excluded end
 *   (over 97,000 vs 97,000) are a tension, not a discrepancy.
 * - Wire copies (the same sentence, or the same quote of 30+ characters) count as one source: they never raise a
 *   verdict, a confidence or a severity (wire.ts); they are linked by `same-event` edges.
 */
import type { Article, Claim, Entity, FactsFile } from '../../contracts/index.js';
import type { TextSource } from '../../core/batch.js';
import { buildFact } from './build-fact.js';
import { checkPartWhole } from './constraints/part-whole.js';
import { checkPeriodTotals } from './constraints/period-total.js';
import { checkPlaceParts } from './constraints/place-part.js';
import { checkShareTotals } from './constraints/share-total.js';
import { buildDiscrepancies, type ReconciledDiscrepancy } from './discrepancies.js';
import { buildEdges } from './edges.js';
import type { ReconciledFact } from './fact-node.js';
import { groupClaims } from './grouping.js';
import { applyDecisions, type ReviewedPairs } from './decided.js';
import { defaultHierarchy, type MetricHierarchy } from './hierarchy.js';
import { newMeter, type Meter } from './meter.js';
import { compareStrings, sortByKeys, sortedUnique } from './fast/index.js';
import { possibleLinks } from './possible.js';
import { prepareItems } from './prepare.js';
import { canonicalMetrics } from './metric-key.js';

export { loadMetricHierarchy, MetricHierarchySchema, type MetricHierarchy } from './hierarchy.js';
export type { Meter } from './meter.js';
export type { ReconciledFact } from './fact-node.js';
export type { ReconciledDiscrepancy } from './discrepancies.js';
export { judgeOfficial, type OfficialResult } from './official.js';
export { blockKeys } from './blocks.js';
export { pairsOf, type ReviewedPairs } from './decided.js';
export { defaultHierarchy } from './hierarchy.js';

export interface ReconcileInput {
  claims: Claim[];
  entities: Entity[];
  articles: Article[];
  /** article id → text the offsets refer to; when given, wire copies are found by whole sentences, else by quotes */
  texts?: TextSource;
  /** reviewers' decisions (claimgraph review): claims kept apart, claims joined as one fact */
  decided?: ReviewedPairs;
}

export interface ReconcileOptions {
  /** defaults to data/metric-hierarchy.json, read once per process */
  hierarchy?: MetricHierarchy;
  /** counts pairwise comparisons (see meter.ts) */
  meter?: Meter;
}

export interface ReconcileResult {
  facts: FactsFile & { facts: ReconciledFact[] };
  discrepancies: ReconciledDiscrepancy[];
}

/** Facts by metric (unmeasured last), place, period, unit and id. */
const FACT_ORDER: ReadonlyArray<(f: ReconciledFact) => string> = [
  (f) => f.metric ?? '\uffff', (f) => f.place ?? '', (f) => f.period?.start ?? '', (f) => f.period?.end ?? '', (f) => f.unit,
];
const byId = (a: ReconciledFact, b: ReconciledFact) => compareStrings(a.id, b.id);

/**
 * Claims → facts (every claim in exactly one), verdicts, broken constraints, explanations, severities and
 * edges. Pure and deterministic: the same input, in any order, gives byte-identical JSON. Near-linear: claims
 * meet only inside blocking keys (metric + place + period + unit), never all pairs.
 */
export function reconcile(input: ReconcileInput, options: ReconcileOptions = {}): ReconcileResult {
  const meter = options.meter ?? newMeter();
  const hierarchy = options.hierarchy ?? defaultHierarchy();
  const entities = new Map(input.entities.map((e) => [e.id, e]));
  const published = new Map(input.articles.map((a) => [a.id, a.published]));
  const items = prepareItems(input.claims.map(canonicalMetrics(input.claims, hierarchy)), input.texts);
  const nodes = applyDecisions(groupClaims(items, meter), input.decided).map((group) => buildFact(group, entities, meter));
  const { links: metricLinks, violations: parts } = checkPartWhole(nodes, hierarchy, entities, meter);
  const { links: placeLinks, violations: placeParts } = checkPlaceParts(nodes, entities, meter);
  const links = [...metricLinks, ...placeLinks];
  const violations = [...parts, ...placeParts, ...checkPeriodTotals(nodes, entities, meter), ...checkShareTotals(nodes, hierarchy, meter)];
  const facts = sortByKeys(nodes.map((n) => n.fact), FACT_ORDER, byId);
  const edges = buildEdges(items, nodes, links, violations);
  const referenced = new Set<string>();
  const articles = new Set(input.articles.map((a) => a.id));
  for (const f of facts) if (f.place !== null) referenced.add(f.place);
  for (const { claim, place } of items) {
    for (const entity of claim.entities) referenced.add(entity);
    if (place !== null) referenced.add(place);
    if (claim.attribution?.entity) referenced.add(claim.attribution.entity);
    articles.add(claim.article);
  }
  return {
    facts: { facts, edges, entities: sortedUnique(referenced), articles: sortedUnique(articles), possible: possibleLinks(nodes, entities, meter) },
    discrepancies: buildDiscrepancies(nodes, violations, entities, published),
  };
}
