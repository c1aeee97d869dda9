// Measure identities: synonym classes, the article's first qualifiers, and qualifier sets widened along one chain.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/contracts/index.js';
import { measureIdentities, widenings } from '../../../src/stages/05-reconcile/identity.js';
import { reconcile } from '../../../src/stages/05-reconcile/index.js';
import { batch, claim, HIERARCHY } from './make.js';

const measured = (id: string, article: string, value: number, key: string, extra: Partial<Claim> = {}): Claim => {
  const text = key.split(' ').join(' ');
  return { ...claim({ id, article, value, metric: null }), measure: { key, head: key.split(' ')[0]!, text, start: 100, end: 100 + text.length, via: 'clause', rule: 'noun-after' }, ...extra };
};

describe('widenings', () => {
  it.each([
    [['', 'fire', 'burn,fire'], { '': 'burn,fire', fire: 'burn,fire' }],
    [['', 'pedestrian', 'motorcyclist'], {}],
    [['', 'pedestrian', 'motorcyclist', 'pedestrian,urban'], { pedestrian: 'pedestrian,urban' }],
    [['traffic', 'crash,motor,traffic,vehicle'], { traffic: 'crash,motor,traffic,vehicle' }],
    [['trade', 'service'], {}],
  ])('%j widen to %j', (sets, want) => {
    expect(Object.fromEntries(widenings(sets))).toEqual(want);
  });
});

describe('measure identities', () => {
  it('gives fewer qualifiers the identity of the one chain of more, and says it was widened', () => {
    const claims = [measured('a', 'A', 400956, 'acre'), measured('b', 'B', 400956, 'acre burn fire'), measured('c', 'C', 400000, 'acre fire')];
    const identity = measureIdentities(claims);
    expect(claims.map((_, i) => [identity.at(i), identity.widened(i)])).toEqual([['k:acre|burn,fire', true], ['k:acre|burn,fire', false], ['k:acre|burn,fire', true]]);
  });

  it('keeps a bare measure apart where the qualified ones branch, and where the frame differs', () => {
    const claims = [measured('a', 'A', 40990, 'death'), measured('b', 'B', 7522, 'death pedestrian'), measured('c', 'C', 6218, 'death motorcyclist'),
      measured('d', 'D', 7000, 'death cyclist', { place: 'mx' })];
    const identity = measureIdentities(claims);
    expect(claims.map((_, i) => identity.at(i))).toEqual(['k:death|', 'k:death|pedestrian', 'k:death|motorcyclist', 'k:death|cyclist']);
  });

  it('never widens the whole to one of its parts: "employers added 142,000 jobs" is not construction\'s', () => {
    const part = (extra: Partial<Claim>) => ({ ...extra, measure: { ...measured('x', 'X', 0, 'job add construction').measure!, part: ['construction'] } });
    const claims = [measured('a', 'A', 142000, 'job add'), measured('b', 'B', 34000, 'job add construction', part({})), measured('c', 'C', 34000, 'job add construction', part({}))];
    const identity = measureIdentities(claims);
    expect(claims.map((_, i) => [identity.at(i), identity.widened(i)])).toEqual([['k:job|', false], ['k:job|construction', false], ['k:job|construction', false]]);
  });

  it('gives a later figure the qualifiers its article first gave the measure, but not a share, which names its part', () => {
    const claims = [measured('a', 'A', 40990, 'death traffic'), measured('b', 'A', 40901, 'death', { valueStart: 900 } as Partial<Claim>),
      measured('c', 'B', 83.2, 'victim black', { statistic: 'share', unit: 'percent', dimension: 'percent' }),
      measured('d', 'B', 88.9, 'victim man', { statistic: 'share', unit: 'percent', dimension: 'percent', valueStart: 900 } as Partial<Claim>)];
    const identity = measureIdentities(claims);
    expect(claims.map((_, i) => identity.at(i))).toEqual(['k:death|traffic', 'k:death|traffic', 'k:victim|black', 'k:victim|man']);
  });

  it('compares a percentage a change arrived at with the rate or the share it is the level of', () => {
    const pct = { unit: 'percent', dimension: 'percent' } as const;
    const { facts } = reconcile(batch([
      measured('a', 'A', 4.2, 'rate unemployment', { ...pct, statistic: 'level' }), measured('b', 'B', 4.2, 'rate unemployment', { ...pct, statistic: 'rate' }),
      measured('c', 'C', 60, 'turnout', { ...pct, statistic: 'level' }), measured('d', 'D', 59.9, 'turnout', { ...pct, statistic: 'share' }),
    ]), { hierarchy: HIERARCHY });
    expect(facts.facts.map((f) => [...f.claims].sort()).sort()).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('reads a generic head with one qualifier as that qualifier ("the jobless rate" is unemployment), not with two', () => {
    const claims = [measured('a', 'A', 4.1, 'rate jobless'), measured('b', 'B', 4.1, 'unemployment'), measured('c', 'C', 16, 'rate effective tariff')];
    const identity = measureIdentities(claims);
    expect(claims.map((_, i) => identity.at(i))).toEqual(['k:unemployment|', 'k:unemployment|', 'k:rate|effective,tariff']);
  });

  it('joins a widened figure to a fact only where the readings meet, else lists it as a possible link', () => {
    const meet = reconcile(batch([measured('a', 'A', 400956, 'acre'), measured('b', 'B', 400956, 'acre burn fire')]), { hierarchy: HIERARCHY });
    expect(meet.facts.facts.map((f) => f.claims)).toEqual([['a', 'b']]);
    const apart = reconcile(batch([measured('a', 'A', 40990, 'death'), measured('b', 'B', 7522, 'death pedestrian')]), { hierarchy: HIERARCHY });
    expect(apart.discrepancies).toEqual([]);
    expect(apart.facts.possible.map((p) => [p.claims, p.unknown])).toEqual([[['a', 'b'], ['measure']]]);
  });
});
