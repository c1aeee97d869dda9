import type { Article, Claim, Discrepancy, Entity, FactsFile, Manifest } from '../../../src/contracts/index.js';
import type { BatchResult } from '../../../src/core/batch.js';
import { makeMessage } from '../../../src/core/messages.js';

/**
 * A hand-made batch for the writers: 2 articles, 4 claims (one conflicting pair: over 97,000 drug overdose deaths
 * vs 106,000 opioid deaths in 2021), 2 facts, 1 discrepancy, 2 entities, one failed and one skipped input.
 * Article B's title and text carry XSS payloads that every writer must keep as inert text.
 */

export const XSS_SCRIPT = '<script>alert(1)</script>';
export const XSS_IMG = '<img src=x onerror=alert(1)>';

export const TEXT_A = [
  'Mexico Extradites Cartel Leaders | US Fentanyl Fight',
  '',
  'Over 97,000 Americans died from drug overdoses in 2021, with fentanyl being involved in nearly 71,000 of those deaths. This staggering statistic underscores the urgency behind Tuesday’s move by Mexico.',
  '',
].join('\n');

export const TEXT_B = [
  `Fentanyl & "the drug war": ${XSS_SCRIPT}`,
  '',
  `In 2021, 106,000 people died from opioid overdoses in the US ${XSS_SCRIPT}, more than 70,000 of them largely due to fentanyl ${XSS_IMG}, according to the National Institutes of Health.`,
  '',
].join('\n');

/** Offsets of `part` in `text` (the first occurrence at or after `from`); throws when absent, so spans are never wrong. */
export function spanOf(text: string, part: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(part, from);
  if (start === -1) throw new Error(`fixture: ${JSON.stringify(part)} is not in the text`);
  return { start, end: start + part.length };
}

export const ID_A = '087547725cd6864a';
export const ID_B = '526864c1977376da';
const PATH_A = 'fixtures/articles/000_087547725cd6864a.txt';
const PATH_B = 'fixtures/articles/001_526864c1977376da.txt';

function article(id: string, path: string, text: string, title: string, claims: number, extra: Partial<Article>): Article {
  return {
    id, path, line: null, sourceId: null, format: 'txt', encoding: 'utf-8', title, url: null, published: '2024-03-01',
    publishedSource: 'option', sha256: id.repeat(4), chars: text.length, textPath: null, boilerplateRemoved: [],
    counts: { sentences: 2, tokens: 60, quantities: 2, claims, mentions: 2 }, messages: [], ...extra,
  };
}

const SENTENCE_A = spanOf(TEXT_A, 'Over 97,000 Americans died from drug overdoses in 2021, with fentanyl being involved in nearly 71,000 of those deaths.');
const SENTENCE_B = spanOf(TEXT_B, 'In 2021, 106,000 people died');
const SENTENCE_B_END = TEXT_B.indexOf('Health.') + 'Health.'.length;

type ClaimInput = Pick<Claim, 'id' | 'article' | 'path' | 'valueText' | 'value' | 'low' | 'high' | 'lowInclusive' | 'highInclusive' | 'plain' | 'hedge' | 'metric' | 'counted' | 'attribution'>
  & { text: string; quote: string; sentence: { start: number; end: number } };

function claim(c: ClaimInput): Claim {
  const { text, ...rest } = c;
  const { start, end } = spanOf(text, c.quote);
  const value = spanOf(text, c.valueText, start);
  return {
    ...rest, start, end, valueStart: value.start, valueEnd: value.end, unit: 'count', dimension: 'count',
    direction: null, per: null, place: 'us', period: { start: '2021-01-01', end: '2021-12-31', text: 'in 2021' },
    entities: c.attribution?.entity ? ['us', c.attribution.entity] : ['us'], extractor: 'deaths', confidence: 0.9,
    reason: `"${c.valueText}" read as ${c.hedge}`,
    measure: null, scope: null, statistic: 'count', vintage: null, vintageText: null, placeFrom: null,
  };
}

const NIH = { entity: 'nih', text: 'according to the National Institutes of Health' };

