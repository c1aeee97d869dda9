import type { Interval } from '../../contracts/index.js';
import { html, join, type Html } from './html.js';
import { formatCompact, formatInterval } from './numbers.js';
import { scaleFor } from './scale.js';

/** One claim on the number line: what the words allow (literal) and how a reader takes them (plain). */
export interface NumberLineRow {
  label: string;
  /** index into the report's claim colours (`c0`…`c5`) */
  colour: number;
  literal: Interval;
  plain: Interval | null;
}

const WIDTH = 960;
const LEFT = 44;
/** room for each row's interval in words, right of the plot */
const RIGHT = 190;
const TOP = 14;
const ROW = 30;
const AXIS = 34;

const r1 = (n: number) => Math.round(n * 10) / 10;

function bounds(iv: Interval | null): number[] {
  return iv === null ? [] : [iv.low, iv.high].filter((v): v is number => v !== null);
}

/**
 * The claims' intervals on one shared axis as inline SVG: a thin line for the literal interval, a thick bar for
 * the plain reading, filled circles for closed ends, hollow ones for open ends, and arrows for unbounded ends.
 * Returns null when no row has a finite bound (nothing to draw).
 */
export function numberLine(rows: readonly NumberLineRow[], unit: string): Html | null {
  const drawable = rows.filter((r) => bounds(r.literal).length + bounds(r.plain).length > 0);
  const scale = scaleFor(drawable.flatMap((r) => [...bounds(r.literal), ...bounds(r.plain)]));
  if (scale === null || drawable.length === 0) return null;
  const plotRight = WIDTH - RIGHT;
  const x = (v: number) => r1(LEFT + ((v - scale.lo) / (scale.hi - scale.lo)) * (plotRight - LEFT));
  const axisY = TOP + drawable.length * ROW + 4;
  const height = axisY + AXIS;
  const tickLabel = (v: number) => (unit === 'percent' ? `${formatCompact(v)}%` : formatCompact(v));

  const grid = scale.ticks.map(
    (t) => html`<line class="nl-grid" x1="${x(t)}" x2="${x(t)}" y1="${TOP - 6}" y2="${axisY}"/>
<line class="nl-tick" x1="${x(t)}" x2="${x(t)}" y1="${axisY}" y2="${axisY + 5}"/>
<text class="nl-tick-label" x="${x(t)}" y="${axisY + 19}" text-anchor="middle">${tickLabel(t)}</text>`,
  );

  const drawn = drawable.map((row, i) => {
    const y = TOP + i * ROW + ROW / 2;
    const { literal } = row;
    const plain = row.plain ?? literal;
    const lx1 = literal.low === null ? LEFT : x(literal.low);
    const lx2 = literal.high === null ? plotRight : x(literal.high);
    const px1 = plain.low === null ? LEFT : x(plain.low);
    const px2 = plain.high === null ? plotRight : x(plain.high);
    const barX = px2 - px1 < 4 ? r1((px1 + px2) / 2 - 2) : px1;
    const barW = Math.max(4, r1(px2 - px1));
    const end = (v: number | null, inclusive: boolean) =>
      v === null ? null : html`<circle class="${inclusive ? 'nl-closed' : 'nl-open'}" cx="${x(v)}" cy="${y}" r="4.5"/>`;
    const arrowLeft = literal.low === null ? html`<path class="nl-arrow" d="M${LEFT - 6} ${y} l9 -5 v10 z"/>` : null;
    const arrowRight = literal.high === null ? html`<path class="nl-arrow" d="M${plotRight + 6} ${y} l-9 -5 v10 z"/>` : null;
    const single = literal.low !== null && literal.low === literal.high;
    return html`<g class="nl-row c${row.colour % 6}">
<text class="nl-label" x="${LEFT - 14}" y="${y + 4}" text-anchor="end">${row.label}</text>
<text class="nl-value" x="${plotRight + 22}" y="${y + 4}">${formatInterval(literal, unit)}</text>
<line class="nl-literal" x1="${lx1}" x2="${lx2}" y1="${y}" y2="${y}"/>
<rect class="nl-plain" x="${barX}" y="${y - 5}" width="${barW}" height="10" rx="3"/>
${arrowLeft}${arrowRight}${end(literal.low, literal.lowInclusive || single)}${single ? null : end(literal.high, literal.highInclusive)}
</g>`;
  });

  const description = drawable
    .map((r) => `${r.label}: words allow ${formatInterval(r.literal, unit)}${r.plain ? `, plain reading ${formatInterval(r.plain, unit)}` : ''}`)
    .join('; ');
  return html`<svg class="number-line" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${description}" xmlns="http://www.w3.org/2000/svg">
<title>${description}</title>
${grid}
<line class="nl-axis" x1="${LEFT}" x2="${plotRight}" y1="${axisY}" y2="${axisY}"/>
${drawn}
</svg>`;
}

/** The key under every number line, drawn with the same marks. */
export function numberLineLegend(): Html {
  const item = (mark: Html, words: string) => html`<span class="nl-key"><svg viewBox="0 0 28 12" width="28" height="12" aria-hidden="true">${mark}</svg>${words}</span>`;
  return html`<p class="nl-legend">${join([
    item(html`<line class="nl-literal" x1="2" x2="26" y1="6" y2="6"/>`, 'what the words allow'),
    item(html`<rect class="nl-plain" x="2" y="1" width="24" height="10" rx="3"/>`, 'plain reading'),
    item(html`<circle class="nl-closed" cx="14" cy="6" r="4.5"/>`, 'end included'),
    item(html`<circle class="nl-open" cx="14" cy="6" r="4.5"/>`, 'end excluded'),
    item(html`<path class="nl-arrow" d="M24 6 l-9 -5 v10 z"/>`, 'no bound'),
  ])}</p>`;
}
