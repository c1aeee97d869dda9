/** The report's only stylesheet, inlined: system fonts, no url(), nothing to fetch. */
export const REPORT_CSS = `
:root {
  --ink: #1c2630; --muted: #5b6876; --faint: #8a96a3; --line: #dce2e8; --paper: #ffffff; --bg: #f3f5f7;
  --accent: #2a5d8f; --mark: #fff1a8; --mark-edge: #e0b400;
  --single: #4b5563; --single-bg: #eceff3;
  --agree: #1d6b41; --agree-bg: #e2f3e8;
  --compatible: #1f5c86; --compatible-bg: #e1edf7;
  --tension: #8a5300; --tension-bg: #fcefd5;
  --discrepancy: #a32929; --discrepancy-bg: #fbe3e1;
  --constraint: #62409a; --constraint-bg: #efe8f8;
  --c0: #2563a6; --c1: #b4531a; --c2: #6a46a8; --c3: #2d7a58; --c4: #a3305f; --c5: #5f6b12;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", sans-serif;
  --serif: Charter, "Iowan Old Style", Georgia, "Noto Serif", "Liberation Serif", "DejaVu Serif", serif;
  --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 15px/1.55 var(--sans); }
main { max-width: 1120px; margin: 0 auto; padding: 36px 32px 72px; }
h1, h2, h3 { line-height: 1.25; margin: 0; }
h1 { font-size: 28px; font-weight: 650; letter-spacing: -0.01em; }
h2 { font-size: 21px; font-weight: 650; margin: 44px 0 16px; padding-bottom: 8px; border-bottom: 2px solid var(--ink); display: flex; align-items: baseline; gap: 10px; }
h3 { font-size: 17px; font-weight: 620; }
a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: 2px; }
.count { font-size: 13px; font-weight: 600; color: var(--muted); background: var(--paper); border: 1px solid var(--line); border-radius: 999px; padding: 1px 9px; }
.eyebrow { margin: 0 0 6px; font-size: 12px; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); }
.lead, .empty { color: var(--muted); margin: 0 0 18px; }
.empty { background: var(--paper); border: 1px dashed var(--line); border-radius: 8px; padding: 14px 16px; }
.interrupted { margin: 14px 0 0; padding: 12px 16px; border-radius: 8px; background: var(--tension-bg); color: var(--tension); border: 1px solid var(--tension); font-weight: 600; }
.note, .muted { color: var(--muted); font-size: 13px; }
.mono, .path, .url, .article-id { font-family: var(--mono); font-size: 12.5px; }
.path, .url { overflow-wrap: anywhere; }
.num { font-variant-numeric: tabular-nums; white-space: nowrap; }

.page-head { background: var(--paper); border: 1px solid var(--line); border-radius: 12px; padding: 26px 28px 20px; }
.run { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 4px 14px; margin: 16px 0 20px; font-size: 13.5px; }
.run dt { color: var(--muted); }
.run dd { margin: 0; font-family: var(--mono); font-size: 12.5px; padding-top: 1px; overflow-wrap: anywhere; }
.stats { display: grid; grid-template-columns: minmax(0, 1.5fr) repeat(5, minmax(0, 1fr)); gap: 10px; }
.stat { border: 1px solid var(--line); border-radius: 10px; padding: 10px 14px; display: flex; flex-direction: column; background: var(--bg); }
.stat-value { font-size: 26px; font-weight: 650; font-variant-numeric: tabular-nums; line-height: 1.2; }
.stat-label { font-size: 13px; color: var(--muted); }
.stat-detail { font-size: 12px; color: var(--muted); margin-top: 2px; }
.stat.alert { background: var(--discrepancy-bg); border-color: #efb8b3; }
.stat.alert .stat-value, .stat.alert .stat-detail { color: var(--discrepancy); }
.stat.ok { background: var(--agree-bg); border-color: #b7dcc4; }
.stat.warn .stat-detail { color: var(--tension); }
.toc { display: flex; flex-wrap: wrap; gap: 6px 20px; margin-top: 18px; padding-top: 14px; border-top: 1px solid var(--line); font-size: 14px; }

.badge { display: inline-flex; align-items: center; gap: 5px; font-size: 12.5px; font-weight: 650; line-height: 1; padding: 5px 9px; border-radius: 999px; border: 1px solid currentColor; white-space: nowrap; }
.v-single { color: var(--single); background: var(--single-bg); }
.v-agree { color: var(--agree); background: var(--agree-bg); }
.v-compatible { color: var(--compatible); background: var(--compatible-bg); }
.v-tension, .k-tension { color: var(--tension); background: var(--tension-bg); }
.v-discrepancy, .k-conflict { color: var(--discrepancy); background: var(--discrepancy-bg); }
.k-constraint { color: var(--constraint); background: var(--constraint-bg); }
.k-revision, .k-official { color: var(--tension); background: var(--tension-bg); }
.s-failed, .m-error { color: var(--discrepancy); background: var(--discrepancy-bg); }
.s-skipped, .m-warning { color: var(--tension); background: var(--tension-bg); }
.s-ok, .m-info { color: var(--single); background: var(--single-bg); }

.finding, .fact, .article { background: var(--paper); color: var(--ink); border: 1px solid var(--line); border-radius: 12px; padding: 20px 22px; margin: 0 0 18px; }
.finding { border-left: 5px solid currentColor; }
.finding.k-conflict { border-left-color: var(--discrepancy); }
.finding.k-tension { border-left-color: var(--tension); }
.finding.k-constraint { border-left-color: var(--constraint); }
.finding.k-revision, .finding.k-official { border-left-color: var(--tension); }
.finding.possible { border-left-color: var(--faint); }
.k-possible { color: var(--single); background: var(--single-bg); }
.group-title { margin: 26px 0 8px; display: flex; align-items: baseline; gap: 10px; }
.evidence { margin: 6px 0 4px; padding-left: 20px; font-size: 13.5px; color: var(--muted); }
.evidence li { margin: 2px 0; }
.fact { border-left: 5px solid var(--single); }
.fact.v-agree { border-left-color: var(--agree); } .fact.v-compatible { border-left-color: var(--compatible); }
.fact.v-tension { border-left-color: var(--tension); } .fact.v-discrepancy { border-left-color: var(--discrepancy); }
.finding-head, .fact-head { display: flex; align-items: center; flex-wrap: wrap; gap: 8px 12px; }
.finding-head h3, .fact-head h3 { flex: 1 1 320px; color: var(--ink); }
.rank { font-weight: 700; color: var(--muted); font-variant-numeric: tabular-nums; }
.rank::before { content: "#"; }
.severity { font-size: 13px; color: var(--muted); }
.severity b { color: var(--ink); font-variant-numeric: tabular-nums; }
.range { font-weight: 600; }
.explanation { margin: 12px 0 4px; font-size: 16px; line-height: 1.55; color: var(--ink); max-width: 75ch; }
.related { font-size: 13px; color: var(--muted); margin: 12px 0 0; }

.lines { margin: 14px 0 6px; }
.figure { margin: 0; }
.figure figcaption { font-size: 12.5px; color: var(--muted); }
.number-line { display: block; width: 100%; max-width: 960px; height: auto; }
.nl-grid { stroke: #e7ebef; stroke-width: 1; }
.nl-axis, .nl-tick { stroke: var(--faint); stroke-width: 1; }
.nl-tick-label { fill: var(--muted); font: 11px var(--sans); }
.nl-label { fill: currentColor; font: 700 13px var(--sans); }
.nl-value { fill: currentColor; font: 600 12.5px var(--sans); font-variant-numeric: tabular-nums; }
.nl-literal { stroke: currentColor; stroke-width: 2; }
.nl-plain { fill: currentColor; fill-opacity: 0.38; stroke: currentColor; stroke-width: 1; }
.nl-closed { fill: currentColor; stroke: currentColor; stroke-width: 1.5; }
.nl-open { fill: var(--paper); stroke: currentColor; stroke-width: 1.75; }
.nl-arrow { fill: currentColor; }
.nl-legend { display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 12px; color: var(--muted); margin: 4px 0 0; }
.nl-key { display: inline-flex; align-items: center; gap: 5px; }
.nl-key svg { color: var(--muted); }
.c0 { color: var(--c0); } .c1 { color: var(--c1); } .c2 { color: var(--c2); }
.c3 { color: var(--c3); } .c4 { color: var(--c4); } .c5 { color: var(--c5); }

.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 14px; margin-top: 14px; }
.card { border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; background: #fcfcfd; color: var(--ink); }
.card-head { display: flex; align-items: center; gap: 10px; margin-bottom: 8px; }
.card-source { font-weight: 600; font-size: 14px; }
.tag { display: inline-grid; place-items: center; min-width: 24px; height: 24px; border-radius: 6px; font-weight: 700; font-size: 13px; border: 2px solid currentColor; background: var(--paper); }
.quote { font-family: var(--serif); font-size: 16px; line-height: 1.6; margin: 0 0 10px; }
.card .quote { padding-left: 12px; border-left: 3px solid var(--line); }
.context { color: #46525e; }
mark { background: var(--mark); color: var(--ink); padding: 1px 2px; border-radius: 2px; box-shadow: inset 0 -2px 0 var(--mark-edge); -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark strong { font-weight: 700; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 3px 12px; margin: 0; font-size: 13px; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; overflow-wrap: anywhere; }

.mentions { list-style: none; margin: 14px 0 0; padding: 0; display: grid; gap: 12px; }
.mention { display: grid; grid-template-columns: 28px 1fr; gap: 10px; align-items: start; }
.mention .quote { margin: 0; font-size: 15.5px; }
.mention-meta { margin: 3px 0 0; font-size: 13px; color: var(--muted); }

.article h3 { margin-bottom: 4px; }
.article-meta { margin: 0; font-size: 13.5px; color: var(--muted); }
.article-id { margin: 2px 0 10px; color: var(--faint); font-size: 11.5px; overflow-wrap: anywhere; }
.messages { list-style: none; padding: 0; margin: 0 0 12px; display: grid; gap: 4px; font-size: 13px; }
.table-wrap { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; font-size: 13.5px; }
th { text-align: left; font-size: 12px; font-weight: 650; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); border-bottom: 1px solid var(--ink); padding: 6px 10px 6px 0; }
td { border-bottom: 1px solid var(--line); padding: 9px 10px 9px 0; vertical-align: top; }
td.quote { font-size: 14.5px; min-width: 240px; }
td.where { color: var(--muted); }
tr:target { background: #fffbe6; }
.fact-link { text-decoration: none; }
.inputs td.path { width: 34%; }
.page-foot { margin-top: 48px; font-size: 12.5px; color: var(--muted); border-top: 1px solid var(--line); padding-top: 14px; }

@media (max-width: 760px) {
  main { padding: 18px 14px 48px; }
  .stats { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .run { grid-template-columns: max-content 1fr; }
}
@media print {
  @page { margin: 14mm; }
  body { background: #fff; font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .page-head, .finding, .fact, .article, .card, .stat { background: #fff; }
  .toc { display: none; }
  .stats { grid-template-columns: repeat(6, minmax(0, 1fr)); }
  .run { grid-template-columns: max-content 1fr max-content 1fr; }
  h2 { break-after: avoid; }
  .finding-head, .fact-head, .card, .mention, tr, .figure { break-inside: avoid; }
  .cards { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .table-wrap { overflow: visible; }
  table { font-size: 9pt; }
  td.quote { min-width: 0; font-size: 9.5pt; }
  td .num, td .badge { white-space: normal; }
  a { color: inherit; text-decoration: none; }
  .badge, mark, .tag, .stat, .nl-plain { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
