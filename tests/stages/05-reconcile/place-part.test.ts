// A place's total cannot exceed the total for a place it lies in, for the same measure and period.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/contracts/index.js';
import { reconcile } from '../../../src/stages/05-reconcile/index.js';
import { batch, claim, entity, HIERARCHY, type ClaimSpec } from './make.js';

const PLACES: Entity[] = [
  { ...entity('place:us-ca-butte', 'Butte County', 'place'), within: 'place:us-ca' },
  { ...entity('place:us-ca', 'California', 'place'), within: 'country:us' },
  entity('country:us', 'United States', 'country'),
];
const homes = (id: string, article: string, value: number, place: string, extra: Partial<ClaimSpec> = {}): ClaimSpec =>
  ({ id, article, value, metric: 'homes-destroyed', place, ...extra });
/** A claim whose own clause names its place (the reader's `placeFrom.via`), or one whose place is inferred. */
const placed = (spec: ClaimSpec, via: 'clause' | 'headline' = 'clause') => ({ ...claim(spec), placeFrom: { text: spec.place ?? '', start: 100, end: 110, via } });
const run = (specs: ClaimSpec[], via: 'clause' | 'headline' = 'clause') => reconcile({ ...batch(specs.map((x) => placed(x, via))), entities: PLACES }, { hierarchy: HIERARCHY });

describe('places within places', () => {
  it("flags a county's total above its state's, for the same measure and period", () => {
    const { discrepancies } = run([homes('a', 'A', 500, 'place:us-ca-butte'), homes('b', 'B', 400, 'place:us-ca')]);
    expect(discrepancies.map((d) => [d.kind, d.rule, d.claims])).toEqual([['constraint', 'place-part', ['a', 'b']]]);
    expect(discrepancies[0]?.explanation).toBe('500 homes destroyed in Butte County cannot exceed the 400 counted for California, which contains it, in 2021. '
      + 'Even read literally, the part is larger than the place it lies in.');
  });

  it('walks up the chain (county, state, country) and links the part to its nearest whole', () => {
    const { facts, discrepancies } = run([homes('a', 'A', 500, 'place:us-ca-butte'), homes('c', 'C', 450, 'country:us')]);
    expect(discrepancies.map((d) => d.rule)).toEqual(['place-part']);
    const ok = run([homes('a', 'A', 300, 'place:us-ca-butte'), homes('b', 'B', 400, 'place:us-ca')]);
    expect(ok.discrepancies).toEqual([]);
    const partOf = ok.facts.edges.filter((e) => e.type === 'part-of');
    expect(partOf).toHaveLength(1);
    expect(facts.facts).toHaveLength(2);
  });

  it('sets no part against its whole where a place was inferred, not stated in the clause', () => {
    expect(run([homes('a', 'A', 500, 'place:us-ca-butte'), homes('b', 'B', 400, 'place:us-ca')], 'headline').discrepancies).toEqual([]);
  });

  it("compares totals only: a county's rate or change may exceed its state's", () => {
    const rate = (id: string, article: string, value: number, place: string) => ({ ...placed(homes(id, article, value, place, { unit: 'percent' })), statistic: 'rate' as const });
    const rates = [rate('a', 'A', 12, 'place:us-ca-butte'), rate('b', 'B', 4, 'place:us-ca')];
    expect(reconcile({ ...batch(rates), entities: PLACES }, { hierarchy: HIERARCHY }).discrepancies).toEqual([]);
    expect(run([homes('a', 'A', 500, 'place:us-ca-butte', { direction: 'up' }), homes('b', 'B', 400, 'place:us-ca', { direction: 'up' })]).discrepancies).toEqual([]);
  });
});
