import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QuantitySchema } from '../../../../src/contracts/index.js';
import { scanQuantities } from '../../../../src/stages/04-claims/quantities/scan.js';
import { loadSuite, SUITE_FILES } from './peer-suites/suites.js';

const ARTICLES = join(import.meta.dirname, '../../../../fixtures/articles');
const texts = [
  ...readdirSync(ARTICLES).map((f) => readFileSync(join(ARTICLES, f), 'utf8')),
  ...SUITE_FILES.flatMap((e) => loadSuite(e).cases.map((c) => c.input)),
  '', ' ', '-', '$', '1', '½', '💰 5 💰', 'a', 'a a a', 'one', '\u202f5\u202f', '9'.repeat(40), '0.'.repeat(30), '1,'.repeat(20),
];

describe('scanner invariants over the seeds and every peer-suite input', () => {
  it('returns contract-valid, sorted, non-overlapping quantities whose text is their slice', () => {
    for (const text of texts) {
      let last = -1;
      for (const q of scanQuantities(text)) {
        expect(QuantitySchema.safeParse(q).success, JSON.stringify(q)).toBe(true);
        expect(text.slice(q.start, q.end)).toBe(q.text);
        expect(q.start).toBeGreaterThanOrEqual(last);
        last = q.end;
        if (q.low !== null && q.high !== null) expect(q.low).toBeLessThanOrEqual(q.high);
        if (q.value !== null && q.hedge === 'exact') expect([q.low, q.high]).toEqual([q.value, q.value]);
        if (q.hedge === 'range' || q.hedge === 'vague') expect(q.value).toBeNull();
        expect(q.plain).not.toBeNull();
      }
    }
  });
});
