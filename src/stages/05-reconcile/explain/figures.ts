// How explanations name one claim: by its own words ("over 97,000"), with its reading where that adds something.
import type { Interval } from '../../../contracts/index.js';
import { sameInterval } from '../interval-ops.js';
import type { Item } from '../item.js';
import { readingWords } from './format.js';

/** Shown readings are in the fact's unit: value shown = value compared ÷ factor. */
export interface Display {
  unit: string;
  factor: number;
}

export function shown(iv: Interval, display: Display): Interval {
  if (display.factor === 1) return { low: iv.low, high: iv.high, lowInclusive: iv.lowInclusive, highInclusive: iv.highInclusive };
  const f = (x: number | null) => (x === null ? null : Number((x / display.factor).toPrecision(12)));
  return { low: f(iv.low), high: f(iv.high), lowInclusive: iv.lowInclusive, highInclusive: iv.highInclusive };
}

/** The figure as the article wrote it, lower-cased at the start unless it is an acronym: "Over 97,000" → "over 97,000". */
export function figure(item: Item): string {
  const text = item.claim.valueText.trim();
  return /^[A-Z][A-Z]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

export function plainWords(item: Item, display: Display): string {
  return readingWords(shown(item.plain, display), display.unit);
}

export function literalWords(item: Item, display: Display): string {
  return readingWords(shown(item.literal, display), display.unit);
}

/** True when the plain reading is a single number: nothing to explain about how it reads. */
export function isPoint(iv: Interval): boolean {
  return iv.low !== null && iv.low === iv.high;
}

/** A hedged claim reads plainly narrower than it does literally ("over 97,000": (97,000, ∞) vs (97,000, 98,000]). */
export function isHedged(item: Item): boolean {
  return !sameInterval(item.plain, item.literal);
}

/** "over 97,000 (read as 97,000–98,000)", or just "106,000". */
export function figureWithReading(item: Item, display: Display): string {
  const reading = plainWords(item, display);
  return isPoint(item.plain) && reading.replace(/\D/g, '') === figure(item).replace(/\D/g, '') ? figure(item) : `${figure(item)} (read as ${reading})`;
}
