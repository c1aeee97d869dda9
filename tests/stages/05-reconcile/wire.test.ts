// Wire copies: the same sentence in two articles is one source appearing twice, never two confirmations.
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../src/stages/05-reconcile/index.js';
import type { Item } from '../../../src/stages/05-reconcile/item.js';
import { countSources, normalizeWording, sourcesOf, wireKey } from '../../../src/stages/05-reconcile/wire.js';
import { batch, claim, HIERARCHY } from './make.js';

const QUOTE = 'Over 97,000 Americans died from drug overdoses in 2021';
const copy = (id: string, article: string, quote = QUOTE) =>
  claim({ id, article, value: 97000, hedge: 'over', valueText: 'Over 97,000', metric: 'drug-overdose-deaths', quote, confidence: 0.7 });

describe('wire copies', () => {
  it('count identical wording in two articles as one source: verdict single, confidence not raised', () => {
    const alone = reconcile(batch([copy('a', 'A')]), { hierarchy: HIERARCHY }).facts.facts[0];
    const { facts } = reconcile(batch([copy('a', 'A'), copy('b', 'B', `“${QUOTE.replace('2021', '2021')}.”`)]), { hierarchy: HIERARCHY });
    expect(facts.facts).toHaveLength(1);
    const [fact] = facts.facts;
    expect(fact).toMatchObject({ claims: ['a', 'b'], verdict: 'single', sources: 1, confidence: alone?.confidence });
    expect(fact?.explanation).toBe('Only one source gives this figure: over 97,000 (read as 97,000–98,000). '
      + 'The same wording appears in 2 articles (a wire copy or reprint), which counts as one source, not 2 confirmations. '
      + 'Why one fact: same measure by the lexicon (drug overdose deaths); same place (United States); same period (in 2021).');
    expect(facts.edges).toContainEqual({ type: 'same-event', source: 'b', target: 'a' });
  });

  it('raise confidence only through independent sources', () => {
    const independent = reconcile(batch([copy('a', 'A'), copy('b', 'B', 'More than 97,000 people in the US died of overdoses in 2021')]), { hierarchy: HIERARCHY });
    expect(independent.facts.facts[0]).toMatchObject({ verdict: 'agree', sources: 2, confidence: 0.91 });
    const withCopy = reconcile(batch([copy('a', 'A'), copy('b', 'B', 'More than 97,000 people in the US died of overdoses in 2021'), copy('c', 'C')]), { hierarchy: HIERARCHY });
    expect(withCopy.facts.facts[0]).toMatchObject({ verdict: 'agree', sources: 2, confidence: 0.91 });
    expect(withCopy.facts.facts[0]?.explanation).toBe('2 independent sources give the same figure: over 97,000 (read as 97,000–98,000). '
      + 'Wire copies are counted once: 3 articles, 2 independent sources. '
      + 'Why one fact: same measure by the lexicon (drug overdose deaths); same place (United States); same period (in 2021).');
  });

  it('count a disagreement between a story and its copy once when ranking', () => {
    const other = claim({ id: 'x', article: 'X', value: 120000, metric: 'drug-overdose-deaths', quote: '120,000 died of overdoses that year, officials said' });
    const one = reconcile(batch([copy('a', 'A'), other]), { hierarchy: HIERARCHY }).discrepancies[0];
    const copied = reconcile(batch([copy('a', 'A'), copy('b', 'B'), other]), { hierarchy: HIERARCHY }).discrepancies[0];
    expect(one?.sources).toBe(2);
    expect(copied?.sources).toBe(2);
    expect(copied?.severity).toBe(one?.severity);
  });

  it('prefers whole sentences when the texts are at hand', () => {
    const sentence = 'In 2021, 106,000 people died from opioid overdoses in the US, according to the NIH.';
    const c = claim({ id: 'a', article: 'A', value: 106000, metric: 'opioid-overdose-deaths', quote: '106,000 people died', start: 0 });
    const located = { ...c, sentence: { start: 0, end: sentence.length } };
    expect(wireKey(located, sentence)).toBe(`s:${normalizeWording(sentence)}|106,000 people died|106,000`);
    expect(wireKey(located, undefined)).toBeNull(); // the quote alone is too short to prove copying
  });

  it('normalizes quotes, dashes, case and spacing', () => {
    expect(normalizeWording('“Over  97,000 Americans” – died.')).toBe('over 97,000 americans" - died');
    expect(normalizeWording('“Over 97,000 Americans died.”')).toBe(normalizeWording('over 97,000 americans died'));
  });

  // The plain-ASCII path must give what the general one gives: the general one, written out as it stood before.
  const general = (text: string) => text.normalize('NFKC').toLowerCase()
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u2033]/g, '"').replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ').replace(/[\s.,;:!?"')\]]+$/u, '').replace(/^[\s"'(\[]+/u, '').trim();
  it.each([
    ['Over 97,000 Americans died.', 'over 97,000 americans died'],
    ['  "(Nearly   106,000 deaths)," she said!?  ', 'nearly 106,000 deaths)," she said'],
    ["'[CJNG] ships 1.5 tons'", 'cjng] ships 1.5 tons'],
    ['(.', ''],
    ['...', ''],
    ['', ''],
    ['A  B   C', 'a b c'],
    ['up to 25% -- not 30%;', 'up to 25% -- not 30%'],
    ['"It is \'over\' 9,000."', "it is 'over' 9,000"],
    ['[1] 2 (3) 4]', '1] 2 (3) 4'],
  ])('folds the ASCII text %j to %j, as the general rules do', (text, expected) => {
    expect(normalizeWording(text)).toBe(expected);
    expect(general(text)).toBe(expected);
  });

  it.each([
    'Over\t97,000\nAmericans',
    '“Over 97,000” — Americans',
    'ﬁfty ﬁve deaths',
    '\u00a0about 12 percent\u00a0',
  ])('folds the non-ASCII or multi-line text %j as the general rules do', (text) => {
    expect(normalizeWording(text)).toBe(general(text));
  });
});

describe('sourcesOf', () => {
  // items in article order, as a fact holds them: [articleRank, wire]
  const items = (rows: Array<[number, string | null]>) => rows.map(([articleRank, wire]) => ({ articleRank, wire }) as Item);

  it.each<[string, Array<[number, string | null]>, number[], number]>([
    ['one article, a figure repeated: one source', [[0, null], [0, null]], [0, 0], 1],
    ['two articles, no wire copy: two sources', [[0, null], [1, null], [1, null]], [0, 1, 1], 2],
    ['a wire copy joins two articles', [[0, 'w'], [1, null], [2, 'w']], [0, 1, 0], 2],
    ['copies chain articles together (A~B by one text, B~C by another)', [[0, 'w1'], [1, 'w1'], [1, 'w2'], [2, 'w2'], [3, null]], [0, 0, 0, 0, 1], 2],
    ['sources are numbered as they first appear', [[0, null], [1, 'w'], [2, null], [3, 'w']], [0, 1, 2, 1], 3],
    ['nothing', [], [], 0],
  ])('%s', (_, rows, of, count) => {
    const sources = sourcesOf(items(rows));
    expect([[...sources.of], sources.count]).toEqual([of, count]);
  });

  it('countSources takes claims in any order', () => {
    expect(countSources(items([[2, 'w'], [0, null], [1, null], [0, 'w'], [1, null]]))).toBe(2);
  });
});
