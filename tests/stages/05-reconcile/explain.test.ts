// One test per rule: every verdict and every broken constraint explains itself in plain words with the numbers.
import { describe, expect, it } from 'vitest';
import { formatNumber, percentWords, readingWords } from '../../../src/stages/05-reconcile/explain/format.js';
import { placeValue } from '../../../src/stages/05-reconcile/explain/revisions.js';
import { reconcile } from '../../../src/stages/05-reconcile/index.js';
import { batch, claim, HIERARCHY, span, type ClaimSpec } from './make.js';

const deaths = (id: string, article: string, value: number, extra: Partial<ClaimSpec> = {}) =>
  claim({ id, article, value, metric: 'drug-overdose-deaths', ...extra });

function run(...claims: ReturnType<typeof claim>[]) {
  return reconcile(batch(claims), { hierarchy: HIERARCHY });
}
/** The verdict's words; the axes joined on are tested on their own below. */
const factText = (...claims: ReturnType<typeof claim>[]) => run(...claims).facts.facts.map((f) => f.explanation.replace(/ Why one fact: .*$/, ''));
const discrepancyText = (...claims: ReturnType<typeof claim>[]) => run(...claims).discrepancies.map((d) => d.explanation);

describe('verdict explanations', () => {
  it('single: one mention', () => {
    expect(factText(deaths('a', 'A', 97000, { hedge: 'over', valueText: 'Over 97,000' })))
      .toEqual(['Only one source gives this figure: over 97,000 (read as 97,000–98,000).']);
  });

  it('single: several wordings from one source', () => {
    expect(factText(deaths('a', 'A', 71000, { hedge: 'nearly' }), deaths('b', 'A', 70000, { hedge: 'over', valueText: 'more than 70,000', start: 400 }))).toEqual([
      'Only one source gives this figure, in 2 wordings that fit together: nearly 71,000 reads as 70,000–71,000; more than 70,000 reads as 70,000–80,000; together they read as 70,000–71,000.',
    ]);
  });

  it('agree', () => {
    expect(factText(deaths('a', 'A', 106000), deaths('b', 'B', 106000))).toEqual(['2 independent sources give the same figure: 106,000.']);
  });

  it('compatible', () => {
    expect(factText(deaths('a', 'A', 100000, { hedge: 'about' }), deaths('b', 'B', 103000))).toEqual([
      'about 100,000 reads as 50,000–150,000; 103,000; these overlap at 103,000, so all can be right (compatible).',
    ]);
  });

  it('tension: the literal readings overlap, the plain ones do not', () => {
    expect(factText(deaths('a', 'A', 97000, { hedge: 'over', valueText: 'Over 97,000' }), deaths('b', 'B', 106000))).toEqual([
      'over 97,000 reads as 97,000–98,000; 106,000 is above it. Read literally (over 97,000 allows more than 97,000) both can hold, so the figures are in tension, not in plain contradiction.',
    ]);
  });

  it('tension: readings that only touch at an excluded end', () => {
    expect(factText(deaths('a', 'A', 71000, { hedge: 'nearly' }), deaths('b', 'B', 71000))).toEqual([
      'nearly 71,000 reads as 70,000–71,000; 71,000 is above it, if only just (the readings meet at 71,000, which one of them leaves out). '
      + 'Read literally (nearly 71,000 allows 70,000–71,000) both can hold, so the figures are in tension, not in plain contradiction.',
    ]);
  });

  it('discrepancy: nothing overlaps', () => {
    expect(factText(deaths('a', 'A', 93000), deaths('b', 'B', 106000, { hedge: 'over' }))).toEqual([
      '93,000 and over 106,000 cannot both be right, even read literally: over 106,000 (read as 106,000–107,000) is 13,000 (12%) above 93,000.',
    ]);
  });

  it('discrepancy: several figures, the farthest pair named', () => {
    expect(factText(deaths('a', 'A', 90000), deaths('b', 'B', 95000), deaths('c', 'C', 99000))).toEqual([
      '90,000 and 99,000 cannot both be right, even read literally: 99,000 is 9,000 (9.1%) above 90,000. 3 mentions give 3 different figures; these two are the farthest apart.',
    ]);
  });

  it('discrepancy: a rounded figure against a precise one', () => {
    expect(factText(deaths('a', 'A', 107000), deaths('b', 'B', 106699))).toEqual([
      '106,699 and 107,000 cannot both be right, even read literally: 107,000 is 301 (0.28%) above 106,699. 107,000 looks rounded to the nearest 1,000 and 106,699 rounds to it.',
    ]);
  });

  it('notes an undated mention that takes the period of the same figure in its article', () => {
    expect(factText(
      claim({ id: 'a', article: 'A', value: 29, metric: 'transfers', period: span('2025-02-20', '2025-02-28', 'In late February') }),
      claim({ id: 'b', article: 'A', value: 29, metric: 'transfers', period: null, start: 300 }),
    )).toEqual(['Only one source gives this figure: 29, mentioned 2 times in one article. One undated mention repeats a dated figure of the same article and takes its period.']);
  });
});

