import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../../../src/contracts/index.js';
import { QuantitySchema } from '../../../../src/contracts/index.js';
import { scanQuantities } from '../../../../src/stages/04-claims/quantities/scan.js';

type Want = Partial<Omit<Quantity, 'plain' | 'si'>> & { plain?: Partial<NonNullable<Quantity['plain']>>; si?: Quantity['si'] };

/** Scans `text` and returns the one quantity whose text is `span`, checking the contract on the way. */
function quantity(text: string, span: string): Quantity {
  const qs = scanQuantities(text);
  for (const q of qs) {
    expect(QuantitySchema.parse(q)).toEqual(q);
    expect(text.slice(q.start, q.end)).toBe(q.text);
  }
  const found = qs.filter((q) => q.text === span);
  expect(found, `quantities in ${JSON.stringify(text)}: ${qs.map((q) => q.text).join(' | ')}`).toHaveLength(1);
  return found[0]!;
}

const rows = (title: string, table: Array<[text: string, span: string, want: Want]>) =>
  describe(title, () => {
    it.each(table)('%s → %s', (text, span, want) => {
      const q = quantity(text, span);
      expect(q).toMatchObject(want);
    });
  });

describe('what the scanner read', () => {
  it('gives the number as written and the hedge words, so no reader derives them again', () => {
    const text = 'Over 97,000 Americans died, and between $10 and $30 million was spent.';
    const [over, between] = scanQuantities(text);
    expect([text.slice(over!.number!.start, over!.number!.end), over!.hedgeText]).toEqual(['97,000', 'Over']);
    expect(between!.hedgeText).toBe('between');
    expect(scanQuantities('It cost $5 million.')[0]).toMatchObject({ hedgeText: null });
  });
});

rows('digits, separators and scales', [
  ['Over 97,000 Americans died', 'Over 97,000', { value: 97000, unit: 'count', dimension: 'count' }],
  ['in 1,436 investigations', '1,436', { value: 1436, hedge: 'exact', low: 1436, high: 1436 }],
  ['a 2.5 rating', '2.5', { value: 2.5 }],
  ['about 107 543 people', 'about 107 543', { value: 107543 }],
  ['about 107\u202f543 people', 'about 107\u202f543', { value: 107543 }],
  ['nearly 44 million fentanyl pills', 'nearly 44 million', { value: 44e6 }],
  ['a $1.2bn deal', '$1.2bn', { value: 1.2e9, unit: 'USD' }],
  ['10k runners', '10k', { value: 10000 }],
  ['1.5m viewers', '1.5m', { value: 1.5e6, unit: 'count' }],
  ['2 billion doses', '2 billion', { value: 2e9 }],
  ['a trillion dollars', 'a trillion dollars', { value: 1e12, unit: 'USD' }],
]);

rows('number words', [
  ['just nine days later', 'nine days', { value: 9, unit: 'day' }],
  ['taken to eight U.S. cities', 'eight', { value: 8, unit: 'count' }],
  ['four separate but cooperating groups', 'four', { value: 4 }],
  ['a dozen eggs', 'a dozen', { value: 12 }],
  ['two dozen officers', 'two dozen', { value: 24 }],
  ['seven hundred troops', 'seven hundred', { value: 700 }],
  ['Twenty-six people died', 'Twenty-six', { value: 26 }],
  ['hundreds of people', 'hundreds', { value: null, hedge: 'vague', low: 200, high: 1000, lowInclusive: true, highInclusive: false }],
  ['Thousands of dealers', 'Thousands', { value: null, hedge: 'vague', low: 2000, high: 10000 }],
  ['tens of thousands of people', 'tens of thousands', { hedge: 'vague', low: 20000, high: 100000 }],
  ['hundreds of thousands of pills', 'hundreds of thousands', { hedge: 'vague', low: 200000, high: 1e6 }],
  ['dozens of extradition requests', 'dozens', { hedge: 'vague', low: 24, high: 100 }],
  ['several hundred migrants', 'several hundred', { hedge: 'vague', low: 200, high: 1000 }],
  ['a few thousand', 'a few thousand', { hedge: 'vague', low: 2000, high: 10000 }],
  ['millions of dollars', 'millions of dollars', { hedge: 'vague', unit: 'USD', dimension: 'currency', low: 2e6 }],
]);

