// The seed articles' figures, written by hand as the claims stage reads them.
import { describe, expect, it } from 'vitest';
import { DiscrepanciesFileSchema, FactsFileSchema } from '../../../src/contracts/index.js';
import { reconcile } from '../../../src/stages/05-reconcile/index.js';
import { batch, claim, HIERARCHY, span, year } from './make.js';

const A = '087547725cd6864a'; // 000: Mexico Extradites Cartel Leaders
const B = '526864c1977376da'; // 001: cooperation in the drug war
const D = 'f168b46be237bddb'; // 003: Mexico hands over drug cartel leaders
const LATE_FEB = span('2025-02-20', '2025-02-28', 'In late February');

const SEEDS = [
  claim({ id: 'a1', article: A, start: 10, value: 97000, hedge: 'over', valueText: 'Over 97,000', metric: 'drug-overdose-deaths', quote: 'Over 97,000 Americans died from drug overdoses in 2021' }),
  claim({ id: 'a2', article: A, start: 70, value: 71000, hedge: 'nearly', metric: 'fentanyl-involved-deaths', quote: 'fentanyl being involved in nearly 71,000 of those deaths' }),
  claim({ id: 'a3', article: A, start: 200, value: 26, metric: 'transfers', place: 'mx', counted: 'leaders', period: span('2025-08-12', '2025-08-12', 'Tuesday'), quote: "Tuesday's move by Mexico to extradite 26 alleged cartel leaders" }),
  claim({ id: 'b1', article: B, start: 10, value: 106000, metric: 'opioid-overdose-deaths', attribution: 'nih', quote: 'In 2021, 106,000 people died from opioid overdoses in the US' }),
  claim({ id: 'b2', article: B, start: 80, value: 70000, hedge: 'over', valueText: 'more than 70,000', metric: 'fentanyl-involved-deaths', attribution: 'nih', plain: { low: 70000, high: 71000, lowInclusive: false, highInclusive: true }, quote: 'more than 70,000 of them largely due to fentanyl' }),
  claim({ id: 'b3', article: B, start: 300, value: 24, metric: 'extraditions', counted: 'defendants', period: year(2023, 'Last year'), quote: 'Last year, Mexico extradited 24 drug-related defendants' }),
  claim({ id: 'b4', article: B, start: 360, value: 232, metric: 'defendants-awaiting-extradition', counted: 'defendants', period: null, quote: '232 drug-related defendants awaiting extradition' }),
  claim({ id: 'd1', article: D, start: 10, value: 29, metric: 'transfers', place: 'mx', counted: 'individuals', period: LATE_FEB, quote: 'In late February, Mexico handed over 29 drug cartel individuals' }),
  claim({ id: 'd2', article: D, start: 120, value: 25, unit: 'percent', metric: 'tariff-rate', place: null, period: null, counted: null, quote: '25 percent tariffs' }),
  claim({ id: 'd3', article: D, start: 180, value: 29, metric: 'transfers', place: null, counted: 'individuals', period: null, quote: 'All 29 of the individuals' }),
  claim({ id: 'd4', article: D, start: 400, value: 65, metric: 'extraditions', counted: 'individuals', period: span('2019-01-01', '2023-12-31', 'Between 2019 and 2023'), quote: 'Between 2019 and 2023, 65 individuals were extradited' }),
  claim({ id: 'd5', article: D, start: 500, value: 25, unit: 'percent', metric: 'tariff-rate', place: null, period: null, counted: null, quote: 'he posed a 25 percent tariffs' }),
  claim({ id: 'd6', article: D, start: 600, value: 29, metric: 'transfers', place: 'mx', counted: 'individuals', period: null, quote: 'The handover of 29 drug cartel individuals' }),
];

