import { describe, expect, it } from 'vitest';
import type { Interval } from '../../../src/contracts/index.js';
import { closure, overlaps, sameInterval } from '../../../src/stages/05-reconcile/interval-ops.js';
import type { Item } from '../../../src/stages/05-reconcile/item.js';
import { newMeter } from '../../../src/stages/05-reconcile/meter.js';
import { judge, type Verdict } from '../../../src/stages/05-reconcile/verdict.js';

function item(id: string, literal: Interval, plain: Interval = literal): Item {
  return {
    claim: { id, article: id } as Item['claim'], articleRank: 0, base: 'count', literal, plain, place: null, placeInferred: false,
    periodKey: null, wire: null, measure: '', identity: null, rank: 0, distinctive: false, headlineFrame: false, widened: false,
  };
}
const point = (n: number): Interval => ({ low: n, high: n, lowInclusive: true, highInclusive: true });
const over = (n: number, g: number) => item(`over-${n}`, { low: n, high: null, lowInclusive: false, highInclusive: false }, { low: n, high: n + g, lowInclusive: false, highInclusive: true });
const nearly = (n: number, g: number) => item(`nearly-${n}`, { low: n - g, high: n, lowInclusive: true, highInclusive: false });

describe('judge', () => {
  it.each<[string, Item[], number, Verdict]>([
    ['the same value from two sources agrees', [item('a', point(29)), item('b', point(29))], 2, 'agree'],
    ['overlapping plain readings are compatible', [nearly(71000, 1000), over(70000, 1000)], 2, 'compatible'],
    ['literal overlap without plain overlap is a tension', [over(97000, 1000), item('x', point(106000))], 2, 'tension'],
    ['no overlap at all is a discrepancy', [item('a', point(107000)), item('b', point(106699))], 2, 'discrepancy'],
    ['a figure repeated by one source is single', [item('a', point(29)), item('b', point(29)), item('c', point(29))], 1, 'single'],
    ['two compatible wordings from one source are single', [nearly(71000, 1000), over(70000, 1000)], 1, 'single'],
    ['one source contradicting itself is still a discrepancy', [item('a', point(28)), item('b', point(29))], 1, 'discrepancy'],
    ['readings that touch at an excluded end are a tension, not a discrepancy', [over(97000, 1000), item('x', point(97000))], 2, 'tension'],
    ['nearly 71,000 against exactly 71,000 is a tension', [nearly(71000, 1000), item('x', point(71000))], 2, 'tension'],
  ])('%s', (_, items, sources, verdict) => {
    expect(judge(items, sources, newMeter()).verdict).toBe(verdict);
  });

  it('names the witness pair, lower reading first', () => {
    const result = judge([item('hi', point(107000)), item('mid', point(106800)), item('lo', point(106699))], 3, newMeter());
    expect(result.witness?.map((i) => i.claim.id)).toEqual(['lo', 'hi']);
    expect(result.disputes.map(([a, b]) => `${a.claim.id}<${b.claim.id}`).sort()).toEqual(['lo<hi', 'lo<hi', 'lo<mid', 'mid<hi']);
  });

  it('finds the worst pair in one pass: the same verdict as comparing all pairs, on random intervals', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const randomInterval = (): Interval => {
      const a = Math.floor(rand() * 20);
      const b = a + Math.floor(rand() * 6);
      return { low: rand() < 0.1 ? null : a, high: rand() < 0.1 ? null : b, lowInclusive: rand() < 0.5, highInclusive: rand() < 0.5 || a === b };
    };
    const order: Verdict[] = ['single', 'agree', 'compatible', 'tension', 'discrepancy'];
    const pairVerdict = (x: Item, y: Item): Verdict =>
      !overlaps(closure(x.literal), closure(y.literal)) ? 'discrepancy' : !overlaps(x.plain, y.plain) ? 'tension' : sameInterval(x.plain, y.plain) ? 'agree' : 'compatible';
    for (let round = 0; round < 400; round++) {
      const n = 2 + Math.floor(rand() * 6);
      const items = Array.from({ length: n }, (_, i) => {
        const literal = randomInterval();
        const inner = rand() < 0.5 ? literal : { ...literal, high: literal.low === null ? literal.high : literal.low + 1, highInclusive: true, lowInclusive: true };
        return item(`c${i}`, literal, inner);
      });
      let worst: Verdict = 'agree';
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
        const v = pairVerdict(items[i]!, items[j]!);
        if (order.indexOf(v) > order.indexOf(worst)) worst = v;
      }
      expect(judge(items, 2, newMeter()).verdict, JSON.stringify(items.map((i) => [i.literal, i.plain]))).toBe(worst);
    }
  });
});
