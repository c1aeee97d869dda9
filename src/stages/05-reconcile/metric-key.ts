import { createRequire } from 'node:module';
import type { Claim } from '../../contracts/index.js';
import type { MetricHierarchy } from './hierarchy.js';

// natural's Porter stemmer, loaded alone (importing all of natural prints to standard output; see LIBRARIES.md)
const { stem } = createRequire(import.meta.url)('natural/lib/natural/stemmers/porter_stemmer.js') as { stem: (word: string) => string };

/** Metric keys that differ only in word endings are one metric: "drug-overdose-death" = "drug-overdose-deaths". */
export function stemKey(metric: string): string {
  return metric.toLowerCase().split(/[-_\s]+/).filter(Boolean).map((w) => stem(w)).join('-');
}

/**
 * The spelling each metric key is reconciled under: one per stem key, preferring the hierarchy's spelling (so
 * part-whole rules find it), else the alphabetically first one seen. Claims from extractors or lexicons that
 * inflect a key differently thereby meet in one fact.
 */
export function canonicalMetrics(claims: readonly Claim[], hierarchy: MetricHierarchy): (claim: Claim) => Claim {
  const preferred = new Map<string, string>();
  for (const [child, parent] of Object.entries(hierarchy.parents)) {
    for (const key of [child, parent]) if (!preferred.has(stemKey(key))) preferred.set(stemKey(key), key);
  }
  const metrics = new Set<string>();
  for (const { metric } of claims) if (metric !== null) metrics.add(metric);
  const seen = [...metrics].sort();
  const canonical = new Map<string, string>();
  for (const metric of seen) {
    const key = stemKey(metric);
    if (!preferred.has(key)) preferred.set(key, metric);
    canonical.set(metric, preferred.get(key)!);
  }
  return (claim) => {
    const metric = claim.metric === null ? null : canonical.get(claim.metric) ?? claim.metric;
    return metric === claim.metric ? claim : { ...claim, metric };
  };
}
