import { addAlias, aliasPieces, emptyTrie, type AliasTarget, type TrieNode } from './alias-trie.js';
import type { GazetteerEntry } from './gazetteer-schema.js';
import type { Gazetteers } from './gazetteer-load.js';
import { wordKey } from './normalize.js';

export interface Tries {
  /** cartels, agencies, organizations, countries, places: matched over the whole text */
  things: TrieNode;
  /** people: matched only inside capitalised runs, where a longer name can still win */
  people: TrieNode;
  /** "sinaloa" → the Sinaloa Cartel, for "the Sinaloa and Jalisco cartels" */
  cartelHeads: ReadonlyMap<string, AliasTarget>;
  /** each country's entry by its id ("country:us" → the United States) */
  countries: ReadonlyMap<string, { id: string; name: string }>;
}

/** Every alias of every gazetteer in one of two tries, each alias ranked by the file it came from. */
export function buildTries(g: Gazetteers): Tries {
  const things = emptyTrie();
  const people = emptyTrie();
  const cartelHeads = new Map<string, AliasTarget>();
  for (const { priority, file } of g.sources) {
    for (const alias of file.ignore) addAlias(things, alias, null, priority);
    for (const source of file.entries) {
      const entry = g.entries.get(source.id)!;
      const trie = entry.type === 'official' || entry.type === 'person' ? people : things;
      // a national agency (one the gazetteer gives a country) lies within that country
      const within = entry.within ?? (entry.type === 'agency' && entry.country !== undefined ? `country:${entry.country}` : undefined);
      const target = (demonym: boolean): AliasTarget => ({
        id: entry.id, name: entry.name, type: entry.type, role: entry.role ?? null, demonym,
        ...(within === undefined ? {} : { within }),
      });
      const prefixes = source.country ? countryPrefixes(g, source.country) : [];
      for (const alias of [source.name, ...source.aliases]) {
        addAlias(trie, alias, target(false), priority);
        const head = entry.type === 'cartel' ? cartelHead(alias) : null;
        if (head !== null && !cartelHeads.has(head)) cartelHeads.set(head, target(false));
        for (const p of prefixes) if (!startsWithAny(alias, prefixes)) addAlias(trie, `${p} ${alias}`, target(false), priority);
      }
      for (const alias of source.prefixedAliases) {
        for (const p of prefixes) addAlias(trie, `${p} ${alias}`, target(false), priority);
      }
      for (const demonym of source.demonyms) addAlias(trie, demonym, target(true), priority);
    }
  }
  const countries = new Map<string, { id: string; name: string }>();
  for (const entry of g.entries.values()) {
    if (entry.type === 'country') countries.set(entry.id, { id: entry.id, name: entry.name });
  }
  return { things, people, cartelHeads, countries };
}

/** "Sinaloa Cartel" → "sinaloa"; null for names not of the form "X Cartel". */
function cartelHead(alias: string): string | null {
  const pieces = aliasPieces(alias).map((p) => wordKey(p.text));
  return pieces.length >= 2 && pieces[pieces.length - 1] === 'cartel' ? pieces.slice(0, -1).join(' ') : null;
}

function countryPrefixes(g: Gazetteers, code: string): readonly string[] {
  const country: GazetteerEntry | undefined = g.entries.get(`country:${code}`);
  return country?.prefixes ?? [];
}

function startsWithAny(alias: string, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => alias.startsWith(`${p} `));
}
