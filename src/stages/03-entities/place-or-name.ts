import type { AliasMatch } from './alias-trie.js';
import type { Word } from './words.js';

export interface NameLists {
  givenNames: ReadonlySet<string>;
  commonWords: ReadonlySet<string>;
}

/**
 * A one-word place inside a personal name is part of the name: "Lloyd Austin" (a given name before it),
 * "Jordan Peterson" (a given name that is also a country, before a surname). Such matches are dropped so the
 * name rules see the whole name.
 */
export function yieldPlacesToNames(words: readonly Word[], matches: readonly AliasMatch[], lists: NameLists): AliasMatch[] {
  const matched = new Set<number>();
  for (const m of matches) for (let i = m.from; i < m.to; i++) matched.add(i);
  const nameLike = (w: Word | undefined): w is Word =>
    w !== undefined && w.cap && w.alnum && !matched.has(w.index) && !lists.commonWords.has(w.key);
  return matches.filter((m) => {
    const target = m.record.target;
    if (!target || m.to - m.from !== 1 || target.demonym || (target.type !== 'place' && target.type !== 'country')) return true;
    const word = words[m.from]!;
    const prev = words[m.from - 1];
    if (nameLike(prev) && word.space && lists.givenNames.has(prev.key)) return false;
    const next = words[m.to];
    return !(lists.givenNames.has(word.key) && nameLike(next) && next.space && next.sentence === word.sentence);
  });
}
