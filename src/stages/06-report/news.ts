import type { BatchResult, StoreNews } from '../../core/batch.js';
import { articleTitle, factTitle } from './describe.js';
import { html, type Html } from './html.js';
import { anchor } from './html-parts.js';
import { KIND_LABELS, VERDICT_LABELS } from './labels.js';
import type { BatchIndex } from './lookup.js';
import { mdText } from './markdown.js';
import { shortListHtml, shortListMd } from './short-list.js';


/** One line an item of the news, in words, with the ids it links to. */
interface NewsLine {
  text: string;
  link: { kind: 'fact' | 'discrepancy'; id: string };
}

function newsLines(batch: BatchResult, index: BatchIndex, news: StoreNews): { found: NewsLine[]; verdicts: NewsLine[]; contradicting: NewsLine[] } {
  const discrepancy = new Map(batch.discrepancies.map((d) => [d.id, d]));
  const title = (factId: string) => {
    const fact = index.fact(factId);
    return fact ? factTitle(index, fact) : factId;
  };
  const found = news.newFindings.flatMap((id) => {
    const d = discrepancy.get(id);
    return d ? [{ text: `${KIND_LABELS[d.kind]}: ${d.facts.map(title).join('; ')} — ${d.explanation}`, link: { kind: 'discrepancy' as const, id } }] : [];
  });
  const verdicts = news.verdicts.map((v) => ({
    text: `${title(v.fact)}: ${VERDICT_LABELS[v.before as keyof typeof VERDICT_LABELS] ?? v.before} → ${VERDICT_LABELS[v.after as keyof typeof VERDICT_LABELS] ?? v.after}`,
    link: { kind: 'fact' as const, id: v.fact },
  }));
  const contradicting = news.contradicting.map((c) => ({
    text: `${articleTitle(index.article(c.article), c.article)} contradicts ${title(c.fact)}`,
    link: { kind: 'discrepancy' as const, id: c.finding },
  }));
  return { found, verdicts, contradicting };
}

function sinceWords(news: StoreNews): string {
  const articles = `${news.added} ${news.added === 1 ? 'article' : 'articles'}`;
  return news.since === null
    ? `The store's first run: ${articles} read; every finding below is new.`
    : `Since the store's last run (run ${news.since.runId}, started ${news.since.at}): ${articles} added.`;
}

/** The HTML report's opening section for a run into a desk store. */
export function newsSectionHtml(batch: BatchResult, index: BatchIndex): Html | null {
  const news = batch.news;
  if (news === undefined) return null;
  const { found, verdicts, contradicting } = newsLines(batch, index, news);
  const list = (heading: string, lines: NewsLine[]) =>
    shortListHtml(heading, lines, (l) => html`<li><a href="#${anchor(l.link.kind, l.link.id)}">${l.text}</a></li>`, 'in the sections below');
  return html`<section id="news" class="news">
<h2>New since the last run</h2>
<p class="lead">${sinceWords(news)}</p>
${news.since === null ? null : html`${list('New discrepancies', found)}${list('Facts whose verdict changed', verdicts)}${list('New articles contradicting established facts', contradicting)}`}</section>
`;
}

/** report.md's opening section for a run into a desk store. */
export function newsSectionMd(batch: BatchResult, index: BatchIndex): string[] {
  const news = batch.news;
  if (news === undefined) return [];
  const out = ['## New since the last run', '', mdText(sinceWords(news)), ''];
  if (news.since === null) return out;
  const { found, verdicts, contradicting } = newsLines(batch, index, news);
  for (const [heading, lines] of [['New discrepancies', found], ['Facts whose verdict changed', verdicts], ['New articles contradicting established facts', contradicting]] as const) {
    out.push(...shortListMd(heading, lines, (l) => `${mdText(l.text)} (${l.link.kind} ${l.link.id})`, 'below'));
  }
  return out;
}
