// discrepancies.json: conflicts and tensions inside facts, and broken constraints between facts.
import type { Discrepancy, Entity } from '../../contracts/index.js';
import { contentId } from '../../core/ids.js';
import type { Violation } from './constraints/violation.js';
import type { FactNode } from './fact-node.js';
import type { Item } from './item.js';
import { compareStrings } from './order.js';
import { primarySources, severity } from './severity.js';
import { countSources } from './wire.js';

export type ReconciledDiscrepancy = Discrepancy & {
  /** the rule that fired: values-disjoint, readings-disjoint, part-whole, period-total, share-total */
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

function withinFact(node: FactNode, entities: ReadonlyMap<string, Entity>): ReconciledDiscrepancy | null {
  const { verdict, witness, disputes, reading } = node.judgement;
  if ((verdict !== 'discrepancy' && verdict !== 'tension') || witness === null) return null;
  const involved = claimOrder(witness, disputes.flat());
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
): ReconciledDiscrepancy[] {
  const out = [
    ...nodes.map((n) => withinFact(n, entities)).filter((d): d is ReconciledDiscrepancy => d !== null),
    ...violations.map((v) => fromViolation(v, entities)),
  ];
  return out.sort((a, b) => b.severity - a.severity || compareStrings(a.id, b.id));
}
