import type { EntityRef, Registry } from './registry.js';
import { NAME_SUFFIXES } from './vocabulary.js';

/**
 * The person an article already named that a (shorter) reference points at: "Milgram" → Anne Milgram,
 * "Oseguera" → Abraham Oseguera rather than Rubén Oseguera Cervantes (an exact last name beats a Spanish
 * paternal surname), the nearest earlier mention breaking ties. Two people never merge on a shared surname
 * unless the reference is nothing but that surname and this is the best match.
 */
export function resolvePerson(registry: Registry, keys: readonly string[], at: number): EntityRef | null {
  let best: { ref: EntityRef; score: number; distance: number } | null = null;
  for (const { ref, names, at: seen } of registry.people()) {
    let score = 0;
    for (const name of names) score = Math.max(score, matchScore(name, keys));
    if (score === 0) continue;
    const distance = nearest(seen, at);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { ref, score, distance };
  }
  return best?.ref ?? null;
}

/** 3: the same name; 2: its last names ("Milgram", "Correa-Cabrera"); 1: its paternal surname ("Oseguera"). */
export function matchScore(name: readonly string[], keys: readonly string[]): number {
  const core = stripSuffixes(name);
  const ref = stripSuffixes(keys);
  if (ref.length === 0) return 0;
  if (same(core, ref)) return 3;
  if (core.length > ref.length && same(core.slice(-ref.length), ref)) return 2;
  if (core.length > ref.length + 1 && same(core.slice(-ref.length - 1, -1), ref)) return 1;
  return 0;
}

function stripSuffixes(keys: readonly string[]): readonly string[] {
  let end = keys.length;
  while (end > 1 && NAME_SUFFIXES.has(keys[end - 1]!)) end--;
  return keys.slice(0, end);
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

/** Distance to the nearest mention, earlier ones first: an earlier mention at d beats a later one at d. */
function nearest(seen: readonly number[], at: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (const s of seen) best = Math.min(best, s <= at ? at - s : 1e6 + (s - at));
  return best;
}
