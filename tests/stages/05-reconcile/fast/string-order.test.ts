import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compareStrings, prefixKeys, sortStrings, stringOrder } from '../../../../src/stages/05-reconcile/fast/index.js';
import { referenceStringOrder as reference } from '../../../../src/stages/05-reconcile/fast/reference.js';

function random(seed: number) {
  return (k: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * k);
  };
}

const hex = (i: number) => createHash('sha256').update(String(i)).digest('hex').slice(0, 16);

describe('stringOrder', () => {
  it.each<[string, string[], number[]]>([
    ['nothing', [], []],
    ['one string', ['x'], [0]],
    ['a prefix before its extensions', ['ab', 'a', 'abc', ''], [3, 1, 0, 2]],
    ['equal strings in the order they came', ['b', 'a', 'b', 'a'], [1, 3, 0, 2]],
    ['code units, not locale: capitals first, é after z, \uffff last', ['é', 'z', 'Z', '\uffff', 'a'], [2, 4, 1, 0, 3]],
    ['a surrogate pair by its code units', ['\ud83d\ude00', '\uffff', 'a'], [2, 0, 1]],
  ])('orders %s', (_, values, expected) => {
    expect([...stringOrder(values)]).toEqual(expected);
    expect([...stringOrder(values)]).toEqual(reference(values));
  });

  const rand = random(5);
  it.each<[string, string[]]>([
    ['random hex ids', Array.from({ length: 5000 }, (_, i) => hex(i))],
    ['numbered ids (c1, c10, c100…)', Array.from({ length: 3000 }, (_, i) => `c${i}`)],
    ['keys that share long stretches', Array.from({ length: 4000 }, (_, i) => `d|drug-overdose-deaths|count|count|||country:${['us', 'mx', ''][i % 3]}|${1900 + (i % 120)}-01-01#${i % 37}`)],
    ['many equal strings and prefixes of each other', Array.from({ length: 3000 }, () => 'abcabc'.slice(0, rand(7)))],
    ['short strings over a tiny alphabet, every length', Array.from({ length: 6000 }, () => Array.from({ length: rand(9) }, () => 'ab'[rand(2)]).join(''))],
    ['a wide alphabet (any code unit)', Array.from({ length: 2000 }, () => String.fromCharCode(...Array.from({ length: 1 + rand(5) }, () => rand(65536))))],
    ['a run of ties as long as the input', Array.from({ length: 1000 }, () => 'same')],
    ['every one of the 65,536 code units (the largest alphabet)', Array.from({ length: 65536 }, (_, c) => String.fromCharCode(65535 - c) + 'x')],
  ])('gives the order of comparing code units, on %s', (_, values) => {
    expect([...stringOrder(values)]).toEqual(reference(values));
  });

  it('leaves its input alone and sorts a copy with sortStrings', () => {
    const values = Array.from({ length: 600 }, (_, i) => hex(i));
    const copy = [...values];
    expect(sortStrings(values)).toEqual([...values].sort(compareStrings));
    expect(values).toEqual(copy);
  });
});

describe('prefixKeys', () => {
  const rand = random(11);
  /** Every pair of neighbours in code-unit order, and some random pairs: a smaller key means a smaller string. */
  const agreesWithStrings = (values: readonly string[], key: (value: string) => number) => {
    const sorted = sortStrings(values);
    const pairs: Array<[string, string]> = sorted.slice(1).map((value, i) => [sorted[i]!, value]);
    for (let i = 0; i < 2000; i++) pairs.push([values[rand(values.length)]!, values[rand(values.length)]!]);
    for (const [a, b] of pairs) {
      const [ka, kb] = [key(a), key(b)];
      if (ka !== kb) expect([a, b, Math.sign(ka - kb)]).toEqual([a, b, compareStrings(a, b)]);
    }
  };

  it.each<[string, string[]]>([
    ['random hex ids', Array.from({ length: 3000 }, (_, i) => hex(i))],
    ['numbered ids (c1, c10, c100…)', Array.from({ length: 3000 }, (_, i) => `c${i}`)],
    ['prefixes of each other', Array.from({ length: 2000 }, () => 'abcabc'.slice(0, rand(7)))],
    ['a wide alphabet (any code unit)', Array.from({ length: 2000 }, () => String.fromCharCode(...Array.from({ length: 1 + rand(5) }, () => rand(65536))))],
  ])('keeps code-unit order where keys differ, on %s', (_, values) => {
    agreesWithStrings(values, prefixKeys(values));
  });

  it('ties only strings that agree on their first units: twelve for hex ids, the whole string when shorter', () => {
    const ids = Array.from({ length: 500 }, (_, i) => hex(i));
    const key = prefixKeys(ids, ['0123456789abcdef']);
    expect(key('0123456789ab0000')).toBe(key('0123456789abffff'));
    expect(key('0123456789a00000')).toBeLessThan(key('0123456789af0000'));
    expect(key('0123')).toBeLessThan(key('01230')); // a prefix before its extension
    expect(key('0123')).not.toBe(key('01230'));
    expect(new Set(ids.map(key)).size).toBe(new Set(ids.map((id) => id.slice(0, 12))).size);
  });

  it('reads the units of every list it was given, so merged lists share one scale', () => {
    const [claims, facts] = [['c-b', 'c-a'], ['f\u00e9', 'c-\uffff']];
    const key = prefixKeys(claims, facts);
    const all = [...claims, ...facts];
    expect(all.sort((a, b) => key(a) - key(b))).toEqual(['c-a', 'c-b', 'c-\uffff', 'f\u00e9']);
  });
});
