import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { EntityType } from '../../contracts/index.js';
import { AnyGazetteerFileSchema, type GazetteerEntry, type GazetteerFile, type WordListFile } from './gazetteer-schema.js';
import { wordKey } from './normalize.js';

/** The gazetteers that ship with claimgraph (`data/gazetteers/`, beside `src/` and `dist/`). */
export const BUILT_IN_GAZETTEERS = fileURLToPath(new URL('../../../data/gazetteers/', import.meta.url));

/** Lower numbers win when two entries claim the same words: a user's files, then cartels before places. */
const TYPE_PRIORITY: Readonly<Record<EntityType, number>> = {
  cartel: 1, agency: 2, organization: 3, operation: 4, official: 5, person: 5, country: 6, place: 7,
};

export interface GazetteerSource {
  path: string;
  /** 0 for the user's files, which override the built-in ones */
  priority: number;
  file: GazetteerFile;
}

/** All gazetteers of a pipeline, validated and merged: entries by id, with the files their aliases came from. */
export interface Gazetteers {
  entries: ReadonlyMap<string, GazetteerEntry & { type: EntityType }>;
  sources: readonly GazetteerSource[];
  /** folded given names ("andres", "anne") */
  givenNames: ReadonlySet<string>;
  /** folded words that never start or form an entity ("akismet", "comments") */
  notEntities: ReadonlySet<string>;
}

export async function loadGazetteers(extraPaths: readonly string[] = [], builtInDir = BUILT_IN_GAZETTEERS): Promise<Gazetteers> {
  const builtIn = (await readdir(builtInDir)).filter((f) => f.endsWith('.json')).sort().map((f) => join(builtInDir, f));
  const files = [
    ...(await Promise.all(builtIn.map((p) => readGazetteer(p)))),
    ...(await Promise.all(extraPaths.map((p) => readGazetteer(resolve(p))))),
  ];
  const userFrom = builtIn.length;
  const entries = new Map<string, GazetteerEntry & { type: EntityType }>();
  const sources: GazetteerSource[] = [];
  const givenNames = new Set<string>();
  const notEntities = new Set<string>();
  files.forEach(({ path, file }, i) => {
    if ('words' in file) {
      addWords(file, file.kind === 'given-names' ? givenNames : notEntities);
      return;
    }
    const user = i >= userFrom;
    sources.push({ path, priority: user ? 0 : TYPE_PRIORITY[file.type], file });
    const seen = new Set<string>();
    for (const entry of file.entries) {
      if (seen.has(entry.id)) throw new Error(`gazetteer ${path} lists "${entry.id}" twice: merge the two entries`);
      seen.add(entry.id);
      const typed = { ...entry, type: entry.type ?? file.type };
      const before = entries.get(entry.id);
      if (before && !user) throw new Error(`built-in gazetteers list "${entry.id}" twice (${path}): ids must be unique`);
      entries.set(entry.id, before ? mergeEntry(before, typed) : typed);
    }
  });
  for (const [id, entry] of entries) {
    if (entry.within !== undefined && !entries.has(entry.within)) {
      throw new Error(`gazetteer entry "${id}" lies within "${entry.within}", which no gazetteer lists: add it, or fix the id`);
    }
  }
  return { entries, sources: sources.sort((a, b) => a.priority - b.priority), givenNames, notEntities };
}

async function readGazetteer(path: string): Promise<{ path: string; file: GazetteerFile | WordListFile }> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read gazetteer ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}. Gazetteer paths in the pipeline's "gazetteers" option are relative to the working directory`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new Error(`gazetteer ${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = AnyGazetteerFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`gazetteer ${path} does not match the gazetteer schema (an entity list {kind, type, entries: [{id, name, aliases}]} or a word list {kind: "given-names" | "not-entities", words}):\n${z.prettifyError(parsed.error)}`);
  }
  return { path, file: parsed.data };
}

function addWords(file: WordListFile, into: Set<string>): void {
  for (const word of file.words) into.add(wordKey(word));
}

/** A user's entry for a known id extends it: its names win, its aliases are added. */
function mergeEntry(base: GazetteerEntry & { type: EntityType }, over: GazetteerEntry & { type: EntityType }): GazetteerEntry & { type: EntityType } {
  const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
  return {
    ...base,
    name: over.name,
    type: over.type,
    role: over.role ?? base.role,
    within: over.within ?? base.within,
    country: over.country ?? base.country,
    aliases: union(base.aliases, [base.name, ...over.aliases].filter((a) => a !== over.name)),
    demonyms: union(base.demonyms, over.demonyms),
    prefixes: union(base.prefixes, over.prefixes),
    prefixedAliases: union(base.prefixedAliases, over.prefixedAliases),
  };
}
