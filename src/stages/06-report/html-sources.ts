// HTML sections about the inputs: the run header, per-article summaries and inputs that were not read.
import type { Article, Message } from '../../contracts/index.js';
import { formatMessage } from '../../core/messages.js';
import { articleClaimsNote, articlesNote, reportNote, unreadNote } from './abridged.js';
import { inputPlace, interruptionNote } from './describe.js';
import { html, type Html } from './html.js';
import { HEDGE_LABELS } from './labels.js';
import { anchor, kindBadge, quoteInSentence, readingText, statusBadge, verdictBadge } from './html-parts.js';
import type { ReportView } from './report-view.js';
import { shownArticleClaims } from './selection.js';

function stat(value: number, label: string, detail: string | null, tone = ''): Html {
  return html`<div class="stat ${tone}"><span class="stat-value">${value}</span><span class="stat-label">${label}</span>${detail ? html`<span class="stat-detail">${detail}</span>` : null}</div>`;
}

/** The page head: run, counts, a note when the page shows a selection of a large batch, and the contents. */
export function runHeader(view: ReportView): Html {
  const { batch } = view;
  const { manifest } = batch;
  const note = reportNote(view.shown);
  const c = manifest.counts;
  const interrupted = interruptionNote(manifest);
  return html`<header class="page-head">
<p class="eyebrow">${manifest.tool.name} · audit report</p>
<h1>Numeric claims and where they disagree</h1>
${interrupted === null ? null : html`<p class="interrupted" role="alert">${interrupted}</p>
`}<dl class="run">
<dt>Pipeline</dt><dd>${manifest.pipeline.name} (${manifest.pipeline.stages.join(' → ')})</dd>
<dt>Run</dt><dd>id and times in manifest.json</dd>
<dt>Tool</dt><dd>${manifest.tool.name} ${manifest.tool.version}</dd>
</dl>
<div class="stats">
${stat(c.inputs, 'inputs', `${c.ok} read · ${c.failed} failed · ${c.skipped} skipped`, c.failed > 0 ? 'warn' : '')}
${stat(c.claims, 'claims', null)}
${stat(c.facts, 'facts', null)}
${stat(c.discrepancies, 'discrepancies', c.discrepancies > 0 ? 'to check below' : 'none found', c.discrepancies > 0 ? 'alert' : 'ok')}
${stat(c.entities, 'entities', null)}
${stat(c.messages, 'messages', null)}
</div>
${note === null ? null : html`<p class="lead">${note}</p>
`}<nav class="toc" aria-label="Sections">
${batch.news === undefined ? null : html`<a href="#news">New since the last run</a>`}${batch.facts.official === undefined ? null : html`<a href="#official">Official figures (${batch.facts.official.length})</a>`}<a href="#discrepancies">Discrepancies (${batch.discrepancies.length})</a><a href="#possible">Possible same facts (${batch.facts.possible.length})</a><a href="#facts">Facts (${batch.facts.facts.length})</a><a href="#articles">Articles (${batch.articles.length})</a><a href="#inputs">Inputs not read (${c.failed + c.skipped})</a>
</nav>
</header>`;
}

function messageItem(article: Article, m: Message): Html {
  return html`<li><span class="badge m-${m.severity}">${m.severity}</span> <span class="mono">${formatMessage(article.path, m)}</span></li>`;
}

