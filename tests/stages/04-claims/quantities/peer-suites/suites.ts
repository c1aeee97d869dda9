import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QUANTULUM_UNITS, RECOGNIZERS_DIMENSION_OVERRIDES, RECOGNIZERS_UNITS, type UnitMapping } from './units.js';

/** What a spec file is about; it decides which claimgraph results and which Recognizers model are compared. */
export type SuiteKind = 'number' | 'percent' | 'range' | 'currency' | 'dimension' | 'age' | 'temperature' | 'quantulum';

/** One expected or produced result, in claimgraph's terms. */
export interface Result {
  /** the matched text, lower-case, spaces collapsed */
  readonly text: string;
  /** a number, an interval written "[20,30)" for the range suite, or null for a unit without amount */
  readonly value: number | string | null;
  /** canonical unit (and "/per" for rates), null for the number, percent and range suites */
  readonly unit: string | null;
  /** other canonical units the spec's unit stands for */
  readonly alike?: readonly string[];
}

export interface Case {
  readonly input: string;
  readonly expected: readonly Result[];
  /** the spec's NotSupported note ("javascript, python"), counted like any other case */
  readonly notSupported: string | null;
}

export interface Suite {
  /** path under fixtures/peer-suites */
  readonly file: string;
  readonly kind: SuiteKind;
  readonly cases: readonly Case[];
}

export const PEER_DIR = join(import.meta.dirname, '../../../../../fixtures/peer-suites');

export const SUITE_FILES: ReadonlyArray<{ file: string; kind: SuiteKind }> = [
  { file: 'recognizers-text/Specs/Number/English/NumberModel.json', kind: 'number' },
  { file: 'recognizers-text/Specs/Number/English/PercentModel.json', kind: 'percent' },
  { file: 'recognizers-text/Specs/Number/English/NumberRangeModel.json', kind: 'range' },
  { file: 'recognizers-text/Specs/NumberWithUnit/English/CurrencyModel.json', kind: 'currency' },
  { file: 'recognizers-text/Specs/NumberWithUnit/English/DimensionModel.json', kind: 'dimension' },
  { file: 'recognizers-text/Specs/NumberWithUnit/English/AgeModel.json', kind: 'age' },
  { file: 'recognizers-text/Specs/NumberWithUnit/English/TemperatureModel.json', kind: 'temperature' },
  { file: 'quantulum3/quantities.json', kind: 'quantulum' },
  { file: 'quantulum3/quantities.ambiguity.json', kind: 'quantulum' },
];

export const normText = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** "100%" → 100, "1E-12" → 1e-12, "[20,30)" stays a string. */
function specValue(v: unknown): number | string | null {
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  if (/^[[(]/.test(s)) return s.replace(/\s+/g, '');
  const n = Number(s.replace(/%$/, ''));
  return Number.isFinite(n) ? n : s;
}

export function mapUnit(mapping: UnitMapping | undefined, value: number | string | null):
  { value: number | string | null; unit: string; alike?: readonly string[] } | null {
  if (!mapping) return null;
  const v = typeof value === 'number' && mapping.factor ? value * mapping.factor : value;
  return { value: v, unit: mapping.per ? `${mapping.unit}/${mapping.per}` : mapping.unit, ...(mapping.alike ? { alike: mapping.alike } : {}) };
}

const UNIT_KINDS = new Set<SuiteKind>(['currency', 'dimension', 'age', 'temperature']);

/** A Recognizers-Text result ({Text, Resolution: {value, unit}}) in claimgraph's terms. */
export function fromRecognizers(kind: SuiteKind, text: string, resolution: Record<string, unknown> | null | undefined): Result {
  const value = specValue(resolution?.['value']);
  if (!UNIT_KINDS.has(kind)) return { text: normText(text), value, unit: null };
  const name = String(resolution?.['unit'] ?? '');
  const table = kind === 'dimension' ? { ...RECOGNIZERS_UNITS, ...RECOGNIZERS_DIMENSION_OVERRIDES } : RECOGNIZERS_UNITS;
  const mapped = mapUnit(table[name], value);
  if (!mapped) return { text: normText(text), value, unit: `?${name}` };
  return { text: normText(text), value: mapped.value, unit: mapped.unit, ...(mapped.alike ? { alike: mapped.alike } : {}) };
}

interface RecognizersSpecCase { Input: string; Results: Array<{ Text: string; Resolution?: Record<string, unknown> | null }>; NotSupported?: string }
interface QuantulumSpecCase { req: string; res: Array<{ value: number; unit: string; surface: string }> }

export function loadSuite(entry: { file: string; kind: SuiteKind }): Suite {
  const raw = JSON.parse(readFileSync(join(PEER_DIR, entry.file), 'utf8').replace(/^\uFEFF/, '')) as unknown[];
  const cases: Case[] = entry.kind === 'quantulum'
    ? (raw as QuantulumSpecCase[]).map((c) => ({
      input: c.req,
      notSupported: null,
      expected: c.res.map((r) => {
        const mapped = mapUnit(QUANTULUM_UNITS[r.unit], r.value);
        return { text: normText(r.surface), value: mapped ? mapped.value : r.value, unit: mapped ? mapped.unit : `?${r.unit}` };
      }),
    }))
    : (raw as RecognizersSpecCase[]).map((c) => ({
      input: c.Input,
      notSupported: c.NotSupported ?? null,
      expected: c.Results.map((r) => fromRecognizers(entry.kind, r.Text, r.Resolution)),
    }));
  return { file: entry.file, kind: entry.kind, cases };
}
