// The report groups findings (disagreements with revisions marked, constraints), lists possible same facts apart,
// shows each fact's per-axis evidence, and says why when there is nothing to check.
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../src/stages/05-reconcile/index.js';
import { factTitle, periodLabel } from '../../../src/stages/06-report/describe.js';
import { noFindingsText } from '../../../src/stages/06-report/html-findings.js';
import { indexBatch } from '../../../src/stages/06-report/lookup.js';
import { writeReportHtml } from '../../../src/stages/06-report/report-html.js';
import { writeReportMd } from '../../../src/stages/06-report/report-md.js';
import { batch, claim, HIERARCHY, year, type ClaimSpec } from '../05-reconcile/make.js';
import { emptyBatch } from './sample-batch.js';

const deaths = (id: string, article: string, value: number, extra: Partial<ClaimSpec> = {}): ClaimSpec =>
  ({ id, article, value, metric: 'drug-overdose-deaths', ...extra });

function reported(claims: ReturnType<typeof claim>[]) {
  const input = batch(claims);
  const out = reconcile(input, { hierarchy: HIERARCHY });
  const texts = new Map(input.articles.map((a) => [a.id, ' '.repeat(100) + claims.filter((c) => c.article === a.id).map((c) => c.quote).join(' ') + ' '.repeat(400)]));
  return { ...emptyBatch(), articles: input.articles, claims, entities: input.entities, facts: out.facts, discrepancies: out.discrepancies, texts };
}

const revision = [
  { ...claim(deaths('p1', 'X1', 107000)), vintage: 'provisional' as const, vintageText: 'provisional' },
  { ...claim(deaths('p2', 'X2', 106699)), vintage: 'final' as const, vintageText: 'final' },
  claim(deaths('u1', 'X3', 93000, { period: null })),
  claim(deaths('c1', 'X4', 120000, { metric: 'opioid-overdose-deaths' })),
];

describe('findings in the report', () => {
  const b = reported(revision);

  it('groups disagreements (a revision marked) before broken constraints, and lists possible same facts apart', () => {
    expect(b.discrepancies.map((d) => d.kind).sort()).toEqual(['constraint', 'revision']);
    const page = writeReportHtml(b);
    const at = (s: string) => page.indexOf(s);
    expect(at('Figures that disagree')).toBeGreaterThan(0);
    expect(at('Figures that disagree')).toBeLessThan(at('Broken constraints <span'));
    expect(at('Broken constraints <span')).toBeLessThan(at('id="possible"'));
    expect(at('id="possible"')).toBeLessThan(at('id="facts"'));
    expect(page).toContain('<span aria-hidden="true">↻</span> Revision</span>');
    expect(page).toContain('<span aria-hidden="true">?</span> Possible</span>');
    expect(page).toMatch(/93,000 may be drug overdose deaths in United States in 2021: the measure, statistic and unit match, but it states no period/);
    expect(page).toContain('<a href="#possible">Possible same facts (');
  });

  it("links a claim's row in its article's table to every finding that names it, not only to its fact", () => {
    const page = writeReportHtml(b);
    const constraint = b.discrepancies.find((d) => d.kind === 'constraint')!;
    const row = page.slice(page.indexOf('<tr id="claim-c1">'), page.indexOf('</tr>', page.indexOf('<tr id="claim-c1">')));
    expect(row).toContain(`href="#discrepancy-${constraint.id}"`);
    expect(row).toContain('Broken constraint');
    const possibleRow = page.slice(page.indexOf('<tr id="claim-u1">'), page.indexOf('</tr>', page.indexOf('<tr id="claim-u1">')));
    expect(possibleRow).toContain(`href="#possible-${b.facts.possible[0]!.id}"`);
  });

  it('shows the evidence per axis on a fact of several claims', () => {
    const page = writeReportHtml(b);
    expect(page).toContain('<ul class="evidence"><li>measure: same metric — drug overdose deaths</li>');
    expect(page).toContain('<li>period: same — in 2021</li>');
    const md = writeReportMd(b);
    expect(md).toContain('## Possible same facts');
    expect(md).toContain('### Figures that disagree (1)');
    expect(md).toContain('- place: same — United States');
  });

  it('says why there is nothing to check', () => {
    expect(noFindingsText(emptyBatch())).toBe('No claims were read, so nothing could be compared.');
    const single = reported([claim(deaths('a', 'A', 100)), claim(deaths('b', 'B', 200, { period: year(2019) }))]);
    expect(noFindingsText(single)).toBe('Nothing was compared: no two sources give a figure with the same measure, place and period, so each of the 2 facts has one source. '
      + 'Possible links below show figures that would match if a period or place were known.');
    const agreeing = reported([claim(deaths('a', 'A', 100)), claim(deaths('b', 'B', 100))]);
    expect(noFindingsText(agreeing)).toBe('No discrepancies: 1 of 1 facts have figures from several sources, and they agree or are compatible.');
  });
});

describe('fact titles', () => {
  it.each([
    [{ start: '2021-01-01', end: '2021-12-31', text: 'last year' }, '2021'],
    [{ start: '2024-03-01', end: '2024-03-31', text: 'in March' }, 'March 2024'],
    [{ start: '2024-02-01', end: '2024-02-29', text: 'in February' }, 'February 2024'],
    [{ start: '2024-07-01', end: '2025-06-30', text: 'fiscal 2025' }, '2024-07-01 to 2025-06-30'],
    [{ start: '2024-10-04', end: '2024-10-04', text: 'on Friday' }, '2024-10-04'],
    [{ start: null, end: '2024-10-04', text: 'as of the publication date' }, 'up to 2024-10-04'],
  ])('names %j by its dates: %s', (period, label) => {
    expect(periodLabel(period)).toBe(label);
  });

  it('names a fact the lexicon does not know by its measure and statistic, so two periods never share a title', () => {
    const measure = { key: 'acre burn', head: 'acre', text: 'acres burned', start: 100, end: 112, via: 'clause' as const, rule: 'unit' };
    const a = { ...claim(deaths('a', 'A', 41200, { metric: null, period: { start: '2024-07-01', end: '2024-07-31', text: 'in July' } })), measure };
    const b2 = { ...claim(deaths('b', 'B', 50000, { metric: null, period: { start: '2023-07-01', end: '2023-07-31', text: 'in July' } })), measure };
    const rb = reported([a, b2]);
    const index = indexBatch(rb);
    expect(rb.facts.facts.map((f) => factTitle(index, f)).sort()).toEqual(['acre burn · United States · July 2023', 'acre burn · United States · July 2024']);
  });
});
