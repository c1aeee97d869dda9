// HTML sections for the findings: discrepancies (most severe first), then facts with all their mentions.
import type { Claim, Discrepancy, Fact } from '../../contracts/index.js';
import type { BatchResult } from '../../core/batch.js';
import { articleTitle, attributionText, factTitle } from './describe.js';
import { html, join, type Html } from './html.js';
import { HEDGE_LABELS } from './labels.js';
import { anchor, claimCard, kindBadge, quoteInSentence, readingText, verdictBadge } from './html-parts.js';
import type { BatchIndex } from './lookup.js';
import { numberLine, numberLineLegend, type NumberLineRow } from './number-line.js';
import { formatRange, formatSeverity } from './numbers.js';
import { bySeverity } from './order.js';

const letter = (i: number) => String.fromCharCode(65 + (i % 26));

/** One number line per unit: intervals in different units never share an axis. */
function numberLines(claims: readonly Claim[]): Html {
  const units = [...new Set(claims.map((c) => c.unit))];
  const figures = units.map((unit) => {
    const rows: NumberLineRow[] = claims.flatMap((c, i) =>
      c.unit === unit ? [{ label: letter(i), colour: i, literal: c, plain: c.plain }] : [],
    );
    const svg = numberLine(rows, unit);
    if (svg === null) return null;
    const caption = units.length > 1 ? html`<figcaption>Unit: ${unit}</figcaption>` : null;
    return html`<figure class="figure">${caption}${svg}</figure>`;
  });
  if (figures.every((f) => f === null)) return html``;
  return html`<div class="lines">${figures}${numberLineLegend()}</div>`;
}

function resolve(index: BatchIndex, ids: readonly string[]): { claims: Claim[]; missing: string[] } {
  const claims: Claim[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    const claim = index.claim(id);
    if (claim) claims.push(claim);
    else missing.push(id);
  }
  return { claims, missing };
}

function missingNote(missing: readonly string[]): Html | null {
  return missing.length ? html`<p class="note">Not in this batch: ${missing.join(', ')}</p>` : null;
}

function discrepancyBlock(batch: BatchResult, index: BatchIndex, d: Discrepancy, rank: number): Html {
  const { claims, missing } = resolve(index, d.claims);
  const facts = d.facts.map((id) => index.fact(id)).filter((f): f is Fact => f !== undefined);
  const title = facts.length ? facts.map((f) => factTitle(index, f)).join('; ') : `${claims.length} claims`;
  const factLinks = join(
    d.facts.map((id) => {
      const fact = index.fact(id);
      return fact ? html`<a href="#${anchor('fact', id)}">${factTitle(index, fact)}</a>` : html`${id}`;
    }),
    ', ',
  );
  return html`<section class="finding k-${d.kind}" id="${anchor('discrepancy', d.id)}">
<header class="finding-head">
<span class="rank">${rank}</span>${kindBadge(d.kind)}<h3>${title}</h3><span class="severity">Severity <b>${formatSeverity(d.severity)}</b></span>
</header>
<p class="explanation">${d.explanation}</p>
${numberLines(claims)}
<div class="cards">${claims.map((c, i) => claimCard(batch, index, c, letter(i), i))}</div>
${missingNote(missing)}
${d.facts.length ? html`<p class="related">Facts involved: ${factLinks} · discrepancy ${d.id}</p>` : null}
</section>`;
}

export function discrepanciesSection(batch: BatchResult, index: BatchIndex): Html {
  const ordered = bySeverity(batch.discrepancies);
  const body = ordered.length
    ? html`<p class="lead">${ordered.length} ${ordered.length === 1 ? 'finding' : 'findings'} to check, most severe first. Each shows the competing claims side by side and their intervals on one number line.</p>
${ordered.map((d, i) => discrepancyBlock(batch, index, d, i + 1))}`
    : html`<p class="empty">No discrepancies found among ${batch.claims.length} claims.</p>`;
  return html`<section class="section" id="discrepancies" aria-labelledby="discrepancies-title">
<h2 id="discrepancies-title">Discrepancies <span class="count">${ordered.length}</span></h2>
${body}
</section>`;
}

function mention(batch: BatchResult, index: BatchIndex, claim: Claim, i: number): Html {
  const reading = readingText(claim);
  return html`<li class="mention">
<span class="tag c${i % 6}">${letter(i)}</span>
<div><p class="quote">${quoteInSentence(batch, claim)}</p>
<p class="mention-meta">${articleTitle(index.article(claim.article), claim.article)} · ${attributionText(index, claim)} · ${HEDGE_LABELS[claim.hedge]} <span class="num">${reading.literal}</span>${claim.plain ? html`, plain <span class="num">${reading.plain}</span>` : null} · <a href="#${anchor('claim', claim.id)}">claim ${claim.id}</a></p></div>
</li>`;
}

function factBlock(batch: BatchResult, index: BatchIndex, fact: Fact): Html {
  const { claims, missing } = resolve(index, fact.claims);
  return html`<section class="fact v-${fact.verdict}" id="${anchor('fact', fact.id)}">
<header class="fact-head">${verdictBadge(fact.verdict)}<h3>${factTitle(index, fact)}</h3><span class="range num">${formatRange(fact.interval, fact.unit)}</span></header>
${fact.explanation.trim() ? html`<p class="explanation">${fact.explanation}</p>` : null}
${claims.length > 1 ? numberLines(claims) : null}
<ol class="mentions">${claims.map((c, i) => mention(batch, index, c, i))}</ol>
${missingNote(missing)}
</section>`;
}

export function factsSection(batch: BatchResult, index: BatchIndex): Html {
  const facts = batch.facts.facts;
  const body = facts.length
    ? html`${facts.map((f) => factBlock(batch, index, f))}`
    : html`<p class="empty">No facts: none of the ${batch.claims.length} claims were reconciled into a fact.</p>`;
  return html`<section class="section" id="facts" aria-labelledby="facts-title">
<h2 id="facts-title">Facts <span class="count">${facts.length}</span></h2>
${body}
</section>`;
}
