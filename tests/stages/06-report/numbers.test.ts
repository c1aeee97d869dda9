import { describe, expect, it } from 'vitest';
import { amount, formatCompact, formatInterval, formatNumber, formatRange, formatSeverity, withUnit } from '../../../src/stages/06-report/numbers.js';

describe('number formatting', () => {
  it.each([
    [97000, '97,000'], [1234567.891, '1,234,567.891'], [-3000, '-3,000'], [0.1, '0.1'], [0, '0'], [999, '999'],
    [1e21, '1e+21'], [Number.POSITIVE_INFINITY, '∞'], [Number.NEGATIVE_INFINITY, '-∞'],
  ])('formatNumber(%d) → %j', (n, expected) => {
    expect(formatNumber(n)).toBe(expected);
  });

  it.each([
    [96000, '96k'], [106000, '106k'], [70200, '70.2k'], [2500000, '2.5M'], [44e9, '44B'], [9500, '9,500'], [0.25, '0.25'], [-20000, '-20k'],
  ])('formatCompact(%d) → %j', (n, expected) => {
    expect(formatCompact(n)).toBe(expected);
  });

  it.each([
    ['25', 'percent', '25%'], ['5', 'USD', 'USD 5'], ['44', 'kg', '44 kg'], ['97,000', 'count', '97,000'], ['2', 'percentage_point', '2 pp'],
  ])('withUnit(%j, %j) → %j', (text, unit, expected) => {
    expect(withUnit(text, unit)).toBe(expected);
  });

  it.each([
    [{ low: 97000, high: null, lowInclusive: false, highInclusive: false }, 'count', '(97,000, ∞)'],
    [{ low: 70000, high: 71000, lowInclusive: true, highInclusive: false }, 'count', '[70,000, 71,000)'],
    [{ low: null, high: 71000, lowInclusive: false, highInclusive: true }, 'count', '(-∞, 71,000]'],
    [{ low: 106000, high: 106000, lowInclusive: true, highInclusive: true }, 'count', '106,000'],
    [{ low: 20, high: 30, lowInclusive: true, highInclusive: true }, 'percent', '[20%, 30%]'],
    [{ low: 5, high: 10, lowInclusive: true, highInclusive: true }, 'USD', '[5, 10] USD'],
    [{ low: null, high: null, lowInclusive: false, highInclusive: false }, 'count', 'unbounded'],
  ])('formatInterval(%j, %j) → %j', (iv, unit, expected) => {
    expect(formatInterval(iv, unit)).toBe(expected);
  });

  it('words a fact range and prints severities with two decimals', () => {
    expect(formatRange({ low: 70000, high: 71000 }, 'count')).toBe('70,000 – 71,000');
    expect(formatRange({ low: 97000, high: null }, 'count')).toBe('at least 97,000');
    expect(formatRange({ low: null, high: 25 }, 'percent')).toBe('at most 25%');
    expect(formatRange({ low: 29, high: 29 }, 'count')).toBe('29');
    expect(formatSeverity(0.826)).toBe('0.83');
    expect(formatSeverity(2)).toBe('2.00');
  });
});

describe('amounts as a reader writes them', () => {
  it.each([
    [9, 'day', '9 days'], [1, 'day', '1 day'], [2, 'century', '2 centuries'], [6500, 'lb', '6,500 lb'], [100, 'times', '100 times'],
    [0.1, 'USD', '$0.10'], [2.5, 'USD', '$2.50'], [46.8e9, 'USD', '$46.8 billion'], [2135005, 'USD', '$2,135,005'], [155e9, 'CAD', 'CAD 155 billion'],
    [-3e6, 'EUR', '-€3 million'], [25, 'percent', '25%'], [1, 'percentage_point', '1 percentage point'], [97000, 'count', '97,000'],
  ])('%d %s → %s', (n, unit, text) => {
    expect(amount(n, unit)).toBe(text);
  });

  it('writes a range with its unit once', () => {
    expect(formatRange({ low: 0, high: 100 }, 'times')).toBe('0 – 100 times');
    expect(formatRange({ low: 3, high: 4 }, 'day')).toBe('3 – 4 days');
    expect(formatRange({ low: 20, high: 30 }, 'percent')).toBe('20 – 30%');
    expect(formatRange({ low: 5, high: 10 }, 'USD')).toBe('$5 – $10');
    expect(formatInterval({ low: 2, high: 9, lowInclusive: false, highInclusive: true }, 'day')).toBe('(2, 9] days');
  });
});
