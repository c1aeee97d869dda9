import { describe, expect, it } from 'vitest';
import { findPeriods, referBackPeriods, shiftYears, YEAR_BEFORE } from '../../src/readers/period.js';

const all = (text: string, published: string | null = null) => findPeriods(text, { start: 0, end: text.length }, published);
const one = (text: string, published: string | null = null) => {
  const found = all(text, published);
  expect(found.length, `periods in "${text}": ${found.map((p) => p.text).join(' | ')}`).toBe(1);
  return found[0]!;
};

/** [text, published, period words, from, to] */
const CASES: Array<[string, string | null, string, string | null, string | null]> = [
  ['Over 97,000 Americans died from drug overdoses in 2021.', null, 'in 2021', '2021-01-01', '2021-12-31'],
  ['In 2021, 106,000 people died.', null, 'In 2021', '2021-01-01', '2021-12-31'],
  ['The current record is 1996, when murder fell 9.1%.', null, '1996', '1996-01-01', '1996-12-31'],
  ['Only the 2001 election, when 59.4% of voters took part, saw less.', null, 'the 2001', '2001-01-01', '2001-12-31'],
  ['Turnout was down from 67.3% at the 2019 general election.', null, 'the 2019', '2019-01-01', '2019-12-31'],
  ['Republicans lost ground in the 2018 midterms.', null, 'the 2018', '2018-01-01', '2018-12-31'],
  ['The 2022 baseline also varies by source.', null, 'The 2022', '2022-01-01', '2022-12-31'],
  ['In just the first six months of 2023, fentanyl caused over 38,000 fatalities.', null, 'the first six months of 2023', '2023-01-01', '2023-06-30'],
  ['Fatalities topped 15,000 in the first half of 2023 alone.', null, 'the first half of 2023', '2023-01-01', '2023-06-30'],
  ['Deaths fell in the second half of 2022.', null, 'the second half of 2022', '2022-07-01', '2022-12-31'],
  ['Seizures doubled in the third quarter of 2023.', null, 'the third quarter of 2023', '2023-07-01', '2023-09-30'],
  ['Between 2019 and 2023, 65 individuals were extradited.', null, 'Between 2019 and 2023', '2019-01-01', '2023-12-31'],
  ['From 2015 to 2020 the toll doubled.', null, 'From 2015 to 2020', '2015-01-01', '2020-12-31'],
  ['Deaths in 2019-2023 were higher.', null, '2019-2023', '2019-01-01', '2023-12-31'],
  ['There were 107,543 deaths in the 12 months ending in April 2023.', null, 'the 12 months ending in April 2023', '2022-05-01', '2023-04-30'],
  ['Deaths in the 12-month period ending April 30, 2023 rose.', null, 'the 12-month period ending April 30, 2023', '2022-05-01', '2023-04-30'],
  ['The minister was arrested in October 2020.', null, 'October 2020', '2020-10-01', '2020-10-31'],
  ['The figure was published on March 4, 2024.', null, 'March 4, 2024', '2024-03-04', '2024-03-04'],
  ['The figure was published on 4 March 2024.', null, '4 March 2024', '2024-03-04', '2024-03-04'],
  ['Spending rose in fiscal year 2023.', null, 'fiscal year 2023', '2022-10-01', '2023-09-30'],
  ['Joint operations were common in the 2000s.', null, 'the 2000s', '2000-01-01', '2009-12-31'],
  ['Prices fell in mid-2022.', null, 'mid-2022', '2022-05-01', '2022-08-31'],
  ['Deaths have doubled since 2019.', '2024-05-01', 'since 2019', '2019-01-01', '2024-05-01'],
  // since a day or a month: open to the publication date; two dates a range joins
  ['Machinists have been on strike since Sept. 13.', '2024-10-04', 'since Sept. 13', '2024-09-13', '2024-10-04'],
  ['Crossings have fallen since June 2024.', '2024-10-04', 'June 2024', '2024-06-01', '2024-10-04'],
  ['Outages hit 7.4 million customers between Sept. 26 and Sept. 28.', '2024-10-10', 'between Sept. 26 and Sept. 28', '2024-09-26', '2024-09-28'],
  ['The department removed 131,000 people from June 5 through Sept. 10.', '2024-09-17', 'from June 5 through Sept. 10', '2024-06-05', '2024-09-10'],
  // a rolling window without a year, against the publication date; "that ended"
  ['Agents recorded 461,685 apprehensions in the 12 months that ended Sept. 30.', '2024-10-25', 'the 12 months that ended Sept. 30', '2023-10-01', '2024-09-30'],
  ['Prices rose 3% in the year through June.', '2024-07-15', 'the year through June', '2023-07-01', '2024-06-30'],
  ['There were 107,543 deaths in the 12 months that ended in April 2023.', null, 'the 12 months that ended in April 2023', '2022-05-01', '2023-04-30'],
  // the past year is the stretch up to the publication date; a year a verb of its course names
  ['Over the past year, the economy added an average of 203,000 jobs a month.', '2024-10-04', 'past year', '2023-10-05', '2024-10-04'],
  ['The city ended 2023 with 410 homicides.', null, 'ended 2023', '2023-01-01', '2023-12-31'],
  // a day before its month, as British news writes it
  ['Turnout at the 4 July general election was 59.7%.', '2024-09-05', '4 July', '2024-07-04', '2024-07-04'],
  // a month before a comma and a figure that is no day or year: "in September, 7% fewer than"
  ['Agents made 53,858 apprehensions in September, 7% fewer than a month before.', '2024-10-25', 'in September', '2024-09-01', '2024-09-30'],
  // a day just ahead of the publication date is this year's; a window of days ending on a day
  ['The deadline is Dec. 20.', '2025-12-01', 'Dec. 20', '2025-12-20', '2025-12-20'],
  ['Sales peaked on Nov. 28.', '2025-12-01', 'on Nov. 28', '2025-11-28', '2025-11-28'],
  ['The FAA expected 360,000 flights during the nine-day stretch ending December 2.', '2025-12-01', 'the nine-day stretch ending December 2', '2025-11-24', '2025-12-02'],
  ['Airlines expected 31 million travelers in the 11-day holiday period ending Monday.', '2025-12-01', 'the 11-day holiday period ending Monday', '2025-11-21', '2025-12-01'],
  ['Cases rose in the 7-day period ending Jan. 5, 2025.', null, 'the 7-day period ending Jan. 5, 2025', '2024-12-30', '2025-01-05'],
  ['Sales have dropped by about a third since the start of 2022.', '2023-05-19', 'of 2022', '2022-01-01', '2023-05-19'],
  // a year stated right after a weekday that the publication date would put in another year overrules it
  ['The record was set on the Sunday after Thanksgiving in 2024.', '2025-12-01', 'in 2024', '2024-01-01', '2024-12-31'],
  ['Last year, Mexico extradited 24 defendants.', '2024-05-01', 'Last year', '2023-01-01', '2023-12-31'],
  ['This year, 1,000 people died.', '2024-05-01', 'This year', '2024-01-01', '2024-05-01'],
  ['She told Congress last month.', '2024-05-01', 'last month', '2024-04-01', '2024-04-30'],
  ['He spoke last week.', '2024-05-01', 'last week', '2024-04-22', '2024-04-28'],
  ['Tuesday’s move by Mexico surprised many.', '2024-05-01', 'Tuesday’s', '2024-04-30', '2024-04-30'],
  ['On Wednesday officials met.', '2024-05-01', 'Wednesday', '2024-05-01', '2024-05-01'],
  ['In late February, Mexico handed over 29 people.', '2025-03-12', 'In late February', '2025-02-21', '2025-02-28'],
  ['In late February, Mexico handed over 29 people.', '2025-01-12', 'In late February', '2024-02-21', '2024-02-29'],
  ['Drugs were seized in Tempe on February 23.', '2024-05-01', 'on February 23', '2024-02-23', '2024-02-23'],
  ['Over the past five years, deaths rose.', '2024-05-01', 'the past five years', '2019-05-02', '2024-05-01'],
  ['Deaths rose in the first half of last year.', '2024-05-01', 'the first half of last year', '2023-01-01', '2023-06-30'],
  ['The state recorded 2,163 deaths between January and June.', '2024-08-10', 'between January and June', '2024-01-01', '2024-06-30'],
  ['The state recorded 2,163 deaths between January and June.', '2024-03-10', 'between January and June', '2023-01-01', '2023-06-30'],
  ['Arrests rose from November 2022 to March 2023.', null, 'from November 2022 to March 2023', '2022-11-01', '2023-03-31'],
  // a fiscal year fixed by its first or last month or day, whoever keeps it
  ['Spending was $225.9 billion in the fiscal year that ends Sunday.', '2024-06-26', 'the fiscal year that ends Sunday', '2023-07-01', '2024-06-30'],
  ['The budget covers the fiscal year that starts July 1.', '2024-06-14', 'the fiscal year that starts July 1', '2024-07-01', '2025-06-30'],
  ['Receipts rose in the fiscal year that ended in September.', '2024-06-14', 'the fiscal year that ended in September', '2022-10-01', '2023-09-30'],
  ['Receipts rose in the fiscal year that ended in September.', '2024-10-20', 'the fiscal year that ended in September', '2023-10-01', '2024-09-30'],
  ['The city closed a gap in the budget year that began in April.', '2025-01-10', 'the budget year that began in April', '2024-04-01', '2025-03-31'],
  // a running total of a named year runs to the publication date
  ['The agency has identified 44 outbreaks so far in 2025.', '2025-10-17', 'so far in 2025', '2025-01-01', '2025-10-17'],
  ['There were 1,200 cases in 2024 to date.', '2025-02-01', 'in 2024 to date', '2024-01-01', '2024-12-31'],
  // a total up to a date leaves its start open
  ['FEMA had approved more than $102 million through Oct. 15.', '2024-10-20', 'through Oct. 15', null, '2024-10-15'],
  ['Officials had confirmed 30 deaths by Sunday.', '2024-10-01', 'Sunday', null, '2024-09-29'],
  ['Aid reached $1.1 billion by early January.', '2025-01-20', 'by early January', null, '2025-01-10'],
  ['As of March 3, 2025, 146 cases were confirmed.', null, 'March 3, 2025', null, '2025-03-03'],
  // a part of a fiscal year counts from its first day; a first month is one month
  ['For the first nine months of fiscal 2025, customs collections reached $113.3 billion.', null, 'the first nine months of fiscal 2025', '2024-10-01', '2025-06-30'],
  ['Employers added 143,000 jobs in the first month of 2025.', null, 'the first month of 2025', '2025-01-01', '2025-01-31'],
  // a year or a month before what was counted in it, or its possessive
  ['The 2023 fatality rate held at 1.26 deaths per 100 million miles.', null, 'The 2023', '2023-01-01', '2023-12-31'],
  ['Collections were more than double 2024’s take.', null, '2024’s', '2024-01-01', '2024-12-31'],
  ['August’s gain now stands at 159,000.', '2024-10-04', 'August’s', '2024-08-01', '2024-08-31'],
  ['The August figure of 6,800 came later.', '2024-10-04', 'The August', '2024-08-01', '2024-08-31'],
  // a month or a day of a year the words name against the publication date; a span of months without "from"
  ['Through July 30 of last year, 3,746 fires had burned.', '2024-08-10', 'July 30 of last year', null, '2023-07-30'],
  ['Prices rose in March of this year.', '2024-08-10', 'March of this year', '2024-03-01', '2024-03-31'],
  ['Duties came to $273 billion in January through April of last year.', '2025-05-12', 'January through April of last year', '2024-01-01', '2024-04-30'],
];

