// Blocking: which claims are one fact. Claims meet only inside a block key, so the work stays linear.
import type { Interval } from '../../contracts/index.js';
import { compareLow, intersect } from './interval-ops.js';
import type { Item } from './item.js';
import type { Meter } from './meter.js';
import { compareStrings, pushTo } from './order.js';
import { TupleKeys } from './keys.js';
import { adoptPlaces } from './places.js';
import { stringOrder } from './string-order.js';

export interface Group {
  /** the content key the fact id is derived from */
  readonly key: string;
  /** dated: same metric, place, period, unit; undated: same metric, place, unit and overlapping readings; unmeasured: no metric */
  readonly kind: 'dated' | 'undated' | 'unmeasured';
  readonly items: Item[];
  /** undated mentions that joined because the same article gives the same figure with a date */
  adopted: number;
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
  const unmeasured = new Map<string, Item[]>();
  const undated: Item[] = [];
  // the dated key of each item, one string per distinct key (a key written per claim cost a string a claim)
  const datedKeys = new TupleKeys();
  const parts: Array<string | null> = [null, null, null];
  for (const item of items) {
    meter.comparisons++;
    if (item.claim.metric === null) pushTo(unmeasured, item.wire ?? `claim:${item.claim.id}`, item);
    else if (item.periodKey !== null) {
      parts[0] = item.measure;
      parts[1] = item.place;
      parts[2] = item.periodKey;
      pushTo(dated, datedKeys.key(parts, datedKey, item), item);
    } else undated.push(item);
  }
  const groups = new Map<string, Group>();
  for (const [key, list] of dated) groups.set(key, { key, kind: 'dated', items: list, adopted: 0 });
  const rest = adoptDatedMentions(undated, [...groups.values()], meter);
  for (const group of clusterUndated(rest, meter)) groups.set(group.key, group);
  for (const list of unmeasured.values()) {
    const key = `n|${firstInIdOrder(list).claim.id}`;
    groups.set(key, { key, kind: 'unmeasured', items: list, adopted: 0 });
  }
  const all = [...groups.values()];
  return Array.from(stringOrder(all.map((group) => group.key)), (i) => all[i]!);
}

const datedKey = (item: Item) => `d|${item.measure}|${item.place ?? ''}|${item.periodKey}`;

/** The item with the smallest claim id (items come in the batch's order, not in id order). */
const firstInIdOrder = (items: readonly Item[]) => items.reduce((a, b) => (b.rank < a.rank ? b : a));

/**
 * The same four fields, as the key this matching once built compared them — not `sameInterval`, which takes two
 * unbounded ends as equal whatever their inclusive flags.
 */
const sameReading = (a: Interval, b: Interval) =>
  a.low === b.low && a.high === b.high && a.lowInclusive === b.lowInclusive && a.highInclusive === b.highInclusive;

/** Undated mentions join the dated group of the same article with the identical reading; returns the others. */
function adoptDatedMentions(undated: readonly Item[], groups: readonly Group[], meter: Meter): Item[] {
  // the undated mentions by article and measure: a dated claim looks only at its own article's of its measure
  const byArticle = new Map<number, Map<string, number[]>>(); // article rank → measure → positions in `undated`
  undated.forEach((item, i) => {
    let measures = byArticle.get(item.articleRank);
    if (measures === undefined) byArticle.set(item.articleRank, (measures = new Map()));
    pushTo(measures, item.measure, i);
  });
  const matches = new Array<Set<Group> | null>(undated.length).fill(null);
  for (const group of groups) {
    for (const item of group.items) {
      for (const i of byArticle.get(item.articleRank)?.get(item.measure) ?? []) {
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

/** Sweep each undated block in order of lower bound; a claim joins the open group while the common part stays non-empty. */
function clusterUndated(items: readonly Item[], meter: Meter): Group[] {
  const blocks = new Map<string, Item[]>();
  for (const item of items) pushTo(blocks, `${item.measure}|${item.place ?? ''}`, item);
  const out: Group[] = [];
  for (const [block, list] of blocks) {
    const sorted = [...list].sort((a, b) => compareLow(a.plain, b.plain) || a.rank - b.rank);
    let open: { items: Item[]; common: Interval } | null = null;
    const close = () => {
      if (open === null) return;
      const first = firstInIdOrder(open.items);
      const key = `u|${block}|${first.claim.id}`;
      out.push({ key, kind: 'undated', items: open.items, adopted: 0 });
    };
    for (const item of sorted) {
      meter.comparisons++;
      const common = open === null ? null : intersect(open.common, item.plain);
      if (open !== null && common !== null) {
        open.items.push(item);
        open.common = common;
      } else {
        close();
        open = { items: [item], common: item.plain };
      }
    }
    close();
  }
  return out;
}