rows('fractions and proportions', [
  ['half of all deaths', 'half', { value: 50, unit: 'percent', dimension: 'percent' }],
  ['two-thirds of voters', 'two-thirds', { unit: 'percent' }],
  ['one in five Americans', 'one in five', { value: 20, unit: 'percent' }],
  ['7 out of 10 doctors', '7 out of 10', { value: 70, unit: 'percent' }],
  ['about a third of adults', 'about a third', { hedge: 'about', unit: 'percent' }],
  ['more than half of them', 'more than half', { value: 50, hedge: 'over', unit: 'percent' }],
  ['a quarter of the budget', 'a quarter', { value: 25, unit: 'percent' }],
  ['3/4 of the vote', '3/4', { value: 75, unit: 'percent' }],
  ['two and a half miles', 'two and a half miles', { value: 2.5, unit: 'mi' }],
  ['half an hour', 'half an hour', { value: 0.5, unit: 'h', dimension: 'duration' }],
  ['a 1/4 mile track', '1/4 mile', { value: 0.25, unit: 'mi' }],
]);

rows('money', [
  ['over $100 million in proceeds', 'over $100 million', { value: 1e8, unit: 'USD', dimension: 'currency', hedge: 'over' }],
  ['just 10 cents to make', '10 cents', { value: 0.1, unit: 'USD' }],
  ['sells for $10 to $30', '$10 to $30', { value: null, hedge: 'range', low: 10, high: 30, unit: 'USD', lowInclusive: true, highInclusive: true }],
  ['a €2 million loan', '€2 million', { value: 2e6, unit: 'EUR' }],
  ['£8.10 million', '£8.10 million', { value: 8.1e6, unit: 'GBP' }],
  ['£5m deal', '£5m', { value: 5e6, unit: 'GBP' }],
  ['for USD 5 each', 'USD 5', { value: 5, unit: 'USD' }],
  ['Give me 5 dollars', '5 dollars', { value: 5, unit: 'USD' }],
  ['it costs 5 euros', '5 euros', { value: 5, unit: 'EUR' }],
  ['five million yen', 'five million yen', { value: 5e6, unit: 'JPY' }],
  ['420 million finnish markka', '420 million finnish markka', { value: 4.2e8, unit: 'FIM' }],
  ['c $ 16.4 million', 'c $ 16.4 million', { value: 16.4e6, unit: 'CAD' }],
  ['HK$10.05 billion', 'HK$10.05 billion', { value: 10.05e9, unit: 'HKD' }],
  ['470 pence a share', '470 pence a share', { value: 4.7, unit: 'GBP', per: 'share' }],
  ['3 dollars 50 cents', '3 dollars 50 cents', { value: 3.5, unit: 'USD' }],
  ['thirteen dollars and forty-five cents', 'thirteen dollars and forty-five cents', { value: 13.45 }],
  ['361 million pounds in profit', '361 million pounds', { value: 3.61e8, unit: 'GBP' }],
  ['12,34,567.89 rupees', '12,34,567.89 rupees', { value: 1234567.89, unit: 'INR' }],
  ['a one-yen bid', 'one-yen', { value: 1, unit: 'JPY' }],
  ['$15.4/hour', '$15.4/hour', { value: 15.4, unit: 'USD', per: 'h' }],
]);

