import type { Quantity } from '../../../../../src/contracts/index.js';
import { scanNumbers } from '../../../../../src/stages/04-claims/quantities/numbers/scan-numbers.js';
import { scanDetailed, type QuantityMatch } from '../../../../../src/stages/04-claims/quantities/scan.js';
import { normText, type Result, type SuiteKind } from './suites.js';

const NOT_MEASURES = new Set(['count', 'currency', 'percent', 'percentage_point', 'point', 'duration', 'age', 'temperature', 'ratio']);
const WRITTEN_PERCENT = /%|per\s*-?cent|percent|pct|pc\b|percentage/i;

const UNIT_SUITES = new Set<SuiteKind>(['currency', 'dimension', 'age', 'temperature']);

function matchesSuite(kind: SuiteKind, q: Quantity): boolean {
  if (kind === 'currency') return q.dimension === 'currency';
  if (kind === 'dimension') return !NOT_MEASURES.has(q.dimension);
  return q.dimension === kind;
}

const fmt = (n: number) => String(Number(n.toPrecision(12)));

/**
 * A hedged quantity as Recognizers' number-range notation: over 20 → "(20,)", up to 700 → "(,700]". A proportion
 * claimgraph reads as a percentage ("more than 1/2") is written as the plain fraction, as Recognizers does.
 */
function interval(q: Quantity, core: string): string | null {
  const k = q.dimension === 'percent' && !WRITTEN_PERCENT.test(core) ? 0.01 : 1;
  const v = q.value === null ? null : q.value * k;
  switch (q.hedge) {
    case 'over': return v === null ? null : `(${fmt(v)},)`;
    case 'at_least': return v === null ? null : `[${fmt(v)},)`;
    case 'under': return v === null ? null : `(,${fmt(v)})`;
    case 'at_most':
    case 'up_to': return v === null ? null : `(,${fmt(v)}]`;
    case 'range': return q.low === null || q.high === null ? null : `[${fmt(q.low * k)},${fmt(q.high * k)}]`;
    default: return null;
  }
}

const slice = (text: string, s: number, e: number) => normText(text.slice(s, e));

function value(m: QuantityMatch): number | null {
  const q = m.quantity;
  return q.value ?? (q.low !== null && q.high !== null && q.hedge === 'range' ? (q.low + q.high) / 2 : null);
}

/**
 * claimgraph's results for one case, mapped to the spec's notion of a result:
 * - number: the number layer (`scanNumbers`), without numbers glued to unit letters ("180ml") and without the
 *   pronoun "one" the scanner rejects; Recognizers counts neither as a number
 * - percent: quantities written as percentages; range: hedged quantities as intervals, text from the hedge to the
 *   end of the number; currency, dimension, age, temperature: quantities of that dimension, text without hedge words;
 *   a range as its ends written with a unit or currency ("40 - 50 years old" → "50 years old"), since
 *   Recognizers has no ranges and reads only amounts written with a unit
 * - quantulum: every quantity, ranges as their midpoint, text without hedge words but with "between" and rate words
 */
export function claimgraphResults(kind: SuiteKind, text: string): Result[] {
  if (kind === 'number') {
    const scanned = scanDetailed(text);
    const pronouns = new Set(scanned.rejected.filter((r) => r.rule === 'pronoun' || r.rule === 'compound').map((r) => r.start));
    return scanNumbers(text)
      .filter((n) => n.suffix === null && !pronouns.has(n.start))
      .map((n) => ({ text: normText(n.text), value: n.value, unit: null }));
  }
  const out: Result[] = [];
  for (const m of scanDetailed(text).quantities) {
    const q = m.quantity;
    if (m.ends && UNIT_SUITES.has(kind)) {
      // Recognizers has no ranges: it reads the amounts written with a unit, so a range is compared as those ends
      const keep = ['currency', 'dimension', 'age', 'temperature'].includes(kind) && matchesSuite(kind, q);
      for (const e of m.ends) if (keep && e.unitWritten) out.push({ text: slice(text, e.start, e.end), value: e.value, unit: q.unit });
      continue;
    }
    const core = slice(text, m.core.start, m.core.end);
    const unit = q.per ? `${q.unit}/${q.per}` : q.unit;
    switch (kind) {
      case 'percent':
        if (q.dimension === 'percent' && WRITTEN_PERCENT.test(core)) out.push({ text: core, value: q.value, unit: null });
        break;
      case 'range': {
        const iv = interval(q, core);
        const postHedge = /^\s+(?:or|and)\s/i.test(text.slice(m.number.end, q.end));
        if (iv) out.push({ text: slice(text, q.start, postHedge ? q.end : m.number.end), value: iv, unit: null });
        break;
      }
      case 'currency':
        if (q.dimension === 'currency') out.push({ text: core, value: q.value, unit: q.unit });
        break;
      case 'dimension':
        if (!NOT_MEASURES.has(q.dimension)) out.push({ text: core, value: q.value, unit: q.unit });
        break;
      case 'age':
        if (q.dimension === 'age') out.push({ text: core, value: q.value, unit: q.unit });
        break;
      case 'temperature':
        if (q.dimension === 'temperature') out.push({ text: core, value: q.value, unit: q.unit });
        break;
      case 'quantulum': {
        const start = /^between\b/i.test(q.text) ? q.start : m.core.start;
        out.push({ text: slice(text, start, q.end), value: value(m), unit });
        break;
      }
    }
  }
  return out;
}
