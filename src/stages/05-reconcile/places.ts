// A claim that names no place is read as being about the one place the batch reports for that measure and period.
import type { Item } from './item.js';
import { TupleKeys } from './fast/index.js';
import type { Meter } from './meter.js';

const measurePeriod = (item: Item) => `${item.measure}#${item.periodKey ?? ''}`;

/**
 * For each measure (metric, unit, rate, direction) and period: when every placed claim names the same place,
 * claims without a place take it (marked `placeInferred`). With two or more places on record nothing is guessed:
 * the place-less claims stay apart, so a world figure is never merged with a national one by accident. Claims
 * without a metric are left alone.
 */
export function adoptPlaces(items: readonly Item[], meter: Meter): void {
  const places = new Map<string, Set<string>>();
  // one string per measure and period, not one a claim
  const keys = new TupleKeys();
  const parts: Array<string | null> = [null, null];
  const keyOf = (item: Item) => {
    parts[0] = item.measure;
    parts[1] = item.periodKey;
    return keys.key(parts, measurePeriod, item);
  };
  for (const item of items) {
    if (item.identity === null || item.place === null) continue;
    const key = keyOf(item);
    const set = places.get(key) ?? new Set<string>();
    set.add(item.place);
    places.set(key, set);
  }
  for (const item of items) {
    if (item.identity === null || item.place !== null) continue;
    meter.comparisons++;
    const set = places.get(keyOf(item));
    if (set?.size !== 1) continue;
    const [only] = set;
    item.place = only ?? null;
    item.placeInferred = true;
  }
}