rows('percentages and percentage points', [
  ['nearly 70% of deaths', 'nearly 70%', { value: 70, unit: 'percent', dimension: 'percent', hedge: 'nearly' }],
  ['25 percent tariffs', '25 percent', { value: 25, unit: 'percent' }],
  ['9 per cent', '9 per cent', { value: 9, unit: 'percent' }],
  ['27 % in the quarter', '27 %', { value: 27 }],
  ['rose 0.3 percentage points', '0.3 percentage points', { value: 0.3, unit: 'percentage_point', dimension: 'percentage_point', direction: 'up' }],
  ['cut by 25 basis points', '25 basis points', { unit: 'basis_point', direction: 'down' }],
  ['minus five percent', 'minus five percent', { value: -5, unit: 'percent' }],
]);

rows('multiples', [
  ['up to 100 times more potent', 'up to 100 times', { value: 100, unit: 'times', dimension: 'ratio', hedge: 'up_to', low: 0, high: 100 }],
  ['2.1 times higher', '2.1 times', { value: 2.1, unit: 'times' }],
  ['twice as many', 'twice', { value: 2, unit: 'times', dimension: 'ratio' }],
  ['a threefold rise', 'threefold', { value: 3, unit: 'times', direction: 'up' }],
  ['a 3-fold rise', '3-fold', { value: 3, unit: 'times' }],
  ['deaths have doubled', 'doubled', { value: 2, unit: 'times', direction: 'up' }],
  ['nearly twice a year', 'nearly twice a year', { value: 2, hedge: 'nearly', per: 'year' }],
  ['sales were more than double the 2019 level', 'more than double', { value: 2, hedge: 'over', unit: 'times' }],
  ['the cost is expected to nearly triple', 'nearly triple', { value: 3, hedge: 'nearly', unit: 'times' }],
  ['the tariff triples to 60%', 'triples', { value: 3, unit: 'times', direction: 'up' }],
]);

rows('measures with SI values', [
  ['over 6,500 pounds of fentanyl powder', 'over 6,500 pounds', { value: 6500, unit: 'lb', dimension: 'mass', si: { value: 2948.350405, unit: 'kg' } }],
  ['10 kilograms of heroin', '10 kilograms', { unit: 'kg', si: { value: 10, unit: 'kg' } }],
  ['2.5 tonnes of cocaine', '2.5 tonnes', { unit: 't', si: { value: 2500, unit: 'kg' } }],
  ['500 grams', '500 grams', { unit: 'g', si: { value: 0.5, unit: 'kg' } }],
  ['2 milligrams of fentanyl', '2 milligrams', { unit: 'mg', si: { value: 0.000002, unit: 'kg' } }],
  ['three tons', 'three tons', { unit: 'ton', si: { value: 2721.55422, unit: 'kg' } }],
  ['200 miles north', '200 miles', { unit: 'mi', dimension: 'length', si: { value: 321868.8, unit: 'm' } }],
  ['1.6 km west', '1.6 km', { unit: 'km', si: { value: 1600, unit: 'm' } }],
  ['a 45-acre farm', '45-acre', { unit: 'acre', dimension: 'area' }],
  ['190,000 square meters', '190,000 square meters', { unit: 'm2', dimension: 'area' }],
  ['500,000 barrels a day', '500,000 barrels a day', { unit: 'bbl', dimension: 'volume', per: 'day' }],
  ['188 miles an hour', '188 miles an hour', { unit: 'mph', dimension: 'speed' }],
  ['The size is 100 MB', '100 MB', { unit: 'MB', dimension: 'information' }],
  ['he is 5 feet 2 inches', '5 feet 2 inches', { unit: 'ft', value: Number((5 + 2 / 12).toPrecision(12)) }],
  ['a 9" plate', '9"', { unit: 'in', value: 9 }],
  ['He was 5\'11" tall', '5\'11"', { unit: 'ft', value: Number((5 + 11 / 12).toPrecision(12)) }],
  ['The class is "English 101".', '101', { unit: 'count' }],
]);

