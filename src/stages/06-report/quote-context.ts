import type { Claim } from '../../contracts/index.js';

/** A claim's quote inside its sentence, cut from the article text: `before + quote + after`. */
export interface QuoteContext {
  before: string;
  /** the quote split at the figure: `lead + value + tail === quote` */
  lead: string;
  value: string;
  tail: string;
  after: string;
  /** false when the article text is missing or its offsets do not give the quote; only the quote is shown then */
  located: boolean;
}

/** Longest stretch of sentence kept on each side of the quote before it is cut with an ellipsis. */
export const CONTEXT_CHARS = 280;

export function quoteContext(text: string | undefined, claim: Claim, maxContext = CONTEXT_CHARS): QuoteContext {
  const { lead, value, tail } = splitAtValue(claim);
  if (text === undefined || text.slice(claim.start, claim.end) !== claim.quote) {
    return { before: '', lead, value, tail, after: '', located: false };
  }
  const from = Math.max(0, Math.min(claim.sentence.start, claim.start));
  const to = Math.min(text.length, Math.max(claim.sentence.end, claim.end));
  return {
    before: keepEnd(squash(text.slice(from, claim.start)), maxContext),
    lead,
    value,
    tail,
    after: keepStart(squash(text.slice(claim.end, to)), maxContext),
    located: true,
  };
}

function splitAtValue(claim: Claim): Pick<QuoteContext, 'lead' | 'value' | 'tail'> {
  const from = claim.valueStart - claim.start;
  const to = claim.valueEnd - claim.start;
  if (from < 0 || to > claim.quote.length || to <= from) return { lead: claim.quote, value: '', tail: '' };
  return { lead: claim.quote.slice(0, from), value: claim.quote.slice(from, to), tail: claim.quote.slice(to) };
}

/** Line breaks inside a sentence read as spaces in a report. */
function squash(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** The last `max` code units, without a half word or half a surrogate pair at the cut. */
function keepEnd(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.length - max;
  if (isLowSurrogate(s.charCodeAt(cut))) cut++;
  let kept = s.slice(cut);
  if (!/\s/.test(s.charAt(cut - 1))) kept = kept.replace(/^\S+(?=\s)/, '');
  return `…${kept.trimStart()}`;
}

/** The first `max` code units, without a half word or half a surrogate pair at the cut. */
function keepStart(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = max;
  if (isLowSurrogate(s.charCodeAt(cut))) cut--;
  let kept = s.slice(0, cut);
  if (!/\s/.test(s.charAt(cut))) kept = kept.replace(/(?<=\s)\S+$/, '');
  return `${kept.trimEnd()}…`;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
