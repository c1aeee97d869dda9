import { html, join, type Html } from '../stages/06-report/html.js';
import { numberLine } from '../stages/06-report/number-line.js';
import type { FindingClaim, ReviewFinding, Status, TrailEntry } from '../runner/store/index.js';

/**
 * The review's pages, rendered on the server with the report's escape-by-default templates: every word that comes
 * from an article (quotes, texts, titles, names) is text, never markup, and the pages run no inline script.
 */

export const STATUS_WORDS: Readonly<Record<Status, string>> = {
  open: 'open',
  confirmed: 'confirmed: a real disagreement',
  'same-fact': 'the same fact after all',
  'different-facts': 'different facts',
  'follow-up': 'needs follow-up',
};

const KIND_WORDS: Readonly<Record<string, string>> = {
  discrepancy: 'discrepancy', revision: 'revision', constraint: 'constraint broken', official: 'against an official figure', possible: 'possible same fact',
};

/** What the queue can be narrowed to: words a reviewer types, matched in the claims' frames. */
export interface QueueFilter {
  kind: string;
  status: string;
  measure: string;
  place: string;
  period: string;
  source: string;
}

export const NO_FILTER: QueueFilter = { kind: '', status: 'open', measure: '', place: '', period: '', source: '' };

const has = (words: string, value: string | null | undefined) => words === '' || (value ?? '').toLowerCase().includes(words.toLowerCase());
const periodWords = (c: FindingClaim) => (c.period === null ? '' : `${c.period.text} ${c.period.start ?? ''} ${c.period.end ?? ''}`);

/** Whether a finding passes the filter: its kind and status, and some claim of it for each of the words. */
export function passes(f: ReviewFinding, filter: QueueFilter): boolean {
  if (filter.kind !== '' && f.kind !== filter.kind) return false;
  if (filter.status !== '' && filter.status !== 'all' && f.decision.status !== filter.status) return false;
  return f.claims.some((c) => has(filter.measure, c.measure)) && f.claims.some((c) => has(filter.place, c.place))
    && f.claims.some((c) => has(filter.period, periodWords(c))) && f.claims.some((c) => has(filter.source, `${c.source ?? ''} ${c.path}`));
}

/** The filter as a query string ("" when it is the default), to keep it across pages. */
export function filterQuery(filter: QueueFilter): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v !== NO_FILTER[k as keyof QueueFilter]) params.set(k, v);
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

function page(title: string, csrf: string, store: string, body: Html): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf" content="${csrf}">
<title>${title} · claimgraph review</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/review.css">
<script src="/review.js" defer></script>
</head>
<body>
<header><h1><a href="/">claimgraph review</a></h1><span class="store">${store}</span>
<span class="keys">exports: <a href="/export/decisions.csv">decisions (CSV)</a> · <a href="/export/claimreview.jsonld">ClaimReview (JSON-LD)</a> · <a href="/export/audit.csv">audit trail (CSV)</a></span></header>
<main>
${body}
</main>
</body>
</html>
`.value;
}

/** A finding's figures in words ("40,990 vs 40,901"): text, escaped wherever a template puts it. */
const figures = (f: ReviewFinding) => f.claims.map((c) => c.valueText).join(' vs ');
const distinct = (values: ReadonlyArray<string | null>) => [...new Set(values.filter((v): v is string => v !== null && v !== ''))];
const periodText = (c: FindingClaim) => (c.period === null ? null : c.period.start === c.period.end ? c.period.start ?? c.period.text : `${c.period.start ?? '…'} – ${c.period.end ?? '…'}`);

/** The queue: every finding the filter passes, most severe first, with what is left to decide. */
export function queuePage(input: { findings: readonly ReviewFinding[]; filter: QueueFilter; csrf: string; store: string }): string {
  const { findings, filter } = input;
  const shown = findings.filter((f) => passes(f, filter));
  const open = findings.filter((f) => f.decision.status === 'open').length;
  const kinds = distinct(findings.map((f) => f.kind)).sort();
  const option = (value: string, label: string, current: string) => html`<option value="${value}"${current === value ? html` selected` : ''}>${label}</option>`;
  const q = filterQuery(filter);
  const rows = shown.map((f) => html`<tr data-href="/finding/${f.id}${q}">
