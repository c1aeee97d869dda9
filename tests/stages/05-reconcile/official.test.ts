import { describe, expect, it } from 'vitest';
import type { Claim, Fact, OfficialFigure } from '../../../src/contracts/index.js';
import { judgeOfficial } from '../../../src/stages/05-reconcile/official.js';
import { claim, ENTITIES, span, year, type ClaimSpec } from './make.js';

function figure(over: Partial<OfficialFigure> & { line: number }): OfficialFigure {
  return {
    measure: 'drug-overdose-deaths', place: 'us', scope: null, period_start: '2021-01-01', period_end: '2021-12-31', statistic: 'count',
    value: 106699, low: null, high: null, unit: 'count', vintage: 'final', source: 'CDC NCHS', source_url: 'https://www.cdc.gov/nchs/x.htm',
    released: '2022-12', table: 'cdc.csv', ...over,
  };
}

const FIGURES: OfficialFigure[] = [
  figure({ line: 2, value: 107622, vintage: 'provisional', released: '2022-05-11' }),
  figure({ line: 3 }),
  figure({ line: 4, measure: 'synthetic opioid deaths', value: 70601 }),
];

function verdictOf(spec: Omit<ClaimSpec, 'id' | 'article'>, figures = FIGURES, withMeasure: string | null = null) {
  const c: Claim = { ...claim({ id: 'c1', article: 'a1', ...spec }), ...(withMeasure ? { measure: { key: withMeasure, head: 'death', text: withMeasure, start: 0, end: 1, via: 'clause', rule: 'test' } } : {}) };
  const fact = { id: 'f1', claims: ['c1'] } as unknown as Fact;
  return judgeOfficial([c], [fact], ENTITIES, figures);
}

/** [claim, verdict, gap] */
const CASES: Array<[string, Omit<ClaimSpec, 'id' | 'article'>, string, number | null]> = [
  ['a hedge whose reading holds the figure', { value: 106000, hedge: 'over', metric: 'drug-overdose-deaths' }, 'matches-official', -699],
  ['the figure rounded at the claim\'s precision', { value: 107000, metric: 'drug-overdose-deaths' }, 'matches-official', 301],
  ['the figure exactly', { value: 106699, metric: 'drug-overdose-deaths' }, 'matches-official', 0],
  ['a figure off by thousands', { value: 97000, hedge: 'over', metric: 'drug-overdose-deaths' }, 'differs-from-official', -9699],
  ['the provisional count the final one replaced', { value: 107622, metric: 'drug-overdose-deaths' }, 'superseded', 923],
  ['the provisional count, rounded', { value: 107600, metric: 'drug-overdose-deaths' }, 'superseded', 901],
];

describe('judgeOfficial', () => {
  it.each(CASES)('%s', (_what, spec, verdict, gap) => {
    const { verdicts, discrepancies } = verdictOf(spec);
    expect(verdicts.map((v) => [v.verdict, v.gap, v.official.released])).toEqual([[verdict, gap, '2022-12']]);
    expect(discrepancies.map((d) => d.kind)).toEqual(verdict === 'matches-official' ? [] : ['official']);
  });

  it('says what the superseded figure was, and names the later release', () => {
    const { verdicts, discrepancies } = verdictOf({ value: 107622, metric: 'drug-overdose-deaths' });
    expect(verdicts[0]!.quoted).toEqual({ value: 107622, vintage: 'provisional', released: '2022-05-11', line: 2 });
    expect(discrepancies[0]!.explanation).toBe('“107,622” and the provisional official figure 107,622 (CDC NCHS, released 2022-05-11) agree, but CDC NCHS has since released final figure 106,699 (released 2022-12): the article quotes a superseded figure.');
    expect(discrepancies[0]!.facts).toEqual(['f1']);
  });

  it('gives the gap in words for a difference', () => {
    const { discrepancies } = verdictOf({ value: 97000, hedge: 'over', metric: 'drug-overdose-deaths' });
    expect(discrepancies[0]!.explanation).toBe('“over 97,000” (read 97,000–98,000) differs from the final official figure 106,699 (CDC NCHS, released 2022-12) by 9,699 (9.1%).');
  });

  it('matches a measure given in words against the claim\'s measure key', () => {
    expect(verdictOf({ value: 71000, hedge: 'nearly', metric: null }, FIGURES, 'death opioid synthetic').verdicts.map((v) => v.verdict)).toEqual(['matches-official']);
    expect(verdictOf({ value: 71000, hedge: 'nearly', metric: null }, FIGURES, 'death opioid').verdicts).toEqual([]);
  });

  it.each<[string, Omit<ClaimSpec, 'id' | 'article'>]>([
    ['another place', { value: 106699, metric: 'drug-overdose-deaths', place: 'mx' }],
    ['no place', { value: 106699, metric: 'drug-overdose-deaths', place: null }],
    ['another period', { value: 106699, metric: 'drug-overdose-deaths', period: year(2022) }],
    ['a part of the year', { value: 106699, metric: 'drug-overdose-deaths', period: span('2021-01-01', '2021-06-30', 'the first half of 2021') }],
    ['no period', { value: 106699, metric: 'drug-overdose-deaths', period: null }],
    ['another measure', { value: 106699, metric: 'opioid-overdose-deaths' }],
    ['another unit', { value: 106699, metric: 'drug-overdose-deaths', unit: 'percent' }],
  ])('gives no verdict to a claim of %s', (_what, spec) => {
    expect(verdictOf(spec).verdicts).toEqual([]);
  });

  it('resolves a place given by name through the batch\'s entities', () => {
    const named = FIGURES.map((f) => ({ ...f, place: 'United States' }));
    expect(verdictOf({ value: 106699, metric: 'drug-overdose-deaths' }, named).verdicts.map((v) => v.verdict)).toEqual(['matches-official']);
  });
});

describe('a difference from an official figure as a finding', () => {
  it('has a severity to four places, as every other finding', () => {
    const { discrepancies } = verdictOf({ value: 97000, hedge: 'over', metric: 'drug-overdose-deaths' });
    expect(discrepancies.map((d) => [d.kind, d.severity])).toEqual([['official', 0.7273]]);
  });
});
