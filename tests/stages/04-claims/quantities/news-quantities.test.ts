import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCases, scoreAll, scoreCase, SCORES_FILE } from '../../../../bench/news-quantities/score.js';

// The news sentences of fixtures/news-quantities, scored as a news-quantity benchmark scores: the F1s recorded by
// `npm run news-quantities` are floors, and the backlog lists exactly the sentences not yet read as expected.
const recorded = JSON.parse(readFileSync(SCORES_FILE, 'utf8')) as { value: number; valueUnit: number; valueChange: number; backlog: string[] };
const cases = loadCases();

describe('news quantities', () => {
  it('holds the recorded value, value + unit and value + change F1', () => {
    const { scores } = scoreAll(cases);
    expect(scores.value).toBeGreaterThanOrEqual(recorded.value);
    expect(scores.valueUnit).toBeGreaterThanOrEqual(recorded.valueUnit);
    expect(scores.valueChange).toBeGreaterThanOrEqual(recorded.valueChange);
  });

  const backlog = new Set(recorded.backlog);
  it.each(cases.filter((c) => !backlog.has(c.text)).map((c) => [c.text, c] as const))('reads %s', (_text, c) => {
    expect(scoreCase(c).miss).toBeNull();
  });
  it.each(cases.filter((c) => backlog.has(c.text)).map((c) => [c.text, c] as const))('backlog (run npm run news-quantities when it passes): %s', (_text, c) => {
    expect(scoreCase(c).miss, 'read as expected now: run `npm run news-quantities` to take it out of the backlog').not.toBeNull();
  });
});
