import type { EntityType } from '../../contracts/index.js';
import { exactForm, isAcronymLike, startsUpper, wordKey } from './normalize.js';
import type { Word } from './words.js';
import { work } from '../../core/work.js';

/** What an alias stands for; `null` for an ignored phrase, which only blocks shorter matches inside it. */
export interface AliasTarget {
  id: string;
  name: string;
  type: EntityType;
  role: string | null;
  demonym: boolean;
  /** for places: the place it lies in, from the gazetteer */
  within?: string;
  /**
   * A name several places share ("Butte County" in California, Idaho and South Dakota): every one of them, for the
   * article's other places to choose from (`resolveShared`); the target itself is the first of them.
   */
  alternatives?: readonly AliasTarget[];
}

interface AliasToken {
  /** the case-sensitive form an acronym-like word must have in the text ("US", "DoJ"), else null */
  exact: string | null;
  capital: boolean;
}

export interface AliasRecord {
  alias: string;
  target: AliasTarget | null;
  priority: number;
  tokens: readonly AliasToken[];
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  records: AliasRecord[];
  /** at the root: first words of aliases that start in lowercase (none in the built-in gazetteers) */
  lowerStarts?: Set<string>;
}

export interface AliasMatch {
  /** word indexes, end exclusive */
  from: number;
  to: number;
  record: AliasRecord;
}

export function emptyTrie(): TrieNode {
  return { next: new Map(), records: [] };
}

/**
 * Split an alias the way the tokenizer splits text, so both walk the same edges: on spaces, around brackets,
 * quotes and commas, before a possessive "'s", and at hyphens (which, like spaces, separate words).
 */
export function aliasPieces(alias: string): Array<{ text: string; space: boolean }> {
  const pieces: Array<{ text: string; space: boolean }> = [];
  for (const chunk of alias.trim().split(/\s+/)) {
    let rest = chunk;
    let space = true;
    const push = (text: string) => {
      pieces.push({ text, space });
      space = false;
    };
    while (/^[(“"‘'[]/.test(rest) && rest.length > 1) {
      push(rest[0]!);
      rest = rest.slice(1);
    }
    const tail: string[] = [];
    while (/[)”"’,:;\]]$/.test(rest) && rest.length > 1) {
      tail.unshift(rest.slice(-1));
      rest = rest.slice(0, -1);
    }
    const possessive = /^(.*\p{L})(['’]s?)$/u.exec(rest);
    if (possessive && !/^\p{L}['’]\p{L}/u.test(rest)) {
      rest = possessive[1]!;
      tail.unshift(possessive[2]!);
    }
    rest.split(/([-‐‑–])/).forEach((part, i) => {
      if (part === '') return;
      if (i % 2 === 1) space = true; // a hyphen separates like a space
      else push(part);
    });
    tail.forEach(push);
  }
  return pieces;
}

export function addAlias(root: TrieNode, alias: string, target: AliasTarget | null, priority: number): void {
  const pieces = aliasPieces(alias);
  if (pieces.length === 0) return;
  let node = root;
  pieces.forEach((p, i) => {
    const label = (i > 0 && p.space ? ' ' : '') + wordKey(p.text);
    let next = node.next.get(label);
    if (!next) {
      next = emptyTrie();
      node.next.set(label, next);
    }
    node = next;
  });
  const tokens = pieces.map((p) => ({ exact: isAcronymLike(p.text) ? exactForm(p.text) : null, capital: startsUpper(p.text) }));
  if (!tokens[0]!.capital && /^\p{Ll}/u.test(pieces[0]!.text)) (root.lowerStarts ??= new Set()).add(wordKey(pieces[0]!.text));
  if (node.records.some((r) => r.target?.id === target?.id && r.alias === alias)) return;
  node.records.push({ alias, target, priority, tokens });
  node.records.sort((a, b) => a.priority - b.priority);
}

/** Whether some alias (or ignored phrase) is exactly these words. */
export function hasAlias(root: TrieNode, alias: string): boolean {
  let node: TrieNode | undefined = root;
  aliasPieces(alias).forEach((p, i) => {
    node = node?.next.get((i > 0 && p.space ? ' ' : '') + wordKey(p.text));
  });
  return node !== undefined && node.records.length > 0;
}

/** Whether the words of a match satisfy the alias's case rules (acronyms exact; the first capital kept). */
function caseFits(record: AliasRecord, words: readonly Word[]): boolean {
  let capitalSeen = false;
  for (let i = 0; i < record.tokens.length; i++) {
    const t = record.tokens[i]!;
    const w = words[i]!;
    if (t.exact !== null && exactForm(w.text) !== t.exact) return false;
    if (t.capital && !capitalSeen) {
      capitalSeen = true;
      if (!w.cap) return false;
    }
  }
  return true;
}

/**
 * The longest alias that starts at word `from` and ends at or before `limit` (exclusive), whose case fits.
 * Hyphens glued between words are skipped and read as spaces.
 */
export function longestAt(root: TrieNode, words: readonly Word[], from: number, limit: number): AliasMatch | null {
  const first = words[from];
  if (!first?.alnum) return null;
  let node = root.next.get(first.key);
  if (!node) return null;
  let best: AliasMatch | null = null;
  const used: Word[] = [first];
  let i = from;
  let hyphen = false;
  while (node) {
    if (node.records.length > 0) {
      const record = node.records.find((r) => caseFits(r, used));
      if (record) best = { from, to: i + 1, record };
    }
    i++;
    while (i < limit && words[i]!.joiner) {
      hyphen = true;
      i++;
    }
    const w = words[i];
    if (i >= limit || !w) break;
    node = node.next.get((w.space || hyphen ? ' ' : '') + w.key);
    hyphen = false;
    used.push(w);
  }
  work(used.length);
  return best;
}

/**
 * Leftmost-longest matches over words [from, to): no match overlaps another or starts inside a word. An alias
 * starts with a capital or a digit unless the trie says otherwise, so most lowercase words cost one check.
 */
export function scan(root: TrieNode, words: readonly Word[], from: number, to: number): AliasMatch[] {
  const matches: AliasMatch[] = [];
  const lower = root.lowerStarts;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (!w.cap && !(w.alnum && isDigit(w.text.charCodeAt(0))) && !(lower !== undefined && lower.has(w.key))) continue;
    if (!root.next.has(w.key)) continue;
    const m = longestAt(root, words, i, to);
    if (m) {
      matches.push(m);
      i = m.to - 1;
    }
  }
  return matches;
}

/** The alias that is exactly this sequence of words (read as separated by spaces), if any. */
export function matchSequence(root: TrieNode, seq: readonly Word[]): AliasRecord | null {
  let node: TrieNode | undefined = root;
  seq.forEach((w, i) => {
    node = node?.next.get((i > 0 ? ' ' : '') + w.key);
  });
  return node?.records.find((r) => caseFits(r, seq)) ?? null;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
