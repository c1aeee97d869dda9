// Small HTML pieces shared by the report's sections. Every text passes through `html` and is escaped.
import type { Claim, Discrepancy, Fact, ManifestInput } from '../../contracts/index.js';
import { articleTitle, attributionText, measureText, periodText, scopeText } from './describe.js';
import { html, type Html } from './html.js';
import { HEDGE_LABELS, KIND_LABELS, STATUS_LABELS, VERDICT_LABELS } from './labels.js';
import { formatInterval } from './numbers.js';
import type { ReportView } from './report-view.js';
import type { QuoteLookup } from './shown-quotes.js';

/** A fragment id any batch id can use: characters outside [A-Za-z0-9-] are spelled out as _hex_. */
export function anchor(kind: 'claim' | 'fact' | 'discrepancy' | 'possible' | 'article', id: string): string {
  return `${kind}-${id.replace(/[^A-Za-z0-9-]/gu, (c) => `_${(c.codePointAt(0) ?? 0).toString(16)}_`)}`;
}

const VERDICT_SYMBOLS: Readonly<Record<Fact['verdict'], string>> = {
  single: '•', agree: '✓', compatible: '≈', tension: '!', discrepancy: '✕',
};
const KIND_SYMBOLS: Readonly<Record<Discrepancy['kind'], string>> = { conflict: '✕', tension: '!', revision: '↻', constraint: '⊘', official: '⚑' };

/** Colour and words together: the symbol and label carry the meaning without the colour. */
export function verdictBadge(verdict: Fact['verdict']): Html {
  return html`<span class="badge v-${verdict}"><span aria-hidden="true">${VERDICT_SYMBOLS[verdict]}</span> ${VERDICT_LABELS[verdict]}</span>`;
}

export function kindBadge(kind: Discrepancy['kind']): Html {
  return html`<span class="badge k-${kind}"><span aria-hidden="true">${KIND_SYMBOLS[kind]}</span> ${KIND_LABELS[kind]}</span>`;
}

export function statusBadge(status: ManifestInput['status']): Html {
  return html`<span class="badge s-${status}">${STATUS_LABELS[status]}</span>`;
}

/** The claim's sentence with the quote in `<mark>` and the figure itself in `<strong>`. */
export function quoteInSentence(quotes: QuoteLookup, claim: Claim): Html {
  const q = quotes.get(claim);
  const figure = q.value ? html`<strong>${q.value}</strong>` : null;
  const missing = q.located ? null : html` <span class="note">(article text not available; quote only)</span>`;
  return html`<span class="context">${q.before}</span><mark>${q.lead}${figure}${q.tail}</mark><span class="context">${q.after}</span>${missing}`;
}

export function readingText(claim: Claim): { literal: string; plain: string } {
  return {
    literal: formatInterval(claim, claim.unit),
    plain: claim.plain === null ? 'as the words say' : formatInterval(claim.plain, claim.unit),
  };
}

/** A claim as a card: the quote in its sentence, then where it is from, who said it and what it allows. */
export function claimCard(view: ReportView, claim: Claim, label: string, colour: number): Html {
  const { index } = view;
  const article = index.article(claim.article);
  const reading = readingText(claim);
  return html`<article class="card">
<header class="card-head"><span class="tag c${colour % 6}">${label}</span><span class="card-source">${articleTitle(article, claim.article)}</span></header>
<blockquote class="quote">${quoteInSentence(view.quotes, claim)}</blockquote>
<dl class="meta">
<dt>Source</dt><dd><span class="path">${claim.path}</span> · characters ${claim.start}–${claim.end} · <a href="#${anchor('claim', claim.id)}">claim ${claim.id}</a></dd>
<dt>Measures</dt><dd>${measureText(claim)}</dd>
${scopeText(index, claim) === null ? null : html`<dt>Counted within</dt><dd>${scopeText(index, claim)}</dd>
`}<dt>Attribution</dt><dd>${attributionText(index, claim)}</dd>
<dt>Hedge</dt><dd>${HEDGE_LABELS[claim.hedge]}</dd>
<dt>Words allow</dt><dd class="num">${reading.literal}</dd>
<dt>Plain reading</dt><dd class="num">${reading.plain}</dd>
<dt>Period</dt><dd>${periodText(claim.period)}</dd>
<dt>Extractor</dt><dd>${claim.extractor} · confidence ${claim.confidence}</dd>
</dl>
</article>`;
}
