// Blocking: which claims are one fact. Claims meet only inside a block key, so the work stays linear.
import type { Interval } from '../../contracts/index.js';
import { argMaxLow, argMinHigh, compareLow, intersect } from './interval-ops.js';
import { plainReading, readingMiddle, type Item } from './item.js';
import type { Meter } from './meter.js';
import { pushTo } from './fast/index.js';
import { TupleKeys } from './fast/index.js';
import { corroborate } from './corroborate.js';
import { adoptPlaces } from './places.js';
import { stringOrder } from './fast/index.js';

export interface Group {
  /** the content key the fact id is derived from */
  readonly key: string;
  /** dated: same metric, place, period, unit; undated: same metric, place, unit and overlapping readings; unmeasured: no metric */
  readonly kind: 'dated' | 'undated' | 'unmeasured';
  readonly items: Item[];
  /** undated mentions that joined because the same article gives the same figure with a date */
  adopted: number;
  /** set when groups were joined by the same distinctive figure (corroborate.ts) */
  byFigure?: true;
  /** the key of the frame this group was split from because its claims' frames are only implied (splitSoft) */
  softOf?: string;
  /** a reviewer's decision made this group: claims joined as one fact, or kept apart from a different one (decided.ts) */
  decided?: 'together' | 'apart';
}

/**
 * Claims into fact groups. Every claim lands in exactly one group:
 * - no metric: a fact of its own (wire copies of it share one);
 * - dated: one group per metric + place + period + unit (+ rate and direction of change);
 * - undated, when the same article states the same figure with a date ("29 in late February" … "All 29"):
 *   that dated group;
 * - other undated claims: grouped per metric + place + unit only while their plain readings overlap, so an
 *   undated figure is never set against another it may not be about (it can agree, it cannot conflict).
 */
export function groupClaims(items: readonly Item[], meter: Meter): Group[] {
  adoptPlaces(items, meter);
  const dated = new Map<string, Item[]>();
  const wireCopies = new Map<string, Item[]>();
  const alone: Item[] = [];
  const undated: Item[] = [];
  // the dated key of each item, one string per distinct key (a key written per claim cost a string a claim)
  const datedKeys = new TupleKeys();
  const parts: Array<string | null> = [null, null, null];
  for (const item of items) {
    meter.comparisons++;
    if (item.identity === null) {
      // without a metric a claim is a fact of its own, shared only with its wire copies
      if (item.wire === null) alone.push(item);
      else pushTo(wireCopies, item.wire, item);
    } else if (item.periodKey !== null) {
      parts[0] = item.measure;
      parts[1] = item.place;
      parts[2] = item.periodKey;
      pushTo(dated, datedKeys.key(parts, datedKey, item), item);
    } else undated.push(item);
  }
  // keys differ across kinds (d|, u|, n|) and within each, so the groups need no map to stay apart
  const all: Group[] = [];
  for (const [key, list] of dated) {
    if (!ambiguous(list)) {
      all.push(...splitSoft(key, list, meter));
      continue;
    }
    const { kept, apart } = anchored(list);
    const split = (items: Item[]) => {
      for (const part of byReading(items, meter)) all.push({ key: `${key}#${firstInIdOrder(part).claim.id}`, kind: 'dated', items: part, adopted: 0 });
    };
    if (kept.length > 0 && !ambiguous(kept)) {
      all.push(...splitSoft(key, kept, meter));
      split(apart);
    } else split(list);
  }
  const rest = adoptDatedMentions(undated, all, meter);
  for (const group of clusterUndated(rest, meter)) all.push(group);
  const unmeasured = (list: Item[]): Group => ({ key: `n|${firstInIdOrder(list).claim.id}`, kind: 'unmeasured', items: list, adopted: 0 });
  for (const list of wireCopies.values()) all.push(unmeasured(list));
  for (const item of alone) all.push(unmeasured([item]));
  const joined = corroborate(all, meter);
  return Array.from(stringOrder(joined.map((group) => group.key)), (i) => joined[i]!);
}

