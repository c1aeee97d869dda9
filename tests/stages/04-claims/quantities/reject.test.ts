import { describe, expect, it } from 'vitest';
import { scanDetailed, type RejectRule } from '../../../../src/stages/04-claims/quantities/scan.js';

/**
 * Numbers that are not quantities (issue 3, "Not claims"): one block per rule. Each row names the number as
 * written and the rule that must drop it; no quantity may cover it.
 */
function expectRejected(text: string, number: string, rule: RejectRule): void {
  const r = scanDetailed(text);
  const at = text.indexOf(number);
  expect(at, `${number} in ${text}`).toBeGreaterThanOrEqual(0);
  const hit = r.rejected.find((x) => x.start === at && x.text === number);
  expect(hit?.rule, `${JSON.stringify(number)} in ${JSON.stringify(text)}; rejected: ${r.rejected.map((x) => `${x.text}(${x.rule})`).join(' ')}`).toBe(rule);
  expect(r.quantities.filter(({ quantity: q }) => q.start <= at && at < q.end).map(({ quantity: q }) => q.text)).toEqual([]);
}

const RULES: Record<RejectRule, Array<[text: string, number: string]>> = {
  year: [
    ['Over 97,000 Americans died from drug overdoses in 2021, with fentanyl', '2021'],
    ['The agency’s 2024 National Drug Threat Assessment paints a grim picture', '2024'],
    ['DEA Report (2024)', '2024'],
    ['Between 2019 and 2023, 65 individuals were extradited', '2019'],
    ['Between 2019 and 2023, 65 individuals were extradited', '2023'],
    ['We produced nothing in 2013-14.', '14'],
    ['a 2019-2023 study', '2023'],
    ['back in ’22', '22'],
    ['In 1776 there were 13 colonies', '1776'],
    ['She was born on May 8, 1945.', '1945'],
    ['the 2020/21 season', '2020'],
    ['the 2020/21 season', '21'],
  ],
  decade: [['the joint operations of the 2000s', '2000'], ['by the end of the 1960s', '1960'], ['in the 1990’s', '1990']],
  date: [
    ['drugs seized in Tempe, Arizona, on February 23.', '23'],
    ['on Jan. 6, 2021', '6'],
    ['on 23 February', '23'],
    ['Any time to meet on 5/17/2018?', '17'],
    ['filed 2018-05-17 in court', '05'],
  ],
  time: [['At 2 pm everybody will be gone.', '2'], ['at 6pm on Friday', '6'], ['at 10:30 a.m.', '30'], ['by 9 o’clock', '9']],
  phone: [['My phone number is +1-222-2222/2222', '222'], ['call 555-1234 now', '555'], ['call 1-800-273-8255', '800']],
  sequence: [['the server at 192.168.1.2 is down', '168'], ['version 2.4.1 ships today', '4']],
  url: [['see https://example.com/report-2024/page/17 for more', '17'], ['write to info2024@example.org', '2024']],
  footnote: [['nearly 70% of all drug-related deaths in 2022.1,2 More deaths', '1'], ['in 2022.1,7 More deaths', '7'], ['the overdose deaths.3 The report', '3']],
  furniture: [['Comments (0)', '0'], ['Shares (12) Likes (3)', '12']],
  name: [
    ['akin to a Fortune 500 company', '500'], ['expelled under Title 42 rules', '42'], ['a Boeing 737 jet', '737'],
    ['the Boeing 737-800 jets', '800'], ['filed for Chapter 11 protection', '11'], ['see page 5 of the report', '5'],
    ['patients with type 2 diabetes', '2'], ['No. 1 priority', '1'],
  ],
  code: [
    ['the COVID-19 pandemic', '19'], ['the G7 summit', '7'], ['an F-16 crashed', '16'], ['SCP 06F6', '06'],
    ['Intel I7-860BOX', '860'], ['the 13F filing', '13'], ['the B-52 bomber', '52'],
  ],
  rank: [['the #1 killer of young adults', '1'], ['under § 924 of the code', '924']],
  street: [['Jane Doe, 123 Random Street, Cloud City', '123'], ['at 1600 Pennsylvania Avenue NW', '1600']],
  postcode: [['Cloud City, PA 23456 F Block', '23456']],
  ordinal: [['on the May 4th holiday', '4'], ['in the 21st century', '21'], ['for the 3rd time', '3']],
  idiom: [['open 24/7 all year', '24/7'], ['since 9/11 the agency', '9/11'], ['a 50-50 chance', '50']],
  emergency: [
    ['Call 911 now', '911'], ['she dialled 999 twice', '999'], ['a 911 dispatcher answered', '911'],
    ['the 999 call lasted', '999'], ['ring 112 from any phone', '112'],
  ],
  pronoun: [
    ['One of the things we expect Mexico to do', 'One'], ['unlike one who stakes his identity', 'one'],
    ['Which one do you prefer?', 'one'], ['No one came', 'one'], ['one another', 'one'],
  ],
  compound: [['a loss after one-time gains', 'one'], ['his half-brother', 'half']],
  period: [
    ['In just the first six months of 2023, the DEA estimates', 'six'], ['over the past 12 months', '12'],
    ['in the last two years', 'two'], ['the 12 months ending in April 2023', '12'],
  ],
  score: [['The bill passed 52-48 in the Senate', '52'], ['won 3-2 at home', '2']],
};

describe('numbers that are not quantities', () => {
  for (const [rule, rows] of Object.entries(RULES) as Array<[RejectRule, Array<[string, string]>]>) {
    it(rule, () => {
      for (const [text, number] of rows) expectRejected(text, number, rule);
    });
  }

  it('keeps emergency numbers that are counts', () => {
    const values = (text: string) => scanDetailed(text).quantities.map((m) => m.quantity.value);
    expect(values('Police seized 999 kilos of cocaine.')).toEqual([999]);
    expect(values('The quake killed 911 people.')).toEqual([911]);
    expect(values('Of 112 applicants, 40 were hired.')).toEqual([112, 40]);
  });

  it('keeps the counts next to rejected numbers', () => {
    const texts = scanDetailed('In 2021, 106,000 people died; Mexico extradited 24 defendants on February 23.').quantities.map((m) => m.quantity.text);
    expect(texts).toEqual(['106,000', '24']);
  });

  it('reads a hedged bare year-like number before a noun as a count', () => {
    expect(scanDetailed('Over 2000 people died in 2000.').quantities.map((m) => [m.quantity.text, m.quantity.value])).toEqual([['Over 2000', 2000]]);
  });

  it('marks ages as a dimension instead of dropping them', () => {
    const [q] = scanDetailed('the leading cause of death for Americans aged 18-45').quantities;
    expect(q?.quantity).toMatchObject({ text: 'aged 18-45', dimension: 'age', unit: 'year', low: 18, high: 45 });
  });
});
