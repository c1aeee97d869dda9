import Recognizers from '@microsoft/recognizers-text-suite';
import { fromRecognizers, type Result, type SuiteKind } from './suites.js';

interface ModelResult { start: number; end: number; text: string; typeName: string; resolution?: Record<string, unknown> | null }
type Recognize = (query: string, culture: string) => ModelResult[];

const R = Recognizers as unknown as Record<string, Recognize> & { Culture: { English: string } };
const EN = R.Culture.English;

const MODEL: Partial<Record<SuiteKind, string>> = {
  number: 'recognizeNumber', percent: 'recognizePercentage', currency: 'recognizeCurrency',
  dimension: 'recognizeDimension', age: 'recognizeAge', temperature: 'recognizeTemperature',
};

/** For quantulum's cases: every Recognizers model, unit-bearing results first, plain numbers only where none overlaps. */
const ALL: ReadonlyArray<[string, SuiteKind]> = [
  ['recognizeCurrency', 'currency'], ['recognizeDimension', 'dimension'], ['recognizeTemperature', 'temperature'],
  ['recognizeAge', 'age'], ['recognizePercentage', 'percent'], ['recognizeNumber', 'number'],
];

/**
 * Recognizers-Text's results for one case, from the model the spec file tests. The JS port has no number-range
 * model, so it returns nothing for the range suite.
 */
export function recognizersResults(kind: SuiteKind, text: string): Result[] {
  if (kind === 'range') return [];
  if (kind !== 'quantulum') {
    const fn = R[MODEL[kind]!]!;
    return fn(text, EN).map((r) => fromRecognizers(kind, r.text, r.resolution));
  }
  const taken: Array<[number, number]> = [];
  const out: Result[] = [];
  for (const [name, k] of ALL) {
    for (const r of R[name]!(text, EN)) {
      if (taken.some(([s, e]) => r.start <= e && s <= r.end)) continue;
      taken.push([r.start, r.end]);
      const res = fromRecognizers(k, r.text, r.resolution);
      out.push(k === 'number' ? { ...res, unit: 'count' } : k === 'percent' ? { ...res, unit: 'percent' } : res);
    }
  }
  return out;
}
