import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../src/contracts/index.js';
import { clauseOf } from '../../src/readers/clause.js';
import { rateOf } from '../../src/readers/rate.js';
import { readStatistic, STATISTIC_RULES, type Statistic } from '../../src/readers/statistic.js';
import { quantity, sentence } from './support.js';

/**
 * [sentence, figure, quantity fields as the scanner reads them, measure head as the measure reader reads it,
 * statistic, rule, direction of the move a level arrived at]
 */
type Case = [string, string, Partial<Quantity>, string | null, Statistic, string, ('up' | 'down')?];
const pct = { unit: 'percent', dimension: 'percent' } as const;
const usd = { unit: 'USD', dimension: 'currency' } as const;
const times = { unit: 'times', dimension: 'ratio' } as const;
const CASES: Case[] = [
  // discrete things counted; a total in a unit
  ['Firefighters rescued 312 people from the flooded neighborhood.', '312', {}, 'person', 'count', 'count'],
  ['The outbreak has killed 83 people, mostly children.', '83', {}, 'death', 'count', 'count'],
  ['The city council approved a $4.2 billion budget for next year.', '$4.2 billion', usd, 'budget', 'amount', 'amount'],
  ['The wildfire has scorched 18,500 acres near Paradise.', '18,500 acres', { unit: 'acre', dimension: 'area' }, 'acre', 'amount', 'amount'],
  // a rate: per a base, per a stretch of time, or a percentage of a named rate
  ['The county recorded 31 homicides per 100,000 residents last year.', '31', { per: '100000 residents' }, 'homicide', 'rate', 'rate-per'],
  ['The state is reporting about 1,200 new measles cases a week.', 'about 1,200', { hedge: 'about', per: 'week' }, 'case', 'rate', 'rate-per'],
  ['The White House imposed a 25% tariff on imported cars.', '25%', pct, 'tariff', 'rate', 'rate-named'],
  ['The jobless rate was 4.1% in March.', '4.1%', pct, 'rate', 'rate', 'rate-named'],
  // a part of a whole
  ['About 40% of voters said the economy was their top issue.', 'About 40%', { ...pct, hedge: 'about' }, 'voter', 'share', 'share'],
  ['Turnout was 61.4%, the highest in decades.', '61.4%', pct, 'turnout', 'share', 'share'],
  ['Two-thirds of the homes in the valley were damaged by the flood.', 'Two-thirds', pct, 'home', 'share', 'share'],
  ["Ticket revenue made up 38% of the club's income.", '38%', pct, 'income', 'share', 'share'],
  // an average or a median, also where it is the level a move arrived at
  ['Drivers paid an average of $3.10 a gallon for regular on Monday.', '$3.10 a gallon', { ...usd, per: 'gallon' }, 'price', 'average', 'average'],
  ['Regular averaged $3.10 on Monday.', '$3.10', usd, 'regular', 'average', 'average'],
  ['Officers answered an average of 40 a month.', '40 a month', { per: 'month' }, 'average', 'average', 'average'],
  ['The median household income was $80,610 in 2023.', '$80,610', usd, 'income', 'average', 'average'],
  ['The median sale price rose to $412,000 in June.', '$412,000', usd, 'price', 'average', 'average'],
  // a figure that moves an average is the change, not the average
  ['The median home price fell 6 percent in June.', '6 percent', { ...pct, direction: 'down' }, 'price', 'change', 'change-of-average'],
  ['The average fare rose $1.20 in January.', '$1.20', { ...usd, direction: 'up' }, 'fare', 'change', 'change-of-average'],
  // one figure against another
  ['One in four adults skipped meals to save money.', 'One in four', pct, 'adult', 'ratio', 'ratio'],
  ['Three out of five hospitals reported staff shortages.', 'Three out of five', pct, 'hospital', 'ratio', 'ratio'],
  ['Rents in the city are three times what they were in 2010.', 'three times', times, 'rent', 'ratio', 'ratio'],
  // a move, in a unit or a percentage, by a verb, a particle or a comparison
  ['Egg prices rose 12% from a year earlier.', '12%', { ...pct, direction: 'up' }, 'price', 'change', 'change'],
  // a percentage of a measure that names a move
  ['The increase from December 2022 to December 2023 was 3.4%.', '3.4%', pct, 'increase', 'change', 'change-named'],
  ['Shelter accounted for more than half of the overall increase.', 'more than half', { ...pct, hedge: 'over' }, 'increase', 'share', 'share'],
  // a stock a verb of gain or loss moves; a count a verb only reports is not
  ['US employers added 142,000 jobs in August.', '142,000', {}, 'job', 'change', 'stock-change'],
  ['Manufacturers shed about 40,000 positions.', 'about 40,000', { hedge: 'about' }, 'position', 'change', 'stock-change'],
  ['Police arrested 40 people.', '40', {}, 'person', 'count', 'count'],
  // a percentage over a stated stretch is a change even where the verb is another figure's ("rose 0.4% … and 2.3% over the year")
  ['Food prices rose 0.4% in September and 2.3% over the year.', '2.3%', pct, 'price', 'change', 'change'],
  ['The gasoline index stood 15.3% below its level a year earlier.', '15.3%', pct, 'index', 'change', 'change'],
  ['Pay growth beat the 3.6% annual pace recorded in July.', '3.6%', pct, 'pace', 'change', 'change'],
  ['Ridership on the subway fell by 40,000 trips last month.', '40,000', { direction: 'down' }, 'trip', 'change', 'change'],
  ["The state's debt grew by $2 billion over the fiscal year.", '$2 billion', { ...usd, direction: 'up' }, 'debt', 'change', 'change'],
  ['Support for the measure was down 3 points from the spring poll.', '3', { direction: 'down' }, 'point', 'change', 'change'],
  ['Spending on overtime was 5% more than the department had budgeted.', '5%', pct, 'spending', 'change', 'change'],
  ['Hospitals treated 5% more patients than a year earlier.', '5%', pct, 'treatment', 'change', 'change'],
  ['The district has 1,200 fewer teachers than in 2019.', '1,200', {}, 'teacher', 'change', 'change'],
  ['Rents tripled over the decade.', 'tripled', { ...times, direction: 'up' }, null, 'change', 'change'],
  // the level a move arrived at, and which way it moved
  ['Existing-home sales dropped 2% to 5,210 units in May.', '5,210', {}, 'unit', 'level', 'level', 'down'],
  ['The unemployment rate rose to 4.2% in July.', '4.2%', pct, 'rate', 'level', 'level', 'up'],
  ['Attendance at league games climbed 9% to 1.8 million.', '1.8 million', {}, 'attendance', 'level', 'level', 'up'],
  ['Gas prices slid to $3.05 a gallon on Friday.', '$3.05 a gallon', { ...usd, per: 'gallon' }, 'price', 'level', 'level', 'down'],
  // the value now, with its baseline after it; a figure a move verb counts stays a change; a named rate a rate
  ['With every seat counted, turnout stood at 59.9%, down from 67.3% in 2019.', '59.9%', pct, 'turnout', 'level', 'level-from', 'down'],
  ['The SNP finishes with nine MPs, down from 48.', 'nine', {}, 'mp', 'level', 'level-from', 'down'],
  ['The county reported 214 damaged homes by Thursday, up from 150 on Monday.', '214', { direction: 'up' }, 'home', 'level', 'level-from', 'up'],
  ['Arrests fell 12%, down from 2023.', '12%', { ...pct, direction: 'down' }, 'arrest', 'change', 'change'],
  ['The unemployment rate was 4.2% in August, up from 4.1% in July.', '4.2%', pct, 'rate', 'rate', 'rate-named'],
  // a figure a noun of a move counts
  ['The August gain followed an increase of just 89,000 in July.', '89,000', {}, 'job', 'change', 'change-noun'],
  ['Payrolls showed a loss of 12,000 jobs.', '12,000', {}, 'job', 'change', 'change-noun'],
  // "a year earlier" dates the earlier figure; it is no rate per year
  ['The agency counted 3,000 deaths, up from 2,400 a year earlier.', '2,400', {}, null, 'count', 'count'],
];

