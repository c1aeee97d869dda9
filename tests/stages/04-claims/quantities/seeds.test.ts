import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanDetailed } from '../../../../src/stages/04-claims/quantities/scan.js';

const DIR = join(import.meta.dirname, '../../../../fixtures/articles');
const seed = (prefix: string) => readFileSync(join(DIR, readdirSync(DIR).find((f) => f.startsWith(prefix))!), 'utf8');

type Row = [text: string, value: number | null, hedge: string, unit: string, extra?: Record<string, unknown>];

/** Hand-checked: every quantity in each seed article, in text order, and the numbers that must not be quantities. */
const EXPECTED: Record<string, { quantities: Row[]; rejected: Array<[string, string]> }> = {
  '000': {
    quantities: [
      ['Over 97,000', 97000, 'over', 'count', { plain: { low: 97000, high: 98000, lowInclusive: false, highInclusive: true } }],
      ['nearly 71,000', 71000, 'nearly', 'count', { low: 70000, high: 71000 }],
      ['26', 26, 'exact', 'count'],
    ],
    rejected: [['2021', 'year']],
  },
  '001': {
    quantities: [
      ['100,000', 100000, 'exact', 'count', { per: 'year' }],
      ['106,000', 106000, 'exact', 'count'],
      ['more than 70,000', 70000, 'over', 'count'],
      ['10 cents', 0.1, 'exact', 'USD', { dimension: 'currency' }],
      ['$10 to $30', null, 'range', 'USD', { low: 10, high: 30, lowInclusive: true, highInclusive: true }],
      ['dozens', null, 'vague', 'count', { low: 24, high: 100 }],
      ['24', 24, 'exact', 'count'],
      ['232', 232, 'exact', 'count'],
      ['One', 1, 'exact', 'count'],
    ],
    rejected: [['2021', 'year'], ['2018', 'year'], ['23', 'date'], ['23', 'date'], ['2000', 'decade'], ['2013', 'year'],
      ['2020', 'year'], ['one', 'pronoun'], ['One', 'pronoun']],
  },
  '002': {
    quantities: [['nearly 75,000', 75000, 'nearly', 'count']],
    rejected: [['2022', 'year'], ['500', 'name']],
  },
  '003': {
    quantities: [
      ['29', 29, 'exact', 'count'],
      ['25 percent', 25, 'exact', 'percent'],
      ['29', 29, 'exact', 'count'],
      ['eight', 8, 'exact', 'count'],
      ['two', 2, 'exact', 'count'],
      ['65', 65, 'exact', 'count'],
      ['25 percent', 25, 'exact', 'percent'],
      ['29', 29, 'exact', 'count'],
    ],
    rejected: [['one', 'pronoun'], ['2019', 'year'], ['2023', 'year']],
  },
  '004': {
    quantities: [
      ['aged 18-45', null, 'range', 'year', { dimension: 'age', low: 18, high: 45 }],
      ['50', 50, 'exact', 'count'],
      ['up to 100 times', 100, 'up_to', 'times', { dimension: 'ratio', low: 0, high: 100 }],
      ['nearly 70%', 70, 'nearly', 'percent'],
      ['over 38,000', 38000, 'over', 'count'],
      ['over 34,000', 34000, 'over', 'count'],
      ['topped 15,000', 15000, 'over', 'count'],
      ['more than one', 1, 'over', 'count'],
      ['more than one', 1, 'over', 'count'],
      ['four', 4, 'exact', 'count'],
      ['Thousands', null, 'vague', 'count', { low: 2000, high: 10000 }],
      ['50', 50, 'exact', 'count'],
      ['1,436', 1436, 'exact', 'count'],
      ['3,337', 3337, 'exact', 'count'],
      ['nearly 44 million', 44e6, 'nearly', 'count', { low: 43e6, high: 44e6 }],
      ['over 6,500 pounds', 6500, 'over', 'lb', { dimension: 'mass' }],
      ['more than 91,000 pounds', 91000, 'over', 'lb', { dimension: 'mass' }],
      ['8,497', 8497, 'exact', 'count'],
      ['over $100 million', 1e8, 'over', 'USD', { dimension: 'currency' }],
      ['two', 2, 'exact', 'count'],
      ['nine days', 9, 'exact', 'day', { dimension: 'duration' }],
    ],
    rejected: [['2024', 'year'], ['2022', 'year'], ['six', 'period'], ['2023', 'year'], ['2022', 'year'], ['2023', 'year'],
      ['2024', 'year'], ['2024', 'year'], ['2019', 'year'], ['2024', 'year'], ['0', 'furniture']],
  },
};

describe('quantities in the seed articles', () => {
  for (const [prefix, want] of Object.entries(EXPECTED)) {
    it(`seed ${prefix}`, () => {
      const text = seed(prefix);
      const got = scanDetailed(text);
      for (const { quantity: q } of got.quantities) expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(got.quantities.map(({ quantity: q }) => [q.text, q.value, q.hedge, q.unit])).toEqual(
        want.quantities.map(([t, v, h, u]) => [t, v, h, u]));
      want.quantities.forEach(([, , , , extra], i) => {
        if (!extra) return;
        const q = got.quantities[i]!.quantity;
        for (const [key, value] of Object.entries(extra)) {
          if (key === 'low' || key === 'high') expect(q[key]).toBe(value);
          else expect(q).toHaveProperty(key, value);
        }
      });
      expect(got.rejected.map((r) => [r.text, r.rule])).toEqual(want.rejected);
    });
  }
});
