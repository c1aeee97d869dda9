/**
 * A count of the steps taken by the per-article code whose cost could grow faster than the article: wink's reading
 * of long unbroken runs, each number's look-around in the quantity scanner, each figure's reading of its sentence,
 * the HTML parser's stack of open elements. Tests run hostile shapes at two sizes and assert that this count
 * grows linearly with the input — work, not time, so a busy machine cannot fail them. Counting costs an addition;
 * nothing reads the count in a run.
 */
let steps = 0;

/** Count `n` steps of work. */
export function work(n: number): void {
  steps += n;
}

/** The steps counted on this thread so far. */
export function workSteps(): number {
  return steps;
}
