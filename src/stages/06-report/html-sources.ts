// HTML sections about the inputs: the run header, per-article summaries and inputs that were not read.
import type { Article, Message } from '../../contracts/index.js';
import type { BatchResult } from '../../core/batch.js';
import { formatMessage } from '../../core/messages.js';
import { inputPlace } from './describe.js';
import { html, type Html } from './html.js';
import { HEDGE_LABELS } from './labels.js';
import { anchor, quoteInSentence, readingText, statusBadge, verdictBadge } from './html-parts.js';
import type { BatchIndex } from './lookup.js';

function stat(value: number, label: string, detail: string | null, tone = ''): Html {
  return html`<div class="stat ${tone}"><span class="stat-value">${value}</span><span class="stat-label">${label}</span>${detail ? html`<span class="stat-detail">${detail}</span>` : null}</div>`;
}

export function runHeader(batch: BatchResult): Html {
  const { manifest } = batch;
  const c = manifest.counts;
  return html`<header class="page-head">
<p class="eyebrow">${manifest.tool.name} · audit report</p>
<h1>Numeric claims and where they disagree</h1>
<dl class="run">
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
<nav class="toc" aria-label="Sections">
<a href="#discrepancies">Discrepancies (${batch.discrepancies.length})</a><a href="#facts">Facts (${batch.facts.facts.length})</a><a href="#articles">Articles (${batch.articles.length})</a><a href="#inputs">Inputs not read (${c.failed + c.skipped})</a>
</nav>
</header>`;
}

function messageItem(article: Article, m: Message): Html {
  return html`<li><span class="badge m-${m.severity}">${m.severity}</span> <span class="mono">${formatMessage(article.path, m)}</span></li>`;
}

function claimsTable(batch: BatchResult, index: BatchIndex, article: Article): Html {
  const claims = index.claimsOf(article.id);
  if (claims.length === 0) return html`<p class="empty">No numeric claims found in this article.</p>`;
  const rows = claims.map((c) => {
    const reading = readingText(c);
    const facts = index.factsOf(c.id);
    const factCell = facts.length
      ? facts.map((f) => html`<a class="fact-link" href="#${anchor('fact', f.id)}">${verdictBadge(f.verdict)}</a>`)
      : html`<span class="note">in no fact</span>`;
    return html`<tr id="${anchor('claim', c.id)}">
<td class="num where">${c.start}–${c.end}</td>
<td class="quote">${quoteInSentence(batch, c)}</td>
<td>${HEDGE_LABELS[c.hedge]}<br><span class="num">${reading.literal}</span>${c.plain ? html`<br><span class="num muted">plain ${reading.plain}</span>` : null}</td>
<td>${c.attribution?.text ?? html`<span class="note">not attributed</span>`}</td>
<td>${factCell}</td>
</tr>`;
  });
  return html`<div class="table-wrap"><table class="claims">
<thead><tr><th scope="col">Chars</th><th scope="col">Quote in its sentence</th><th scope="col">Reading</th><th scope="col">Attribution</th><th scope="col">Fact</th></tr></thead>
<tbody>${rows}</tbody>
</table></div>`;
}

function articleBlock(batch: BatchResult, index: BatchIndex, article: Article): Html {
  const claims = index.claimsOf(article.id).length;
  return html`<section class="article" id="${anchor('article', article.id)}">
<h3>${article.title?.trim() || article.path}</h3>
<p class="article-meta"><span class="path">${article.line === null ? article.path : `${article.path}:${article.line}`}</span>${article.url ? html` · <span class="url">${article.url}</span>` : null} · published ${article.published ?? 'unknown'} · ${claims} ${claims === 1 ? 'claim' : 'claims'} · ${article.messages.length} ${article.messages.length === 1 ? 'message' : 'messages'}</p>
<p class="article-id">id ${article.id} · sha256 ${article.sha256} · ${article.chars} characters · ${article.format}, ${article.encoding}</p>
${article.messages.length ? html`<ul class="messages">${article.messages.map((m) => messageItem(article, m))}</ul>` : null}
${claimsTable(batch, index, article)}
</section>`;
}

export function articlesSection(batch: BatchResult, index: BatchIndex): Html {
  const body = batch.articles.length
    ? html`${batch.articles.map((a) => articleBlock(batch, index, a))}`
    : html`<p class="empty">No articles were read.</p>`;
  return html`<section class="section" id="articles" aria-labelledby="articles-title">
<h2 id="articles-title">Articles <span class="count">${batch.articles.length}</span></h2>
${body}
</section>`;
}

export function unreadSection(batch: BatchResult): Html {
  const unread = batch.manifest.inputs.filter((i) => i.status !== 'ok');
  const body = unread.length
    ? html`<div class="table-wrap"><table class="inputs">
<thead><tr><th scope="col">Input</th><th scope="col">Status</th><th scope="col">Reason</th></tr></thead>
<tbody>${unread.map((i) => html`<tr><td class="path">${inputPlace(i)}</td><td>${statusBadge(i.status)}</td><td>${i.error ?? 'no reason recorded'}${i.duplicateOf ? html`<br><span class="muted">duplicate of <span class="path">${i.duplicateOf}</span></span>` : null}</td></tr>`)}</tbody>
</table></div>`
    : html`<p class="empty">Every input was read; none failed or was skipped.</p>`;
  return html`<section class="section" id="inputs" aria-labelledby="inputs-title">
<h2 id="inputs-title">Inputs not read <span class="count">${unread.length}</span></h2>
${body}
</section>`;
}
