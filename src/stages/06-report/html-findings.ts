// HTML sections for the findings: discrepancies (most severe first), then facts with all their mentions.
import type { Claim, Discrepancy, Fact } from '../../contracts/index.js';
import { discrepanciesNote, factsNote, findingClaimsNote, VERDICT_ORDER, verdictCounts } from './abridged.js';
import { articleTitle, attributionText, factTitle } from './describe.js';
import { html, join, type Html } from './html.js';
import { HEDGE_LABELS } from './labels.js';
import { anchor, claimCard, kindBadge, quoteInSentence, readingText, verdictBadge } from './html-parts.js';
import type { BatchIndex } from './lookup.js';
import { numberLine, numberLineLegend, type NumberLineRow } from './number-line.js';
import { formatNumber, formatRange, formatSeverity } from './numbers.js';
import type { ReportView } from './report-view.js';
import { shownClaimIds } from './selection.js';

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

/** A note under a finding whose claims were cut to the first ones; nothing when all are shown. */
function cutNote(of: 'discrepancy' | 'fact', total: number, shown: number): Html | null {
  const note = findingClaimsNote(of, total, shown);
  return note === null ? null : html`<p class="note">${note}</p>`;
}

function discrepancyBlock(view: ReportView, d: Discrepancy, rank: number): Html {
  const { index } = view;
  const ids = shownClaimIds(d.claims, view.shown.limits);
  const { claims, missing } = resolve(index, ids);
  const facts = d.facts.map((id) => index.fact(id)).filter((f): f is Fact => f !== undefined);
  const found = ids === d.claims ? claims.length : d.claims.filter((id) => index.claim(id) !== undefined).length;
  const title = facts.length ? facts.map((f) => factTitle(index, f)).join('; ') : `${found} claims`;
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
<div class="cards">${claims.map((c, i) => claimCard(view, c, letter(i), i))}</div>
${missingNote(missing)}${cutNote('discrepancy', d.claims.length, ids.length)}
${d.facts.length ? html`<p class="related">Facts involved: ${factLinks} · discrepancy ${d.id}</p>` : null}
</section>`;
}

/**
 * The discrepancies section a block at a time: the shown discrepancies most severe first and, when the batch
 * has more than the limit, a note with their counts by kind and where the rest are.
 */
export function* discrepanciesChunks(view: ReportView): Generator<string> {
  const { batch, shown } = view;
  const total = shown.discrepancies.total;
  yield html`<section class="section" id="discrepancies" aria-labelledby="discrepancies-title">
<h2 id="discrepancies-title">Discrepancies <span class="count">${total}</span></h2>
`.value;
  if (total === 0) {
    yield html`<p class="empty">No discrepancies found among ${batch.claims.length} claims.</p>`.value;
  } else {
    yield html`<p class="lead">${total} ${total === 1 ? 'finding' : 'findings'} to check, most severe first. Each shows the competing claims side by side and their intervals on one number line.</p>
`.value;
    const note = discrepanciesNote(batch, shown);
    if (note !== null) yield html`<p class="lead">${note}</p>\n`.value;
    for (const [i, d] of shown.discrepancies.items.entries()) yield discrepancyBlock(view, d, i + 1).value;
  }
  yield '\n</section>';
}

function mention(view: ReportView, claim: Claim, i: number): Html {
  const { index } = view;
  const reading = readingText(claim);
  return html`<li class="mention">
<span class="tag c${i % 6}">${letter(i)}</span>
<div><p class="quote">${quoteInSentence(view.quotes, claim)}</p>
<p class="mention-meta">${articleTitle(index.article(claim.article), claim.article)} · ${attributionText(index, claim)} · ${HEDGE_LABELS[claim.hedge]} <span class="num">${reading.literal}</span>${claim.plain ? html`, plain <span class="num">${reading.plain}</span>` : null} · <a href="#${anchor('claim', claim.id)}">claim ${claim.id}</a></p></div>
</li>`;
}

function factBlock(view: ReportView, fact: Fact): Html {
  const { index } = view;
  const ids = shownClaimIds(fact.claims, view.shown.limits);
  const { claims, missing } = resolve(index, ids);
  return html`<section class="fact v-${fact.verdict}" id="${anchor('fact', fact.id)}">
<header class="fact-head">${verdictBadge(fact.verdict)}<h3>${factTitle(index, fact)}</h3><span class="range num">${formatRange(fact.interval, fact.unit)}</span></header>
${fact.explanation.trim() ? html`<p class="explanation">${fact.explanation}</p>` : null}
${claims.length > 1 ? numberLines(claims) : null}
<ol class="mentions">${claims.map((c, i) => mention(view, c, i))}</ol>
${missingNote(missing)}${cutNote('fact', fact.claims.length, ids.length)}
</section>`;
}

/** Counts by verdict as badges, so the summary reads like the facts below it. */
function verdictLine(facts: readonly Fact[]): Html {
  const counts = verdictCounts(facts);
  return join(VERDICT_ORDER.map((v) => html`${verdictBadge(v)} ${formatNumber(counts[v])}`), ' · ');
}

/**
 * The facts section a block at a time. Above the limit: counts by verdict, which facts are shown (disagreement
 * and most sources first) and how many more are in facts.json.
 */
export function* factsChunks(view: ReportView): Generator<string> {
  const { batch, shown } = view;
  const facts = batch.facts.facts;
  yield html`<section class="section" id="facts" aria-labelledby="facts-title">
<h2 id="facts-title">Facts <span class="count">${facts.length}</span></h2>
`.value;
  if (facts.length === 0) {
    yield html`<p class="empty">No facts: none of the ${batch.claims.length} claims were reconciled into a fact.</p>`.value;
  } else {
    const note = factsNote(shown, facts);
    if (note !== null) yield html`<p class="lead">By verdict: ${verdictLine(facts)}</p>\n<p class="lead">${note}</p>\n`.value;
    for (const fact of shown.facts.items) yield factBlock(view, fact).value;
  }
  yield '\n</section>';
}
