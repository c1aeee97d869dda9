import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../src/stages/05-reconcile/index.js';
import { canonicalMetrics, stemKey } from '../../../src/stages/05-reconcile/metric-key.js';
import { claim, year } from './make.js';

const HIERARCHY = { parents: { 'opioid-overdose-deaths': 'drug-overdose-deaths' } };

describe('metric keys by stem (natural\'s Porter stemmer)', () => {
  it.each([
    ['drug-overdose-deaths', 'drug-overdos-death'],
    ['Drug_Overdose Deaths', 'drug-overdos-death'],
    ['fentanyl-involved-deaths', 'fentanyl-involv-death'],
    ['extraditions', 'extradit'],
  ])('%s → %s', (metric, key) => expect(stemKey(metric)).toBe(key));

  it('reconciles inflected spellings under the hierarchy\'s spelling', () => {
    const a = claim({ id: 'a', article: 'x', value: 97000, metric: 'drug-overdose-death', period: year(2021) });
    const b = claim({ id: 'b', article: 'y', value: 97000, metric: 'drug-overdose-deaths', period: year(2021) });
    const c = claim({ id: 'c', article: 'z', value: 50, metric: 'arrest', period: year(2021) });
    const canon = canonicalMetrics([a, b, c], HIERARCHY);
    expect([a, b, c].map((x) => canon(x).metric)).toEqual(['drug-overdose-deaths', 'drug-overdose-deaths', 'arrest']);
    const { facts } = reconcile({ claims: [a, b], entities: [], articles: [] }, { hierarchy: HIERARCHY });
    expect(facts.facts.map((f) => [f.metric, f.claims, f.verdict])).toEqual([['drug-overdose-deaths', ['a', 'b'], 'agree']]);
  });

  it('finds the whole of an inflected part along the hierarchy', () => {
    const part = claim({ id: 'p', article: 'x', value: 106000, metric: 'opioid-overdose-death', period: year(2021), place: 'country:us' });
    const whole = claim({ id: 'w', article: 'y', value: 97000, metric: 'drug-overdose-deaths', period: year(2021), place: 'country:us' });
    const { discrepancies } = reconcile({ claims: [part, whole], entities: [], articles: [] }, { hierarchy: HIERARCHY });
    expect(discrepancies.map((d) => d.kind)).toEqual(['constraint']);
  });
});
