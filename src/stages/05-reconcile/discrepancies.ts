// discrepancies.json: conflicts and tensions inside facts, and broken constraints between facts.
import type { Discrepancy, Entity } from '../../contracts/index.js';
import { contentId } from '../../core/ids.js';
import type { Violation } from './constraints/violation.js';
import type { FactNode } from './fact-node.js';
import type { Item } from './item.js';
import { figure } from './explain/figures.js';
import { comesBeforeEstimate, EARLY, LATE, withinRevision } from './grouping.js';
import { compareStrings } from './fast/index.js';
import { primarySources, severity } from './severity.js';
import { countSources } from './wire.js';

export type ReconciledDiscrepancy = Discrepancy & {
  /** the rule that fired: values-disjoint, readings-disjoint, vintages-differ, part-whole, place-part, period-total, share-total */
  rule: string;
  reading: 'literal' | 'plain';
  /** independent sources among the claims involved */
  sources: number;
  /** agencies (entity ids) named as a source of a claim involved */
  primarySources: string[];
};

/** Witnesses first (in their order), then the other claims by id; each once. */
function claimOrder(first: readonly Item[], rest: readonly Item[]): Item[] {
  const seen = new Set<Item>(first);
  const others: Item[] = [];
  for (const item of rest) {
    if (seen.has(item)) continue;
    seen.add(item);
    others.push(item);
  }
  return [...new Set(first), ...others.sort((a, b) => a.rank - b.rank)];
}

/**
 * The earlier and the later figure when two disagreeing claims are the same count at two vintages: one early
 * (provisional, preliminary, an estimate or projection) and one final or revised; or one of them so marked and the
 * other published on the side the marking implies. Null when nothing says so.
 */
export function revisionOf(a: Item, b: Item, published: ReadonlyMap<string, string | null>): { early: Item; late: Item } | null {
  if (!withinRevision(a, b)) return null;
  const [va, vb] = [a.claim.vintage, b.claim.vintage];
  const [pa, pb] = [published.get(a.claim.article) ?? null, published.get(b.claim.article) ?? null];
  const early = (v: string | null) => v !== null && EARLY.has(v);
  const late = (v: string | null) => v !== null && LATE.has(v);
  if (early(va) && late(vb)) return { early: a, late: b };
  if (early(vb) && late(va)) return { early: b, late: a };
  if (comesBeforeEstimate(va, vb)) return { early: a, late: b };
  if (comesBeforeEstimate(vb, va)) return { early: b, late: a };
  const laterOf = (x: string | null, y: string | null) => x !== null && y !== null && x > y;
  if (late(va) && vb === null && !laterOf(pb, pa)) return { early: b, late: a };
  if (late(vb) && va === null && !laterOf(pa, pb)) return { early: a, late: b };
  // an early figure and an unmarked one of the same article ("had first reported it as 56,408"; "56,399"): the
  // unmarked one is the article's current figure; across articles, only a later publication says so
  const same = a.claim.article === b.claim.article;
  if (early(va) && vb === null && (same || laterOf(pb, pa))) return { early: a, late: b };
  if (early(vb) && va === null && (same || laterOf(pa, pb))) return { early: b, late: a };
  return null;
}

function vintageWords(item: Item, published: ReadonlyMap<string, string | null>, fallback: string): string {
  const { vintage, vintageText } = item.claim;
  const date = published.get(item.claim.article) ?? null;
  const what = vintage === null ? fallback : `${vintage}${vintageText && vintageText.toLowerCase() !== vintage ? ` (“${vintageText}”)` : ''}`;
  return `${what}${date === null ? '' : `, in an article published ${date}`}`;
}

function withinFact(node: FactNode, entities: ReadonlyMap<string, Entity>, published: ReadonlyMap<string, string | null>): ReconciledDiscrepancy | null {
  const { verdict, witness, disputes, reading } = node.judgement;
  if ((verdict !== 'discrepancy' && verdict !== 'tension') || witness === null) return null;
  const involved = claimOrder(witness, disputes.flat());
  const revision = revisionOf(witness[0], witness[1], published);
  if (revision !== null) {
    const { early, late } = revision;
    const sources = countSources(involved);
    const primary = primarySources(involved, entities);
    const gap = gapOf(witness[0].plain.high, witness[1].plain.low);
    return {
      id: contentId('discrepancy', 'revision', node.fact.id),
      kind: 'revision',
      severity: severity({ reading, gap, sources, primary: primary.length > 0 }),
      claims: involved.map((i) => i.claim.id),
      facts: [node.fact.id],
      explanation: `A revision, not a contradiction: ${figure(early)} is the earlier figure (${vintageWords(early, published, 'not marked')}); `
        + `${figure(late)} the later one (${vintageWords(late, published, 'not marked, published later')}). A text quoting ${figure(early)} after the revision quotes a superseded figure. ${node.fact.explanation}`,
      rule: 'vintages-differ',
      reading,
      sources,
      primarySources: primary,
    };
  }
  const kind = verdict === 'discrepancy' ? 'conflict' : 'tension';
  const sources = countSources(involved);
  const primary = primarySources(involved, entities);
  const gap = reading === 'literal'
    ? gapOf(witness[0].literal.high, witness[1].literal.low)
    : gapOf(witness[0].plain.high, witness[1].plain.low);
  return {
    id: contentId('discrepancy', kind, node.fact.id),
    kind,
    severity: severity({ reading, gap, sources, primary: primary.length > 0 }),
    claims: involved.map((i) => i.claim.id),
    facts: [node.fact.id],
    explanation: node.fact.explanation,
    rule: kind === 'conflict' ? 'values-disjoint' : 'readings-disjoint',
    reading,
    sources,
    primarySources: primary,
  };
}

function gapOf(lowerHigh: number | null, upperLow: number | null): number {
  if (lowerHigh === null || upperLow === null) return 0;
  const scale = Math.max(Math.abs(lowerHigh), Math.abs(upperLow));
  return scale === 0 ? 0 : Math.max(0, upperLow - lowerHigh) / scale;
}

/**
 * A broken constraint lists the claims that fire it, then the other mentions of the first fact (the part, or the
 * share). The broader fact's other mentions stay on that fact: one total can cap many parts, and repeating all its
 * mentions in each would make the file grow with the square of the batch.
 */
function fromViolation(v: Violation, entities: ReadonlyMap<string, Entity>): ReconciledDiscrepancy {
  const involved = claimOrder(v.witnesses, v.facts[0]?.items ?? []);
  const sources = countSources(involved);
  const primary = primarySources(involved, entities);
  const factIds = v.facts.map((f) => f.fact.id);
  return {
    id: contentId('discrepancy', 'constraint', v.rule, ...factIds),
    kind: 'constraint',
    severity: severity({ reading: v.reading, gap: v.gap, sources, primary: primary.length > 0 }),
    claims: involved.map((i) => i.claim.id),
    facts: factIds,
    explanation: v.explanation,
    rule: v.rule,
    reading: v.reading,
    sources,
    primarySources: primary,
  };
}

/** Most severe first; equal severities by id. */
export function buildDiscrepancies(
  nodes: readonly FactNode[], violations: readonly Violation[], entities: ReadonlyMap<string, Entity>,
  published: ReadonlyMap<string, string | null> = new Map(),
): ReconciledDiscrepancy[] {
  const out = [
    ...nodes.map((n) => withinFact(n, entities, published)).filter((d): d is ReconciledDiscrepancy => d !== null),
    ...violations.map((v) => fromViolation(v, entities)),
  ];
  return out.sort((a, b) => b.severity - a.severity || compareStrings(a.id, b.id));
}
