/**
 * The review's browser script and style sheet, served as files of their own (`/review.js`, `/review.css`) so the
 * pages can forbid inline script and style (review's CSP). Kept here as text: the server has nothing to build,
 * and the package ships them with the code.
 *
 * Keys — queue: j/k move, Enter opens. Finding: c confirmed, s same fact, d different facts, f needs follow-up,
 * n the note, [ and ] the previous and next finding, u back to the queue. Esc leaves a text field.
 */
export const CLIENT_JS = String.raw`(() => {
  'use strict';
  const csrf = document.querySelector('meta[name="csrf"]')?.getAttribute('content') ?? '';
  const go = (href) => { if (href) window.location.assign(href); };

  // every article's text box scrolls to its quote
  for (const box of document.querySelectorAll('.text')) {
    const mark = box.querySelector('mark');
    if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - box.clientHeight / 3);
  }

  const rows = Array.from(document.querySelectorAll('tr[data-href]'));
  let at = 0;
  const select = (i) => {
    if (rows.length === 0) return;
    rows[at].classList.remove('selected');
    at = Math.max(0, Math.min(rows.length - 1, i));
    rows[at].classList.add('selected');
    rows[at].scrollIntoView({ block: 'nearest' });
  };
  if (rows.length > 0) select(0);

  const panel = document.getElementById('decide');
  const reviewer = document.getElementById('reviewer');
  const note = document.getElementById('note');
  const message = document.getElementById('message');
  const say = (text) => { if (message) message.textContent = text; };
  if (reviewer) reviewer.value = window.localStorage.getItem('claimgraph.reviewer') || '';

  async function decide(status) {
    const name = reviewer.value.trim();
    if (name === '') { say('Type your name first: every decision says who made it.'); reviewer.focus(); return; }
    window.localStorage.setItem('claimgraph.reviewer', name);
    const response = await fetch(panel.dataset.action, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
      body: JSON.stringify({ status, note: note.value, reviewer: name, version: Number(panel.dataset.version) }),
    });
    if (response.ok) { window.location.reload(); return; }
    const answer = await response.json().catch(() => ({ message: response.statusText }));
    if (response.status === 409 && answer.current) panel.dataset.version = String(answer.current.version);
    say(answer.message || 'The decision was not saved.');
  }
  if (panel) for (const button of panel.querySelectorAll('button[data-status]')) button.addEventListener('click', () => decide(button.dataset.status));

  const KEYS = { c: 'confirmed', s: 'same-fact', d: 'different-facts', f: 'follow-up' };
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target instanceof HTMLElement && target.matches('input, textarea, select')) {
      if (event.key === 'Escape') target.blur();
      return;
    }
    if (rows.length > 0) {
      if (event.key === 'j') select(at + 1);
      else if (event.key === 'k') select(at - 1);
      else if (event.key === 'Enter' || event.key === 'o') go(rows[at].dataset.href);
      else return;
      event.preventDefault();
      return;
    }
    if (!panel) return;
    if (KEYS[event.key]) decide(KEYS[event.key]);
    else if (event.key === 'n') note.focus();
    else if (event.key === '[') go(panel.dataset.previous);
    else if (event.key === ']') go(panel.dataset.next);
    else if (event.key === 'u') go(panel.dataset.queue);
    else return;
    event.preventDefault();
  });
})();
`;

export const STYLE_CSS = `
:root { --ink: #1d2433; --muted: #6b7385; --line: #d9dde6; --accent: #2756c5; --warn: #b3261e; --ok: #1e7a3c; --mark: #fff1a8; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); margin: 0; background: #f6f7fa; }
header { background: #fff; border-bottom: 1px solid var(--line); padding: 12px 24px; display: flex; gap: 24px; align-items: baseline; flex-wrap: wrap; }
header h1 { font-size: 18px; margin: 0; }
header .store { color: var(--muted); font-size: 13px; }
main { padding: 16px 24px 48px; max-width: 1280px; }
a { color: var(--accent); }
.count { font-weight: 600; }
form.filters { display: flex; gap: 8px; flex-wrap: wrap; align-items: end; margin: 8px 0 16px; }
form.filters label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); }
input, select, textarea, button { font: inherit; }
input, select, textarea { border: 1px solid var(--line); border-radius: 4px; padding: 4px 6px; background: #fff; }
button { border: 1px solid var(--line); border-radius: 4px; padding: 5px 10px; background: #fff; cursor: pointer; }
button:hover { border-color: var(--accent); }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; font-size: 14px; }
th { font-size: 12px; color: var(--muted); font-weight: 600; }
tr.selected td { background: #eef3ff; }
.kind { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.status { font-size: 12px; padding: 1px 6px; border-radius: 9px; border: 1px solid var(--line); white-space: nowrap; }
.status-open { color: var(--warn); border-color: var(--warn); }
.status-confirmed, .status-same-fact, .status-different-facts { color: var(--ok); border-color: var(--ok); }
.keys { color: var(--muted); font-size: 12px; }
kbd { border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 3px; padding: 0 4px; font-size: 12px; background: #fff; }
section { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; margin: 12px 0; }
section h2 { font-size: 15px; margin: 0 0 8px; }
.explanation { font-size: 15px; }
.axes td.differs { background: #fff4f2; }
.axes td.same { color: var(--muted); }
.articles { display: grid; grid-template-columns: repeat(auto-fit, minmax(360px, 1fr)); gap: 12px; }
.article h3 { font-size: 14px; margin: 0 0 4px; }
.article .meta { color: var(--muted); font-size: 12px; margin-bottom: 6px; }
.text { white-space: pre-wrap; max-height: 280px; overflow-y: auto; border: 1px solid var(--line); border-radius: 4px; padding: 8px; color: #9aa1b0; font-size: 14px; }
.text .said { color: var(--ink); }
.text .furniture { color: #c3c8d2; font-style: italic; }
.text mark { background: var(--mark); color: var(--ink); font-weight: 600; }
#decide .buttons { display: flex; gap: 8px; flex-wrap: wrap; margin: 8px 0; }
#decide textarea { width: 100%; min-height: 54px; }
#message { color: var(--warn); min-height: 1.5em; }
.trail li { margin: 2px 0; }
svg text { font: 11px system-ui, sans-serif; }
`;
