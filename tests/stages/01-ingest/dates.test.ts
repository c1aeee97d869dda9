import { describe, expect, it } from 'vitest';
import { isoDate, parseDate } from '../../../src/stages/01-ingest/dates.js';

describe('isoDate', () => {
  it.each([
    [2024, 5, 1, '2024-05-01'],
    [2024, 2, 29, '2024-02-29'],
    [2023, 2, 29, null],
    [2024, 4, 31, null],
    [2024, 13, 1, null],
    [2024, 0, 1, null],
    [2024, 1, 0, null],
    [1899, 12, 31, null],
    [2101, 1, 1, null],
  ])('%i-%i-%i → %s', (y, m, d, iso) => {
    expect(isoDate(y, m, d)).toBe(iso);
  });
});

describe('parseDate', () => {
  it.each([
    ['2024-05-01', '2024-05-01'],
    ['2024/05/01', '2024-05-01'],
    ['2024-05-01T23:59:59-07:00', '2024-05-01'],
    ['May 1, 2024', '2024-05-01'],
    ['may 1 2024', '2024-05-01'],
    ['Sept. 3rd, 2023', '2023-09-03'],
    ['3 Sep 2023', '2023-09-03'],
    ['December 31, 1999', '1999-12-31'],
    ['2024-5-1', null],
    ['2024-05', null],
    ['05/01/2024', null],
    ['2024-05-01/2024-05-02', null],
    ['May 2024', null],
    ['Mayo 1, 2024', null],
    ['', null],
  ])('%j → %s', (value, iso) => {
    expect(parseDate(value)).toBe(iso);
  });
});
