// Scoring claimgraph's output against hand-written gold: claims matched by the figure's span, each frame field
// compared as a reader would, and the cross-article gold (same-fact groups, disagreements, look-alike pairs).
import { createRequire } from 'node:module';
import type { Claim, Entity, Fact } from '../../src/contracts/index.js';
import { pairsOf, type GoldClaim, type PlacedClaim } from './gold.js';

const require = createRequire(import.meta.url);
// natural's Porter stemmer alone (loading all of natural pulls in 52 packages and prints to standard output)
const { stem } = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem: (w: string) => string };

/** A claim as the scorer reads it: the contract's fields and the frame fields (absent until they exist). */
export type OutClaim = Claim & {
  measure?: { key: string; head: string; text: string } | null;
  scope?: { entity: string | null; text: string | null } | null;
  statistic?: string | null;
  vintage?: string | null;
};

export const FIELDS = ['value', 'unit', 'hedge', 'direction', 'measure', 'mhead', 'statistic', 'vintage', 'place', 'scope', 'period', 'attribution'] as const;
export type Field = (typeof FIELDS)[number];

/** Names an entity goes by (its name and aliases), for comparing with a name the gold writes. */
export type Names = (id: string | null) => string[];

const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'in', 'on', 'at', 'to', 's', 'u', 'inc', 'co', 'department', 'dept', 'office']);

/** Content words of a name, lower case, stemmed. */
function words(name: string): string[] {
  return name.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '' && !STOP.has(w)).map((w) => stem(w));
}

/** Whether a name the gold writes and one claimgraph gives name the same body or place: one's words hold the other's. */
export function sameName(gold: string, candidate: string): boolean {
  const g = words(gold);
  const c = new Set(words(candidate));
  if (g.length === 0 || c.size === 0) return gold.trim().toLowerCase() === candidate.trim().toLowerCase();
  if (g.every((w) => c.has(w))) return true;
  const gs = new Set(g);
  return [...c].every((w) => gs.has(w));
}

function anyName(gold: string, candidates: ReadonlyArray<string | null | undefined>): boolean {
  return candidates.some((c) => c !== null && c !== undefined && c.trim() !== '' && sameName(gold, c));
}

const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b)));

/** Each field's verdict for one matched claim: right or wrong. */
export function judge(gold: GoldClaim, out: OutClaim, names: Names): Record<Field, boolean> {
  const measures = gold.measure === null ? null : Array.isArray(gold.measure) ? gold.measure : [gold.measure];
  const measureWords = out.measure ? new Set([...out.measure.key.split(' '), ...words(out.measure.text)].map((w) => stem(w.toLowerCase()))) : null;
  return {
    value: close(gold.value, out.value) && close(gold.low, out.low) && close(gold.high, out.high),
    unit: gold.unit === out.unit,
    hedge: gold.hedge === out.hedge,
    direction: gold.direction === out.direction,
    measure: measures === null
      ? (out.measure ?? null) === null
      : out.measure !== null && out.measure !== undefined && measures.some((m) =>
        stem(m.head) === stem(out.measure!.head) && m.terms.every((t) => measureWords!.has(stem(t.toLowerCase())))),
    mhead: measures === null ? (out.measure ?? null) === null : out.measure !== null && out.measure !== undefined && measures.some((m) => stem(m.head) === stem(out.measure!.head)),
    statistic: gold.statistic === (out.statistic ?? null),
    vintage: gold.vintage === (out.vintage ?? null),
    place: gold.place === null ? out.place === null : anyName(gold.place, names(out.place)),
    scope: gold.scope === null
      ? (out.scope ?? null) === null
      : out.scope !== null && out.scope !== undefined && anyName(gold.scope, [...names(out.scope.entity), out.scope.text]),
    period: gold.period === null
      ? out.period === null || (out.period.start === null && out.period.end === null)
      : out.period !== null && out.period.start === gold.period.start && out.period.end === gold.period.end,
    attribution: gold.attribution === null
      ? out.attribution === null
      : out.attribution !== null && anyName(gold.attribution, [...names(out.attribution.entity), out.attribution.text]),
  };
}