describe('reconcile on the seed figures', () => {
  const { facts, discrepancies } = reconcile(batch(SEEDS), { hierarchy: HIERARCHY });
  const factOf = (claimId: string) => facts.facts.find((f) => f.claims.includes(claimId));

  it('puts every claim in exactly one fact and writes files that match the contract', () => {
    const all = facts.facts.flatMap((f) => f.claims).sort();
    expect(all).toEqual(SEEDS.map((c) => c.id).sort());
    expect(() => FactsFileSchema.parse(facts)).not.toThrow();
    expect(() => DiscrepanciesFileSchema.parse(discrepancies)).not.toThrow();
    expect(facts.articles).toEqual([A, B, D].sort());
    expect(facts.entities).toEqual(['mx', 'nih', 'us']);
  });

  it('flags 2021 overdose deaths (over 97,000 vs 106,000) as a broken part-whole constraint, and nothing else', () => {
    expect(discrepancies).toHaveLength(1);
    const [d] = discrepancies;
    expect(d).toMatchObject({ kind: 'constraint', rule: 'part-whole', reading: 'plain', claims: ['b1', 'a1'], sources: 2, primarySources: ['nih'] });
    expect(d?.facts).toEqual([factOf('b1')?.id, factOf('a1')?.id]);
    expect(d?.explanation).toBe(
      'over 97,000 reads as 97,000–98,000; 106,000 is above it; and 106,000 opioid overdose deaths cannot exceed ~97,000 drug overdose deaths in the same year (United States).'
      + ' Read literally (over 97,000 allows more than 97,000) the figures can both hold, so this is a tension between readings rather than a plain contradiction.',
    );
    expect(d?.severity).toBeGreaterThan(0);
  });

  it('makes 2021 fentanyl deaths (nearly 71,000 vs more than 70,000) one compatible fact', () => {
    const f = factOf('a2');
    expect(f).toMatchObject({ claims: ['a2', 'b2'], verdict: 'compatible', metric: 'fentanyl-involved-deaths', place: 'us', sources: 2 });
    expect(f?.interval).toEqual({ low: 70000, high: 71000, lowInclusive: false, highInclusive: false });
    expect(f?.explanation).toBe('nearly 71,000 reads as 70,000–71,000; more than 70,000 reads as 70,000–71,000; these overlap at 70,000–71,000, so all can be right (compatible). '
      + 'Why one fact: same measure by the lexicon (fentanyl involved deaths); same place (United States); same period (in 2021).');
  });

  it('finds them compatible too when "more than 70,000" reads plainly as (70,000, 80,000] (g = 10,000 per the hedge table)', () => {
    const wide = SEEDS.map((c) => (c.id === 'b2' ? { ...c, plain: { low: 70000, high: 80000, lowInclusive: false, highInclusive: true } } : c));
    const out = reconcile(batch(wide), { hierarchy: HIERARCHY });
    const f = out.facts.facts.find((x) => x.claims.includes('b2'));
    expect(f).toMatchObject({ claims: ['a2', 'b2'], verdict: 'compatible', interval: { low: 70000, high: 71000 } });
    expect(out.discrepancies.map((d) => d.rule)).toEqual(['part-whole']);
  });

  it('keeps the 26 transferred on a Tuesday apart from the 29 of late February', () => {
    expect(factOf('a3')?.id).not.toBe(factOf('d1')?.id);
    expect(factOf('a3')).toMatchObject({ claims: ['a3'], verdict: 'single' });
  });

  it('keeps 24 extraditions last year apart from 65 between 2019 and 2023, and does not flag them', () => {
    expect(factOf('b3')?.period?.end).toBe('2023-12-31');
    expect(factOf('d4')?.period).toMatchObject({ start: '2019-01-01', end: '2023-12-31' });
    expect(factOf('b3')?.id).not.toBe(factOf('d4')?.id);
  });

  it('makes the 29 mentioned three times one fact, a single source', () => {
    const f = factOf('d1');
    expect(f).toMatchObject({ claims: ['d1', 'd3', 'd6'], verdict: 'single', period: LATE_FEB, place: 'mx', sources: 1 });
    expect(f?.explanation).toBe('Only one source gives this figure: 29, mentioned 3 times in one article. '
      + 'One mention names no place and is read as Mexico, the only place the batch reports for this measure and period. '
      + '2 undated mentions repeat a dated figure of the same article and take its period. '
      + 'Why one fact: same measure by the lexicon (transfers); same place, inferred where a mention names none (Mexico); '
      + 'same period, an undated mention taking it from a dated one in its own article (in late February).');
  });

  it('makes the 25 percent tariff mentioned twice one fact', () => {
    expect(factOf('d2')).toMatchObject({ claims: ['d2', 'd5'], verdict: 'single', unit: 'percent', period: null, interval: { low: 25, high: 25 } });
  });

  it('links parts to wholes along the hierarchy and claims to their facts and sources', () => {
    const partOf = facts.edges.filter((e) => e.type === 'part-of').map((e) => [e.source, e.target]);
    expect(partOf).toEqual(expect.arrayContaining([[factOf('a2')?.id, factOf('b1')?.id], [factOf('b1')?.id, factOf('a1')?.id]]));
    expect(partOf).toHaveLength(2);
    expect(facts.edges).toContainEqual({ type: 'stated-by', source: 'b1', target: 'nih' });
    expect(facts.edges).toContainEqual({ type: 'about', source: factOf('a1')?.id, target: 'us' });
    expect(facts.edges).toContainEqual({ type: 'about', source: 'd3', target: 'mx' });
    expect(facts.edges.filter((e) => e.type === 'mention-of')).toHaveLength(SEEDS.length);
    expect(facts.edges).toContainEqual({ type: 'mention-of', source: 'd3', target: factOf('d1')?.id });
    expect(facts.edges.filter((e) => e.type === 'contradicts')).toEqual([
      { type: 'contradicts', ...(() => { const [x, y] = [factOf('b1')?.id ?? '', factOf('a1')?.id ?? '']; return x < y ? { source: x, target: y } : { source: y, target: x }; })() },
    ]);
  });
});

