import type { Span } from './tokens.js';

/**
 * The rate a figure is given at, when the quantity scanner attached none: "More than 150 Americans die every
 * day" → day, "earns $2 billion annually" → year, "A kilogram of fentanyl costs about $3,000" → kilogram,
 * "25 per 100,000 residents" → 100,000 residents.
 */
const RATE_AFTER = /\b(?:every|each|a|an|per)\s+(day|week|month|year|hour|quarter)\b(?!\s+(?:earlier|before|ago|later|after|prior))|\b(daily|weekly|monthly|annually|yearly|per\s+annum)\b/i;
const ADVERBS: Record<string, string> = { daily: 'day', weekly: 'week', monthly: 'month', annually: 'year', yearly: 'year', 'per annum': 'year' };
const UNIT_PRICE = /^\s*(?:an?|one|each|per)\s+(kilogram|kilo|kg|pound|ounce|gram|ton|tonne|pill|tablet|dose|gallon|barrel)\s+of\b/i;

const PER_BASE = /^\s*(?:per|for\s+every)\s+(\d[\d,]*(?:\s+(?:people|residents|inhabitants|population|persons|adults|children|births))?)/i;

export function rateOf(text: string, clause: Span, value: Span, dimension: string): string | null {
  const base = PER_BASE.exec(text.slice(value.end, clause.end));
  if (base) return base[1]!.replace(/\s+/g, ' ');
  if (dimension === 'currency') {
    const price = UNIT_PRICE.exec(text.slice(clause.start, value.start));
    if (price) return price[1]!.toLowerCase().replace(/^kilo$|^kg$/, 'kilogram');
  }
  const after = text.slice(value.end, clause.end);
  const m = RATE_AFTER.exec(after);
  if (!m) return null;
  if (m[1]) return m[1].toLowerCase();
  return ADVERBS[m[2]!.toLowerCase().replace(/\s+/g, ' ')] ?? null;
}
