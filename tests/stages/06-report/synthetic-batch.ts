import type { Article, Claim, Discrepancy, Fact, ManifestInput } from '../../../src/contracts/index.js';
import type { BatchResult, TextSource } from '../../../src/core/batch.js';
import { ARTICLES, ENTITIES, MANIFEST } from './sample-batch.js';

/**
 * A generated batch of any size for the streaming and bounding tests: `articles` articles of
 * `claimsPerArticle` claims each (one sentence a claim, offsets true to the text), facts of `claimsPerFact`
 * claims from different articles with every verdict, `discrepancies` conflicts (the first, most severe one over
 * a fact of `bigFact` claims), and `failedInputs` inputs that could not be read. Texts come from a counting
 * TextSource that makes each text when asked, as the runner's reads it from disk.
 */
export interface SyntheticOptions {
  articles: number;
  claimsPerArticle: number;
  claimsPerFact: number;
  discrepancies: number;
  bigFact: number;
  failedInputs: number;
}

export interface CountingTexts extends TextSource {
  /** every article id asked for, in order */
  calls: string[];
}

const articleId = (a: number) => `a${String(a).padStart(5, '0')}`;
const claimId = (a: number, j: number) => `c${String(a).padStart(5, '0')}-${String(j).padStart(3, '0')}`;

function sentence(a: number, j: number): { text: string; quote: string; value: string } {
  const value = String(1000 + ((a * 7 + j * 13) % 9000));
  const quote = `${value} people died of overdoses in 2021`;
  return { text: `In region ${a % 50}, officials said ${quote}, a figure disputed <b>locally</b>. `, quote, value };
}

/** The text of article `a`: one sentence a claim. */
export function syntheticText(a: number, claims: number): string {
  let text = `Report ${a}\n\n`;
  for (let j = 0; j < claims; j++) text += sentence(a, j).text;
  return text;
}

function makeClaims(a: number, count: number): Claim[] {
  const text = syntheticText(a, count);
  const claims: Claim[] = [];
  let from = 0;
  for (let j = 0; j < count; j++) {
    const s = sentence(a, j);
    const at = text.indexOf(s.text, from);
    from = at + s.text.length;
    const start = text.indexOf(s.quote, at);
    const n = Number(s.value);
    claims.push({
      id: claimId(a, j), article: articleId(a), path: `corpus.jsonl`, start, end: start + s.quote.length, quote: s.quote,
      sentence: { start: at, end: at + s.text.length - 1 }, valueStart: start, valueEnd: start + s.value.length, valueText: s.value,
      value: n, low: n, high: n, lowInclusive: true, highInclusive: true, plain: null, hedge: 'exact', unit: 'count',
      dimension: 'count', direction: null, per: null, counted: 'deaths', metric: `overdose-deaths-${j}`, place: 'us',
      measure: null, scope: null, statistic: 'count', vintage: null, vintageText: null, placeFrom: null,
      period: { start: '2021-01-01', end: '2021-12-31', text: 'in 2021' }, attribution: null, entities: ['us'],
      extractor: 'numeric-claims', confidence: 0.9, reason: `"${s.value}" read as exact`,
    });
  }
  return claims;
}

const VERDICTS: readonly Fact['verdict'][] = ['single', 'single', 'single', 'single', 'single', 'agree', 'compatible', 'tension', 'discrepancy'];

export function syntheticBatch(o: SyntheticOptions): BatchResult & { texts: CountingTexts } {
  const base = ARTICLES[0]!;
  const articles: Article[] = [];
  const claims: Claim[] = [];
  for (let a = 0; a < o.articles; a++) {
    const text = syntheticText(a, o.claimsPerArticle);
    articles.push({ ...structuredClone(base), id: articleId(a), path: 'corpus.jsonl', line: a + 1, title: `Report ${a}`, sha256: articleId(a).padEnd(64, '0'), chars: text.length, messages: [] });
    claims.push(...makeClaims(a, o.claimsPerArticle));
  }
  // claim j of every article, taken in runs of claimsPerFact: each fact's claims come from different articles
  const byColumn = Array.from({ length: o.claimsPerArticle }, (_, j) => articles.map((_, a) => claimId(a, j))).flat();
  const bigIds = byColumn.slice(0, o.bigFact);
  const facts: Fact[] = [fact('f-big', bigIds, 'discrepancy')];
  for (let i = o.bigFact, k = 0; i + o.claimsPerFact <= byColumn.length; i += o.claimsPerFact, k++) {
    facts.push(fact(`f${String(k).padStart(5, '0')}`, byColumn.slice(i, i + o.claimsPerFact), VERDICTS[k % VERDICTS.length]!));
  }
  const conflicting = facts.filter((f) => f.verdict === 'discrepancy');
  const discrepancies: Discrepancy[] = conflicting.slice(0, o.discrepancies).map((f, i) => ({
    id: `d${String(i).padStart(5, '0')}`, kind: 'conflict', severity: i === 0 ? 9 : 1 + (o.discrepancies - i) / o.discrepancies,
    claims: f.claims, facts: [f.id], explanation: `Figures for ${f.id} cannot all be right.`,
  }));
  const failed: ManifestInput[] = Array.from({ length: o.failedInputs }, (_, i) => ({
    article: null, path: `broken/${i}.html`, line: null, sha256: null, status: 'failed', error: 'The file is not valid UTF-8.',
  }));
  const inputs: ManifestInput[] = [...articles.map((a) => ({ article: a.id, path: a.path, line: a.line, sha256: a.sha256, status: 'ok' as const })), ...failed];
  const texts: CountingTexts = {
    calls: [],
    get(id) {
      this.calls.push(id);
      const a = Number(id.slice(1));
      return id.startsWith('a') && a < o.articles ? syntheticText(a, o.claimsPerArticle) : undefined;
    },
  };
  return {
    manifest: {
      ...structuredClone(MANIFEST), inputs,
      counts: { inputs: inputs.length, ok: articles.length, failed: failed.length, skipped: 0, claims: claims.length, entities: ENTITIES.length, facts: facts.length, discrepancies: discrepancies.length, messages: 0, cached: 0 },
    },
    articles, claims, entities: structuredClone(ENTITIES),
    facts: { facts, edges: facts.flatMap((f) => f.claims.map((c) => ({ type: 'mention-of' as const, source: c, target: f.id }))), entities: ENTITIES.map((e) => e.id), articles: articles.map((a) => a.id), possible: [] },
    discrepancies, texts,
  };
}

function fact(id: string, claims: string[], verdict: Fact['verdict']): Fact {
  return {
    id, metric: 'overdose-deaths', place: 'us', period: { start: '2021-01-01', end: '2021-12-31', text: 'in 2021' },
    interval: { low: 1000, high: 9999 }, unit: 'count', claims, verdict, explanation: `${claims.length} mentions.`,
    measure: 'death overdose', scope: null, statistic: 'count', evidence: [],
  };
}