<td>${f.severity.toFixed(2)}</td>
<td class="kind">${KIND_WORDS[f.kind] ?? f.kind}</td>
<td><span class="status status-${f.decision.status}">${STATUS_WORDS[f.decision.status]}</span></td>
<td><a href="/finding/${f.id}${q}">${figures(f)}</a></td>
<td>${join(distinct(f.claims.map((c) => c.measure)), '; ')}</td>
<td>${join(distinct(f.claims.map((c) => c.place)), '; ')}</td>
<td>${join(distinct(f.claims.map(periodText)), '; ')}</td>
<td>${new Set(f.claims.map((c) => c.article)).size}</td>
</tr>`);
  const body = html`<p><span class="count">${open} open</span> of ${findings.length} findings${shown.length !== findings.length ? html` · ${shown.length} shown` : ''}.
<span class="keys"><kbd>j</kbd>/<kbd>k</kbd> move · <kbd>Enter</kbd> open</span></p>
<form class="filters" method="get" action="/">
<label>kind<select name="kind">${option('', 'all', filter.kind)}${kinds.map((k) => option(k, KIND_WORDS[k] ?? k, filter.kind))}</select></label>
<label>status<select name="status">${option('all', 'all', filter.status)}${(Object.keys(STATUS_WORDS) as Status[]).map((s) => option(s, STATUS_WORDS[s], filter.status))}</select></label>
<label>measure<input name="measure" value="${filter.measure}"></label>
<label>place<input name="place" value="${filter.place}"></label>
<label>period<input name="period" value="${filter.period}"></label>
<label>source<input name="source" value="${filter.source}"></label>
<button type="submit">filter</button>
</form>
${shown.length === 0 ? html`<p>Nothing to show${filter.status === 'open' ? ': every finding here is decided' : ''}.</p>` : html`<table>
<thead><tr><th>severity</th><th>kind</th><th>status</th><th>figures</th><th>measure</th><th>place</th><th>period</th><th>articles</th></tr></thead>
<tbody>${rows}</tbody>
</table>`}`;
  return page('Queue', input.csrf, input.store, body);
}

/**
 * An article's text with the claim's quote shown and its figure marked; the rest dimmed, and the page's furniture
 * (by-lines, captions, comment forms: what the ingest set aside) dimmed further.
 */
function articleText(text: string, c: FindingClaim, furniture: ReadonlyArray<{ start: number; end: number }>): Html {
  const clamp = (n: number) => Math.max(0, Math.min(n, text.length));
  const [qs, qe, vs, ve] = [clamp(c.start), clamp(c.end), clamp(c.valueStart), clamp(c.valueEnd)];
  const cuts = [...new Set([0, text.length, qs, qe, vs, ve, ...furniture.flatMap((f) => [clamp(f.start), clamp(f.end)])])].sort((a, b) => a - b);
  const parts: Html[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const words = text.slice(from, to);
    if (from >= vs && to <= ve) parts.push(html`<mark>${words}</mark>`);
    else if (from >= qs && to <= qe) parts.push(html`<span class="said">${words}</span>`);
    else if (furniture.some((f) => from >= f.start && to <= f.end)) parts.push(html`<span class="furniture">${words}</span>`);
    else parts.push(html`${words}`);
  }
  return html`<div class="text">${parts}</div>`;
}

/** A frame value with the words it was read from, when they say more than the value. */
const withWords = (value: string, words: string | null) => (words === null || words.toLowerCase() === value.toLowerCase() ? value : `${value} (“${words}”)`);

const AXES: ReadonlyArray<[string, (c: FindingClaim) => string | null]> = [
  ['measure', (c) => c.measure],
  ['place', (c) => (c.place === null ? null : withWords(c.place, c.placeWords))],
  ['period', (c) => (c.period === null ? null : withWords(periodText(c)!, c.period.text))],
  ['statistic', (c) => c.statistic],
  ['vintage', (c) => (c.vintage === null ? null : withWords(c.vintage, c.vintageWords))],
  ['unit', (c) => c.unit],
  ['source', (c) => c.source],
  ['official figure', (c) => c.official],
];

/** The axes shown with their words, compared without them. */
const BARE: Partial<Record<string, (c: FindingClaim) => string | null>> = { period: periodText, place: (c) => c.place, vintage: (c) => c.vintage };

/** A finding: its explanation, the figures on one line, the frames axis by axis, the quotes in their articles, the decision and its trail. */
export function findingPage(input: {
  finding: ReviewFinding;
  articles: ReadonlyMap<string, { title: string | null; published: string | null; text: string; furniture: ReadonlyArray<{ start: number; end: number }> }>;
  trail: readonly TrailEntry[];
  previous: string | null;
  next: string | null;
  queue: string;
  csrf: string;
  store: string;
}): string {
  const { finding: f } = input;
  const letter = (i: number) => String.fromCharCode(65 + (i % 26));
  const line = numberLine(f.claims.map((c, i) => ({
    label: letter(i), colour: i, plain: null,
    literal: { low: c.low, high: c.high, lowInclusive: c.lowInclusive, highInclusive: c.highInclusive },
  })), f.claims[0]?.unit ?? '');
  const axes = AXES.map(([name, read]) => {
    const values = f.claims.map(read);
    // the same when the values are, the words they were read from aside (a period's dates, not "In 2021" and "in 2021")
    const bare = BARE[name];
    const same = new Set(bare !== undefined ? f.claims.map(bare) : values.map((v) => v?.toLowerCase() ?? null)).size === 1;
    return html`<tr><th>${name}</th>${values.map((v) => html`<td class="${same ? 'same' : 'differs'}">${v ?? '—'}</td>`)}</tr>`;
  });
  const articles = f.claims.map((c, i) => {
    const a = input.articles.get(c.article);
    return html`<div class="article c${i % 6}"><h3>${letter(i)} · ${c.valueText} · ${a?.title ?? c.path}</h3>
