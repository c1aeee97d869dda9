import { describe, expect, it } from 'vitest';
import type { Interval } from '../../../src/contracts/index.js';
import {
  argMaxLow, argMinHigh, canBeAtMost, closure, hull, intersect, overlaps, overlapsClosed, reconciledRange, relativeGap,
} from '../../../src/stages/05-reconcile/interval-ops.js';

/** "[70000,71000)", "(97000,∞)", "[5]" → Interval. */
function iv(text: string): Interval {
  const point = /^\[(-?[\d.]+)\]$/.exec(text);
  if (point) return { low: Number(point[1]), high: Number(point[1]), lowInclusive: true, highInclusive: true };
  const m = /^([[(])(-∞|-?[\d.]+),(∞|-?[\d.]+)([\])])$/.exec(text);
  if (!m) throw new Error(`bad interval ${text}`);
  return {
    low: m[2] === '-∞' ? null : Number(m[2]), high: m[3] === '∞' ? null : Number(m[3]),
    lowInclusive: m[1] === '[', highInclusive: m[4] === ']',
  };
}

describe('overlaps, with open and closed ends', () => {
  it.each([
    ['[70000,71000)', '(70000,71000]', true], // nearly 71,000 vs more than 70,000
    ['(97000,∞)', '[106000]', true], // over 97,000 literally vs 106,000
    ['(97000,98000]', '[106000]', false], // over 97,000 plainly vs 106,000
    ['[1,2)', '[2,3]', false],
    ['[1,2]', '[2,3]', true],
    ['[1,2]', '(2,3]', false],
    ['[70000,71000)', '[71000]', false], // nearly 71,000 vs exactly 71,000
    ['(-∞,∞)', '[5]', true],
    ['(-∞,5)', '(5,∞)', false],
    ['(-∞,5]', '[5,∞)', true],
  ] as const)('%s and %s → %s', (a, b, expected) => {
    expect(overlaps(iv(a), iv(b))).toBe(expected);
    expect(overlaps(iv(b), iv(a))).toBe(expected);
    expect(intersect(iv(a), iv(b)) !== null).toBe(expected);
  });
});

describe('ranges', () => {
  it('intersects plain readings when they meet, else takes the hull', () => {
    expect(reconciledRange([iv('[70000,71000)'), iv('(70000,71000]')])).toEqual(iv('(70000,71000)'));
    expect(reconciledRange([iv('(97000,98000]'), iv('[106000]')])).toEqual(iv('(97000,106000]'));
    expect(hull(iv('[1,2)'), iv('(5,∞)'))).toEqual(iv('[1,∞)'));
  });

  it('reconciles many intervals as folding intersect, else hull, over them', () => {
    let seed = 3;
    const rand = (k: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * k);
    };
    const random = (): Interval => {
      const a = rand(6);
      const b = a + rand(4);
      return { low: rand(5) === 0 ? null : a, high: rand(5) === 0 ? null : b, lowInclusive: rand(2) === 0, highInclusive: rand(2) === 0 };
    };
    for (let round = 0; round < 2000; round++) {
      const list = Array.from({ length: 1 + rand(5) }, random).map((x) => (x.low === x.high && x.low !== null ? { ...x, lowInclusive: true, highInclusive: true } : x));
      let common: Interval | null = list[0]!;
      let all = list[0]!;
      for (const x of list.slice(1)) {
        common = common === null ? null : intersect(common, x);
        all = hull(all, x);
      }
      expect(reconciledRange(list)).toEqual(common ?? all);
    }
    expect(reconciledRange([iv('[1,3]'), iv('[2,5]'), iv('[4,6]')])).toEqual(iv('[1,6]')); // each meets the next, the three have nothing in common
  });

  it('says whether a part can be at most a whole', () => {
    expect(canBeAtMost(iv('[106000]'), iv('(97000,98000]'))).toBe(false);
    expect(canBeAtMost(iv('[106000]'), iv('(97000,∞)'))).toBe(true);
    expect(canBeAtMost(iv('[24]'), iv('[65]'))).toBe(true);
    expect(canBeAtMost(iv('[65]'), iv('[65]'))).toBe(true); // a part may equal its whole
    expect(canBeAtMost(iv('(65,66]'), iv('[60,65]'))).toBe(false);
    expect(canBeAtMost(closure(iv('(65,∞)')), closure(iv('[60,65)')))).toBe(true);
  });

  it('measures the gap relative to the larger facing bound', () => {
    expect(relativeGap(iv('(97000,98000]'), iv('[106000]'))).toBeCloseTo(8000 / 106000, 10);
    expect(relativeGap(iv('[106699]'), iv('[107000]'))).toBeCloseTo(301 / 107000, 10);
    expect(relativeGap(iv('[1,5]'), iv('[4,9]'))).toBe(0);
  });
});

describe('closed readings without making the closures', () => {
  const all = ['[70000,71000)', '(70000,71000]', '(97000,∞)', '[106000]', '(97000,98000]', '[1,2)', '[2,3]', '(2,3]', '(-∞,5)', '(5,∞)', '(-∞,∞)', '[5]', '(-∞,2)'].map(iv);

  it('overlapsClosed is overlaps of the closures, for every pair', () => {
    for (const a of all) for (const b of all) expect([a, b, overlapsClosed(a, b)]).toEqual([a, b, overlaps(closure(a), closure(b))]);
    expect(overlapsClosed(iv('[1,2)'), iv('(2,3]'))).toBe(true); // they touch at 2 once closed
    expect(overlapsClosed(iv('[1,2)'), iv('(2.5,3]'))).toBe(false);
  });

  it('argMaxLow and argMinHigh of closures ignore open ends; of the intervals they do not (first on ties)', () => {
    const values = ['(2,3]', '[2,3)', '[1,3]'].map(iv);
    expect([argMaxLow(values, (v) => v), argMaxLow(values, (v) => v, true)]).toEqual([0, 0]);
    expect([argMinHigh(values, (v) => v), argMinHigh(values, (v) => v, true)]).toEqual([1, 0]);
    expect(argMaxLow([iv('[2,3]'), iv('(2,3]')], (v) => v)).toBe(1);
    expect(argMaxLow([iv('[2,3]'), iv('(2,3]')], (v) => v, true)).toBe(0);
  });
});
