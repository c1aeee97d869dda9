/**
 * `Number(x.toPrecision(12))`: trims binary noise (0.1 + 0.2 → 0.3). An integer below 1e12 in size has at most
 * twelve digits and so comes back unchanged (zero as +0); it skips the round trip through a string, which the
 * scanner would otherwise make several times for every quantity.
 */
export function toPrecision12(x: number): number {
  if (Number.isInteger(x) && x < 1e12 && x > -1e12) return x === 0 ? 0 : x;
  return Number(x.toPrecision(12));
}
