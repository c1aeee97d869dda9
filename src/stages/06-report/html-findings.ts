// HTML sections for the findings: discrepancies (most severe first), then facts with all their mentions.
import type { Claim, Discrepancy, Fact, PossibleLink } from '../../contracts/index.js';
import type { BatchResult } from '../../core/batch.js';
import { discrepanciesNote, factsNote, findingClaimsNote, VERDICT_ORDER, verdictCounts } from './abridged.js';
import { articleTitle, attributionText, evidenceLines, factTitle } from './describe.js';
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

/** The findings in their groups: figures of one fact that disagree (revisions marked), then broken constraints. */
export const FINDING_GROUPS: ReadonlyArray<{ title: string; lead: string; kinds: ReadonlySet<Discrepancy['kind']> }> = [
  {
    title: 'Figures that disagree',
    lead: 'Claims of one fact whose figures cannot all be right; a revision is an earlier and a later count of the same thing.',
    kinds: new Set(['conflict', 'tension', 'revision', 'official']),
  },
  { title: 'Broken constraints', lead: 'Related facts that break a rule: a part larger than its whole, a share that does not fit its total.', kinds: new Set(['constraint']) },
];

/**
 * Why there is nothing to check, in the batch's own numbers: nothing compared at all (no two sources share a
 * frame) is not the same news as figures compared and found to agree.
 */
export function noFindingsText(batch: BatchResult): string {
  const facts = batch.facts.facts;
  const compared = facts.filter((f) => f.verdict !== 'single').length;
  const claims = batch.claims.length;
  if (claims === 0) return 'No claims were read, so nothing could be compared.';
  if (compared === 0) {
    return `Nothing was compared: no two sources give a figure with the same measure, place and period, so each of the ${facts.length} facts has one source. `
      + 'Possible links below show figures that would match if a period or place were known.';
  }
  return `No discrepancies: ${compared} of ${facts.length} facts have figures from several sources, and they agree or are compatible.`;
}

/**
 * The discrepancies section a block at a time: the shown findings in their groups, most severe first in each,
 * and, when the batch has more than the limit, a note with their counts by kind and where the rest are.
 */
export function* discrepanciesChunks(view: ReportView): Generator<string> {
  const { batch, shown } = view;
  const total = shown.discrepancies.total;
  yield html`<section class="section" id="discrepancies" aria-labelledby="discrepancies-title">
<h2 id="discrepancies-title">Discrepancies <span class="count">${total}</span></h2>
`.value;
  if (total === 0) {
    yield html`<p class="empty">${noFindingsText(batch)}</p>`.value;
  } else {
    yield html`<p class="lead">${total} ${total === 1 ? 'finding' : 'findings'} to check, most severe first. Each shows the competing claims side by side and their intervals on one number line.</p>
`.value;
    const note = discrepanciesNote(batch, shown);
    if (note !== null) yield html`<p class="lead">${note}</p>\n`.value;
    let rank = 0;
    for (const group of FINDING_GROUPS) {
      const items = shown.discrepancies.items.filter((d) => group.kinds.has(d.kind));
      if (items.length === 0) continue;
      yield html`<h3 class="group-title">${group.title} <span class="count">${items.length}</span></h3>\n<p class="lead">${group.lead}</p>\n`.value;
      for (const d of items) yield discrepancyBlock(view, d, ++rank).value;
    }
  }
  yield '\n</section>';
}

function possibleBlock(view: ReportView, link: PossibleLink): Html {
  const { index } = view;
  const { claims, missing } = resolve(index, link.claims);
  const [mine, theirs] = link.facts.map((id) => index.fact(id));
  const title = theirs ? factTitle(index, theirs) : link.facts[1];
  return html`<section class="finding possible" id="${anchor('possible', link.id)}">
<header class="finding-head"><span class="badge k-possible"><span aria-hidden="true">?</span> Possible</span><h3>${title}</h3><span class="severity">Confidence <b>${link.confidence}</b></span></header>
<p class="explanation">${link.explanation}</p>
<div class="cards">${claims.map((c, i) => claimCard(view, c, letter(i), i))}</div>
${missingNote(missing)}
<p class="related">Unknown: ${link.unknown.join(', ')} · facts ${mine ? html`<a href="#${anchor('fact', mine.id)}">${factTitle(index, mine)}</a>` : link.facts[0]} and ${theirs ? html`<a href="#${anchor('fact', theirs.id)}">${title}</a>` : link.facts[1]}</p>
</section>`;
}

/**
 * Possible same facts: figures whose frame matches a fact's except an axis unknown on one side. Shown for an
 * auditor to decide, apart from the discrepancies and never counted among them.
 */
export function* possibleChunks(view: ReportView): Generator<string> {
  const { shown } = view;
  const { total, items } = shown.possible;
  yield html`<section class="section" id="possible" aria-labelledby="possible-title">
<h2 id="possible-title">Possible same facts <span class="count">${total}</span></h2>
`.value;
  if (total === 0) {
    yield html`<p class="empty">No figure matches another fact with only a period or place left unknown.</p>`.value;
  } else {
    yield html`<p class="lead">Figures that may be one fact, but a period or place is stated on one side only (or comes from the article rather than the figure's words). They are not discrepancies until an auditor decides; most confident first.${items.length < total ? ` ${items.length} of ${total} are shown; all are in facts.json under "possible".` : ''}</p>\n`.value;
    for (const link of items) yield possibleBlock(view, link).value;
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
${fact.evidence.length && fact.claims.length > 1 ? html`<ul class="evidence">${evidenceLines(fact).map((line) => html`<li>${line}</li>`)}</ul>` : null}
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