rows('durations, ages and rates', [
  ['released nine days later', 'nine days', { value: 9, unit: 'day', dimension: 'duration', si: { value: 777600, unit: 's' } }],
  ['for a year', 'a year', { value: 1, unit: 'year', dimension: 'duration' }],
  ['a year and a half', 'a year and a half', { value: 1.5, unit: 'year' }],
  ['100,000 people killed a year', '100,000', { value: 100000, unit: 'count', per: 'year' }],
  ['3 deaths per day', '3', { per: 'day' }],
  ['two doses daily', 'two', { per: 'day' }],
  ['Americans aged 18-45', 'aged 18-45', { value: null, hedge: 'range', low: 18, high: 45, unit: 'year', dimension: 'age' }],
  ['a 28-year-old man', '28-year-old', { value: 28, unit: 'year', dimension: 'age' }],
  ['five years old', 'five years old', { value: 5, dimension: 'age' }],
  ['ninety five years of age', 'ninety five years of age', { value: 95, dimension: 'age' }],
  ['a man of age 87', 'age 87', { value: 87, dimension: 'age' }],
  ['ten months old', 'ten months old', { unit: 'month', dimension: 'age' }],
  ['14 people aged between 19 and 56', 'aged between 19 and 56', { hedge: 'range', low: 19, high: 56, dimension: 'age' }],
  ['a death rate of 32.4 per 100,000 people', '32.4 per 100,000 people', { value: 32.4, per: '100000 people' }],
  ['1 death per 1,000 births', '1', { value: 1, per: '1000 births' }],
  ['$5 a gallon', '$5 a gallon', { value: 5, unit: 'USD', per: 'gallon' }],
  ['it grew 3.1% annually', '3.1% annually', { per: 'year', direction: 'up' }],
  ['could take a year to end', 'a year', { value: 1, per: null }],
]);

rows('ranges', [
  ['rose 10-15% in a year', '10-15%', { value: null, hedge: 'range', low: 10, high: 15, unit: 'percent' }],
  ['between 5 and 10 million people', 'between 5 and 10 million', { low: 5e6, high: 10e6, hedge: 'range' }],
  ['3 to 4 L of wine', '3 to 4 L', { low: 3, high: 4, unit: 'l' }],
  ['eight to 10 feet tall', 'eight to 10 feet', { low: 8, high: 10, unit: 'ft' }],
  ['from 7 to 10, as shown', '7 to 10', { low: 7, high: 10, unit: 'count' }],
  ['3.5–4.0 TeV', '3.5–4.0 TeV', { low: 3.5, high: 4, unit: 'TeV' }],
  ['5k-20k', '5k-20k', { low: 5000, high: 20000 }],
  ['40 - 50 years old', '40 - 50 years old', { low: 40, high: 50, dimension: 'age' }],
]);

rows('changes', [
  ['deaths rose 12%', '12%', { direction: 'up' }],
  ['arrests fell by 3,000', '3,000', { direction: 'down' }],
  ['Employers add 254,000 jobs', '254,000', { direction: 'up' }],
  ['a 15% rise', '15%', { direction: 'up' }],
  ['a decline of 3%', '3%', { direction: 'down' }],
  ['shares were up 5%', '5%', { direction: 'up' }],
  ['down 34 cents', '34 cents', { direction: 'down', value: 0.34 }],
  ['sales grew by nearly 9%', 'nearly 9%', { direction: 'up', hedge: 'nearly' }],
  ['an increase of $5 million', '$5 million', { direction: 'up' }],
  // the level a move reaches moves with it (issue 30): "slid 3% to 14,210" — the level is down
  ['fell to 3.9% from 4.1%', '3.9%', { direction: 'down' }],
  ['police rounded up 30 suspects', '30', { direction: null }],
  ['deaths have risen by a third and more than doubled', 'a third', { value: Number((100 / 3).toPrecision(12)), unit: 'percent', direction: 'up' }],
  ['deaths have risen by a third and more than doubled', 'more than doubled', { value: 2, hedge: 'over', unit: 'times', direction: 'up' }],
  ['rose 15% to $415.9 million', '$415.9 million', { value: 415.9e6, hedge: 'exact', direction: 'up' }],
  ['The Dow shed 120 points, or 0.8%, to 14,210.', '14,210', { direction: 'down' }],
  ['Return flights start at A$720, up from A$540.', 'A$720', { unit: 'AUD', direction: 'up' }],
  ['Sales were 12% more than a year earlier.', '12%', { direction: 'up' }],
  ['The central bank raised rates by 25 basis points.', '25 basis points', { direction: 'up' }],
  ['Shares went tumbling 40%.', '40%', { direction: 'down' }],
  // raising money is no move
  ['The startup raised S$2.5m from investors.', 'S$2.5m', { unit: 'SGD', direction: null }],
  ['rose from 4% to 6%', '6%', { value: 6, hedge: 'exact' }],
  // a change verb over its object: "raising it from", "cut its duties on American goods from"
  ['raising it from 10% to 20%, saying', '20%', { value: 20, hedge: 'exact' }],
  ['will cut its duties on American goods from 125% to 10%', '125%', { value: 125, hedge: 'exact' }],
]);