const datedKey = (item: Item) => `d|${item.measure}|${item.place ?? ''}|${item.periodKey}`;

/** Vintages that come before a revision, and those that revise; and the vintages that come before any other. */
export const EARLY: ReadonlySet<string> = new Set(['provisional', 'preliminary', 'estimate', 'projection']);
export const LATE: ReadonlySet<string> = new Set(['final', 'revised']);
const FIRST: ReadonlySet<string> = new Set(['provisional', 'preliminary']);
/**
 * A preliminary or provisional figure comes before the estimate that replaces it ("the preliminary 13.2%", "the
 * FBI estimated 11.6%").
 */
export const comesBeforeEstimate = (v: string | null, w: string | null): boolean => v !== null && FIRST.has(v) && w === 'estimate';

/**
 * Whether a frame is too coarse to be one fact: one article gives two figures in it that cannot both be the same
 * count ("health care added 31,000 jobs", "construction 34,000": the sectors the frame does not hold). An article
 * does not contradict itself, except to revise a figure (a provisional and a final count, which stay one fact).
 * Such a frame's figures are then joined only where their readings meet, so no figure is set against another it
 * may not be about.
 */
function ambiguous(items: readonly Item[]): boolean {
  const byArticle = new Map<number, Item[]>();
  for (const item of items) pushTo(byArticle, item.articleRank, item);
  for (const list of byArticle.values()) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((a, b) => compareLow(a.plain, b.plain));
    for (let i = 1; i < sorted.length; i++) {
      for (let j = 0; j < i; j++) {
        if (intersect(sorted[j]!.plain, sorted[i]!.plain) !== null) continue;
        if (!revises(sorted[j]!, sorted[i]!)) return true;
      }
    }
  }
  return false;
}

/**
 * An ambiguous frame's claims (see `ambiguous`), each article's own conflict settled by its best-stated figure:
 * in an article whose figures of the frame disagree, the figure that states most of the frame in its own words
 * (its measure, period and place read in its clause, not lent by its sentence, paragraph or headline; the first
 * such in the text) anchors the article; its other figures stay, best stated first, while they meet every figure
 * kept before them, and the rest are set apart — they are the ones whose frame was lent ("Sixteen of those
 * killed", a comparison's year). Articles that do not contradict themselves keep all their figures. The frame's
 * other articles can then meet the anchors.
 */
function anchored(items: readonly Item[]): { kept: Item[]; apart: Item[] } {
  const byArticle = new Map<number, Item[]>();
  for (const item of items) pushTo(byArticle, item.articleRank, item);
  const kept: Item[] = [];
  const apart: Item[] = [];
  for (const list of byArticle.values()) {
    if (!ambiguous(list)) {
      kept.push(...list);
      continue;
    }
    // best stated first; each figure stays when it meets every figure the article kept before it
    const own: Item[] = [];
    for (const item of [...list].sort((a, b) => ownWords(b) - ownWords(a) || a.claim.valueStart - b.claim.valueStart || a.rank - b.rank)) {
      if (own.every((k) => intersect(item.plain, k.plain) !== null || revises(item, k))) own.push(item);
      else apart.push(item);
    }
    kept.push(...own);
  }
  return { kept, apart };
}

/** How many axes of a claim's frame its own clause states: measure, period, place. */
function ownWords(item: Item): number {
  const c = item.claim;
  return (c.measure?.via === 'clause' ? 1 : 0) + (c.period?.via === 'clause' ? 1 : 0) + (c.placeFrom?.via === 'clause' ? 1 : 0);
}

/** Two figures of one article that are the same count revised: one early vintage, one late, within a factor of two. */
function revises(a: Item, b: Item): boolean {
  const [x, y] = [a.claim.vintage, b.claim.vintage];
  const marked = x !== y && ((x !== null && EARLY.has(x) && (y === null || LATE.has(y))) || (y !== null && EARLY.has(y) && (x === null || LATE.has(x))) || (x !== null && LATE.has(x)) || (y !== null && LATE.has(y))
    || comesBeforeEstimate(x, y) || comesBeforeEstimate(y, x));
  return marked && withinRevision(a, b);
}


