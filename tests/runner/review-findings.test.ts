import { describe, expect, it } from 'vitest';
import type { BatchResult } from '../../src/core/batch.js';
import { reviewedFindings, type FindingFrames } from '../../src/runner/store/index.js';
import { reconcile } from '../../src/stages/05-reconcile/index.js';
import { batch, claim, HIERARCHY, type ClaimSpec } from '../stages/05-reconcile/make.js';

const deaths = (id: string, article: string, value: number, extra: Partial<ClaimSpec> = {}): ClaimSpec => ({ id, article, value, metric: 'drug-overdose-deaths', ...extra });

describe('what a run stores of its findings for the review', () => {
  it('each finding with its body, its claims\' frames and articles, the facts\' other mentions and official verdicts', () => {
    // a conflict (every claim of its fact), and a possible link of an undated figure to one claim of a fact of two
    const input = batch([deaths('a', 'A', 97000), deaths('b', 'B', 120000), deaths('u', 'U', 93000, { period: null, place: 'us' })].map(claim));
    const { facts, discrepancies } = reconcile(input, { hierarchy: HIERARCHY });
    const official = [{ claim: 'a', explanation: '97,000 differs from the final official figure 106,699.' }];
    const result = { claims: input.claims, entities: input.entities, facts: { ...facts, official }, discrepancies } as unknown as BatchResult;
    const stored = reviewedFindings(result);
    const articlesOf = (f: (typeof stored)[number]) => [...new Set((JSON.parse(f.frames) as FindingFrames).claims.map((c) => c.article))].sort();
    expect(stored.map((f) => [f.kind, [...f.claims].sort(), articlesOf(f)])).toEqual([
      [discrepancies[0]!.kind, ['a', 'b'], ['A', 'B']],
      ['possible', facts.possible[0]!.claims.slice().sort(), facts.possible[0]!.claims.map((c) => c.toUpperCase()).sort()],
    ]);
    expect(JSON.parse(stored[0]!.body)).toEqual(JSON.parse(JSON.stringify(discrepancies[0])));
    const conflict = JSON.parse(stored[0]!.frames) as FindingFrames;
    expect(conflict.claims.map((c) => [c.id, c.place, c.official]).sort()).toEqual([['a', 'United States', '97,000 differs from the final official figure 106,699.'], ['b', 'United States', null]]);
    expect(conflict.mentions).toEqual([]);
    // the possible link names one claim of the fact; the fact's other claim is a mention
    const possible = JSON.parse(stored[1]!.frames) as FindingFrames;
    const linked = new Set(facts.possible[0]!.claims);
    expect(possible.mentions.map((c) => c.id)).toEqual(['a', 'b'].filter((id) => !linked.has(id)));
  });
});