describe('hedges → intervals (issue 3)', () => {
  const open = { lowInclusive: false, highInclusive: false };
  it.each<[string, string, Want]>([
    ['Over 97,000', 'Over 97,000', { hedge: 'over', low: 97000, high: null, ...open, plain: { low: 97000, high: 98000, lowInclusive: false, highInclusive: true } }],
    ['more than 70,000', 'more than 70,000', { hedge: 'over', plain: { low: 70000, high: 75000 } }],
    ['deaths topped 15,000', 'topped 15,000', { hedge: 'over', plain: { low: 15000, high: 16000 } }],
    ['sales exceeded 500', 'exceeded 500', { hedge: 'over', plain: { low: 500, high: 550 } }],
    ['upwards of 300', 'upwards of 300', { hedge: 'over' }],
    ['in excess of $2 million', 'in excess of $2 million', { hedge: 'over', plain: { low: 2e6, high: 2.5e6 } }],
    ['at least 37 people', 'at least 37', { hedge: 'at_least', low: 37, high: null, lowInclusive: true, highInclusive: false, plain: { low: 37, high: null } }],
    ['no fewer than 5', 'no fewer than 5', { hedge: 'at_least', low: 5 }],
    ['nearly 71,000', 'nearly 71,000', { hedge: 'nearly', low: 70000, high: 71000, lowInclusive: true, highInclusive: false }],
    ['almost 6,000', 'almost 6,000', { hedge: 'nearly', low: 5500, high: 6000 }],
    ['close to 40', 'close to 40', { hedge: 'nearly', low: 35, high: 40 }],
    ['just under 2,500', 'just under 2,500', { hedge: 'nearly', low: 2400, high: 2500 }],
    ['about 40 people', 'about 40', { hedge: 'about', low: 35, high: 45, lowInclusive: true, highInclusive: true }],
    ['around 1,200', 'around 1,200', { hedge: 'about', low: 1140, high: 1260 }],
    ['roughly 44 million', 'roughly 44 million', { hedge: 'about', low: 41.8e6, high: 46.2e6 }],
    ['approximately 6', 'approximately 6', { hedge: 'about', low: 5.5, high: 6.5 }],
    ['some 325 kilometers', 'some 325 kilometers', { hedge: 'about', low: 308.75, high: 341.25 }],
    ['an estimated 50,000', 'an estimated 50,000', { hedge: 'about', low: 45000, high: 55000 }],
    ['about 2,000,000', 'about 2,000,000', { hedge: 'about', low: 1.5e6, high: 2.5e6 }],
    ['about 1,234', 'about 1,234', { hedge: 'about', low: 1172.3, high: 1295.7 }],
    ['up to 100 times', 'up to 100 times', { hedge: 'up_to', low: 0, high: 100, lowInclusive: true, highInclusive: true }],
    ['as many as 50', 'as many as 50', { hedge: 'up_to', low: 0, high: 50 }],
    ['at most 7', 'at most 7', { hedge: 'at_most', low: 0, high: 7, highInclusive: true }],
    ['under 100', 'under 100', { hedge: 'under', low: 0, high: 100, lowInclusive: true, highInclusive: false }],
    ['fewer than 10', 'fewer than 10', { hedge: 'under', high: 10 }],
    ['less than 3%', 'less than 3%', { hedge: 'under', high: 3, unit: 'percent' }],
    ['26 alleged leaders', '26', { hedge: 'exact', low: 26, high: 26, lowInclusive: true, highInclusive: true, plain: { low: 26, high: 26 } }],
    ['50 or more', '50 or more', { hedge: 'at_least', low: 50 }],
    ['Mexico handed over 29 individuals', '29', { hedge: 'exact' }],
    ['it added up to 15 cases', '15', { hedge: 'exact' }],
    ['Inflation ticks up to 2.6% as housing costs stay stubborn', '2.6%', { hedge: 'exact' }],
    ['prices inched up to $3.10 a gallon', '$3.10 a gallon', { hedge: 'exact' }],
  ])('%s', (text, span, want) => expect(quantity(text, span)).toMatchObject(want));
});