/**
 * Whether two figures are close enough to be one count revised: a revision moves a count by a part of itself
 * (40,990 to 40,901; 818,000 to 589,000), never to twice or half of it.
 */
export function withinRevision(a: Item, b: Item): boolean {
  const [m, n] = [readingMiddle(a), readingMiddle(b)];
  if (m === null || n === null || m <= 0 || n <= 0) return false;
  return Math.max(m, n) / Math.min(m, n) <= 2;
}

/** The axes of an item's frame that come from the article rather than its own words (its headline, its main place) or were widened. */
export function softAxes(item: Item): Array<'measure' | 'place' | 'period'> {
  const out: Array<'measure' | 'place' | 'period'> = [];
  if (item.claim.measure?.via === 'headline' || item.widened) out.push('measure');
  if (item.placeInferred || (item.place !== null && item.claim.placeFrom?.via === 'headline')) out.push('place');
  if (item.claim.period?.via === 'headline') out.push('period');
  return out;
}

/** Whether any axis of an item's frame comes from its article (`softAxes`, without making the list). */
const isSoft = (item: Item): boolean => item.headlineFrame || item.placeInferred;

/**
 * A frame's claims, with those whose frame the article only implies (a measure or place from its headline, a
 * place inferred, a measure widened) kept from conflicting: like an undated figure, such a claim joins the others
 * where its reading meets theirs, and stands apart — as a possible link, never a discrepancy — where it does not.
 * Claims stating the whole frame in their own words stay one group whatever their figures.
 */
function splitSoft(key: string, list: Item[], meter: Meter): Group[] {
  const one = (): Group[] => [{ key, kind: 'dated', items: list, adopted: 0 }];
  if (list.length < 2 || common(list, meter) !== null) return one();
  const soft: Item[] = [];
  const hard: Item[] = [];
  for (const item of list) (isSoft(item) ? soft : hard).push(item);
  if (soft.length === 0) return one();
  const out: Group[] = [];
  const base = hard.length > 0 ? { key, kind: 'dated' as const, items: hard, adopted: 0 } : null;
  const shared = hard.length > 0 ? common(hard, meter) : null;
  for (const part of byReading(soft, meter)) {
    const meets = base !== null && ((shared !== null && intersect(shared, common(part, meter)!) !== null) || revisesOwn(part, base.items));
    if (meets) base.items.push(...part);
    else out.push({ key: `${key}#${firstInIdOrder(part).claim.id}`, kind: 'dated', items: part, adopted: 0, softOf: key });
  }
  if (base !== null) out.unshift(base);
  return out;
}

/**
 * Whether a soft part revises a figure its own article states with the whole frame, one of them marked early
 * ("August's gain now stands at a revised 159,000, up from the preliminary 142,000"; "a little above the 461,685
 * in the preliminary data"): the article itself says the two are one count, so the part joins the frame's group as
 * a revision rather than standing apart. A late mark alone ("final federal crash data" beside an unmarked state
 * count) does not say so.
 */
const revisesOwn = (part: readonly Item[], hard: readonly Item[]): boolean =>
  part.some((s) => hard.some((h) => h.articleRank === s.articleRank && markedEarly(s, h) && revises(s, h)));
/** One of two figures marked as an early count (preliminary, provisional, an estimate): the article sets it before the other. */
const markedEarly = (a: Item, b: Item) => [a.claim.vintage, b.claim.vintage].some((v) => v !== null && EARLY.has(v));

/**
 * The part all items' plain readings share, or null: on a line, intervals meet together when the greatest lower
 * end meets the smallest upper one (two passes, nothing allocated but the result).
 */
function common(items: readonly Item[], meter: Meter): Interval | null {
  meter.comparisons += items.length;
  const [low, high] = [items[argMaxLow(items, plainReading)]!.plain, items[argMinHigh(items, plainReading)]!.plain];
  return intersect(low, high);
}

