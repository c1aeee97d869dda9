import type { AliasMatch, AliasTarget } from './alias-trie.js';
import type { Word } from './words.js';

const SEPARATORS = new Set([',', 'and', 'or', '&']);
const MAX_HEAD_WORDS = 3;

/**
 * "the Sinaloa and Jalisco cartels", "the Sinaloa, Gulf and Juárez cartels": names listed before a plural
 * "cartels" are cartels, not states or cities. Each name that heads a cartel ("Sinaloa" of "Sinaloa Cartel")
 * replaces whatever the gazetteers matched on its words.
 */
export function readCoordinatedCartels(
  words: readonly Word[],
  matches: readonly AliasMatch[],
  cartelHeads: ReadonlyMap<string, AliasTarget>,
  from: number,
  to: number,
): AliasMatch[] {
  const added: AliasMatch[] = [];
  for (let i = from + 1; i < to; i++) {
    if (words[i]!.key !== 'cartels' || words[i]!.cap) continue;
    let end = i;
    const heads: AliasMatch[] = [];
    for (;;) {
      const head = headEndingAt(words, end, from, cartelHeads);
      if (!head) break;
      heads.push(head);
      let k = head.from - 1;
      if (k < from || !SEPARATORS.has(words[k]!.key)) break;
      if (words[k]!.key !== ',' && words[k - 1]?.key === ',') k--; // Oxford comma: ", and"
      end = k;
    }
    if (heads.length >= 2) added.push(...heads);
  }
  if (added.length === 0) return [...matches];
  const covered = (m: AliasMatch) => added.some((a) => m.from < a.to && a.from < m.to);
  return [...matches.filter((m) => !covered(m)), ...added].sort((a, b) => a.from - b.from);
}

/** The longest run of capitalised words ending just before `end` whose words head a cartel. */
function headEndingAt(words: readonly Word[], end: number, from: number, heads: ReadonlyMap<string, AliasTarget>): AliasMatch | null {
  for (let n = MAX_HEAD_WORDS; n >= 1; n--) {
    const start = end - n;
    if (start < from) continue;
    const span = words.slice(start, end);
    if (!span[0]!.cap) continue;
    const target = heads.get(span.filter((w) => !w.joiner).map((w) => w.key).join(' '));
    if (target) return { from: start, to: end, record: { alias: target.name, target, priority: 0, tokens: [] } };
  }
  return null;
}
