// Markdown sections for the findings: discrepancies, then facts. Each returns lines.
import type { Claim, Discrepancy, Fact } from '../../contracts/index.js';
import type { BatchResult } from '../../core/batch.js';
import { articleTitle, attributionText, factTitle, periodText } from './describe.js';
import { HEDGE_LABELS, KIND_LABELS, VERDICT_LABELS } from './labels.js';
import type { BatchIndex } from './lookup.js';
import { mdQuote, mdText } from './markdown.js';
import { formatInterval, formatRange, formatSeverity } from './numbers.js';
import { bySeverity } from './order.js';

/** A claim as a nested list: quote, then where it is, who said it, and what the words allow. */
export function mdClaim(index: BatchIndex, claim: Claim, label: string): string[] {
  const article = index.article(claim.article);
  const literal = formatInterval(claim, claim.unit);
  const plain = claim.plain === null ? 'same as literal' : formatInterval(claim.plain, claim.unit);
  return [
    `- ${label}${mdQuote(claim.quote)}`,
    `  - Article: ${mdText(articleTitle(article, claim.article))} (${mdText(claim.path)}, characters ${claim.start}–${claim.end})`,
    `  - Attribution: ${mdText(attributionText(index, claim))}`,
    `  - Hedge: ${HEDGE_LABELS[claim.hedge]}; literal interval ${mdText(literal)}; plain reading ${mdText(plain)}`,
    `  - Period: ${mdText(periodText(claim.period))}`,
  ];
}

function missingClaim(id: string): string[] {
  return [`- Claim ${mdText(id)} is not in this batch.`];
}

function mdDiscrepancy(index: BatchIndex, d: Discrepancy, rank: number): string[] {
  const facts = d.facts.map((id) => index.fact(id)).filter((f): f is Fact => f !== undefined);
  const about = facts.length ? `: ${mdText(facts.map((f) => factTitle(index, f)).join('; '))}` : '';
  const claims = d.claims.flatMap((id, i) => {
    const claim = index.claim(id);
    return claim ? mdClaim(index, claim, `**${String.fromCharCode(65 + (i % 26))}** `) : missingClaim(id);
  });
  return [
    `### ${rank}. ${KIND_LABELS[d.kind]} (severity ${formatSeverity(d.severity)})${about}`,
    '',
    mdText(d.explanation),
    '',
    ...claims,
    '',
  ];
}

export function mdDiscrepancies(batch: BatchResult, index: BatchIndex): string[] {
  const n = batch.discrepancies.length;
  if (n === 0) return ['## Discrepancies', '', `No discrepancies found among ${batch.claims.length} claims.`, ''];
  return [
    '## Discrepancies',
    '',
    `${n} ${n === 1 ? 'discrepancy' : 'discrepancies'} among ${batch.claims.length} claims, most severe first.`,
    '',
    ...bySeverity(batch.discrepancies).flatMap((d, i) => mdDiscrepancy(index, d, i + 1)),
  ];
}

function mdFact(index: BatchIndex, fact: Fact): string[] {
  const mentions = fact.claims.flatMap((id) => {
    const claim = index.claim(id);
    return claim ? mdClaim(index, claim, '') : missingClaim(id);
  });
  return [
    `### ${mdText(factTitle(index, fact))} — ${VERDICT_LABELS[fact.verdict]}`,
    '',
    `Verdict: **${VERDICT_LABELS[fact.verdict]}**. Range: ${mdText(formatRange(fact.interval, fact.unit))} (${mdText(fact.unit)}). ${fact.claims.length} ${fact.claims.length === 1 ? 'mention' : 'mentions'}.`,
    '',
    ...(fact.explanation.trim() ? [mdText(fact.explanation), ''] : []),
    ...mentions,
    '',
  ];
}

export function mdFacts(batch: BatchResult, index: BatchIndex): string[] {
  const facts = batch.facts.facts;
  if (facts.length === 0) return ['## Facts', '', `No facts: none of the ${batch.claims.length} claims were reconciled into a fact.`, ''];
  return ['## Facts', '', ...facts.flatMap((f) => mdFact(index, f))];
}
