// Which claims can meet in reconciliation, as keys: what a desk store indexes so that a run recomputes only the
// facts its new claims can touch.
import type { Claim } from '../../contracts/index.js';
import { distinctiveValue } from '../../core/figures.js';
import { ancestors, type MetricHierarchy } from './hierarchy.js';
import { statisticClass, synonyms, wordClass } from './identity.js';
import { stemKey } from './metric-key.js';

/**
 * The blocks a claim can meet other claims in. Reconciliation joins, compares and checks claims only within one
 * measure — a lexicon metric's family (a metric, its broader metrics and its share metrics: part ≤ whole and
 * share rules relate them), or a measure head's synonym class — and, across measures, where two articles give
 * the same distinctive figure (corroborate.ts). A claim with neither measure nor metric is a fact of its own,
 * shared only with its wire copies, which give the same figure. The first key is the claim's measure block.
 */
export function blockKeys(claim: Claim, hierarchy: MetricHierarchy): string[] {
  const keys: string[] = [];
  if (claim.metric !== null) {
    const metric = claim.metric.replace(/-share$/, '');
    const family = ancestors(hierarchy, metric);
    keys.push(`m|${stemKey(family.length > 0 ? family[family.length - 1]! : metric)}`);
  } else if (claim.measure !== null) {
    keys.push(`h|${wordClass(synonyms(), claim.measure.head)}`);
  } else {
    keys.push(`n|${claim.value ?? ''}|${claim.unit}`);
  }
  if (claim.hedge === 'exact' && distinctiveValue(claim.value)) keys.push(`f|${claim.value}|${claim.unit}|${statisticClass(claim.statistic ?? null, claim)}`);
  return keys;
}
