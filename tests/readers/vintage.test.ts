import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../src/contracts/index.js';
import { clauseOf } from '../../src/readers/clause.js';
import { readVintage, VINTAGE_RULES, type Vintage } from '../../src/readers/vintage.js';
import { quantity, sentence } from './support.js';

/** [sentence, figure, quantity fields, vintage (its rule), the cue read] — vintage null: the text names none for it */
type Case = [string, string, Partial<Quantity>, Vintage | null, string | null];
const pct = { unit: 'percent', dimension: 'percent' } as const;
const usd = { unit: 'USD', dimension: 'currency' } as const;
const SALES = 'Existing-home sales decreased 3.3 percent to 5.04 million in April from an upwardly revised 5.21 million in March.';
const PAYROLLS = 'Payrolls grew by 142,000 in August, and the July gain was revised down to 89,000.';
const FINAL = 'The final count showed 1,132 fatalities, up from 1,050 the year before.';
const CASES: Case[] = [
  // provisional: before the figure or after it
  ["Provisional figures show 1,842 people died on Britain's roads in 2023.", '1,842', {}, 'provisional', 'Provisional'],
  ['A further 3,210 deaths were provisionally registered in the week to Friday.', '3,210', {}, 'provisional', 'provisionally'],
  // preliminary, under its several names
  ['Preliminary data show 40,990 people died in traffic crashes last year.', '40,990', {}, 'preliminary', 'Preliminary data'],
  ['An early estimate puts insured losses from the storm at $6 billion.', '$6 billion', usd, 'preliminary', 'early estimate'],
  ['The initial count found 652 people sleeping outside in the county.', '652', {}, 'preliminary', 'initial count'],
  ['The advance estimate showed the economy grew 2.8% in the third quarter.', '2.8%', { ...pct, direction: 'up' }, 'preliminary', 'advance estimate'],
  ['The preliminary tally of 612 deaths is likely to rise.', '612', {}, 'preliminary', 'preliminary tally'],
  // "preliminary estimate" is one cue: the estimate is the preliminary one
  ['The BLS revised it down from its preliminary estimate of 114,000.', '114,000', {}, 'preliminary', 'preliminary estimate'],
  ['The first estimate of third-quarter growth was 0.6%.', '0.6%', pct, 'preliminary', 'first estimate'],
  ['The initial 254,000 print was later cut.', '254,000', {}, 'preliminary', 'initial'],
  // final, with words between: "final inspection figures", "final federal crash data"
  ['Final inspection figures show 709 structures destroyed.', '709', {}, 'final', 'Final inspection figures'],
  ['The group, drawing on final federal crash data, tallied 7,522 pedestrian deaths.', '7,522', {}, 'final', 'final federal crash data'],
  // a forecast: expected in a clause on the figure right before it, or an expectation that a measure will move
  ['Payrolls grew 142,000, below the 169,000 that economists had expected.', '169,000', {}, 'projection', 'had expected'],
  ['Payrolls grew 142,000, below the 169,000 that economists had expected.', '142,000', {}, null, null],
  ['The gain of 254,000 easily topped the 150,000 that economists had predicted.', '150,000', {}, 'projection', 'had predicted'],
  ['The gain of 254,000 easily topped the 150,000 that economists had predicted.', '254,000', {}, null, null],
  ['The USDA expects grocery prices to rise 1.1% in 2024.', '1.1%', pct, 'projection', 'expects'],
  // the figure first reported, after it; not a year before the words ("fewer jobs in 2024 than first reported")
  ['Deaths fell 4.3%, steeper than the 3.6% drop first reported.', '3.6%', pct, 'preliminary', 'first reported'],
  ['Turnout was 59.7%, below the 59.9% widely reported on the night.', '59.9%', pct, 'preliminary', 'widely reported'],
  ['Employers added 598,000 fewer jobs in the year to March 2024 than first reported.', '598,000', {}, null, null],
  // a cue before another figure is that figure's: "the early estimate of 40,990"
  ['The new figure, 40,901 deaths, sits below the early estimate of 40,990.', '40,901', {}, null, null],
  // final; the earlier year's figure of the same sentence is not the final count
  [FINAL, '1,132', {}, 'final', 'final count'],
  [FINAL, '1,050', {}, null, null],
  ['Certified results gave the incumbent 52.3% of the vote.', '52.3%', pct, 'final', 'Certified results'],
  ["Finalized data put the county's jobless rate at 3.9% for 2023.", '3.9%', pct, 'final', 'Finalized data'],
  // an estimate, also when the word is part of the figure
  ['An estimated 126,000 homes were damaged.', 'An estimated 126,000', { hedge: 'about' }, 'estimate', 'An estimated'],
  ['Officials estimate that 2,400 students are chronically absent.', '2,400', {}, 'estimate', 'estimate'],
  // a projection
  ['The deficit is projected to reach $1.9 trillion next year.', '$1.9 trillion', usd, 'projection', 'projected'],
  ['The state is expected to collect $4 billion less than planned.', '$4 billion', usd, 'projection', 'expected to'],
  ['Economists had expected 160,000 new jobs.', '160,000', {}, 'projection', 'had expected'],
  ['Economists polled by Bloomberg had looked for a national gain of 163,000.', '163,000', {}, 'projection', 'had looked for'],
  ['Forecasters predict 17 to 25 named storms this season.', '17 to 25', { hedge: 'range' }, 'projection', 'predict'],
  ["The league's revenue is on track to top $13 billion.", '$13 billion', usd, 'projection', 'on track to'],
  ["The transit authority's budget forecast shows a $750 million gap.", '$750 million', usd, 'projection', 'forecast'],
  // revised: the word, a body that changes its figure, a figure now put higher or lower
  ['The department revised the June figure to 118,000 jobs.', '118,000', {}, 'revised', 'revised'],
  ['Officials lowered their estimate to 1,100 homes destroyed.', '1,100', {}, 'revised', 'lowered their estimate'],
  ['The county now puts the death toll at 104.', '104', {}, 'revised', 'now puts'],
  // a count moved by its keeper: the figure it moved to is revised, the one it moved from is not
  ['Cal Fire lowered its tally of destroyed structures from 134 to 66.', '66', {}, 'revised', 'lowered its tally'],
  ['Cal Fire lowered its tally of destroyed structures from 134 to 66.', '134', {}, null, null],
  ['The county has cut the number of deaths it attributes to the storm from 72 to 42.', '42', {}, 'revised', 'cut the number'],
  ['The club reported a revised loss of $48 million for the season.', '$48 million', { ...usd, direction: 'down' }, 'revised', 'revised'],
  // a cue right before a figure is that figure's only
  [SALES, '5.21 million', {}, 'revised', 'upwardly revised'],
  [SALES, '5.04 million', {}, null, null],
  [SALES, '3.3 percent', { ...pct, direction: 'down' }, null, null],
  ['The agency estimated 3,000 deaths, up from 2,400 a year earlier.', '2,400', {}, null, null],
  // a cue in one clause of a sentence is not the other clause's
  [PAYROLLS, '89,000', {}, 'revised', 'revised'],
  [PAYROLLS, '142,000', { direction: 'up' }, null, null],
  // none named
  ['Employers added 142,000 jobs in August.', '142,000', { direction: 'up' }, null, null],
  ['The fire destroyed 1,200 homes.', '1,200', {}, null, null],
];

describe('readVintage', () => {
  for (const [text, figure, fields, vintage, cue] of CASES) {
    it(`${figure} in "${text}"`, () => {
      const s = sentence(text);
      const q = quantity(text, figure, fields);
      const clause = clauseOf(text, s.tokens, q);
      // as the frame reads it: the clause with its context
      const read = readVintage(text, { start: Math.min(clause.start, clause.context.start), end: Math.max(clause.end, clause.context.end, q.end) }, q);
      if (vintage === null) {
        expect(read).toBeNull();
        return;
      }
      expect(read, 'a vintage').not.toBeNull();
      expect([read!.vintage, read!.text, text.slice(read!.start, read!.end)]).toEqual([vintage, cue, cue]);
      // (a vintage may have more than one rule: the reason names the one that read it)
      expect(VINTAGE_RULES.filter((r) => r.id === vintage).map((r) => r.reason)).toContain(read!.reason);
    });
  }

  it('has a row for every rule', () => {
    expect(VINTAGE_RULES.map((r) => r.id).filter((id) => !CASES.some((c) => c[3] === id))).toEqual([]);
  });
});