/** Gold claims of one article matched one to one with the claims found, by overlap of the figure's span. */
export function matchClaims(gold: readonly PlacedClaim[], found: readonly OutClaim[]): Map<PlacedClaim, OutClaim> {
  const overlap = (g: PlacedClaim, c: OutClaim) => Math.min(g.valueEnd, c.valueEnd) - Math.max(g.valueStart, c.valueStart);
  const candidates: Array<[number, PlacedClaim, OutClaim]> = [];
  for (const g of gold) for (const c of found) {
    const o = overlap(g, c);
    if (o > 0) candidates.push([o, g, c]);
  }
  candidates.sort((a, b) => b[0] - a[0] || a[1].valueStart - b[1].valueStart || a[2].valueStart - b[2].valueStart);
  const matched = new Map<PlacedClaim, OutClaim>();
  const used = new Set<OutClaim>();
  for (const [, g, c] of candidates) {
    if (matched.has(g) || used.has(c)) continue;
    matched.set(g, c);
    used.add(c);
  }
  return matched;
}

export interface Tally {
  found: number;
  expected: number;
  matched: number;
  right: Record<Field, number>;
  /** matched claims whose gold names a measure, and of them those given one */
  measured: number;
  measurePresent: number;
}

export function emptyTally(): Tally {
  return { found: 0, expected: 0, matched: 0, right: Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>, measured: 0, measurePresent: 0 };
}

export function addTally(into: Tally, t: Tally): void {
  into.found += t.found;
  into.expected += t.expected;
  into.matched += t.matched;
  into.measured += t.measured;
  into.measurePresent += t.measurePresent;
  for (const f of FIELDS) into.right[f] += t.right[f];
}

export interface CrossTally {
  samePairs: number;
  sameFound: number;
  predictedPairs: number;
  predictedRight: number;
  disagreePairs: number;
  disagreeFound: number;
  flaggedPairs: number;
  flaggedRight: number;
  apartPairs: number;
  apartViolations: number;
  /** look-alike pairs a constraint finding links (allowed: a part against its whole) */
  apartConstraint: number;
  possible: number;
  violations: string[];
}

export function emptyCross(): CrossTally {
  return { samePairs: 0, sameFound: 0, predictedPairs: 0, predictedRight: 0, disagreePairs: 0, disagreeFound: 0, flaggedPairs: 0, flaggedRight: 0, apartPairs: 0, apartViolations: 0, apartConstraint: 0, possible: 0, violations: [] };
}

export function addCross(into: CrossTally, t: CrossTally): void {
  for (const k of Object.keys(into) as Array<keyof CrossTally>) {
    if (k === 'violations') into.violations.push(...t.violations);
    else (into[k] as number) += t[k] as number;
  }
}

export interface Findings {
  /** claim id → the facts it is in */
  factsOf: Map<string, string[]>;
  /** unordered claim-id pairs flagged against each other (discrepancy kinds other than constraint) */
  flagged: Set<string>;
  /** pairs a constraint finding links */
  constrained: Set<string>;
  /** pairs linked as possibly the same fact */
  possible: Set<string>;
}

export const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

export function readFindings(facts: readonly Fact[], discrepancies: ReadonlyArray<{ kind: string; claims: string[] }>, possible: ReadonlyArray<{ claims: string[] }> = []): Findings {
  const factsOf = new Map<string, string[]>();
  for (const f of facts) for (const c of f.claims) factsOf.set(c, [...(factsOf.get(c) ?? []), f.id]);
  const flagged = new Set<string>();
  const constrained = new Set<string>();
  for (const d of discrepancies) {
    const into = d.kind === 'constraint' ? constrained : flagged;
    for (const [a, b] of pairsOf(d.claims)) into.add(pairKey(a, b));
  }
  const possibleSet = new Set<string>();
  for (const p of possible) for (const [a, b] of pairsOf(p.claims)) possibleSet.add(pairKey(a, b));
  return { factsOf, flagged, constrained, possible: possibleSet };
}

