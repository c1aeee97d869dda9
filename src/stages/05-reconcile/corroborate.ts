// The same distinctive figure in two articles is one fact, however differently their words frame it.
import { statisticClass } from './identity.js';
import type { Group } from './grouping.js';
import type { Item } from './item.js';
import type { Meter } from './meter.js';
import { pushTo, UnionFind } from './fast/index.js';

/** Whether an exact figure is specific enough that two articles giving it are giving the same one. */
export function distinctive(item: Item): boolean {
  return item.distinctive;
}

/**
 * Groups joined because two articles give the same distinctive figure (exactly, in the same unit and statistic),
 * with places and periods that do not differ where both are known, and that could not as well belong to another
 * article's place or period for that figure: "CBP counted 2,135,005 encounters" and "encounters reached 2,135,005
 * in fiscal 2024"; "a $297.9 billion budget" and "a $297.9 billion spending plan". The measure's words are not
 * compared: articles name one figure with different nouns ("homicides", "killings"; "valuation", "sale price"),
 * and an exact figure of three significant digits in one unit, statistic, place and period is not two measures'
 * by chance. A frame read differently on one side (a period missed, a synonym) thereby still finds its fact.
 * Returns the groups, with those so joined merged (the merged group keeps the smallest key).
 */
export function corroborate(groups: readonly Group[], meter: Meter): Group[] {
  // each item's group by the item's rank (0 … claims − 1): an array, not a map of a million entries
  let count = 0;
  for (const g of groups) count += g.items.length;
  const groupAt = new Int32Array(count);
  groups.forEach((g, i) => g.items.forEach((item) => (groupAt[item.rank] = i)));
  const groupOf = { get: (item: Item) => groupAt[item.rank] };
  const byFigure = new Map<string, Item[]>();
  for (const g of groups) {
    for (const item of g.items) {
      meter.comparisons++;
      if (!distinctive(item)) continue;
      pushTo(byFigure, `${item.base}|${statisticClass(item.claim.statistic, item.claim)}|${item.claim.per ?? ''}|${item.claim.value}`, item);
    }
  }
  const sets = new UnionFind(groups.length);
  const axes: ReadonlyArray<(item: Item) => string | null> = [(item) => item.place, (item) => item.periodKey];
  for (const list of byFigure.values()) {
    if (list.length < 2 || new Set(list.map((item) => item.articleRank)).size < 2) continue;
    // One pass an axis, not a comparison a pair: where the figure's items know two values of an axis (two
    // places), those that do not know it could belong to either and join neither; where they know one, an item
    // that does not know it reads as that one.
    const known = axes.map((axis) => new Set(list.map(axis).filter((v): v is string => v !== null)));
    const buckets = new Map<string, Item[]>();
    for (const item of list) {
      meter.comparisons++;
      const key: string[] = [];
      let ambiguous = false;
      axes.forEach((axis, a) => {
        const value = axis(item);
        const values = known[a]!;
        if (value === null && values.size > 1) ambiguous = true;
        key.push(value ?? (values.size === 1 ? [...values][0]! : ''));
      });
      if (!ambiguous) pushTo(buckets, key.join('\u241f'), item);
    }
    for (const bucket of buckets.values()) {
      if (new Set(bucket.map((item) => item.articleRank)).size < 2) continue;
      const first = groupOf.get(bucket[0]!)!;
      for (const item of bucket.slice(1)) sets.union(first, groupOf.get(item)!);
    }
  }
  const merged = new Map<number, Group>();
  for (let i = 0; i < groups.length; i++) {
    const root = sets.find(i);
    const g = groups[i]!;
    const into = merged.get(root);
    if (into === undefined) {
      merged.set(root, { ...g, items: [...g.items] });
      continue;
    }
    into.items.push(...g.items);
    into.adopted += g.adopted;
    const kind = into.kind === 'dated' || g.kind === 'dated' ? 'dated' : into.kind === 'undated' || g.kind === 'undated' ? 'undated' : 'unmeasured';
    merged.set(root, { ...into, key: g.key < into.key ? g.key : into.key, kind, byFigure: true });
  }
  return [...merged.values()];
}