export const CLAIMS: Claim[] = [
  claim({
    id: 'c-a-1', article: ID_A, path: PATH_A, text: TEXT_A, sentence: SENTENCE_A,
    quote: 'Over 97,000 Americans died from drug overdoses in 2021', valueText: 'Over 97,000',
    value: 97000, low: 97000, high: null, lowInclusive: false, highInclusive: false,
    plain: { low: 97000, high: 98000, lowInclusive: false, highInclusive: true },
    hedge: 'over', metric: 'drug-overdose-deaths', counted: 'deaths', attribution: null,
  }),
  claim({
    id: 'c-a-2', article: ID_A, path: PATH_A, text: TEXT_A, sentence: SENTENCE_A,
    quote: 'fentanyl being involved in nearly 71,000 of those deaths', valueText: 'nearly 71,000',
    value: 71000, low: null, high: 71000, lowInclusive: false, highInclusive: false,
    plain: { low: 70000, high: 71000, lowInclusive: true, highInclusive: false },
    hedge: 'nearly', metric: 'fentanyl-involved-deaths', counted: 'deaths', attribution: null,
  }),
  claim({
    id: 'c-b-1', article: ID_B, path: PATH_B, text: TEXT_B, sentence: { start: SENTENCE_B.start, end: SENTENCE_B_END },
    quote: 'In 2021, 106,000 people died from opioid overdoses in the US', valueText: '106,000',
    value: 106000, low: 106000, high: 106000, lowInclusive: true, highInclusive: true, plain: null,
    hedge: 'exact', metric: 'opioid-overdose-deaths', counted: 'deaths', attribution: NIH,
  }),
  claim({
    id: 'c-b-2', article: ID_B, path: PATH_B, text: TEXT_B, sentence: { start: SENTENCE_B.start, end: SENTENCE_B_END },
    quote: 'more than 70,000 of them largely due to fentanyl', valueText: 'more than 70,000',
    value: 70000, low: 70000, high: null, lowInclusive: false, highInclusive: false,
    plain: { low: 70000, high: 71000, lowInclusive: false, highInclusive: true },
    hedge: 'over', metric: 'fentanyl-involved-deaths', counted: 'deaths', attribution: NIH,
  }),
];

export const ENTITIES: Entity[] = [
  {
    id: 'nih', name: 'National Institutes of Health', type: 'agency', aliases: ['NIH'], role: null,
    mentions: [{ article: ID_B, ...spanOf(TEXT_B, 'National Institutes of Health'), text: 'National Institutes of Health' }],
  },
  {
    id: 'us', name: 'United States', type: 'country', aliases: ['US', 'Americans'],
    mentions: [
      { article: ID_A, ...spanOf(TEXT_A, 'Americans'), text: 'Americans' },
      { article: ID_B, ...spanOf(TEXT_B, 'US', spanOf(TEXT_B, 'overdoses in the ').end), text: 'US' },
    ],
  },
];

export const EXPLANATION =
  'over 97,000 reads as 97,000–98,000; 106,000 is outside it; and 106,000 opioid deaths cannot exceed ~97,000 drug overdose deaths in the same year';

export const FACTS: FactsFile = {
  facts: [
    {
      id: 'f-overdose-2021', metric: 'drug-overdose-deaths', place: 'us',
      period: { start: '2021-01-01', end: '2021-12-31', text: 'in 2021' },
      interval: { low: 97000, high: 106000 }, unit: 'count', claims: ['c-a-1', 'c-b-1'], verdict: 'tension',
      explanation: 'The literal readings overlap (106,000 is over 97,000) but the plain readings do not.',
      measure: 'death drug overdose', scope: null, statistic: 'count',
      evidence: [{ axis: 'measure', how: 'lexicon', values: ['drug overdose deaths'] }, { axis: 'place', how: 'same', values: ['United States'] }, { axis: 'period', how: 'same', values: ['in 2021 (“in 2021”)'] }],
    },
    {
      id: 'f-fentanyl-2021', metric: 'fentanyl-involved-deaths', place: 'us',
      period: { start: '2021-01-01', end: '2021-12-31', text: 'in 2021' },
      interval: { low: 70000, high: 71000 }, unit: 'count', claims: ['c-a-2', 'c-b-2'], verdict: 'compatible',
      explanation: 'nearly 71,000 and more than 70,000 both fit 70,000–71,000.',
      measure: 'death fentanyl involve', scope: null, statistic: 'count', evidence: [],
    },
  ],
  edges: [
    { type: 'mention-of', source: 'c-a-1', target: 'f-overdose-2021' },
    { type: 'mention-of', source: 'c-b-1', target: 'f-overdose-2021' },
    { type: 'mention-of', source: 'c-a-2', target: 'f-fentanyl-2021' },
    { type: 'mention-of', source: 'c-b-2', target: 'f-fentanyl-2021' },
    { type: 'stated-by', source: 'c-b-1', target: 'nih' },
    { type: 'stated-by', source: 'c-b-2', target: 'nih' },
    { type: 'about', source: 'f-overdose-2021', target: 'us' },
    { type: 'about', source: 'f-fentanyl-2021', target: 'us' },
    { type: 'part-of', source: 'f-fentanyl-2021', target: 'f-overdose-2021' },
    { type: 'contradicts', source: 'c-a-1', target: 'c-b-1' },
  ],
  entities: ['nih', 'us'],
  articles: [ID_A, ID_B],
  possible: [],
};

