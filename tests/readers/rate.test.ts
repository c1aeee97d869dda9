import { describe, expect, it } from 'vitest';
import { rateOf } from '../../src/readers/rate.js';
import { quantity } from './support.js';

describe('rateOf', () => {
  it.each([
    ['More than 150 Americans die every day from overdoses.', 'More than 150', 'count', 'day'],
    ['The cartel earns $2 billion annually.', '$2 billion', 'currency', 'year'],
    ['The lab could produce 10 million pills a month.', '10 million', 'count', 'month'],
    ['A kilogram of fentanyl costs about $3,000 in China.', 'about $3,000', 'currency', 'kilogram'],
    ['Deaths rose to 1,200, a year earlier there were 900.', '1,200', 'count', null],
    ['Police seized 200 kilograms of methamphetamine.', '200 kilograms', 'mass', null],
    ['The homicide rate was 25 per 100,000 residents in 2023.', '25', 'count', '100,000 residents'],
  ])('%s', (text, figure, dimension, rate) => {
    expect(rateOf(text, { start: 0, end: text.length }, quantity(text, figure), dimension)).toBe(rate);
  });
});