describe('findPeriods', () => {
  for (const [text, published, words, from, to] of CASES) {
    it(`${words} (published ${published ?? 'unknown'})`, () => {
      const p = one(text, published);
      expect([p.text, p.from, p.to]).toEqual([words, from, to]);
      expect(text.slice(p.start, p.end)).toBe(words);
    });
  }

  it('finds relative periods without a publication date but leaves them unresolved', () => {
    for (const text of ['Last year, Mexico extradited 24.', 'Tuesday’s move', 'In late February, Mexico acted.', 'last week']) {
      const p = one(text, null);
      expect(p.relative).toBe(true);
      expect([p.from, p.to]).toEqual([null, null]);
    }
  });

  it('does not take numbers, names or modal verbs for periods', () => {
    expect(all('The agency’s 2024 National Drug Threat Assessment is out.')).toEqual([]);
    expect(all('Cartels have a presence in all 50 states and we may also see more.')).toEqual([]);
    expect(all('The leading cause of death for Americans aged 18-45.')).toEqual([]);
    expect(all('It was the largest handover in years.')).toEqual([]);
    // "May's" is as often a person's; a report's month is when it came out
    expect(all('Theresa May’s government fell.', '2024-10-04')).toEqual([]);
    expect(all('The October report moved July up.', '2024-11-04')).toEqual([]);
  });

  it('keeps the longest of overlapping expressions and returns them in text order', () => {
    const text = 'In 2022, meth was linked to 34,000 deaths, while cocaine deaths topped 15,000 in the first half of 2023.';
    expect(all(text).map((p) => p.text)).toEqual(['In 2022', 'the first half of 2023']);
  });
});