describe('constraint explanations', () => {
  it('part-whole, broken only on the plain reading', () => {
    expect(discrepancyText(
      deaths('a', 'A', 97000, { hedge: 'over', valueText: 'Over 97,000' }),
      claim({ id: 'b', article: 'B', value: 106000, metric: 'opioid-overdose-deaths' }),
    )).toEqual([
      'over 97,000 reads as 97,000–98,000; 106,000 is above it; and 106,000 opioid overdose deaths cannot exceed ~97,000 drug overdose deaths in the same year (United States).'
      + ' Read literally (over 97,000 allows more than 97,000) the figures can both hold, so this is a tension between readings rather than a plain contradiction.',
    ]);
  });

  it('part-whole, broken even literally', () => {
    expect(discrepancyText(
      deaths('a', 'A', 80000),
      claim({ id: 'b', article: 'B', value: 90000, hedge: 'over', metric: 'fentanyl-involved-deaths' }),
    )).toEqual([
      '90,000 fentanyl involved deaths cannot exceed the 80,000 drug overdose deaths they are part of, in the same year (United States). Even read literally, the part is larger than the whole.',
    ].map((t) => t.replace('90,000 fentanyl', 'over 90,000 fentanyl')));
  });

  it('period-total: a year cannot hold more than the longer period containing it', () => {
    expect(discrepancyText(
      claim({ id: 'a', article: 'A', value: 70, metric: 'extraditions', period: span('2023-01-01', '2023-12-31', 'last year') }),
      claim({ id: 'b', article: 'B', value: 65, metric: 'extraditions', period: span('2019-01-01', '2023-12-31', 'Between 2019 and 2023') }),
    )).toEqual([
      '70 extraditions in 2023 cannot exceed the 65 counted between 2019 and 2023, a period that contains it (United States). Even read literally, the shorter period has more than the longer one.',
    ]);
  });

  it('period-total, broken only plainly, where the readings only touch', () => {
    expect(discrepancyText(
      claim({ id: 'a', article: 'A', value: 65, hedge: 'over', valueText: 'more than 65', metric: 'extraditions', period: span('2023-01-01', '2023-12-31', 'last year') }),
      claim({ id: 'b', article: 'B', value: 65, metric: 'extraditions', period: span('2019-01-01', '2023-12-31', 'Between 2019 and 2023') }),
    )).toEqual([
      'more than 65 (read as 65–66) extraditions in 2023 cannot exceed the 65 counted between 2019 and 2023, a period that contains it (United States).'
      + ' Read literally the two only meet at 65, which more than 65 leaves out, so this is a tension rather than a plain contradiction.',
    ]);
  });

  it('part-whole, broken only plainly, where the part is the hedged figure', () => {
    expect(discrepancyText(
      deaths('a', 'A', 80000, { hedge: 'about' }),
      claim({ id: 'b', article: 'B', value: 90000, hedge: 'over', metric: 'fentanyl-involved-deaths' }),
    )).toEqual([
      'about 80,000 reads as 75,000–85,000; over 90,000 is above it; and over 90,000 fentanyl involved deaths cannot exceed ~80,000 drug overdose deaths in the same year (United States).'
      + ' Even read literally, the part is larger than the whole.',
    ]);
    expect(discrepancyText(
      deaths('a', 'A', 80000),
      claim({ id: 'b', article: 'B', value: 80000, hedge: 'over', metric: 'fentanyl-involved-deaths' }),
    )).toEqual([
      'over 80,000 fentanyl involved deaths cannot exceed the 80,000 drug overdose deaths they are part of, in the same year (United States).'
      + ' Read literally the two only meet at 80,000, which over 80,000 leaves out, so this is a tension rather than a plain contradiction.',
    ]);
  });

  it('share-total: a share must agree with its part and whole', () => {
    expect(discrepancyText(
      deaths('w', 'A', 100000),
      claim({ id: 'p', article: 'A', value: 80000, metric: 'fentanyl-involved-deaths', start: 200 }),
      claim({ id: 's', article: 'B', value: 70, hedge: 'nearly', unit: 'percent', metric: 'fentanyl-involved-deaths-share', valueText: 'nearly 70%' }),
    )).toEqual([
      'nearly 70% (read as 60–70%) of drug overdose deaths does not fit the counts in the same year: 80,000 fentanyl involved deaths out of 100,000 drug overdose deaths is 80%. Even read literally the share and the counts disagree.',
    ]);
  });
});

describe('formatting', () => {
  it.each([[97000, '97,000'], [1234567.5, '1,234,567.5'], [-3000, '-3,000'], [0.1 + 0.2, '0.3']])('formatNumber(%s) = %s', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });

  it('words readings by their ends', () => {
    expect(readingWords({ low: 97000, high: null, lowInclusive: false, highInclusive: false }, 'count')).toBe('more than 97,000');
    expect(readingWords({ low: 0, high: 100, lowInclusive: true, highInclusive: true }, 'percent')).toBe('0–100%');
    expect(readingWords({ low: null, high: 5, lowInclusive: false, highInclusive: false }, 'USD')).toBe('less than $5');
    expect(readingWords({ low: null, high: null, lowInclusive: false, highInclusive: false }, 'count')).toBe('any amount');
  });

  it('words relative gaps and place values', () => {
    expect([percentWords(0.0028), percentWords(0.082), percentWords(1.2), percentWords(0.5)]).toEqual(['0.28%', '8.2%', '120%', '50%']);
    expect([placeValue(107000), placeValue(106699), placeValue(2.5), placeValue(70000)]).toEqual([1000, 1, 0.1, 10000]);
  });
});
