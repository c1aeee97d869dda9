import type { Span } from './tokens.js';

/**
 * Which vintage of a figure the text names: a provisional, preliminary or final count, an estimate, a projection,
 * a revised figure. A provisional and a final count of the same fact disagree by design (the reconciler calls
 * that a revision), so the words are read where they govern the figure: in its clause, the nearest cue first.
 */
export const VINTAGES = ['provisional', 'final', 'preliminary', 'estimate', 'projection', 'revised'] as const;
export type Vintage = (typeof VINTAGES)[number];

interface Rule {
  id: Vintage;
  re: RegExp;
  reason: string;
  /** when given, the words from the figure to the cue must match: the cue is in a clause on that figure */
  governs?: RegExp;
}

const RULES: Rule[] = [
  { id: 'provisional', re: /\bprovisional(?:ly)?\b/gi, reason: '"provisional figures", "provisionally"' },
  { id: 'preliminary', re: /\b(?:preliminary\s+(?:estimates?|counts?|figures?|data|tall(?:y|ies))|preliminary|early\s+estimates?|first\s+estimates?|initial\s+(?:estimates?|counts?|figures?|tall(?:y|ies)|reports?|data)|advance\s+estimates?|flash\s+estimates?|first\s+(?:count|tally|reading|print)|initial(?=\s+(?:(?:about|nearly|roughly|some)\s+)?[$€£]?\d)|(?:first|initially|originally)\s+(?:reported|put|estimated|counted|announced|published|gave)(?=[^.;]{0,40}\b(?:as|at)\s)|(?<=(?:\d,\d{3}|\d%|\d\.\d+|\d\s+(?:million|billion|percent))\s+(?:\w+\s+)?)(?:first|initially|originally|previously|widely|earlier)\s+(?:reported|published|announced|estimated))\b/gi, reason: '"preliminary data", "a preliminary estimate", "an early estimate", "the initial count", "the initial 254,000 print", "had first reported the tally as", "the 3.6% drop first reported", "the 59.9% widely reported"' },
  { id: 'final', re: /\b(?:final(?:ized)?\s+(?:(?:inspection|federal|official|crash|census|election|audited|state|national)\s+){0,2}(?:counts?|tall(?:y|ies)|figures?|numbers?|data|totals?|results?|estimates?|report)|finalized|certified(?:\s+results?)?|official\s+final)\b/gi, reason: '"the final count", "final inspection figures", "final federal crash data", "finalized data", "certified results"' },
  { id: 'revised', re: /\b(?:revised|revision|revisions|corrected|downward(?:ly)?\s+revised|upward(?:ly)?\s+revised|(?:raised|lowered|cut|increased|updated|adjusted|pared|trimmed|corrected)\s+(?:its|their|the|his|her)\s+(?:estimate|count|tally|forecast|figure|projection|number|total|toll)s?|now\s+(?:counts|puts|estimates|says))\b/gi, reason: '"revised figures", "corrected", "raised its estimate to", "cut the number … to", "now puts" (not the figure a move starts from)' },
  { id: 'projection', re: /\b(?:project(?:ed|ions?|s)?|forecasts?|forecasted|forecasting|predict(?:ed|s|ions?)?|anticipated|expected\s+to|(?:had\s+|were\s+|was\s+)?expect(?:ed|ing)(?=\s+(?:about\s+|around\s+|roughly\s+|some\s+)?[$€£]?\d)|(?:had\s+)?look(?:ed|ing)\s+for(?=\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:gain|increase|rise|drop|decline|fall|reading|figure|total)\b)|consensus\s+(?:estimate|forecast|of)|expects?(?=\s+[^.;]{0,40}?\bto\s+(?:rise|fall|grow|reach|increase|decrease|climb|drop|average|hit|top|exceed|be)\b)|is\s+set\s+to|are\s+set\s+to|on\s+track\s+to|outlook)\b/gi, reason: '"projected", "a forecast of", "expected to reach", "economists had expected 160,000", "expects grocery prices to rise 1.1%", "had looked for a gain of 163,000", "the consensus estimate"' },
  {
    id: 'projection',
    re: /\b(?:had\s+)?(?:expected|forecast|projected|predicted)\b(?!\s+(?:to|that)\b)/gi,
    reason: '"the 169,000 that economists had expected": a relative clause on the figure right before it',
    governs: /^\s*(?:[\p{L}-]+\s+){0,2}that\s[^.;,]{0,60}$/u,
  },
  { id: 'estimate', re: /\b(?:estimated?|estimates|estimating|by\s+one\s+estimate|an\s+estimated)\b/gi, reason: '"an estimated", "estimates", "by one estimate"' },
];

