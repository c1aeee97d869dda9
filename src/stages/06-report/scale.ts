/** A linear scale with round tick values for the number line. */
export interface Scale {
  /** the drawn domain, padded beyond the data so unbounded ends have room */
  lo: number;
  hi: number;
  ticks: number[];
}

/** 1, 2 or 5 times a power of ten, about `span / count`. */
export function niceStep(span: number, count = 5): number {
  const rough = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const norm = rough / magnitude;
  const factor = norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10;
  return factor * magnitude;
}

/** Scale over the finite values, padded by `pad` of the span each side; null when there is no finite value. */
export function scaleFor(values: readonly number[], pad = 0.12): Scale | null {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return null;
  let [min, max] = [finite[0]!, finite[0]!];
  for (const v of finite) [min, max] = [Math.min(min, v), Math.max(max, v)];
  if (min === max) {
    const spread = Math.abs(min) * 0.05 || 1;
    min -= spread;
    max += spread;
  }
  const span = max - min;
  const lo = min - span * pad;
  const hi = max + span * pad;
  const step = niceStep(hi - lo);
  const ticks: number[] = [];
  for (let k = Math.ceil(lo / step); k * step <= hi; k++) ticks.push(Number((k * step).toPrecision(12)));
  return { lo, hi, ticks };
}
