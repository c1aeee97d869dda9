import { describe, expect, it } from 'vitest';
import { scanNumbers } from '../../../../src/stages/04-claims/quantities/numbers/scan-numbers.js';
import { placeValue } from '../../../../src/stages/04-claims/quantities/numbers/types.js';

/** The number layer alone, compromise style: each text is one number with this value. */
const ONE_NUMBER: Array<[string, number]> = [
  ['97,000', 97000], ['1,436', 1436], ['2.5', 2.5], ['107 543', 107543], ['107\u202f543', 107543], ['107\u00a0543', 107543],
  ['1,234,567', 1234567], ['12,34,567.89', 1234567.89], ['.08', 0.08], ['4.800', 4.8], ['-9.2321312', -9.2321312],
  ['1e10', 1e10], ['1.3e6', 1.3e6], ['12.32e+14', 1.232e15], ['-12e-1', -1.2], ['2.5^-1', 0.4], ['1.3x10^6', 1.3e6],
  ['10k', 10000], ['100k', 100000], ['10M', 1e7], ['1.2bn', 1.2e9], ['1.2b', 1.2e9], ['2.33 k', 2330], ['10 bln', 1e10],
  ['2mil', 2e6], ['US 1MM', 1e6], ['44 million', 44e6], ['1,674.5 million', 1674.5e6], ['322 hundred', 32200],
  ['13 lakh', 1.3e6], ['1 crore', 1e7], ['three lakh crore', 3e12], ['3 dozens', 36], ['2 and a half million', 2.5e6],
  ['3 million and a half', 3.5e6],
  ['nine', 9], ['sixteen', 16], ['seventy', 70], ['fifty-two', 52], ['fifty - two', 52], ['fifty   two', 52],
  ['seven hundred', 700], ['one hundred and six', 106], ['one hundred and sixty-one', 161], ['a hundred and two', 102],
  ['Three hundred  and  thirty one', 331], ['two hundred and two thousand', 202000], ['two  thousand  and  two hundred', 2200],
  ['one trillion', 1e12], ['twenty-one trillion three hundred', 21000000000300], ['twenty-one trillion and three hundred', 21000000000300],
  ['two hundred point zero three', 200.03], ['two hundred point seventy-one', 200.71], ['nine point nought four', 9.04],
  ['naught point five', 0.5], ['zero', 0], ['a dozen', 12], ['two dozen', 24], ['half a  dozen', 6], ['three hundred and two dozens', 324],
  ['half a million', 500000], ['a half million', 500000], ['one and a half million', 1.5e6], ['two million and three fifths', 2.6e6],
  ['minus five point five', -5.5], ['negative one', -1], ['minus 5', -5],
];

const FRACTIONS: Array<[string, number]> = [
  ['3/4', 0.75], ['-4/5', -0.8], ['2  1/4', 2.25], ['10 1/2', 10.5], ['2½', 2.5], ['¾', 0.75], ['half', 0.5], ['a half', 0.5],
  ['two thirds', 2 / 3], ['two-thirds', 2 / 3], ['one eighth', 0.125], ['one-eighth', 0.125], ['five eighths', 0.625],
  ['three quarters', 0.75], ['a trillionth', 1e-12], ['a hundred trillionths', 1e-10], ['one and a half', 1.5],
  ['five and a quarter', 5.25], ['twenty and three fifths', 20.6], ['twenty-three fifths', 4.6],
  ['one hundred and three and two thirds', 103 + 2 / 3], ['one hundred and three quarters', 100.75],
  ['a twenty-first', 1 / 21], ['three twenty-firsts', 3 / 21], ['one out of three', 1 / 3], ['7 out of 10', 0.7],
  ['one in five', 0.2], ['1 in every 4', 0.25], ['one over three', 1 / 3], ['2000 over 3', 2000 / 3],
];

describe('number layer', () => {
  it.each(ONE_NUMBER)('%s → %d', (text, value) => {
    const ns = scanNumbers(text);
    expect(ns).toHaveLength(1);
    expect(ns[0]!.value).toBeCloseTo(value, 9);
    expect(ns[0]!.fraction).toBe(false);
  });

  it.each(FRACTIONS)('%s → %d (a fraction)', (text, value) => {
    const ns = scanNumbers(text);
    expect(ns).toHaveLength(1);
    expect(ns[0]!.value).toBeCloseTo(value, 9);
    expect(ns[0]!.text).toBe(text);
  });

  it.each<[string, Array<[string, number]>]>([
    ['1, 234, 567', [['1', 1], ['234', 234], ['567', 567]]],
    ['three-nought-four', [['three', 3], ['nought', 0], ['four', 4]]],
    ['two hundred and three hundred', [['two hundred', 200], ['three hundred', 300]]],
    ['Exercises nrs. 22,24,26,31.', [['22', 22], ['24', 24], ['26', 26], ['31', 31]]],
    ['I want to earn $2000 over 3 years', [['2000', 2000], ['3', 3]]],
    ['2 in 10 minutes', [['2', 2], ['10', 10]]],
    ['killed 3 in 2019', [['3', 3], ['2019', 2019]]],
  ])('%s reads as separate numbers', (text, want) => {
    expect(scanNumbers(text).map((n) => [n.text, n.value])).toEqual(want);
  });

  it('marks runs, footnotes and glued letters for the quantity layer', () => {
    const [a, b, c, d] = scanNumbers('192.168.1.2');
    expect([a?.run, b?.run, c?.run, d?.run]).toEqual(['.', '.', '.', '.']);
    expect(scanNumbers('deaths in 2022.1,2 More').map((n) => [n.text, n.footnote])).toEqual([['2022', false], ['1', true], ['2', true]]);
    expect(scanNumbers('the 180ml liquid')[0]).toMatchObject({ value: 180, suffix: 'ml' });
    expect(scanNumbers('COVID-19')[0]).toMatchObject({ value: 19, gluedBefore: true });
    expect(scanNumbers('the twenty-first century')).toEqual([]);
    expect(scanNumbers('the first half of 2023').map((n) => n.text)).toEqual(['2023']);
  });

  it.each<[number, number]>([[97000, 1000], [71000, 1000], [6500, 100], [44e6, 1e6], [2.5, 0.1], [100, 100], [8497, 1], [0.25, 0.01]])(
    'place value of the last non-zero digit of %d is %d', (n, g) => expect(placeValue(n)).toBe(g));
});