rows('temperatures', [
  ['the temperature outside is 40 deg celsius', '40 deg celsius', { unit: 'degC', dimension: 'temperature', si: { value: 313.15, unit: 'K' } }],
  ['its 90 fahrenheit in texas', '90 fahrenheit', { unit: 'degF' }],
  ['temperatures hit 45C on Tuesday', '45C', { unit: 'degC' }],
  ['set the thermostat to 85°', '85°', { unit: 'degree', si: null }],
]);

describe('texts with no quantity', () => {
  it.each([
    '“Operation Last Mile” was a major initiative',
    'The agency’s 2024 National Drug Threat Assessment paints a grim picture',
    'in the first half of 2023 alone',
    'Last year, in late February, in the third quarter',
    'a second term and a third straight year',
    'One of the things we expect Mexico to do',
    'the twenty-first century',
    'Comments (0)',
    'Call 911',
    'It was a double murder',
    'She won the mixed doubles title',
    'a triple-digit rise',
    // time references, figures of speech and modifiers (issue 30)
    'A month ago, and a year earlier, it was a bit colder',
    'within an inch of victory after a century of waiting',
    'at one point',
    'a three-year deal and an eight-speed gearbox in a two-room house',
    // names, citations, codes
    'as Figure 3 shows [12], and studies [3, 14] and [5–7] agree',
    'residents of ZIP code 90210',
    'In 2019 officials said so',
    'From 2019 to 2023 jobs grew',
    'R2-D2 drove down the R40',
    'The vote closes at 1730 GMT',
    '',
  ])('%s', (text) => expect(scanQuantities(text)).toEqual([]));
});

describe('scores and votes', () => {
  it.each([
    ['City won 3-1 at home', ['3', '1']],
    ['a 2-3 loss to Leeds', ['2', '3']],
    ['the court ruled in a 6-3 ruling', ['6', '3']],
  ])('drops %s, and keeps its two counts when asked', (text, both) => {
    expect(scanQuantities(text)).toEqual([]);
    expect(scanQuantities(text, { scores: true }).map((q) => q.text)).toEqual(both);
  });
  it('keeps a range that is no score', () => {
    expect(scanQuantities('rose 10-15% in a year', { scores: true })[0]).toMatchObject({ low: 10, high: 15, unit: 'percent' });
  });
});

// MeasEval-style scientific text: the measurements, not the references around them
describe('scientific text', () => {
  it.each([
    ['The samples were heated to 450 °C (Fig. 3b), as described in Eq. (4).', ['450 °C']],
    ['CO2 concentrations reached 415 ppm, compared with 280 ppm before 1850 [7, 9].', ['415 ppm', '280 ppm']],
    ['The site lies at 34.05°N, 118.24°W, about 12 km inland.', ['about 12 km']],
    ['Yield strength rose to 1.2 GPa after annealing (Table 2).', ['1.2 GPa']],
    ['The H2O2 solution (30 wt%) was stirred.', ['30 wt%']],
    ['Mean particle size was 25 ± 3 nm.', ['25 ± 3 nm']],
    ['Samples 1-3 showed a 15% loss; see Section 2.3 and ref. 12.', ['15%']],
  ])('%s', (text, spans) => expect(scanQuantities(text).map((q) => q.text)).toEqual(spans));
});

