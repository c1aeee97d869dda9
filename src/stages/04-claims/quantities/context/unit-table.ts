import { CURRENCIES, GLUED_ONLY_MINOR, MINOR_UNITS } from '../../../../core/currencies.js';
import {
  DURATION_UNITS, GLUED_ONLY_FORMS, MEASURE_UNITS, MULTIPLE_UNITS, PERCENT_UNITS, TEMPERATURE_UNITS, type UnitRow,
} from '../../../../core/units.js';

export type UnitKind = 'measure' | 'duration' | 'temperature' | 'percent' | 'times' | 'currency' | 'minor';

/** What a unit form means, whichever table it came from. */
export interface UnitInfo {
  readonly kind: UnitKind;
  readonly unit: string;
  readonly dimension: string;
  readonly siUnit: string | null;
  readonly factor: number | null;
  readonly offset: number;
  /** for minor currency units: the share of the major unit ("cents" → 0.01) */
  readonly minor: number;
  /** must touch the digits */
  readonly gluedOnly: boolean;
  /** currency names read only right after a scale word ("5 billion won") */
  readonly afterScaleOnly: boolean;
}

export interface UnitTable {
  /** any-case forms, keyed by lower-case text with single spaces */
  readonly anyCase: ReadonlyMap<string, UnitInfo>;
  /** forms matched as written */
  readonly exact: ReadonlyMap<string, UnitInfo>;
}

const KIND_OF: Record<string, UnitKind> = {
  duration: 'duration', temperature: 'temperature', percent: 'percent', percentage_point: 'percent', ratio: 'times',
};

function info(row: UnitRow, gluedOnly: boolean): UnitInfo {
  return {
    kind: KIND_OF[row.dimension] ?? 'measure', unit: row.unit, dimension: row.dimension, siUnit: row.siUnit,
    factor: row.factor, offset: row.offset ?? 0, minor: 1, gluedOnly, afterScaleOnly: false,
  };
}

const money = (iso: string, minor = 1, gluedOnly = false, afterScaleOnly = false): UnitInfo => ({
  kind: minor === 1 ? 'currency' : 'minor', unit: iso, dimension: 'currency', siUnit: null, factor: null, offset: 0,
  minor, gluedOnly, afterScaleOnly,
});

/** The meaning of a unit by its code in `data/units.json` ("year", "in", "percent"), for the readers that set one. */
export function unitInfo(unit: string, gluedOnly = false): UnitInfo {
  const row = [...MEASURE_UNITS, ...DURATION_UNITS, ...TEMPERATURE_UNITS, ...PERCENT_UNITS, ...MULTIPLE_UNITS].find((r) => r.unit === unit);
  if (row === undefined) throw new Error(`data/units.json has no unit "${unit}"`);
  return info(row, gluedOnly);
}

/** A currency's meaning as a unit ("GBP"). */
export const currencyInfo = (iso: string): UnitInfo => money(iso);

/** Drops a final full stop: "lbs." matches as "lbs" and the stop stays with the sentence. */
const form = (f: string) => (f.length > 1 && f.endsWith('.') ? f.slice(0, -1) : f).replace(/\s+/g, ' ');

/** Every unit form that can follow a number, from the lexicon tables. */
export function buildUnitTable(): UnitTable {
  const anyCase = new Map<string, UnitInfo>();
  const exact = new Map<string, UnitInfo>();
  const rows = [...MEASURE_UNITS, ...DURATION_UNITS, ...TEMPERATURE_UNITS, ...PERCENT_UNITS, ...MULTIPLE_UNITS];
  for (const row of rows) {
    for (const w of row.words ?? []) if (!anyCase.has(form(w).toLowerCase())) anyCase.set(form(w).toLowerCase(), info(row, false));
    for (const a of row.abbr ?? []) if (!exact.has(form(a))) exact.set(form(a), info(row, GLUED_ONLY_FORMS.has(a)));
    for (const g of row.glued ?? []) exact.set(g, info(row, true));
  }
  for (const c of CURRENCIES) {
    for (const n of c.names ?? []) anyCase.set(form(n), money(c.iso));
    for (const n of c.afterScale ?? []) anyCase.set(form(n), money(c.iso, 1, false, true));
    for (const s of c.symbols ?? []) if (!/\s/.test(s) && !/^[a-z]/.test(s)) exact.set(s, money(c.iso));
  }
  for (const [name, m] of MINOR_UNITS) {
    const entry = money(m.iso, m.factor, GLUED_ONLY_MINOR.has(name));
    if (GLUED_ONLY_MINOR.has(name) || name === '¢') exact.set(name, entry);
    else anyCase.set(name, entry);
  }
  return { anyCase, exact };
}
