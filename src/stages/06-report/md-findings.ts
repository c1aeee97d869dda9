// Markdown sections for the findings: discrepancies, then facts. Each yields blocks of lines.
import type { Claim, Discrepancy, Fact } from '../../contracts/index.js';
import type { BatchResult } from '../../core/batch.js';
import { discrepanciesNote, factsNote, findingClaimsNote, verdictCounts, verdictSummary } from './abridged.js';
import { articleTitle, attributionText, evidenceLines, factTitle, measureText, periodText, scopeText } from './describe.js';
import { FINDING_GROUPS, noFindingsText } from './html-findings.js';
import { HEDGE_LABELS, KIND_LABELS, VERDICT_LABELS } from './labels.js';
import type { ReportLimits } from './limits.js';
import type { BatchIndex } from './lookup.js';
import { mdQuote, mdText } from './markdown.js';
import { formatInterval, formatRange, formatSeverity } from './numbers.js';
import { shownClaimIds, type ReportSelection } from './selection.js';

/** A claim as a nested list: quote, then where it is, who said it, and what the words allow. */
export function mdClaim(index: BatchIndex, claim: Claim, label: string): string[] {
  const article = index.article(claim.article);
  const literal = formatInterval(claim, claim.unit);
  const plain = claim.plain === null ? 'same as literal' : formatInterval(claim.plain, claim.unit);
  return [
    `- ${label}${mdQuote(claim.quote)}`,
    `  - Article: ${mdText(articleTitle(article, claim.article))} (${mdText(claim.path)}, characters ${claim.start}–${claim.end})`,
    `  - Measures: ${mdText(measureText(claim))}`,
    ...(scopeText(index, claim) === null ? [] : [`  - Counted within: ${mdText(scopeText(index, claim)!)}`]),
    `  - Attribution: ${mdText(attributionText(index, claim))}`,
    `  - Hedge: ${HEDGE_LABELS[claim.hedge]}; literal interval ${mdText(literal)}; plain reading ${mdText(plain)}`,
    `  - Period: ${mdText(periodText(claim.period))}`,
  ];
}

function missingClaim(id: string): string[] {
  return [`- Claim ${mdText(id)} is not in this batch.`];
}

/** A paragraph under a finding whose claims were cut to the first ones; nothing when all are shown. */
function cutLines(of: 'discrepancy' | 'fact', total: number, shown: number): string[] {
  const note = findingClaimsNote(of, total, shown);
  return note === null ? [] : [mdText(note), ''];
}

function mdDiscrepancy(index: BatchIndex, d: Discrepancy, rank: number, limits: Readonly<ReportLimits>): string[] {
  const facts = d.facts.map((id) => index.fact(id)).filter((f): f is Fact => f !== undefined);
  const about = facts.length ? `: ${mdText(facts.map((f) => factTitle(index, f)).join('; '))}` : '';
  const ids = shownClaimIds(d.claims, limits);
  const claims = ids.flatMap((id, i) => {
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
    ...cutLines('discrepancy', d.claims.length, ids.length),
  ];
}

/** The discrepancies section, a block a discrepancy; above the limit, a paragraph on what was left out. */
export function* mdDiscrepancies(batch: BatchResult, index: BatchIndex, shown: ReportSelection): Generator<string[]> {
  const n = batch.discrepancies.length;
  if (n === 0) {
    yield ['## Discrepancies', '', mdText(noFindingsText(batch)), ''];
    return;
  }
  const note = discrepanciesNote(batch, shown);
  yield [
    '## Discrepancies',
    '',
    `${n} ${n === 1 ? 'discrepancy' : 'discrepancies'} among ${batch.claims.length} claims, most severe first.`,
    '',
    ...(note === null ? [] : [mdText(note), '']),
  ];
  let rank = 0;
  for (const group of FINDING_GROUPS) {
    const items = shown.discrepancies.items.filter((d) => group.kinds.has(d.kind));
    if (items.length === 0) continue;
    yield [`### ${group.title} (${items.length})`, '', mdText(group.lead), ''];
    for (const d of items) yield mdDiscrepancy(index, d, ++rank, shown.limits);
  }
}

/** Possible same facts: a figure, the fact it may belong to, and what is unknown. */
export function* mdPossible(_batch: BatchResult, index: BatchIndex, shown: ReportSelection): Generator<string[]> {
  const { total, items } = shown.possible;
  if (total === 0) {
    yield ['## Possible same facts', '', 'No figure matches another fact with only a period or place left unknown.', ''];
    return;
  }
  yield ['## Possible same facts', '', `${total} possible ${total === 1 ? 'link' : 'links'}: figures that may be one fact, with a period or place stated on one side only. Not discrepancies until an auditor decides.${items.length < total ? ` The ${items.length} most confident are shown; all are in facts.json.` : ''}`, ''];
  for (const link of items) {
    const fact = index.fact(link.facts[1]);
    const claims = link.claims.flatMap((id, i) => {
      const claim = index.claim(id);
      return claim ? mdClaim(index, claim, `**${String.fromCharCode(65 + i)}** `) : missingClaim(id);
    });
    yield [`### Possible: ${mdText(fact ? factTitle(index, fact) : link.facts[1])} (confidence ${link.confidence}; unknown: ${link.unknown.join(', ')})`, '', mdText(link.explanation), '', ...claims, ''];
  }
}

function mdFact(index: BatchIndex, fact: Fact, limits: Readonly<ReportLimits>): string[] {
  const ids = shownClaimIds(fact.claims, limits);
  const mentions = ids.flatMap((id) => {
    const claim = index.claim(id);
    return claim ? mdClaim(index, claim, '') : missingClaim(id);
  });
  return [
    `### ${mdText(factTitle(index, fact))} — ${VERDICT_LABELS[fact.verdict]}`,
    '',
    `Verdict: **${VERDICT_LABELS[fact.verdict]}**. Range: ${mdText(formatRange(fact.interval, fact.unit))} (${mdText(fact.unit)}). ${fact.claims.length} ${fact.claims.length === 1 ? 'mention' : 'mentions'}.`,
    '',
    ...(fact.explanation.trim() ? [mdText(fact.explanation), ''] : []),
    ...(fact.evidence.length && fact.claims.length > 1 ? [...evidenceLines(fact).map((line) => `- ${mdText(line)}`), ''] : []),
    ...mentions,
    '',
    ...cutLines('fact', fact.claims.length, ids.length),
  ];
}

/** The facts section, a block a fact; above the limit, counts by verdict and what was left out first. */
export function* mdFacts(batch: BatchResult, index: BatchIndex, shown: ReportSelection): Generator<string[]> {
  const facts = batch.facts.facts;
  if (facts.length === 0) {
    yield ['## Facts', '', `No facts: none of the ${batch.claims.length} claims were reconciled into a fact.`, ''];
    return;
  }
  const note = factsNote(shown, facts);
  yield ['## Facts', '', ...(note === null ? [] : [`By verdict: ${mdText(verdictSummary(verdictCounts(facts)))}.`, '', mdText(note), ''])];
  for (const fact of shown.facts.items) yield mdFact(index, fact, shown.limits);
}
