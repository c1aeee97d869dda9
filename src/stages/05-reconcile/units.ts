// Units of one dimension meet on a common one, so "100 lb" and "45 kg" can be the same fact.
import { DURATION_UNITS, MEASURE_UNITS } from '../../core/units.js';

export interface UnitScale {
  /** the unit every claim of this dimension is compared in: kg for mass, m for length, s for durations */
  base: string;
  /** value in `base` = value × factor */
  factor: number;
}

/** unit → its SI unit and factor, from the claims stage's unit table (one table, one truth). */
const SCALES: ReadonlyMap<string, UnitScale> = new Map(
  [...MEASURE_UNITS, ...DURATION_UNITS]
    .filter((row) => row.siUnit !== null && row.factor !== null && row.offset === undefined)
    .map((row) => [row.unit, { base: row.siUnit ?? row.unit, factor: row.factor ?? 1 }]),
);

/**
 * The unit a claim is compared in. Counts, percents, currencies (ISO codes: USD cents already arrive as USD) and
 * units without a linear SI reading stay as they are; different currencies never meet (no exchange rates).
 */
export function unitScale(unit: string): UnitScale {
  return SCALES.get(unit) ?? { base: unit, factor: 1 };
}

/** Factor from `unit` to `display`, both of the same base. */
export function conversionFactor(unit: string, display: string): number {
  return unitScale(unit).factor / unitScale(display).factor;
}
