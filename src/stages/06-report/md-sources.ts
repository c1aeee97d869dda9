// Markdown sections about the inputs: the run summary, per-article summaries and inputs not read.
import type { BatchResult } from '../../core/batch.js';
import { formatMessage } from '../../core/messages.js';
import { inputPlace } from './describe.js';
import { HEDGE_LABELS, STATUS_LABELS } from './labels.js';
import type { BatchIndex } from './lookup.js';
import { mdAlign, mdQuote, mdRow, mdText } from './markdown.js';
import { formatInterval } from './numbers.js';

export function mdSummary(batch: BatchResult): string[] {
  const { manifest } = batch;
  const c = manifest.counts;
  return [
    '# claimgraph audit report',
    '',
    `${mdText(`${manifest.tool.name} ${manifest.tool.version}`)} · pipeline ${mdText(manifest.pipeline.name)} · the run id and times are in manifest.json`,
    '',
    mdRow(['Inputs', 'Read', 'Failed', 'Skipped', 'Claims', 'Entities', 'Facts', 'Discrepancies', 'Messages']),
    mdAlign(Array<'right'>(9).fill('right')),
    mdRow([c.inputs, c.ok, c.failed, c.skipped, c.claims, c.entities, c.facts, c.discrepancies, c.messages].map(String)),
    '',
  ];
}

export function mdArticles(batch: BatchResult, index: BatchIndex): string[] {
  if (batch.articles.length === 0) return ['## Articles', '', 'No articles were read.', ''];
  const sections = batch.articles.flatMap((article) => {
    const claims = index.claimsOf(article.id);
    const claimLines = claims.map((c) => {
      const verdicts = index.factsOf(c.id).map((f) => f.verdict);
      const fact = verdicts.length ? `; fact: ${verdicts.join(', ')}` : '; in no fact';
      return `  - ${mdQuote(c.quote)} (characters ${c.start}–${c.end}; ${HEDGE_LABELS[c.hedge]} ${mdText(formatInterval(c, c.unit))}${fact})`;
    });
    const messages = article.messages.map((m) => `  - ${mdText(formatMessage(article.path, m))}`);
    return [
      `### ${mdText(article.title?.trim() || article.path)}`,
      '',
      `- Path: ${mdText(article.line === null ? article.path : `${article.path}:${article.line}`)}`,
      ...(article.url ? [`- URL: ${mdText(article.url)}`] : []),
      `- Published: ${mdText(article.published ?? 'unknown')}`,
      `- Article id: ${mdText(article.id)} · sha256 ${mdText(article.sha256)}`,
      `- Claims: ${claims.length}`,
      ...claimLines,
      `- Messages: ${article.messages.length === 0 ? 'none' : article.messages.length}`,
      ...messages,
      '',
    ];
  });
  return ['## Articles', '', ...sections];
}

export function mdUnread(batch: BatchResult): string[] {
  const unread = batch.manifest.inputs.filter((i) => i.status !== 'ok');
  if (unread.length === 0) return ['## Inputs not read', '', 'Every input was read; none failed or was skipped.', ''];
  return [
    '## Inputs not read',
    '',
    mdRow(['Input', 'Status', 'Reason']),
    mdAlign(['left', 'left', 'left']),
    ...unread.map((i) => {
      const reason = `${i.error ?? 'no reason recorded'}${i.duplicateOf ? ` (duplicate of ${i.duplicateOf})` : ''}`;
      return mdRow([inputPlace(i), STATUS_LABELS[i.status], reason]);
    }),
    '',
  ];
}