describe('the seed figures with the hierarchy shipped in data/', () => {
  it('raise the same single discrepancy, and no false one', () => {
    const { discrepancies } = reconcile(batch(SEEDS));
    expect(discrepancies.map((d) => [d.kind, d.rule, d.claims.slice(0, 2)])).toEqual([['constraint', 'part-whole', ['b1', 'a1']]]);
  });
});

describe('provisional and final counts of the same year', () => {
  it('flags 107,000 (provisional, CDC) against 106,699 (final) as a conflict with a clear explanation', () => {
    const claims = [
      claim({ id: 'p1', article: 'x1', value: 107000, metric: 'drug-overdose-deaths', attribution: 'cdc', quote: '107,000 overdose deaths in 2021, provisional CDC data' }),
      claim({ id: 'p2', article: 'x2', value: 106699, metric: 'drug-overdose-deaths', quote: '106,699 drug overdose deaths in the US in 2021, the final count' }),
    ];
    const { facts, discrepancies } = reconcile(batch(claims), { hierarchy: HIERARCHY });
    expect(facts.facts).toHaveLength(1);
    expect(facts.facts[0]).toMatchObject({ verdict: 'discrepancy', claims: ['p1', 'p2'], place: 'us', interval: { low: 106699, high: 107000 } });
    expect(discrepancies).toHaveLength(1);
    expect(discrepancies[0]).toMatchObject({ kind: 'conflict', claims: ['p2', 'p1'], reading: 'literal', primarySources: ['cdc'] });
    expect(discrepancies[0]?.explanation).toBe(
      '106,699 and 107,000 cannot both be right, even read literally: 107,000 is 301 (0.28%) above 106,699. '
      + '107,000 is described as provisional and 106,699 as final, so one is likely an early count that was revised. '
      + '107,000 looks rounded to the nearest 1,000 and 106,699 rounds to it. '
      + 'Why one fact: same measure by the lexicon (drug overdose deaths); same place (United States); same period (in 2021).',
    );
  });

  it('sets a figure whose place is only inferred apart from one it does not meet: a possible link, not a conflict', () => {
    const claims = [
      claim({ id: 'p1', article: 'x1', value: 107000, metric: 'drug-overdose-deaths', attribution: 'cdc' }),
      claim({ id: 'p2', article: 'x2', value: 106699, metric: 'drug-overdose-deaths', place: null }),
    ];
    const { facts, discrepancies } = reconcile(batch(claims), { hierarchy: HIERARCHY });
    expect(discrepancies).toEqual([]);
    expect(facts.facts.map((f) => [f.claims, f.verdict]).sort()).toEqual([[['p1'], 'single'], [['p2'], 'single']]);
    expect(facts.possible).toHaveLength(1);
    expect(facts.possible[0]).toMatchObject({ claims: ['p2', 'p1'], unknown: ['place'], confidence: 0.3 });
    expect(facts.possible[0]?.explanation).toBe('106,699 may be drug overdose deaths in United States in 2021: the frame matches, but its place comes from the article '
      + "(its headline or main place), not from the figure's own words; if it is, the figures differ: 106,699 against 107,000. Listed for review, not as a discrepancy.");
  });

  it('calls them a revision, naming which is later, once the vintages are read', () => {
    const claims = [
      { ...claim({ id: 'p1', article: 'x1', value: 107000, metric: 'drug-overdose-deaths', quote: '107,000 overdose deaths in 2021, provisional CDC data' }), vintage: 'provisional' as const, vintageText: 'provisional' },
      { ...claim({ id: 'p2', article: 'x2', value: 106699, metric: 'drug-overdose-deaths', quote: '106,699 drug overdose deaths in 2021, the final count' }), vintage: 'final' as const, vintageText: 'final count' },
    ];
    const { discrepancies } = reconcile(batch(claims), { hierarchy: HIERARCHY });
    expect(discrepancies.map((d) => [d.kind, d.rule, d.claims])).toEqual([['revision', 'vintages-differ', ['p2', 'p1']]]);
    expect(discrepancies[0]?.explanation).toMatch(/^A revision, not a contradiction: 107,000 is the earlier figure \(provisional, in an article published 2024-05-01\); 106,699 the later one \(final \(“final count”\), in an article published 2024-05-01\)\. A text quoting 107,000 after the revision quotes a superseded figure\. 106,699 and 107,000 cannot both be right/);
  });

  it('takes an unmarked figure published after a provisional one as its revision, and not one published before', () => {
    const provisional = { ...claim({ id: 'p1', article: 'x1', value: 107000, metric: 'drug-overdose-deaths' }), vintage: 'provisional' as const, vintageText: 'provisional' };
    const later = claim({ id: 'p2', article: 'x2', value: 106699, metric: 'drug-overdose-deaths' });
    const input = batch([provisional, later]);
    const dated = (x1: string, x2: string) => ({ ...input, articles: input.articles.map((a) => ({ ...a, published: a.id === 'x1' ? x1 : x2 })) });
    expect(reconcile(dated('2022-05-11', '2023-01-20'), { hierarchy: HIERARCHY }).discrepancies.map((d) => d.kind)).toEqual(['revision']);
    expect(reconcile(dated('2023-01-20', '2022-05-11'), { hierarchy: HIERARCHY }).discrepancies.map((d) => d.kind)).toEqual(['conflict']);
  });

  it('takes the unmarked figure of the article that gave the early one as its current figure', () => {
    const first = { ...claim({ id: 'p1', article: 'x1', value: 56408, metric: 'drug-overdose-deaths', start: 400 }), vintage: 'preliminary' as const, vintageText: 'first reported' };
    const now = claim({ id: 'p2', article: 'x1', value: 56399, metric: 'drug-overdose-deaths', start: 100 });
    const { discrepancies } = reconcile(batch([first, now]), { hierarchy: HIERARCHY });
    expect(discrepancies.map((d) => [d.kind, d.claims.slice().sort()])).toEqual([['revision', ['p1', 'p2']]]);
    expect(discrepancies[0]?.explanation).toMatch(/^A revision, not a contradiction: 56,408 is the earlier figure \(preliminary \(“first reported”\)/);
  });

  it('takes a preliminary figure as the one an estimate revises, in one article or across two', () => {
    const preliminary = { ...claim({ id: 'p1', article: 'x1', value: 13.2, metric: 'drug-overdose-deaths', start: 400 }), vintage: 'preliminary' as const, vintageText: 'preliminary' };
    const estimate = { ...claim({ id: 'p2', article: 'x1', value: 11.6, metric: 'drug-overdose-deaths', start: 100 }), vintage: 'estimate' as const, vintageText: 'estimated' };
    for (const other of [estimate, { ...estimate, article: 'x2' }]) {
      const { discrepancies } = reconcile(batch([preliminary, other]), { hierarchy: HIERARCHY });
      expect(discrepancies.map((d) => [d.kind, d.claims.slice().sort()])).toEqual([['revision', ['p1', 'p2']]]);
      expect(discrepancies[0]?.explanation).toMatch(/^A revision, not a contradiction: 13\.2 is the earlier figure \(preliminary/);
    }
  });
});
