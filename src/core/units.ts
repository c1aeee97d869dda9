import { z } from 'zod';
import { readDataFile } from './data-file.js';

/**
 * Units of measure as data (`data/units.json`), validated at load: one table that the quantity scanner reads forms
 * from and reconciliation reads factors from. Each row gives the canonical unit, its dimension, the factor (and
 * offset) to its SI unit, and its surface forms: `words` match in any case, `abbr` only as written, `glued` only
 * when they touch the digits ("10kg", "50p").
 */
const Row = z.strictObject({
  unit: z.string().min(1),
  dimension: z.string().min(1),
  siUnit: z.string().nullable(),
  factor: z.number().positive().nullable(),
  offset: z.number().optional(),
  words: z.array(z.string().min(1)).optional(),
  abbr: z.array(z.string().min(1)).optional(),
  glued: z.array(z.string().min(1)).optional(),
}).refine((r) => (r.siUnit === null) === (r.factor === null), 'a row has both an SI unit and a factor, or neither');
export type UnitRow = Readonly<z.infer<typeof Row>>;

const Rows = z.strictObject({ description: z.string(), rows: z.array(Row).min(1) });
const Words = z.strictObject({ description: z.string(), words: z.array(z.string().min(1)).min(1) });
const UnitsSchema = z.strictObject({
  description: z.string(),
  measure: Rows,
  duration: Rows,
  temperature: Rows,
  percent: Rows,
  multiple: Rows,
  guardedForms: z.strictObject({ description: z.string(), forms: z.record(z.string(), z.enum(['strict', 'lenient', 'temperature'])) }),
  afterTemperatureLetter: Words,
  measuringWords: Words,
  lengthCues: Words,
  gluedOnlyForms: Words,
  angleCues: Words,
}).superRefine((d, ctx) => {
  const seen = new Set<string>();
  for (const group of ['measure', 'duration', 'temperature', 'percent', 'multiple'] as const) {
    d[group].rows.forEach((r, i) => {
      if (seen.has(r.unit)) ctx.addIssue({ code: 'custom', path: [group, 'rows', i, 'unit'], message: `unit "${r.unit}" is listed twice: keep one row` });
      seen.add(r.unit);
    });
  }
});

export const UNITS_FILE = new URL('../../data/units.json', import.meta.url);

const data = readDataFile(UNITS_FILE, UnitsSchema, 'units');

export const MEASURE_UNITS: readonly UnitRow[] = data.measure.rows;
/** Durations → seconds. A month is 1/12 of a Gregorian year. */
export const DURATION_UNITS: readonly UnitRow[] = data.duration.rows;
/** Temperatures → kelvin. Bare "degrees" has no scale: unit `degree`, no SI value. */
export const TEMPERATURE_UNITS: readonly UnitRow[] = data.temperature.rows;
export const PERCENT_UNITS: readonly UnitRow[] = data.percent.rows;
/** Multiples: "100 times", "3-fold", "10x". */
export const MULTIPLE_UNITS: readonly UnitRow[] = data.multiple.rows;
/** Short forms that are also common words or letters, and how strictly what follows them is checked. */
export const GUARDED_FORMS: ReadonlyMap<string, 'strict' | 'lenient' | 'temperature'> = new Map(Object.entries(data.guardedForms.forms));
/** Words that may follow a temperature written with a bare letter ("30C in London"). */
export const AFTER_TEMPERATURE_LETTER: ReadonlySet<string> = new Set(data.afterTemperatureLetter.words);
/** Words that may follow a strictly guarded unit: "2 in thick", "10 g of sugar". */
export const MEASURING_WORDS: ReadonlySet<string> = new Set(data.measuringWords.words);
/** Words after a glued lower-case "m" that make it metres ("1.8m tall"), not millions ("10m people"). */
export const LENGTH_CUES: ReadonlySet<string> = new Set(data.lengthCues.words);
/** Forms that need to touch the digits: "5′", "10″", "5h". */
export const GLUED_ONLY_FORMS: ReadonlySet<string> = new Set(data.gluedOnlyForms.words);
/** Words after a quantity that make a bare "degrees" an angle rather than a temperature. */
export const ANGLE_CUES: ReadonlySet<string> = new Set(data.angleCues.words);