/** The first end of a move: "from 134" before "to 66". */
const FROM_BEFORE = /\bfrom\s+(?:about\s+|nearly\s+|roughly\s+|some\s+|an?\s+|the\s+)?$/i;
const TO_AFTER = /^\s*(?:in\s+[^.;,]{1,20}?\s+)?to\s+(?:about\s+|nearly\s+|roughly\s+|some\s+|an?\s+)?[$€£]?\d/i;

/** A figure, and the relative clause on it that runs up to a cue: "… topped the 150,000 that economists had". */
const FIGURE_G = /[$€£]?\d[\d,.]*(?:\s+(?:million|billion|trillion|percent))?%?/g;
const RELATIVE_TO_CUE = /^\s*(?:[\p{L}-]+\s+){0,2}(?:that|which|who)\s[^.;,]{0,60}$/u;

/**
 * Whether the words from a figure to a cue after it hold another figure whose relative clause the cue stands in
 * ("The September gain of 254,000 … topped the 150,000 that economists had predicted": the forecast is the
 * 150,000's, not the 254,000's).
 */
function governedByOther(between: string): boolean {
  let last = -1;
  FIGURE_G.lastIndex = 0;
  for (let m = FIGURE_G.exec(between); m !== null; m = FIGURE_G.exec(between)) last = m.index + m[0].length;
  return last >= 0 && RELATIVE_TO_CUE.test(between.slice(last));
}

export interface VintageRead extends Span {
  vintage: Vintage;
  text: string;
  reason: string;
}

/** The vintage cue in `span` nearest the figure, or null. */
export function readVintage(text: string, span: Span, figure: Span): VintageRead | null {
  const slice = text.slice(span.start, span.end);
  // "lowered its tally from 134 to 66": the figure it moved from is the one before the revision, not a revised one
  const revisedFrom = FROM_BEFORE.test(text.slice(Math.max(0, figure.start - 30), figure.start)) && TO_AFTER.test(text.slice(figure.end, figure.end + 40));
  let best: VintageRead | null = null;
  let bestGap = Infinity;
  for (const rule of RULES) {
    if (revisedFrom && rule.id === 'revised') continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(slice); m !== null; m = rule.re.exec(slice)) {
      const start = span.start + m.index;
      const end = start + m[0].length;
      if (rule.governs !== undefined && (start < figure.end || !rule.governs.test(text.slice(figure.end, start)))) continue;
      if (start >= figure.end && governedByOther(text.slice(figure.end, start))) continue;
      // a cue right before another figure is that figure's ("from an upwardly revised 5.21 million", "the early
      // estimate of 40,990")
      const next = /^\s*(?:(?:of|at|was|is)\s+)?(?:(?:about|nearly|roughly|around|some|just|over|under)\s+)?(?=[$€£]?\d)/i.exec(text.slice(end, end + 24));
      if (next !== null) {
        const at = end + next[0].length;
        if (at < figure.start || at >= figure.end) continue;
      }
      const gap = end <= figure.start ? figure.start - end : start >= figure.end ? start - figure.end : 0;
      if (gap < bestGap) {
        bestGap = gap;
        best = { vintage: rule.id, text: m[0], start, end, reason: rule.reason };
      }
    }
  }
  return best;
}

export const VINTAGE_RULES: ReadonlyArray<{ id: string; reason: string }> = RULES.map(({ id, reason }) => ({ id, reason }));