describe('readStatistic', () => {
  for (const [text, figure, fields, head, statistic, rule, direction] of CASES) {
    it(`${figure} in "${text}"`, () => {
      const s = sentence(text);
      const q = quantity(text, figure, fields);
      const clause = clauseOf(text, s.tokens, q);
      // as the frame reads it: the scanner's rate, else the clause's
      const per = q.per ?? rateOf(text, clause, q, q.dimension);
      const read = readStatistic({ text, figure: { ...q, per }, clause: { start: clause.start, end: Math.max(clause.end, q.end) }, head, changeOf: false });
      expect([read.statistic, read.rule, read.direction]).toEqual([statistic, rule, direction ?? null]);
      expect(read.reason).toBe(STATISTIC_RULES.find((r) => r.id === rule)?.reason);
    });
  }

  it('reads a figure that leans on an earlier one as its change ("a decrease of 3% from 2022")', () => {
    const text = 'That is 3% from the 2022 figure.';
    const s = sentence(text);
    const q = quantity(text, '3%', pct);
    const clause = clauseOf(text, s.tokens, q);
    const input = { text, figure: q, clause, head: null };
    expect([readStatistic({ ...input, changeOf: false }).statistic, readStatistic({ ...input, changeOf: true }).statistic]).toEqual(['share', 'change']);
  });

  it('has a row for every rule', () => {
    expect(STATISTIC_RULES.map((r) => r.id).filter((id) => !CASES.some((c) => c[5] === id))).toEqual([]);
  });
});