export const DISCREPANCIES: Discrepancy[] = [
  { id: 'd-overdose-2021', kind: 'conflict', severity: 0.82, claims: ['c-a-1', 'c-b-1'], facts: ['f-overdose-2021'], explanation: EXPLANATION },
];

export const MANIFEST: Manifest = {
  runId: 'run-2024-03-01-7f3a9c2e',
  tool: { name: 'claimgraph', version: '0.1.0' },
  pipeline: { name: 'newsroom', path: 'pipelines/newsroom.json', stages: ['ingest', 'tokenize', 'entities', 'claims', 'reconcile', 'report'] },
  options: { published: '2024-03-01', concurrency: 2, resume: false },
  status: 'complete',
  startedAt: '2024-03-01T09:00:00.000Z',
  finishedAt: '2024-03-01T09:00:02.481Z',
  inputs: [
    { article: ID_A, path: PATH_A, line: null, sha256: ID_A.repeat(4), status: 'ok' },
    { article: ID_B, path: PATH_B, line: null, sha256: ID_B.repeat(4), status: 'ok' },
    { article: null, path: 'fixtures/articles/broken.html', line: null, sha256: null, status: 'failed', error: 'The file is not valid UTF-8 or Windows-1252; save it as UTF-8 and run again.' },
    { article: ID_A, path: 'fixtures/copies/000-again.txt', line: null, sha256: ID_A.repeat(4), status: 'skipped', error: 'Same text as another input.', duplicateOf: PATH_A },
  ],
  counts: { inputs: 4, ok: 2, failed: 1, skipped: 1, claims: 4, entities: 2, facts: 2, discrepancies: 1, messages: 1, cached: 0 },
};

const NEARLY = spanOf(TEXT_A, 'nearly 71,000');

export const ARTICLES: Article[] = [
  article(ID_A, PATH_A, TEXT_A, 'Mexico Extradites Cartel Leaders | US Fentanyl Fight', 2, {
    messages: [makeMessage(TEXT_A, {
      source: 'claims/numeric', ruleId: 'ambiguousBase', severity: 'warning',
      reason: '"nearly 71,000 of those deaths" counts part of another figure', start: NEARLY.start, end: NEARLY.end,
    })],
  }),
  article(ID_B, PATH_B, TEXT_B, `Fentanyl & "the drug war": ${XSS_SCRIPT}`, 2, { url: 'https://www.example.com/news/fentanyl?id=1&x=2' }),
];

/** A fresh copy every call, so a test that changes it cannot leak into another. */
export function sampleBatch(): BatchResult {
  const copy = structuredClone({ manifest: MANIFEST, articles: ARTICLES, claims: CLAIMS, entities: ENTITIES, facts: FACTS, discrepancies: DISCREPANCIES });
  return { ...copy, texts: new Map([[ID_A, TEXT_A], [ID_B, TEXT_B]]) };
}

/** The same run with nothing in it: no articles, claims, facts or discrepancies. */
export function emptyBatch(): BatchResult {
  return {
    manifest: { ...structuredClone(MANIFEST), inputs: [], counts: { inputs: 0, ok: 0, failed: 0, skipped: 0, claims: 0, entities: 0, facts: 0, discrepancies: 0, messages: 0, cached: 0 } },
    articles: [], claims: [], entities: [], facts: { facts: [], edges: [], entities: [], articles: [], possible: [] }, discrepancies: [], texts: new Map(),
  };
}
