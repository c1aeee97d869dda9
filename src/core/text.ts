/**
 * How far back a rule looks for the start of the line (or paragraph) it reads around a position. Rules that count
 * what opened earlier on the line (quotation marks) would otherwise read the whole line again for every figure
 * on it, which is quadratic on a page of one long line; no prose line an opening quote could reach from is
 * longer than this.
 */
export const LOOK_BACK = 2000;

/** Where the line holding `pos` starts, or `pos - LOOK_BACK` when the line started further back. */
export function lineStartNear(text: string, pos: number, limit = LOOK_BACK): number {
  const floor = Math.max(0, pos - limit);
  for (let i = pos - 1; i >= floor; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return floor;
}
