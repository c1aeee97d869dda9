// Reviewers' decisions (claimgraph review) steer which claims are one fact.
import { describe, expect, it } from 'vitest';
import { reconcile, type ReviewedPairs } from '../../../src/stages/05-reconcile/index.js';
import { batch, claim, HIERARCHY, type ClaimSpec } from './make.js';

const deaths = (id: string, article: string, value: number, extra: Partial<ClaimSpec> = {}): ClaimSpec => ({ id, article, value, metric: 'drug-overdose-deaths', ...extra });
const run = (specs: ClaimSpec[], decided?: ReviewedPairs) => reconcile({ ...batch(specs.map(claim)), ...(decided ? { decided } : {}) }, { hierarchy: HIERARCHY });
const groups = (r: ReturnType<typeof run>) => r.facts.facts.map((f) => [...f.claims].sort()).sort();

describe('reviewers\' decisions', () => {
  const specs = [deaths('a', 'A', 97000), deaths('b', 'B', 120000), deaths('c', 'C', 121000), deaths('d', 'D', 96000)];

  it('keep apart the claims decided to be different facts, each other claim with the figure it is nearer, and say so', () => {
    const before = run(specs);
    expect(groups(before)).toEqual([['a', 'b', 'c', 'd']]);
    expect(before.discrepancies.length).toBeGreaterThan(0);
    const after = run(specs, { apart: [['b', 'a']], together: [] });
    expect(groups(after)).toEqual([['a', 'd'], ['b', 'c']]);
    expect(after.facts.facts.every((f) => f.explanation.endsWith('A reviewer decided a figure of this frame is a different fact: it is kept apart.'))).toBe(true);
    // the fact the first claim stays in keeps its id; the other part has one of its own
    expect(after.facts.facts.find((f) => f.claims.includes('a'))?.id).toBe(before.facts.facts[0]?.id);
    expect(after.discrepancies.filter((d) => d.claims.includes('a') && d.claims.includes('b'))).toEqual([]);
  });

  it('join the claims decided to be one fact, whatever their frames say', () => {
    const apart = [deaths('a', 'A', 97000, { place: 'us' }), deaths('m', 'M', 97500, { place: 'mx' })];
    expect(groups(run(apart))).toEqual([['a'], ['m']]);
    const joined = run(apart, { apart: [], together: [['m', 'a']] });
    expect(groups(joined)).toEqual([['a', 'm']]);
    expect(joined.facts.facts[0]?.explanation).toContain('A reviewer decided these figures are one fact.');
  });

  it('leave everything else as it was, and ignore claims the batch does not hold', () => {
    const plain = run(specs);
    expect(run(specs, { apart: [['x', 'y']], together: [['a', 'zz']] })).toEqual(plain);
    expect(run(specs, { apart: [], together: [] })).toEqual(plain);
  });
});