rows('news at large (issue 30)', [
  ['costs RM12.90 here', 'RM12.90', { value: 12.9, unit: 'MYR' }],
  ['rent is R8,000', 'R8,000', { value: 8000, unit: 'ZAR' }],
  ['a coffee in Oslo costs kr 55', 'kr 55', { value: 55, unit: 'NOK' }],
  ['a coffee in Stockholm costs kr 45', 'kr 45', { value: 45, unit: 'SEK' }],
  ['the engine makes 500bhp', '500bhp', { value: 500, unit: 'hp' }],
  ['100Mbps broadband', '100Mbps', { value: 100, unit: 'Mbps', dimension: 'data rate' }],
  ['holds 5,000mAh', '5,000mAh', { value: 5000, unit: 'mAh' }],
  ['ozone hit 120 ppb', '120 ppb', { value: 120, unit: 'ppb' }],
  ['the index shed 120 points', '120 points', { value: 120, unit: 'point', direction: 'down' }],
  ['an average of 1200 a day', '1200 a day', { value: 1200, unit: 'count', per: 'day' }],
  ['the ship carries 1900 passengers', '1900', { value: 1900, unit: 'count' }],
  ['grew from 1500 to 1800 jobs', '1800', { value: 1800, direction: 'up' }],
  ['Adults need 1800 - 2200 calories', '1800 - 2200 calories', { low: 1800, high: 2200, unit: 'cal' }],
  ['six to seven thousand people', 'six to seven thousand', { low: 6000, high: 7000 }],
  ['Gold rose to $1,840 an ounce', '$1,840 an ounce', { value: 1840, per: 'ounce', direction: 'up' }],
  ['a ride costs six or seven dollars', 'six', { value: 6, unit: 'USD' }],
  ['9- or 10-inch pies', '9', { value: 9, unit: 'in' }],
  ['exported 2.5m tonnes of wheat', '2.5m tonnes', { value: 2.5e6, unit: 't' }],
  ['rose half a percentage point', 'half a percentage point', { value: 0.5, unit: 'percentage_point', direction: 'up' }],
  ['shed 120 points, or 0.8%', '0.8%', { value: 0.8, direction: 'down' }],
  ['a six-mile trip', 'six-mile', { value: 6, unit: 'mi' }],
  ['a two-thirds majority', 'two-thirds', { unit: 'percent' }],
  ['could take a year to end', 'a year', { value: 1, unit: 'year' }],
  ['a 3⁄16 inch gap', '3⁄16 inch', { value: 0.1875, unit: 'in' }],
  ['Temperatures hit minus-40 degrees', 'minus-40 degrees', { value: -40, unit: 'degree' }],
  ['a total of 1730 people', '1730', { value: 1730, unit: 'count' }],
  ['It does 0-to-100-km/h in 3.9 seconds', '0-to-100-km/h', { low: 0, high: 100, unit: 'km/h' }],
  ['flats cost $95 per sq m', '$95 per sq m', { value: 95, unit: 'USD', per: 'm2' }],
  ['the engine makes 500 lb-ft of torque', '500 lb-ft', { value: 500, unit: 'lb-ft', dimension: 'torque' }],
  ['he is averaging 28.5 ppg', '28.5 ppg', { value: 28.5, unit: 'ppg' }],
  ['he ran for 120 rushing yards', '120 rushing yards', { value: 120, unit: 'yd' }],
  // a signed percentage or points state a move
  ['the index closed at -2.1% after a +0.4% start', '-2.1%', { value: -2.1, direction: 'down' }],
  ['the index closed at -2.1% after a +0.4% start', '0.4%', { value: 0.4, direction: 'up' }],
]);