function claimsTable(view: ReportView, article: Article): Html {
  const { index } = view;
  const all = index.claimsOf(article.id);
  if (all.length === 0) return html`<p class="empty">No numeric claims found in this article.</p>`;
  const claims = shownArticleClaims(all, view.shown.limits);
  const rows = claims.map((c) => {
    const reading = readingText(c);
    const facts = index.factsOf(c.id);
    // a claim named by a finding links to it: a single-source fact can still break a constraint or be a possible link
    const findings = [
      ...index.findingsOf(c.id).map((d) => html` <a class="fact-link" href="#${anchor('discrepancy', d.id)}">${kindBadge(d.kind)}</a>`),
      ...index.possibleOf(c.id).slice(0, 3).map((p) => html` <a class="fact-link" href="#${anchor('possible', p.id)}"><span class="badge k-possible"><span aria-hidden="true">?</span> Possible</span></a>`),
    ];
    const factCell = facts.length
      ? html`${facts.map((f) => html`<a class="fact-link" href="#${anchor('fact', f.id)}">${verdictBadge(f.verdict)}</a>`)}${findings}`
      : html`<span class="note">in no fact</span>${findings}`;
    return html`<tr id="${anchor('claim', c.id)}">
<td class="num where">${c.start}–${c.end}</td>
<td class="quote">${quoteInSentence(view.quotes, c)}</td>
<td>${HEDGE_LABELS[c.hedge]}<br><span class="num">${reading.literal}</span>${c.plain ? html`<br><span class="num muted">plain ${reading.plain}</span>` : null}</td>
<td>${c.attribution?.text ?? html`<span class="note">not attributed</span>`}</td>
<td>${factCell}</td>
</tr>`;
  });
  const cut = articleClaimsNote(all.length, claims.length);
  return html`<div class="table-wrap"><table class="claims">
<thead><tr><th scope="col">Chars</th><th scope="col">Quote in its sentence</th><th scope="col">Reading</th><th scope="col">Attribution</th><th scope="col">Fact</th></tr></thead>
<tbody>${rows}</tbody>
</table></div>${cut === null ? null : html`\n<p class="note">${cut}</p>`}`;
}

function articleBlock(view: ReportView, article: Article): Html {
  const claims = view.index.claimsOf(article.id).length;
  return html`<section class="article" id="${anchor('article', article.id)}">
<h3>${article.title?.trim() || article.path}</h3>
<p class="article-meta"><span class="path">${inputPlace(article)}</span>${article.url ? html` · <span class="url">${article.url}</span>` : null} · published ${article.published ?? 'unknown'} · ${claims} ${claims === 1 ? 'claim' : 'claims'} · ${article.messages.length} ${article.messages.length === 1 ? 'message' : 'messages'}</p>
<p class="article-id">id ${article.id} · sha256 ${article.sha256} · ${article.chars} characters · ${article.format}, ${article.encoding}</p>
${article.messages.length ? html`<ul class="messages">${article.messages.map((m) => messageItem(article, m))}</ul>` : null}
${claimsTable(view, article)}
</section>`;
}

/** The articles section an article at a time; above the limit, a note first on which are shown and where the rest are. */
export function* articlesChunks(view: ReportView): Generator<string> {
  const { batch, index, shown } = view;
  yield html`<section class="section" id="articles" aria-labelledby="articles-title">
<h2 id="articles-title">Articles <span class="count">${batch.articles.length}</span></h2>
`.value;
  if (batch.articles.length === 0) {
    yield html`<p class="empty">No articles were read.</p>`.value;
  } else {
    const note = articlesNote(batch, index, shown);
    if (note !== null) yield html`<p class="lead">${note}</p>\n`.value;
    for (const article of shown.articles.items) yield articleBlock(view, article).value;
  }
  yield '\n</section>';
}

export function unreadSection(view: ReportView): Html {
  const { items, total } = view.shown.unread;
  const cut = unreadNote(view.shown);
  const body = total
    ? html`<div class="table-wrap"><table class="inputs">
<thead><tr><th scope="col">Input</th><th scope="col">Status</th><th scope="col">Reason</th></tr></thead>
<tbody>${items.map((i) => html`<tr><td class="path">${inputPlace(i)}</td><td>${statusBadge(i.status)}</td><td>${i.error ?? 'no reason recorded'}${i.duplicateOf ? html`<br><span class="muted">duplicate of <span class="path">${i.duplicateOf}</span></span>` : null}</td></tr>`)}</tbody>
</table></div>${cut === null ? null : html`\n<p class="note">${cut}</p>`}`
    : html`<p class="empty">Every input was read; none failed or was skipped.</p>`;
  return html`<section class="section" id="inputs" aria-labelledby="inputs-title">
<h2 id="inputs-title">Inputs not read <span class="count">${total}</span></h2>
${body}
</section>`;
}
