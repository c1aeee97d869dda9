import type { Claim, Interval } from '../../contracts/index.js';
import { POLLED } from '../../readers/attribution.js';
import { statisticClass } from './identity.js';

/** A claim prepared for reconciliation: readings in the unit of comparison, place and period as keys. */
export interface Item {
  readonly claim: Claim;
  /** the claim's article as its position among the batch's articles in id order: equal for claims of one article */
  readonly articleRank: number;
  /** the unit the claim is compared in (kg for any mass, the ISO code for money, count, percent...) */
  readonly base: string;
  /** the literal interval the words allow, in `base` */
  readonly literal: Interval;
  /** the plain reading (the literal one when the claim has none), in `base` */
  readonly plain: Interval;
  /** the claim's place, or the place adopted for it (see places.ts) */
  place: string | null;
  placeInferred: boolean;
  /** null when undated */
  readonly periodKey: string | null;
  /** the same sentence in another article shares this key (see wire.ts); null when too short to tell */
  readonly wire: string | null;
  /**
   * read once from the claim, so later passes need not reach into it: an exact figure with three or more
   * significant digits (corroborate.ts), and whether its measure or place comes from its article's headline or
   * was widened (grouping.ts, `splitSoft`). A period the headline sets is the article's own statement of when
   * ("Baltimore ends 2023 with 262 homicides"), read as a reader reads the lede under it: not a soft axis.
   */
  readonly distinctive: boolean;
  readonly headlineFrame: boolean;
  /** whether its measure identity was widened to another claim's qualifiers (identity.ts): an inferred measure */
  readonly widened: boolean;
  /** `measureKey` of the item, made once: grouping asks for it several times a claim */
  readonly measure: string;
  /** what the claim measures (identity.ts): its metric, else its measure's classes; null when it names neither */
  readonly identity: string | null;
  /**
   * the item's position in claim-id order (prepareItems): items come in the batch's order, and whatever must not
   * depend on that order (ties, the first of a wire text, edges' ends) compares ranks, never ids
   */
  readonly rank: number;
}

/** An item's readings, for what takes a reader of intervals (`reconciledRange`, `argMaxLow`, verdicts). */
export const literalReading = (item: Item): Interval => item.literal;
export const plainReading = (item: Item): Interval => item.plain;

/** The middle of a figure's plain reading; its one bound when the other is open; null when both are. */
export const readingMiddle = (item: Item): number | null =>
  (item.plain.low !== null && item.plain.high !== null ? (item.plain.low + item.plain.high) / 2 : item.plain.low ?? item.plain.high);

/** Everything but the place and the period that two claims must share to be one fact. */
export function measureKey(item: Pick<Item, 'claim' | 'base' | 'identity'>): string {
  const c = item.claim;
  return `${item.identity ?? ''}|${statisticClass(c.statistic, c)}|${c.dimension}|${item.base}|${c.per ?? ''}|${keyDirection(c) ?? ''}${forecastersExpectation(c) ? '|expected' : ''}`;
}

/**
 * A forecasters' expectation of a figure ("economists polled by Bloomberg had looked for a gain of 163,000"): a
 * fact of its own, never a vintage of the figure it forecasts — the release that comes out is not a revision of
 * what economists expected of it. A body's own projection ("NHTSA projects", "the utility expects") stays one fact
 * with the count it projects.
 */
export function forecastersExpectation(claim: Pick<Claim, 'vintage' | 'quote' | 'attribution'>): boolean {
  return claim.vintage === 'projection' && (FORECASTERS.test(claim.quote) || POLLED.test(claim.attribution?.text ?? ''));
}
const FORECASTERS = /\b(?:economists|analysts|forecasters|strategists|Wall\s+Street)\b/i;

/**
 * The direction two claims must share: a rise of 5% and a fall of 5% are two facts; the level a move reached
 * ("slid 3% to 14,210") is one figure whichever way it moved, and joins the same level stated without the move.
 */
export function keyDirection(claim: Pick<Claim, 'statistic' | 'direction'>): Claim['direction'] {
  return claim.statistic === 'level' ? null : claim.direction;
}
