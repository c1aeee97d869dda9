// Markdown sections about the inputs: the run summary, per-article summaries and inputs not read.
import type { Article } from '../../contracts/index.js';
import type { BatchResult } from '../../core/batch.js';
import { formatMessage } from '../../core/messages.js';
import { articleClaimsNote, articlesNote, reportNote, unreadNote } from './abridged.js';
import { inputPlace, interruptionNote } from './describe.js';
import { HEDGE_LABELS, STATUS_LABELS } from './labels.js';
import type { ReportLimits } from './limits.js';
import type { BatchIndex } from './lookup.js';
import { mdAlign, mdQuote, mdRow, mdText } from './markdown.js';
import { formatInterval } from './numbers.js';
import { shownArticleClaims, type ReportSelection } from './selection.js';

export function mdSummary(batch: BatchResult, shown: ReportSelection): string[] {
  const { manifest } = batch;
  const c = manifest.counts;
  const note = reportNote(shown);
  const interrupted = interruptionNote(manifest);
  return [
    '# claimgraph audit report',
    '',
    ...(interrupted === null ? [] : [`> **${mdText(interrupted)}**`, '']),
    `${mdText(`${manifest.tool.name} ${manifest.tool.version}`)} · pipeline ${mdText(manifest.pipeline.name)} · the run id and times are in manifest.json`,
    '',
    mdRow(['Inputs', 'Read', 'Failed', 'Skipped', 'Claims', 'Entities', 'Facts', 'Discrepancies', 'Messages']),
    mdAlign(Array<'right'>(9).fill('right')),
    mdRow([c.inputs, c.ok, c.failed, c.skipped, c.claims, c.entities, c.facts, c.discrepancies, c.messages].map(String)),
    '',
    ...(note === null ? [] : [mdText(note), '']),
  ];
}

function mdArticle(index: BatchIndex, article: Article, limits: Readonly<ReportLimits>): string[] {
  const all = index.claimsOf(article.id);
  const claims = shownArticleClaims(all, limits);
  const claimLines = claims.map((c) => {
    const verdicts = index.factsOf(c.id).map((f) => f.verdict);
    const fact = verdicts.length ? `; fact: ${verdicts.join(', ')}` : '; in no fact';
    return `  - ${mdQuote(c.quote)} (characters ${c.start}–${c.end}; ${HEDGE_LABELS[c.hedge]} ${mdText(formatInterval(c, c.unit))}${fact})`;
  });
  const cut = articleClaimsNote(all.length, claims.length);
  const messages = article.messages.map((m) => `  - ${mdText(formatMessage(article.path, m))}`);
  return [
    `### ${mdText(article.title?.trim() || article.path)}`,
    '',
    `- Path: ${mdText(inputPlace(article))}`,
    ...(article.url ? [`- URL: ${mdText(article.url)}`] : []),
    `- Published: ${mdText(article.published ?? 'unknown')}`,
    `- Article id: ${mdText(article.id)} · sha256 ${mdText(article.sha256)}`,
    `- Claims: ${all.length}`,
    ...claimLines,
    ...(cut === null ? [] : [`  - ${mdText(cut)}`]),
    `- Messages: ${article.messages.length === 0 ? 'none' : article.messages.length}`,
    ...messages,
    '',
  ];
}

/** The articles section, a block an article; above the limit, a paragraph on which are shown and where the rest are. */
export function* mdArticles(batch: BatchResult, index: BatchIndex, shown: ReportSelection): Generator<string[]> {
  if (batch.articles.length === 0) {
    yield ['## Articles', '', 'No articles were read.', ''];
    return;
  }
  const note = articlesNote(batch, index, shown);
  yield ['## Articles', '', ...(note === null ? [] : [mdText(note), ''])];
  for (const article of shown.articles.items) yield mdArticle(index, article, shown.limits);
}

export function mdUnread(shown: ReportSelection): string[] {
  const { items, total } = shown.unread;
  if (total === 0) return ['## Inputs not read', '', 'Every input was read; none failed or was skipped.', ''];
  const cut = unreadNote(shown);
  return [
    '## Inputs not read',
    '',
    mdRow(['Input', 'Status', 'Reason']),
    mdAlign(['left', 'left', 'left']),
    ...items.map((i) => {
      const reason = `${i.error ?? 'no reason recorded'}${i.duplicateOf ? ` (duplicate of ${i.duplicateOf})` : ''}`;
      return mdRow([inputPlace(i), STATUS_LABELS[i.status], reason]);
    }),
    '',
    ...(cut === null ? [] : [mdText(cut), '']),
  ];
}