/** Items cut into runs whose readings share a common part (a sweep by lower bound). */
function byReading(items: readonly Item[], meter: Meter): Item[][] {
  const sorted = [...items].sort((a, b) => compareLow(a.plain, b.plain) || a.rank - b.rank);
  const out: Item[][] = [];
  let open: { items: Item[]; common: Interval } | null = null;
  for (const item of sorted) {
    meter.comparisons++;
    const common = open === null ? null : intersect(open.common, item.plain);
    if (open !== null && common !== null) {
      open.items.push(item);
      open.common = common;
    } else {
      if (open !== null) out.push(open.items);
      open = { items: [item], common: item.plain };
    }
  }
  if (open !== null) out.push(open.items);
  return out;
}

/** The item with the smallest claim id (items come in the batch's order, not in id order). */
const firstInIdOrder = (items: readonly Item[]) => items.reduce((a, b) => (b.rank < a.rank ? b : a));

/**
 * The same four fields, as the key this matching once built compared them — not `sameInterval`, which takes two
 * unbounded ends as equal whatever their inclusive flags.
 */
const sameReading = (a: Interval, b: Interval) =>
  a.low === b.low && a.high === b.high && a.lowInclusive === b.lowInclusive && a.highInclusive === b.highInclusive;

/**
 * Undated mentions join the dated group of the same article with the identical reading; returns the others. A
 * dated claim looks only at its own article's undated mentions of its measure: the mentions are sorted by article
 * and measure as one number, and each dated claim finds its run by binary search (a map of maps an article held
 * 35 MB of a million claims' reconciliation, past its first collections).
 */
function adoptDatedMentions(undated: readonly Item[], groups: readonly Group[], meter: Meter): Item[] {
  const measures = new Map<string, number>();
  for (const item of undated) if (!measures.has(item.measure)) measures.set(item.measure, measures.size);
  const keyOf = (item: Item, measure: number) => item.articleRank * measures.size + measure;
  // the mentions' positions in order of their keys (exact as doubles: articles × measures stays far below 2^53)
  const keyAt = Float64Array.from(undated, (item) => keyOf(item, measures.get(item.measure)!));
  const byKey = Int32Array.from(undated, (_, i) => i).sort((a, b) => keyAt[a]! - keyAt[b]! || a - b);
  const keys = Float64Array.from(byKey, (i) => keyAt[i]!);
  const matches = new Array<Set<Group> | null>(undated.length).fill(null);
  for (const group of groups) {
    for (const item of group.items) {
      const measure = measures.get(item.measure);
      if (measure === undefined) continue;
      const key = keyOf(item, measure);
      for (let k = firstAtLeast(keys, key); k < keys.length && keys[k] === key; k++) {
        const i = byKey[k]!;
        if (sameReading(undated[i]!.plain, item.plain)) (matches[i] ??= new Set()).add(group);
      }
    }
  }
  const rest: Item[] = [];
  for (const [i, item] of undated.entries()) {
    meter.comparisons++;
    const candidates = [...(matches[i] ?? [])].filter((g) => item.place === null || g.items[0]?.place === item.place);
    const [only] = candidates;
    if (candidates.length !== 1 || only === undefined) { rest.push(item); continue; }
    const place = only.items[0]?.place ?? null;
    if (item.place === null && place !== null) item.placeInferred = true;
    item.place = place;
    only.items.push(item);
    only.adopted++;
  }
  return rest;
}

/** The first position in sorted `values` holding `value` or more (`values.length` when none does). */
function firstAtLeast(values: Float64Array, value: number): number {
  let [low, high] = [0, values.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Sweep each undated block in order of lower bound; a claim joins the open group while the common part stays non-empty. */
function clusterUndated(items: readonly Item[], meter: Meter): Group[] {
  const blocks = new Map<string, Item[]>();
  for (const item of items) pushTo(blocks, `${item.measure}|${item.place ?? ''}`, item);
  const out: Group[] = [];
  for (const [block, list] of blocks) {
    for (const run of byReading(list, meter)) out.push({ key: `u|${block}|${firstInIdOrder(run).claim.id}`, kind: 'undated', items: run, adopted: 0 });
  }
  return out;
}
