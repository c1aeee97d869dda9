import { addAlias, aliasPieces, emptyTrie, hasAlias, type AliasTarget, type TrieNode } from './alias-trie.js';
import { pushTo } from '../../core/collections.js';
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
  addSharedNames(g, things);
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

/**
 * Place names that several places share, which their gazetteers give only with the place they lie in ("Butte
 * County, California"; "Arlington, Texas"): the shared name alone ("Butte County") becomes one alias holding every
 * place of that name, which an article's other places resolve (`resolveShared`) — a reader of "Butte County" in a
 * story datelined "CHICO, Calif." knows which one it is. A name some entry already has as an alias, or that a
 * gazetteer ignores, is left as it is.
 */
function addSharedNames(g: Gazetteers, things: TrieNode): void {
  const byName = new Map<string, AliasTarget[]>();
  const priority = new Map<string, number>();
  for (const { priority: p, file } of g.sources) {
    for (const source of file.entries) {
      const entry = g.entries.get(source.id)!;
      const comma = entry.name.indexOf(', ');
      if (entry.type !== 'place' || entry.within === undefined || comma < 0) continue;
      const name = entry.name.slice(0, comma);
      pushTo(byName, name, { id: entry.id, name: entry.name, type: entry.type, role: entry.role ?? null, demonym: false, within: entry.within });
      priority.set(name, Math.min(priority.get(name) ?? p, p));
    }
  }
  for (const [name, targets] of byName) {
    const places = [...new Map(targets.map((t) => [t.id, t])).values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    if (places.length < 2 || hasAlias(things, name)) continue;
    addAlias(things, name, { ...places[0]!, alternatives: places }, priority.get(name)!);
  }
}