function sameFact(findings: Findings, a: string, b: string): boolean {
  const fa = findings.factsOf.get(a) ?? [];
  const fb = new Set(findings.factsOf.get(b) ?? []);
  return fa.some((f) => fb.has(f));
}

/**
 * Whether a finding sets two found claims against each other: both are among its claims and their literal readings
 * cannot both hold. A finding lists every mention of its fact, so mentions on one side of it (58,038 in three
 * articles against 58,009) agree with each other and are not flagged against each other.
 */
function flaggedAgainst(findings: Findings, a: OutClaim, b: OutClaim): boolean {
  if (!findings.flagged.has(pairKey(a.id, b.id))) return false;
  // a found claim's literal reading: an open end is unbounded ("more than 53,500")
  const lo = (c: OutClaim) => c.low ?? -Infinity;
  const hi = (c: OutClaim) => c.high ?? Infinity;
  return hi(a) < lo(b) || hi(b) < lo(a);
}

const disjoint = (a: GoldClaim, b: GoldClaim) => {
  const lo = (c: GoldClaim) => c.low ?? c.value ?? -Infinity;
  const hi = (c: GoldClaim) => c.high ?? c.value ?? Infinity;
  return hi(a) < lo(b) || hi(b) < lo(a);
};

/**
 * The cross-article scores of one cluster. `toOut` maps a gold claim id to the claim found for it; `goldOf` maps
 * a claim found (by id) to its gold claim, for precision over pairs of claims the gold knows.
 */
export function scoreCluster(
  groups: ReadonlyArray<{ claims: string[]; verdict: string }>,
  apart: ReadonlyArray<{ claims: [string, string]; reason: string }>,
  gold: ReadonlyMap<string, PlacedClaim>,
  toOut: ReadonlyMap<string, OutClaim>,
  findings: Findings,
): CrossTally {
  const t = emptyCross();
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => g.claims.forEach((id) => groupOf.set(id, i)));
  const disagreeing = new Set(['discrepancy', 'tension', 'revision']);
  for (const g of groups) {
    for (const [a, b] of pairsOf(g.claims)) {
      const ca = toOut.get(a);
      const cb = toOut.get(b);
      t.samePairs++;
      const together = ca !== undefined && cb !== undefined && sameFact(findings, ca.id, cb.id);
      if (together) t.sameFound++;
      if (disagreeing.has(g.verdict) && disjoint(gold.get(a)!, gold.get(b)!)) {
        t.disagreePairs++;
        if (ca && cb && flaggedAgainst(findings, ca, cb)) t.disagreeFound++;
      }
    }
  }
  // precision over the pairs of found claims that both have gold claims in this cluster
  const known = [...toOut.entries()];
  for (let i = 0; i < known.length; i++) {
    for (let j = i + 1; j < known.length; j++) {
      const [ga, ca] = known[i]!;
      const [gb, cb] = known[j]!;
      const gi = groupOf.get(ga);
      const same = gi !== undefined && gi === groupOf.get(gb);
      if (sameFact(findings, ca.id, cb.id)) {
        t.predictedPairs++;
        if (same) t.predictedRight++;
      }
      if (flaggedAgainst(findings, ca, cb)) {
        t.flaggedPairs++;
        if (same && disagreeing.has(groups[gi]!.verdict) && disjoint(gold.get(ga)!, gold.get(gb)!)) t.flaggedRight++;
      }
      if (findings.possible.has(pairKey(ca.id, cb.id))) t.possible++;
    }
  }
  for (const pair of apart) {
    const [a, b] = pair.claims;
    const ca = toOut.get(a);
    const cb = toOut.get(b);
    t.apartPairs++;
    if (!ca || !cb) continue;
    if (sameFact(findings, ca.id, cb.id) || flaggedAgainst(findings, ca, cb)) {
      t.apartViolations++;
      t.violations.push(`${a} ~ ${b} (${pair.reason}): "${gold.get(a)!.valueText}" / "${gold.get(b)!.valueText}"`);
    }
    if (findings.constrained.has(pairKey(ca.id, cb.id))) t.apartConstraint++;
  }
  return t;
}

export type { Entity };
