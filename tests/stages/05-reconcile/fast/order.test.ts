import { describe, expect, it } from 'vitest';
import { compareStrings, pairPacker, sortByKeys, sortedUnique, TupleKeys } from '../../../../src/stages/05-reconcile/fast/index.js';
import { referenceSortByKeys, referenceSortedUnique, referenceTupleKey } from '../../../../src/stages/05-reconcile/fast/reference.js';

interface Row { metric: string; place: string; start: string; id: string }

/** Deterministic rows with few distinct keys (many ties) and ids that are not in key order. */
function rows(n: number): Row[] {
  let seed = 11;
  const rand = (k: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * k);
  };
  return Array.from({ length: n }, () => ({
    metric: ['deaths', 'arrests', '\uffff', 'seizures'][rand(4)]!,
    place: ['', 'country:mx', 'country:us', 'place:arizona', 'place:ariz'][rand(5)]!,
    start: ['', '2021-01-01', '2020-01-01', '2021-01-01x'][rand(4)]!,
    id: rand(1_000_000).toString(16),
  }));
}

const KEYS = [(r: Row) => r.metric, (r: Row) => r.place, (r: Row) => r.start];
const byId = (a: Row, b: Row) => compareStrings(a.id, b.id);
const reference = (a: Row, b: Row) =>
  compareStrings(a.metric, b.metric) || compareStrings(a.place, b.place) || compareStrings(a.start, b.start) || byId(a, b);

describe('sortByKeys', () => {
  it.each([0, 1, 2, 7, 500, 5000])('gives the order of comparing the keys one by one, then the tiebreak (%i rows)', (n) => {
    const input = rows(n);
    const expected = [...input].sort(reference);
    expect(sortByKeys(input, KEYS, byId)).toEqual(expected);
    expect(referenceSortByKeys(input, KEYS, byId)).toEqual(expected);
  });

  it('orders keys by code units, a prefix first', () => {
    const input = [
      { metric: 'b', place: '', start: '', id: '1' },
      { metric: 'a', place: 'x', start: '', id: '2' },
      { metric: 'a', place: '', start: '', id: '3' },
      { metric: 'B', place: '', start: '', id: '4' },
    ];
    expect(sortByKeys(input, KEYS, byId).map((r) => r.id)).toEqual(['4', '3', '2', '1']);
  });

  it('sorts a tie as large as the input (no spread into arguments)', () => {
    const input = Array.from({ length: 200_000 }, (_, i) => ({ metric: 'm', place: '', start: '', id: String(199_999 - i).padStart(6, '0') }));
    const sorted = sortByKeys(input, KEYS, byId);
    expect(sorted).toHaveLength(200_000);
    expect([sorted[0]!.id, sorted[199_999]!.id]).toEqual(['000000', '199999']);
  });

  it('leaves its input alone', () => {
    const input = rows(50);
    const copy = [...input];
    sortByKeys(input, KEYS, byId);
    expect(input).toEqual(copy);
  });
});

describe('pairPacker', () => {
  it('packs two positions into a number that sorts like the pair, and unpacks them', () => {
    const pairs = pairPacker(1000);
    const packed = [[3, 999], [4, 0], [3, 0], [999, 999]].map(([h, l]) => pairs.pack(h!, l!));
    expect([...Float64Array.from(packed).sort()].map((p) => [pairs.high(p), pairs.low(p)])).toEqual([[3, 0], [3, 999], [4, 0], [999, 999]]);
  });

  it('refuses a count whose pairs would not be exact', () => {
    expect(() => pairPacker(100_000_000)).toThrow(/too many/);
    expect(() => pairPacker(90_000_000)).not.toThrow();
  });
});

describe('TupleKeys', () => {
  it('makes each key once and gives the same string for the same parts', () => {
    const keys = new TupleKeys();
    let made = 0;
    const make = (parts: Array<string | null>) => keys.key(parts, (arg) => { made++; return arg.map((p) => p ?? '').join('|'); }, parts);
    const first = make(['deaths', null, 'count']);
    expect(make(['deaths', null, 'count'])).toBe(first);
    expect(make(['deaths', '', 'count'])).toBe('deaths||count'); // null and '' are different parts
    expect(made).toBe(2);
    expect(make(['deaths', null])).toBe('deaths|'); // a prefix of a known tuple is a tuple of its own
    expect(made).toBe(3);
  });

  it('reads the parts when asked, so one array may be refilled for every tuple', () => {
    const keys = new TupleKeys();
    const parts: Array<string | null> = ['deaths', 'count'];
    const first = keys.key(parts, (p) => p.join('|'), parts);
    parts[1] = 'percent';
    expect(keys.key(parts, (p) => p.join('|'), parts)).toBe('deaths|percent');
    parts[1] = 'count';
    expect(keys.key(parts, () => 'made again', undefined)).toBe(first);
  });

  it('keeps a null key as made', () => {
    const keys = new TupleKeys();
    let made = 0;
    const make = () => { made++; return null; };
    expect(keys.key([null, null], make, undefined)).toBeNull();
    expect(keys.key([null, null], make, undefined)).toBeNull();
    expect(made).toBe(1);
  });
});

describe('the fast primitives against their naive references (a set and a string sort), on randomized inputs', () => {
  it.each([1, 2, 3])('sortedUnique and TupleKeys (seed %i)', (seed) => {
    let state = seed;
    const rand = (k: number) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return Math.floor((state / 2147483648) * k);
    };
    const words = ['', 'a', 'ab', 'b', 'é', '\uffff', 'country:us', 'country:us ', '2021-01-01'];
    const values = Array.from({ length: 3000 }, () => words[rand(words.length)]! + (rand(3) === 0 ? String(rand(50)) : ''));
    expect(sortedUnique(values)).toEqual(referenceSortedUnique(values));
    // TupleKeys gives one key a distinct tuple: the same partition as the naive joined key
    const keys = new TupleKeys();
    const tuples = Array.from({ length: 3000 }, () => [words[rand(words.length)]!, rand(4) === 0 ? null : words[rand(words.length)]!, String(rand(5))]);
    const fast = tuples.map((t) => keys.key(t, (parts) => referenceTupleKey(parts), t));
    const naive = tuples.map(referenceTupleKey);
    for (let i = 0; i < tuples.length; i++) for (const j of [0, rand(tuples.length), i - 1]) {
      if (j < 0) continue;
      expect(fast[i] === fast[j], JSON.stringify([tuples[i], tuples[j]])).toBe(naive[i] === naive[j]);
    }
  });
});
