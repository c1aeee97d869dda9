import { describe, expect, it } from 'vitest';
import { firstTokenAfter, gap, norm, overlaps, sameNoun, singular, tokensWithin, within } from '../../src/readers/tokens.js';
import { sentence } from './support.js';

describe('token helpers', () => {
  it('compares plural and singular nouns', () => {
    expect([singular('deaths'), singular('fatalities'), singular('individuals'), singular('cases'), singular('crisis')]).toEqual(['death', 'fatality', 'individual', 'case', 'crisis']);
    expect(sameNoun('Deaths', 'death')).toBe(true);
    expect(sameNoun('individuals', 'people')).toBe(false);
  });

  it('measures spans', () => {
    expect(gap({ start: 0, end: 5 }, { start: 8, end: 9 })).toBe(3);
    expect(gap({ start: 8, end: 9 }, { start: 0, end: 5 })).toBe(3);
    expect(gap({ start: 0, end: 5 }, { start: 4, end: 9 })).toBe(0);
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(within({ start: 2, end: 3 }, { start: 0, end: 5 })).toBe(true);
  });

  it('finds tokens by offset', () => {
    const { tokens } = sentence('Mexico’s 29 prisoners arrived.');
    expect(tokens[firstTokenAfter(tokens, 9)]!.text).toBe('29');
    expect(tokensWithin(tokens, { start: 9, end: 21 }).map((t) => t.text)).toEqual(['29', 'prisoners']);
    expect(norm(tokens[1])).toBe("'s");
  });
});
