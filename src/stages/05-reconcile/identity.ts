// What two claims must measure to be one fact: the lexicon's metric where it names one, else the claim's own
// measure, read through synonym classes as data (data/measure-synonyms.json).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Claim } from '../../contracts/index.js';

const SynonymsSchema = z.strictObject({
  description: z.string(),
  classes: z.array(z.array(z.string().regex(/^[a-z][a-z' -]*$/)).min(2)),
  ignored: z.array(z.string()),
});

const FILE = new URL('../../../data/measure-synonyms.json', import.meta.url);

interface Synonyms {
  classOf: ReadonlyMap<string, string>;
  ignored: ReadonlySet<string>;
}

let loaded: Synonyms | undefined;

/** The synonym classes and ignored qualifiers, read and checked once a process. */
export function synonyms(): Synonyms {
  if (loaded) return loaded;
  const parsed = SynonymsSchema.safeParse(JSON.parse(readFileSync(FILE, 'utf8')));
  if (!parsed.success) throw new Error(`${FILE.pathname} is not a valid synonyms file: ${z.prettifyError(parsed.error)}`);
  const classOf = new Map<string, string>();
  for (const group of parsed.data.classes) {
    for (const word of group) {
      if (classOf.has(word)) throw new Error(`${FILE.pathname}: "${word}" is in two classes; a word names one measure`);
      classOf.set(word, group[0]!);
    }
  }
  loaded = { classOf, ignored: new Set(parsed.data.ignored) };
  return loaded;
}

/** A word's class: itself when it has none. */
export const wordClass = (s: Synonyms, word: string) => s.classOf.get(word) ?? word;

/** Statistics that can be one fact: a count, an amount and the level a change reached are all totals. */
export function statisticClass(statistic: Claim['statistic']): string {
  return statistic === 'count' || statistic === 'amount' || statistic === 'level' ? 'total' : statistic;
}

/**
 * Each claim's measure identity, for a batch: `m:<metric>` when the lexicon names the metric; else
 * `k:<head class>|<qualifier classes>` — the qualifiers that tell measures apart (what a count is of, its
 * subject), read through the synonym classes, with those the article set for that measure when it first gave it
 * (its headline or first mention: an article about traffic deaths that later says "40,990 deaths" means traffic
 * deaths; "pedestrian deaths" stays apart). Null when the claim names neither.
 */
export function measureIdentities(claims: readonly Claim[]): (claim: Claim) => string | null {
  const s = synonyms();
  // a measure key's qualifier classes, once a distinct key (a batch has few keys and many claims)
  const qualifierMemo = new Map<string, readonly string[]>();
  const qualifiers = (key: string, head: string): readonly string[] => {
    let out = qualifierMemo.get(key);
    if (out === undefined) {
      const set = new Set<string>();
      for (const w of key.split(' ').slice(1)) {
        const c = wordClass(s, w);
        if (c !== head && !s.ignored.has(w) && !s.ignored.has(c)) set.add(c);
      }
      qualifierMemo.set(key, (out = [...set]));
    }
    return out;
  };
  // the qualifiers an article gives each measure the first time it names it: article → head class → first
  const first = new Map<string, Map<string, { start: number; quals: readonly string[] }>>();
  for (const claim of claims) {
    if (claim.metric !== null || claim.measure === null) continue;
    const head = wordClass(s, claim.measure.head);
    let heads = first.get(claim.article);
    if (heads === undefined) first.set(claim.article, (heads = new Map()));
    const seen = heads.get(head);
    if (seen === undefined || claim.valueStart < seen.start) heads.set(head, { start: claim.valueStart, quals: qualifiers(claim.measure.key, head) });
  }
  // identities made once a distinct (article's first qualifiers, own key): the same strings for every claim
  const made = new Map<readonly string[], Map<string, string>>();
  const metricIds = new Map<string, string>();
  return (claim) => {
    if (claim.metric !== null) {
      let id = metricIds.get(claim.metric);
      if (id === undefined) metricIds.set(claim.metric, (id = `m:${claim.metric}`));
      return id;
    }
    if (claim.measure === null) return null;
    const head = wordClass(s, claim.measure.head);
    const inherited = first.get(claim.article)?.get(head)?.quals ?? NONE;
    let byKey = made.get(inherited);
    if (byKey === undefined) made.set(inherited, (byKey = new Map()));
    let id = byKey.get(claim.measure.key);
    if (id === undefined) {
      const quals = new Set([...qualifiers(claim.measure.key, head), ...inherited]);
      byKey.set(claim.measure.key, (id = `k:${head}|${[...quals].sort().join(',')}`));
    }
    return id;
  };
}

const NONE: readonly string[] = [];
