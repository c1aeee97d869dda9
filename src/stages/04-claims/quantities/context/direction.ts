import type { ChangeDirection } from '../lexicon/changes.js';
import { CHANGE_NOUNS, CHANGE_VERBS } from '../lexicon/changes.js';
import { UP_DOWN_PARTICLE_VERBS } from '../lexicon/hedges.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alt = (keys: Iterable<string>) => [...keys].sort((a, b) => b.length - a.length).map(escape).join('|');

const VERB_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${alt(CHANGE_VERBS.keys())})(?:\\s+by)?(?:\\s+(?:an?|some|the))?\\s+$`, 'iu');
const NOUN_OF_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${alt(CHANGE_NOUNS.keys())})\\s+(?:of|by)\\s+$`, 'iu');
const NOUN_AFTER = new RegExp(`[\\s-]+(${alt(CHANGE_NOUNS.keys())})(?![\\p{L}\\p{N}])`, 'iuy');

/**
 * The direction of a change around a quantity spanning [start, end): "rose 12%", "fell by 3,000",
 * "a 15% rise", "a decline of 3%".
 */
export function directionAround(text: string, start: number, end: number): ChangeDirection | null {
  const before = text.slice(Math.max(0, start - 40), start);
  const v = VERB_BEFORE.exec(before);
  if (v && v[1] !== undefined) {
    const word = v[1].toLowerCase().replace(/\s+/g, ' ');
    const dir = CHANGE_VERBS.get(word) ?? null;
    if (dir && (word === 'up' || word === 'down')) {
      const prev = /(\p{L}+)\s+$/u.exec(before.slice(0, v.index))?.[1]?.toLowerCase();
      if (prev !== undefined && UP_DOWN_PARTICLE_VERBS.has(prev)) return null;
    }
    if (dir) return dir;
  }
  const n = NOUN_OF_BEFORE.exec(before);
  if (n && n[1] !== undefined) return CHANGE_NOUNS.get(n[1].toLowerCase()) ?? null;
  NOUN_AFTER.lastIndex = end;
  const a = NOUN_AFTER.exec(text);
  if (a && a[1] !== undefined && !/^\s*\n/.test(a[0])) return CHANGE_NOUNS.get(a[1].toLowerCase()) ?? null;
  return null;
}
