/**
 * Counts the pairwise evaluations reconciliation makes (claim against claim, fact against fact). Pass one in
 * `ReconcileOptions.meter` to check that the work grows linearly with the batch: blocking must keep this count
 * proportional to the number of claims, never to their square. Sorting (n log n) is not counted.
 */
export interface Meter {
  comparisons: number;
}

export function newMeter(): Meter {
  return { comparisons: 0 };
}
