// Which claims can meet in reconciliation, as keys: what a desk store indexes so that a run recomputes only the
// facts its new claims can touch.
import type { Claim } from '../../contracts/index.js';
import { contentId } from '../../core/ids.js';
import { ancestors, type MetricHierarchy } from './hierarchy.js';
import { synonyms, wordClass } from './identity.js';
import { stemKey } from './metric-key.js';

/**
 * The blocks a claim can meet other claims in. Reconciliation joins, compares and checks claims within one
 * measure — a lexicon metric's family (a metric, its broader metrics and its share metrics: part ≤ whole and
 * share rules relate them), or a measure head's synonym class. A claim with neither measure nor metric is a fact
 * of its own, shared only with its wire copies, which quote the same words.
 *
 * One thing crosses measures: two articles giving the same distinctive figure are one fact, however they name
 * its measure (corroborate.ts). Those joins are left out of the blocks on purpose: a three-digit figure recurs
 * across unrelated stories, and a block for each would pull a store's every article that gives it into a run.
 * A run into a store therefore sees the corroborations within its blocks; `claimgraph export`, which reconciles
 * everything, sees them all.
 */
export function blockKeys(claim: Claim, hierarchy: MetricHierarchy): string[] {
  if (claim.metric !== null) {
    const metric = claim.metric.replace(/-share$/, '');
    const family = ancestors(hierarchy, metric);
    return [`m|${stemKey(family.length > 0 ? family[family.length - 1]! : metric)}`];
  }
  if (claim.measure !== null) return [`h|${wordClass(synonyms(), claim.measure.head)}`];
  return [`n|${contentId(claim.quote)}`];
}
