import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAll, scoreAll, scoreCase, SCORES_FILE } from '../../../../bench/news-quantities/score.js';

// The news sentences of fixtures/news-quantities, scored as a news-quantity benchmark scores: the F1s recorded by
// `npm run news-quantities` are floors, and the backlog lists exactly the sentences not yet read as expected.
const recorded = JSON.parse(readFileSync(SCORES_FILE, 'utf8')) as { value: number; valueUnit: number; valueChange: number; backlog: string[] };
const cases = loadAll();

describe('news quantities', () => {
  it('holds the recorded value, value + unit and value + change F1', () => {
    const { scores } = scoreAll(cases);
    expect(scores.value).toBeGreaterThanOrEqual(recorded.value);
    expect(scores.valueUnit).toBeGreaterThanOrEqual(recorded.valueUnit);
    expect(scores.valueChange).toBeGreaterThanOrEqual(recorded.valueChange);
  });

  // plain titles: it.each would read the "$" of "$1,840" as a placeholder
  const backlog = new Set(recorded.backlog);
  for (const c of cases) {
    if (backlog.has(c.text)) {
      it(`backlog: ${c.text}`, () => {
        expect(scoreCase(c).miss, 'read as expected now: run `npm run news-quantities` to take it out of the backlog').not.toBeNull();
      });
    } else {
      it(`reads: ${c.text}`, () => expect(scoreCase(c).miss).toBeNull());
    }
  }
});
