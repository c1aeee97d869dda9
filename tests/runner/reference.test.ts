import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReferenceTable } from '../../src/runner/reference.js';

const HEADER = 'measure,place,scope,period_start,period_end,statistic,value,low,high,unit,vintage,source,source_url,released';

async function table(lines: string[], bom = false): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'cg-ref-')), 'figures.csv');
  await writeFile(path, (bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n');
  return path;
}

describe('readReferenceTable', () => {
  it('reads the shipped CDC/NCHS table: every row valid, one final count for each year 2015-2023 and the provisional ones', () => {
    const { figures, problems } = readReferenceTable('data/reference/cdc-nchs-drug-overdose-deaths.csv');
    expect(problems).toEqual([]);
    const finals = figures.filter((f) => f.measure === 'drug-overdose-deaths' && f.vintage === 'final').map((f) => f.period_start.slice(0, 4));
    expect(finals).toEqual(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023']);
    expect(figures.every((f) => f.source_url.startsWith('https://www.cdc.gov/'))).toBe(true);
    expect(figures.find((f) => f.period_start === '2024-01-01')).toMatchObject({ vintage: 'provisional', value: 80391 });
  });

  it('uses the good rows and reports each bad one with its line and the reason', async () => {
    const path = await table([
      HEADER,
      'drug-overdose-deaths,country:us,,2021-01-01,2021-12-31,count,"106,699",,,count,final,CDC,https://www.cdc.gov/a.htm,2022-12',
      'drug-overdose-deaths,country:us,,2021-13-01,2021-12-31,count,1,,,count,final,CDC,https://www.cdc.gov/a.htm,2022-12',
      'drug-overdose-deaths,country:us,,2021-01-01,2021-12-31,count,,,,count,final,CDC,https://www.cdc.gov/a.htm,2022-12',
      '"deaths, all drugs",United States,,2020-01-01,2020-12-31,count,91799,,,count,final,CDC,not a url,2021-12',
      'drug-overdose-deaths,country:us,,2022-01-01,2022-12-31,count,abc,,,count,certain,CDC,https://www.cdc.gov/a.htm,2024-03',
    ], true);
    const { figures, problems } = readReferenceTable(path);
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ measure: 'drug-overdose-deaths', value: 106699, line: 2, table: 'figures.csv', scope: null, low: null });
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [3, 'period_start: a date as YYYY-MM-DD'],
      [4, 'give a value, or both low and high'],
      [5, 'source_url: the source URL must be a full URL (https://…)'],
      [6, expect.stringMatching(/^value: a number .*; vintage: /)],
    ]);
  });

  it('refuses a table without the columns it needs, and a file it cannot read', async () => {
    const path = await table(['figure,year', '106699,2021']);
    expect(() => readReferenceTable(path)).toThrow(/has no column measure, period_start, period_end, source, source_url, released: its first row must name the columns/);
    expect(() => readReferenceTable('/nonexistent/figures.csv')).toThrow(/cannot read the reference table \/nonexistent\/figures.csv/);
  });
});