describe('the year before', () => {
  it('dates a comparison by its antecedent', () => {
    expect(YEAR_BEFORE.exec('down from 76,226 the year before')?.[0]).toBe('the year before');
    expect(YEAR_BEFORE.exec('compared with 900 a year earlier')?.[0]).toBe('a year earlier');
    expect(shiftYears({ from: '2024-01-01', to: '2024-02-29' }, -1)).toEqual({ from: '2023-01-01', to: '2023-02-28' });
  });
});

describe('a year up to the same date', () => {
  it('ends a year compared "by that date" on the day the sentence names, and leaves it open without one', () => {
    const text = 'As of July 8, the city had 96 homicides, compared with 145 by that date in 2023.';
    expect(all(text, '2024-07-10').map((p) => [p.text, p.from, p.to])).toEqual([['July 8', null, '2024-07-08'], ['in 2023', '2023-01-01', '2023-07-08']]);
    expect(all('The city had 145 homicides at this point in 2023.', '2024-07-10').map((p) => [p.text, p.from, p.to])).toEqual([['in 2023', '2023-01-01', null]]);
  });
});

describe('a period that points back', () => {
  const back = (before: string, sentence: string, published: string | null = '2025-06-01') => {
    const text = `${before} ${sentence}`;
    const earlier = all(before, published);
    const span = { start: before.length + 1, end: text.length };
    return referBackPeriods(text, span, earlier).map((p) => [p.text, p.from, p.to]);
  };
  /** [what came before, the sentence, its words, from, to] */
  const POINTING: Array<[string, string, string, string, string]> = [
    ['The city had 211 homicides in 2014.', 'That year the rate was 33.8.', 'That year', '2014-01-01', '2014-12-31'],
    ['Crossings peaked in December 2023.', 'The agency saw 301,982 that same month.', 'that same month', '2023-12-01', '2023-12-31'],
    ['Crossings peaked in December 2023.', 'Police made 1,200 arrests that year.', 'that year', '2023-01-01', '2023-12-31'],
    ['Apprehensions fell in fiscal 2024.', 'Gotaways topped 600,000 that year.', 'that year', '2023-10-01', '2024-09-30'],
    ['The fire began on July 24, 2024.', 'By the same day, 400 homes were lost.', 'the same day', '2024-07-24', '2024-07-24'],
  ];
  it.each(POINTING)('%s / %s', (before, sentence, words, from, to) => {
    expect(back(before, sentence)).toEqual([[words, from, to]]);
  });

  it('is unresolved when nothing before it fits, and never falls back to the publication date', () => {
    expect(back('Deaths rose sharply.', 'That year 40 died.')).toEqual([]);
    expect(back('The toll rose between 2019 and 2023.', 'That month 40 died.')).toEqual([]);
  });
});
