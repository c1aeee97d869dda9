// Blocking keeps reconciliation near-linear: 10× the claims may cost at most ~12× the comparisons.
import { describe, expect, it } from 'vitest';
import type { Claim, Hedge, Period } from '../../../src/contracts/index.js';
import { reconcile, type Meter } from '../../../src/stages/05-reconcile/index.js';
import { batch, claim, HIERARCHY, span, year } from './make.js';

const METRICS = ['drug-overdose-deaths', 'opioid-overdose-deaths', 'fentanyl-involved-deaths', 'methamphetamine-involved-deaths', 'extraditions', 'transfers', 'arrests', null];
const HEDGES: Hedge[] = ['exact', 'exact', 'over', 'nearly', 'about', 'up_to'];
const PLACES = ['us', 'mx', null];

/** A batch that grows like a real one: more articles bring more periods and more facts, and more mentions of each. */
function realistic(n: number): Claim[] {
  let seed = 3;
  const rand = (k: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return Math.floor((seed / 2147483648) * k); };
  const periods = Math.max(4, Math.floor(n / 25));
  return Array.from({ length: n }, (_, i) => {
    const p = rand(periods);
    const period: Period | null = p % 7 === 0 ? null : p % 5 === 0 ? span(`${1900 + p}-01-01`, `${1904 + p}-12-31`, 'five years') : year(1900 + p);
    return claim({
      id: `c${i}`, article: `a${Math.floor(i / 8)}`, start: (i % 8) * 100, value: 1000 * (1 + rand(50)), hedge: HEDGES[rand(HEDGES.length)] ?? 'exact',
      metric: METRICS[rand(METRICS.length)] ?? null, place: PLACES[rand(PLACES.length)] ?? null, period,
      attribution: rand(4) === 0 ? 'cdc' : null,
      quote: rand(10) === 0 ? `A wire sentence that several outlets copied word for word ${p}` : undefined,
    });
  });
}

/** The worst case for blocking: every claim has the same key. */
function oneBlock(n: number, period: Period | null): Claim[] {
  return Array.from({ length: n }, (_, i) => claim({
    id: `c${i}`, article: `a${i}`, value: 90000 + (i % 97) * 100, hedge: i % 3 === 0 ? 'over' : 'exact', metric: 'drug-overdose-deaths', period,
  }));
}

function comparisons(claims: Claim[]): number {
  const meter: Meter = { comparisons: 0 };
  reconcile(batch(claims), { hierarchy: HIERARCHY, meter });
  return meter.comparisons;
}

describe('near-linear work', () => {
  it.each([
    ['a realistic batch', realistic],
    ['one dated block', (n: number) => oneBlock(n, year(2021))],
    ['one undated block', (n: number) => oneBlock(n, null)],
    ['nested periods', (n: number) => Array.from({ length: n }, (_, i) => claim({
      id: `c${i}`, article: `a${i}`, value: n - i, metric: 'extraditions', period: span(`${String(1000 + (i % 1000)).padStart(4, '0')}-01-01`, `${3000 - Math.floor(i / 1000)}-12-31`, 'a span'),
    }))],
  ])('%s: 10× the claims costs at most 12× the comparisons', (_, make) => {
    const small = comparisons(make(600));
    const large = comparisons(make(6000));
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThanOrEqual(12);
    expect(large / 6000).toBeLessThan(30); // and a small constant per claim
  });
});

describe('a figure with more sources than a call takes arguments', () => {
  it('gets a verdict and a confidence (150,000 articles, two figures)', () => {
    const claims = Array.from({ length: 150_000 }, (_, i) => claim({
      id: `c${i}`, article: `a${i}`, value: i % 2 === 0 ? 1000 : 5000, metric: 'arrests', confidence: i === 7 ? 0.5 : 0.9,
    }));
    const { facts } = reconcile(batch(claims), { hierarchy: HIERARCHY });
    expect(facts.facts).toHaveLength(1);
    expect(facts.facts[0]).toMatchObject({ verdict: 'discrepancy', sources: 150_000, confidence: 0.5 });
  }, 30_000);
});

