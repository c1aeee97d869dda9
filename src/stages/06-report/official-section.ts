import type { OfficialVerdict } from '../../contracts/index.js';
import type { BatchResult } from '../../core/batch.js';
import { articleTitle } from './describe.js';
import { html, type Html } from './html.js';
import { anchor } from './html-parts.js';
import type { BatchIndex } from './lookup.js';
import { mdQuote, mdText } from './markdown.js';
import { shortListHtml, shortListMd } from './short-list.js';

const VERDICT_WORDS: Readonly<Record<OfficialVerdict['verdict'], string>> = {
  'differs-from-official': 'Differs from the official figure',
  superseded: 'Quotes a superseded figure',
  'matches-official': 'Matches the official figure',
};
/** Differences first, then superseded figures, then matches; each in the batch's claim order. */
const ORDER: readonly OfficialVerdict['verdict'][] = ['differs-from-official', 'superseded', 'matches-official'];
/** Verdicts of each kind the reports show; the counts always give the whole (facts.json holds every one). */
const SHOWN = 100;

function grouped(batch: BatchResult): Array<[OfficialVerdict['verdict'], OfficialVerdict[]]> {
  const all = batch.facts.official ?? [];
  return ORDER.map((v) => [v, all.filter((x) => x.verdict === v)]);
}

/** The HTML report's section on official figures, when the run had reference tables. */
export function officialSectionHtml(batch: BatchResult, index: BatchIndex): Html | null {
  if (batch.facts.official === undefined) return null;
  const item = (v: OfficialVerdict) => {
    const claim = index.claim(v.claim);
    const article = claim ? index.article(claim.article) : undefined;
    return html`<li><a href="#${anchor('claim', v.claim)}">${claim ? `“${claim.quote}”` : v.claim}</a> — ${articleTitle(article, claim?.article ?? '')}<br>${v.explanation} <a href="${v.official.url}" rel="noreferrer">${v.official.source}</a></li>`;
  };
  return html`<section id="official" class="official">
<h2>Official figures (${batch.facts.official.length})</h2>
<p class="lead">Claims whose frame a reference table holds, judged against the latest release of that figure.</p>
${grouped(batch).map(([verdict, list]) => shortListHtml(VERDICT_WORDS[verdict], list, item, 'in facts.json', SHOWN))}</section>
`;
}

/** report.md's section on official figures. */
export function officialSectionMd(batch: BatchResult, index: BatchIndex): string[] {
  if (batch.facts.official === undefined) return [];
  const out = [`## Official figures (${batch.facts.official.length})`, '', 'Claims whose frame a reference table holds, judged against the latest release of that figure.', ''];
  const item = (v: OfficialVerdict) => {
    const claim = index.claim(v.claim);
    const article = claim ? index.article(claim.article) : undefined;
    return `${claim ? mdQuote(claim.quote) : mdText(v.claim)} — ${mdText(articleTitle(article, claim?.article ?? ''))}: ${mdText(v.explanation)} (${mdText(v.official.url)})`;
  };
  for (const [verdict, list] of grouped(batch)) out.push(...shortListMd(VERDICT_WORDS[verdict], list, item, 'in facts.json', SHOWN));
  return out;
}