<div class="meta">${c.path}${a?.published ? html` · published ${a.published}` : ''}</div>
${a === undefined ? html`<p>The store no longer holds this article.</p>` : articleText(a.text, c, a.furniture)}</div>`;
  });
  const trail = input.trail.map((t) => html`<li>${t.at} · ${t.reviewer} · ${t.action === 'reopen' ? 'reopened' : STATUS_WORDS[t.status]}${t.note ? html` — ${t.note}` : ''}${t.before !== null ? html` <span class="keys">(was ${STATUS_WORDS[t.before.status]}${t.before.reviewer ? `, ${t.before.reviewer}` : ''})</span>` : ''}</li>`);
  const button = (status: Status, key: string) => html`<button type="button" data-status="${status}"><kbd>${key}</kbd> ${STATUS_WORDS[status]}</button>`;
  const body = html`<p><a href="${input.queue}">← the queue</a> <span class="keys"><kbd>u</kbd> queue · <kbd>[</kbd> previous · <kbd>]</kbd> next</span></p>
<section><h2><span class="kind">${KIND_WORDS[f.kind] ?? f.kind}</span> · ${figures(f)} · <span class="status status-${f.decision.status}">${STATUS_WORDS[f.decision.status]}</span></h2>
<p class="explanation">${f.explanation}</p>
${line ?? ''}</section>
<section><h2>The frames, axis by axis</h2>
<table class="axes"><thead><tr><th></th>${f.claims.map((c, i) => html`<th class="c${i % 6}">${letter(i)} · ${c.valueText}</th>`)}</tr></thead><tbody>${axes}</tbody></table></section>
<section><h2>In their articles</h2><div class="articles">${articles}</div></section>
${f.mentions.length === 0 ? '' : html`<section><h2>The facts' other mentions</h2><ul class="mentions">${f.mentions.map((c) => html`<li><strong>${c.valueText}</strong> · ${c.quote} <span class="keys">${c.path}${c.source ? ` · ${c.source}` : ''}</span></li>`)}</ul></section>`}
<section id="decide" data-action="/api/findings/${f.id}/decision" data-version="${f.decision.version}" data-queue="${input.queue}" data-previous="${input.previous ?? ''}" data-next="${input.next ?? ''}">
<h2>Decision</h2>
<p>Now: <span class="status status-${f.decision.status}">${STATUS_WORDS[f.decision.status]}</span>${f.decision.reviewer ? html` by ${f.decision.reviewer}, ${f.decision.decidedAt}` : ''}${f.decision.note ? html` — ${f.decision.note}` : ''}</p>
<label>reviewer <input id="reviewer" autocomplete="name"></label>
<div><label for="note">note <kbd>n</kbd></label><textarea id="note"></textarea></div>
<div class="buttons">${button('confirmed', 'c')}${button('same-fact', 's')}${button('different-facts', 'd')}${button('follow-up', 'f')}</div>
<p id="message" role="status"></p>
</section>
<section><h2>Audit trail</h2>${trail.length === 0 ? html`<p>No decision yet.</p>` : html`<ol class="trail">${trail}</ol>`}</section>`;
  return page(`${KIND_WORDS[f.kind] ?? f.kind} ${figures(f)}`, input.csrf, input.store, body);
}
