import { describe, expect, it } from 'vitest';
import { jsonFilePieces, jsonPieces, SMALL_VALUES } from '../../../src/stages/06-report/json-chunks.js';

const many = (n: number, make: (i: number) => unknown) => Array.from({ length: n }, (_, i) => make(i));

describe('jsonPieces', () => {
  it.each([
    ['a number', 42],
    ['a string with quotes, a line break and emoji', 'he said "no"\nthen 🙂'],
    ['null', null],
    ['empty containers', { a: [], b: {}, c: [[]] }],
    ['dropped and nulled values', { a: undefined, b: () => 1, c: [undefined, () => 1, 2], d: Number.NaN }],
    ['a date (toJSON)', { when: new Date(Date.UTC(2021, 0, 1)) }],
    ['a large flat array', many(5000, (i) => i)],
    ['large arrays of objects', { facts: many(3000, (i) => ({ id: `f${i}`, claims: many(i % 7, (j) => `c${j}`), interval: { low: i, high: null } })) }],
    ['one huge member among small ones', [1, { mentions: many(10_000, (i) => ({ start: i, end: i + 1, text: 'US' })) }, 'x', []]],
    ['deep nesting', many(200, (i) => ({ a: { b: { c: many(SMALL_VALUES, (j) => [i, j]) } } }))],
    ['an object with only dropped members', { a: undefined }],
  ])('%s: joins to JSON.stringify(value, null, 2)', (_, value) => {
    expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value, null, 2));
    expect([...jsonFilePieces(value)].join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it.each([
    ['a number', 42, '  '],
    ['a string with a line break', 'a\nb', '    '],
    ['empty containers, deep', { a: [], b: {}, c: [[]] }, '      '],
    ['dropped and nulled values', { a: undefined, b: () => 1, c: [undefined, () => 1, 2] }, '    '],
    ['a date (toJSON)', { when: new Date(Date.UTC(2021, 0, 1)) }, '    '],
    ['small objects in runs', many(3000, (i) => ({ id: `f${i}`, claims: many(i % 7, (j) => `c${j}`) })), '    '],
    ['one huge member among small ones', [1, { mentions: many(10_000, (i) => ({ start: i, end: i + 1 })) }, 'x', []], '        '],
  ])('%s, opened at an indentation: the text JSON.stringify gives inside a parent at that depth', (_, value, pad) => {
    expect([...jsonPieces(value, pad)].join('')).toBe(JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`));
  });

  it('gives a big value in many small pieces', () => {
    const pieces = [...jsonPieces({ rows: many(20_000, (i) => ({ id: i, text: 'a'.repeat(20) })) })];
    expect(pieces.length).toBeGreaterThan(50);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(64 * 1024);
  });
});
