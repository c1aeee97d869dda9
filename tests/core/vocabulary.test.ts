import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  HEDGE_BEFORE, HEDGES_AFTER, HEDGES_BEFORE, MONTH, MONTH_NAMES, MONTH_PREFIX, monthNumber, MONTHS, NUMBER_WORD,
  numberWordValue, ORDINAL_WORD, readVocabulary, SCALE_WORD, VAGUE_WORD, VOCABULARY_FILE, WEEKDAY,
  WEEKDAY_OR_ABBREVIATION, WEEKDAYS, type VocabularyFile,
} from '../../src/core/vocabulary.js';
import extractor from '../../src/extractors/numeric-claims.js';
import { findPeriods } from '../../src/readers/period.js';
import { scanQuantities } from '../../src/stages/04-claims/quantities/scan.js';
import { extract } from '../support/extractor-tester.js';

const whole = (source: string, flags = '') => new RegExp(`^${source}$`, flags);

describe('data/vocabulary.json', () => {
  it('validates and holds every month, weekday and hedge table', () => {
    const file = readVocabulary();
    expect(file.months.entries.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(file.weekdays.entries.map((d) => d.name)).toEqual(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']);
    expect(HEDGES_BEFORE.length).toBe(116);
    expect(HEDGES_BEFORE[0]).toEqual(['over', 'over']);
    expect(HEDGES_BEFORE.find(([p]) => p === 'just under')).toEqual(['just under', 'nearly']);
    expect(HEDGES_AFTER.find(([p]) => p === 'or so')).toEqual(['or so', 'about']);
  });

  describe('a broken copy', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vocabulary-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const shipped = () => JSON.parse(readFileSync(VOCABULARY_FILE, 'utf8')) as VocabularyFile;
    /** The error a copy changed by `edit` is refused with, the copy's path written as FILE. */
    const refusal = (name: string, edit: (v: VocabularyFile) => void): string => {
      const copy = shipped();
      edit(copy);
      const path = join(dir, name);
      writeFileSync(path, JSON.stringify(copy));
      try {
        readVocabulary(path);
      } catch (e) {
        return (e as Error).message.replace(path, 'FILE');
      }
      throw new Error(`${name} was accepted`);
    };

    it('is refused with the field and what it should hold', () => {
      expect(refusal('dotted.json', (v) => {
        v.months.entries[8]!.abbreviations.push('Sept.');
        v.hedges.before.phrases[0]![1] = 'approximately' as never;
      })).toMatchInlineSnapshot(`
        "FILE is not a valid vocabulary file:
        ✖ a word in lower-case letters a to z, without spaces, dots or hyphens ("sept", not "Sept.")
          → at months.entries[8].abbreviations[2]
        ✖ one of over, at_least, nearly, about, up_to, at_most, under
          → at hedges.before.phrases[0][1]"
      `);
    });

    it('names an abbreviation that is not the start of its name, a month out of order, a repeated phrase', () => {
      expect(refusal('abbreviation.json', (v) => v.weekdays.entries[4]!.abbreviations.push('th'))).toMatch(
        /"th" is no abbreviation of "thursday": write the first three or more letters of the name\n {2}→ at weekdays\.entries\[4\]\.abbreviations\[3\]/,
      );
      expect(refusal('order.json', (v) => v.months.entries.reverse())).toMatch(/months are listed in order: entry 0 has number 12, expected 1\n {2}→ at months\.entries\[0\]\.number/);
      expect(refusal('twice.json', (v) => v.hedges.after.phrases.push(['or so', 'about']))).toMatch(/"or so" is listed twice: keep one entry\n {2}→ at hedges\.after\.phrases\[22\]\[0\]/);
    });

    it('names a missing description and an unknown section', () => {
      const message = refusal('shape.json', (v) => {
        delete (v.numbers.tens as Partial<VocabularyFile['numbers']['tens']>).description;
        (v as unknown as Record<string, unknown>).seasons = [];
      });
      expect(message).toMatch(/Unrecognized key: "seasons"/);
      expect(message).toMatch(/a "description" string saying what the list holds\n {2}→ at numbers\.tens\.description/);
    });

    it('is refused when it is no JSON at all', () => {
      const path = join(dir, 'truncated.json');
      writeFileSync(path, '{ "months": ');
      expect(() => readVocabulary(path)).toThrow(/truncated\.json is not a readable JSON file/);
    });
  });
});

describe('derived forms', () => {
  it.each([
    ['Sept.', 9], ['Sept', 9], ['Sep', 9], ['September', 9], ['Jan.', 1], ['March', 3], ['May', 5], ['Dec', 12],
  ])('MONTH matches "%s" (month %i)', (word, month) => {
    expect(whole(MONTH).test(word)).toBe(true);
    expect(monthNumber(word)).toBe(month);
  });

  it('MONTH matches capitalised names as copy writes them, and any case with the i flag', () => {
    expect(whole(MONTH).test('Septem')).toBe(false);
    expect(whole(MONTH).test('march')).toBe(false);
    expect(whole(MONTH, 'i').test('MARCH')).toBe(true);
    expect(new RegExp(MONTH).exec('on Sept. 25')?.[0]).toBe('Sept.');
    expect(new RegExp(MONTH_PREFIX, 'i').test('in SEPT')).toBe(true);
    expect(MONTHS.get('sept')).toBe(9);
    expect(MONTH_NAMES[0]).toBe('January');
    expect(MONTH_NAMES[11]).toBe('December');
  });

  it('weekdays are Sunday first, in full or abbreviated', () => {
    expect(WEEKDAYS.indexOf('tuesday')).toBe(2);
    expect(whole(WEEKDAY).test('Wednesday')).toBe(true);
    expect(whole(WEEKDAY).test('Wed')).toBe(false);
    expect(['Tues.', 'Thurs', 'Thu.', 'Sat', 'Saturday'].filter((w) => whole(WEEKDAY_OR_ABBREVIATION).test(w))).toEqual(['Tues.', 'Thurs', 'Thu.', 'Sat', 'Saturday']);
  });

  it.each([
    ['twenty-four', 24], ['seventeen', 17], ['seventy-one', 71], ['fourty', 40], ['nought', 0], ['Twelve', 12], ['ninety‑nine', 99],
  ])('NUMBER_WORD matches "%s" whole, worth %i', (words, value) => {
    expect(new RegExp(NUMBER_WORD, 'i').exec(`about ${words} people`)?.[0]).toBe(words);
    expect(numberWordValue(words)).toBe(value);
  });

  it('numberWordValue reads a ten and a unit only', () => {
    expect(numberWordValue('thirty six')).toBe(36);
    expect(numberWordValue('twenty-twelve')).toBeUndefined();
    expect(numberWordValue('hundred')).toBeUndefined();
    expect(numberWordValue('twenty-four thousand')).toBeUndefined();
  });

  it('scale, ordinal and vague words', () => {
    expect(whole(SCALE_WORD).test('hundred')).toBe(true);
    expect(whole(SCALE_WORD).test('crores')).toBe(true);
    expect(whole(ORDINAL_WORD).test('twentieth')).toBe(true);
    expect(whole(VAGUE_WORD).test('thousands')).toBe(true);
    expect(whole(VAGUE_WORD).test('thousand')).toBe(false);
  });

  it('HEDGE_BEFORE takes the longest phrase and any run of spaces', () => {
    expect(new RegExp(`^${HEDGE_BEFORE}`, 'i').exec('Just  under 300')?.[0]).toBe('Just  under');
    expect(new RegExp(`^${HEDGE_BEFORE}`, 'i').exec('more than or equal to 5')?.[0]).toBe('more than or equal to');
    expect(new RegExp(`^${HEDGE_BEFORE}`).exec('approx. 40')?.[0]).toBe('approx.');
  });
});

describe('number words read like digits', () => {
  const HEDGES: Array<[string, string]> = [['About', 'about'], ['Nearly', 'nearly'], ['More than', 'over'], ['Roughly', 'about'], ['Some', 'about']];
  const NUMBERS: Array<[string, string, number]> = [['three', '3', 3], ['twelve', '12', 12], ['fifty', '50', 50], ['forty-two', '42', 42], ['a hundred', '100', 100]];
  const cases = HEDGES.flatMap(([h, hedge]) => NUMBERS.map(([words, digits, value]) => ({ h, words, digits, hedge, value })));

  it.each(cases)('"$h $words people were hurt" is read as "$h $digits people were hurt"', async ({ h, words, digits, hedge, value }) => {
    const read = async (n: string) => {
      const text = `${h} ${n} people were hurt in the crash.`;
      const quantities = scanQuantities(text).map((q) => ({ value: q.value, hedge: q.hedge, low: q.low, high: q.high }));
      const { claims } = await extract(extractor, text);
      return { quantities, claims: claims.map((c) => ({ value: c.value, hedge: c.hedge, low: c.low, high: c.high, reason: c.reason })) };
    };
    const inWords = await read(words);
    const inDigits = await read(digits);
    expect(inWords.quantities).toHaveLength(1);
    expect(inWords.quantities[0]).toMatchObject({ value, hedge });
    expect(inWords.claims[0]?.reason).toMatch(new RegExp(`^hedge "${hedge}" from "${h}";`));
    expect(inWords).toEqual(inDigits);
  });

  it.each([
    ['the past fifteen years', 'the past 15 years'],
    ['the past eleven months', 'the past 11 months'],
    ['twenty years ago', '20 years ago'],
    ['the fifteen months ending in April 2023', 'the 15 months ending in April 2023'],
    ['the twenty-four months ending in April 2023', 'the 24 months ending in April 2023'],
  ])('the period "%s" is the period "%s"', (words, digits) => {
    const period = (text: string) => findPeriods(text, { start: 0, end: text.length }, '2024-05-01').map(({ from, to, kind }) => ({ from, to, kind }));
    const inWords = period(`Deaths rose in ${words}.`);
    expect(inWords).toHaveLength(1);
    expect(inWords[0]!.from).not.toBeNull();
    expect(inWords).toEqual(period(`Deaths rose in ${digits}.`));
  });
});
