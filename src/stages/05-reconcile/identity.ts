// What two claims must measure to be one fact: the lexicon's metric where it names one, else the claim's own
// measure, read through synonym classes as data (data/measure-synonyms.json).
import { z } from 'zod';
import { readDataFile } from '../../core/data-file.js';
import type { Claim } from '../../contracts/index.js';
import { isRateHead } from '../../readers/statistic.js';
import { TupleKeys } from './fast/index.js';

const SynonymsSchema = z.strictObject({
  description: z.string(),
  classes: z.array(z.array(z.string().regex(/^[a-z][a-z' -]*$/)).min(2)),
  generic: z.array(z.string().regex(/^[a-z][a-z' -]*$/)),
  ignored: z.array(z.string()),
});

const FILE = new URL('../../../data/measure-synonyms.json', import.meta.url);

interface Synonyms {
  classOf: ReadonlyMap<string, string>;
  /** heads that name no measure of their own: with one qualifier, the qualifier is the measure */
  generic: ReadonlySet<string>;
  ignored: ReadonlySet<string>;
}

let loaded: Synonyms | undefined;

/** The synonym classes and ignored qualifiers, read and checked once a process. */
export function synonyms(): Synonyms {
  if (loaded) return loaded;
  const data = readDataFile(FILE, SynonymsSchema, 'synonyms');
  const classOf = new Map<string, string>();
  for (const group of data.classes) {
    for (const word of group) {
      if (classOf.has(word)) throw new Error(`${FILE.pathname}: "${word}" is in two classes; a word names one measure`);
      classOf.set(word, group[0]!);
    }
  }
  loaded = { classOf, generic: new Set(data.generic.map((w) => classOf.get(w) ?? w)), ignored: new Set(data.ignored) };
  return loaded;
}

/** A word's class: itself when it has none. */
export const wordClass = (s: Synonyms, word: string) => s.classOf.get(word) ?? word;

/**
 * Statistics that can be one fact: a count, an amount and the level a change reached are all totals. A level in
 * percent is the rate or the share it is the level of ("the unemployment rate slipped to 4.1%" is the rate
 * "4.1%"; "turnout slumped to 60%" the share), when the claim is given.
 */
export function statisticClass(statistic: Claim['statistic'], claim?: Pick<Claim, 'dimension' | 'measure'>): string {
  if (statistic === 'level' && claim !== undefined && claim.dimension === 'percent') return isRateHead(claim.measure?.head ?? null) ? 'rate' : 'share';
  return statistic === 'count' || statistic === 'amount' || statistic === 'level' ? 'total' : statistic;
}

/** Each claim's measure identity, by its position in the batch, and whether its qualifiers were widened. */
export interface MeasureIdentities {
  /** the identity of the claim at position `i` of the batch */
  at(i: number): string | null;
  /** whether its identity names qualifiers its own words did not give (a subset widened to its one superset) */
  widened(i: number): boolean;
}

/**
 * Each claim's measure identity, for a batch: `m:<metric>` when the lexicon names the metric; else
 * `k:<head class>|<qualifier classes>` — the qualifiers that tell measures apart (what a count is of, its
 * subject), read through the synonym classes, with those the article set for that measure when it first gave it
 * (its headline or first mention: an article about traffic deaths that later says "40,990 deaths" means traffic
 * deaths; "pedestrian deaths" stays apart). Null when the claim names neither.
 *
 * Articles qualify one measure with more or fewer words ("400,956 acres" and "the fire burned 400,956 acres";
 * "turnout" and "turnout slumped"). Among claims of one head, statistic, unit, place and period, a set of
 * qualifiers that lies inside others that all nest in one another (a chain: {} ⊂ {fire} ⊂ {burn, fire}) takes
 * the largest of them; where the larger sets branch ({pedestrian} and {motorcyclist}) the smaller one names no
 * single measure and keeps its own. A widened claim's measure is inferred, so it joins a fact only where its
 * reading meets the others' (grouping.ts, `splitSoft`).
 *
 * Everything is read in two passes over the batch and kept by position (a million claims ask for their
 * identity once each; maps keyed by claim would cost more than the reading).
 */
export function measureIdentities(claims: readonly Claim[]): MeasureIdentities {
  const s = synonyms();
  // a measure key's qualifier classes, once a distinct key (a batch has few keys and many claims)
  const qualifierMemo = new Map<string, readonly string[]>();
  const qualifiers = (key: string, head: string, part: readonly string[] | undefined): readonly string[] => {
    const memo = part === undefined || part.length === 0 ? key : `${key}\u0000${part.join(' ')}`;
    let out = qualifierMemo.get(memo);
    if (out === undefined) {
      const set = new Set<string>();
      for (const w of key.split(' ').slice(1)) {
        if (part !== undefined && part.includes(w)) continue;
        const c = wordClass(s, w);
        if (c !== head && !s.ignored.has(w) && !s.ignored.has(c)) set.add(c);
      }
      qualifierMemo.set(memo, (out = [...set]));
    }
    return out;
  };
  /** the classes of the words that name a part of what is counted ("construction"), sorted and joined: '' for the whole */
  const partOf = (claim: Claim): string => (claim.measure?.part === undefined ? '' : [...new Set(claim.measure.part.map((w) => wordClass(s, w)))].sort().join(','));
  // the qualifiers an article gives each measure the first time it names it: article → head class → first
  const first = new Map<string, Map<string, { start: number; quals: readonly string[] }>>();
  for (const claim of claims) {
    if (claim.metric !== null || claim.measure === null) continue;
    const head = wordClass(s, claim.measure.head);
    let heads = first.get(claim.article);
    if (heads === undefined) first.set(claim.article, (heads = new Map()));
    const seen = heads.get(head);
    if (seen === undefined || claim.valueStart < seen.start) heads.set(head, { start: claim.valueStart, quals: qualifiers(claim.measure.key, head, claim.measure.part) });
  }
  // each claim's head and own qualifier set (sorted, joined; one string a distinct set), and its frame
  const made = new Map<readonly string[], Map<string, string>>();
  const heads = new Array<string | null>(claims.length).fill(null);
  const own = new Array<string>(claims.length);
  const frames = new Array<string>(claims.length);
  const setsByFrame = new Map<string, Set<string>>();
  const frameKeys = new TupleKeys();
  const frameParts: Array<string | null> = [null, null, null, null, null, null, null, null];
  const parts = new Array<string>(claims.length).fill('');
  const metricIds = new Map<string, string>();
  const ids = new Array<string | null>(claims.length).fill(null);
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i]!;
    if (claim.metric !== null) {
      let id = metricIds.get(claim.metric);
      if (id === undefined) metricIds.set(claim.metric, (id = `m:${claim.metric}`));
      ids[i] = id;
      continue;
    }
    if (claim.measure === null) continue;
    let head = wordClass(s, claim.measure.head);
    // a share names its part in its own words ("83.2% were Black", "88.9% were men"): it inherits none
    const inherited = claim.statistic === 'share' ? NONE : first.get(claim.article)?.get(head)?.quals ?? NONE;
    let byKey = made.get(inherited);
    if (byKey === undefined) made.set(inherited, (byKey = new Map()));
    const partKey = partOf(claim);
    const memoKey = partKey === '' ? claim.measure.key : `${claim.measure.key}\u0000${partKey}`;
    let quals = byKey.get(memoKey);
    if (quals === undefined) byKey.set(memoKey, (quals = [...new Set([...qualifiers(claim.measure.key, head, claim.measure.part), ...inherited])].sort().join(',')));
    // "the unemployment rate" is unemployment, read as a rate: a generic head gives way to its one qualifier
    if (s.generic.has(head) && quals !== '' && !quals.includes(',')) [head, quals] = [quals, ''];
    parts[i] = partKey;
    heads[i] = head;
    own[i] = quals;
    // the frame the qualifier sets are compared in: head, statistic, unit, place, period (one string a tuple)
    frameParts[0] = head;
    frameParts[1] = statisticClass(claim.statistic, claim);
    frameParts[2] = claim.unit;
    frameParts[3] = claim.per ?? null;
    frameParts[4] = claim.place;
    frameParts[5] = claim.period?.start ?? null;
    frameParts[6] = claim.period?.end ?? null;
    // a part's qualifiers widen only among figures of that part: the whole is never read as one of its parts
    frameParts[7] = partKey;
    const frame = frameKeys.key(frameParts, frameName, frameParts);
    frames[i] = frame;
    let sets = setsByFrame.get(frame);
    if (sets === undefined) setsByFrame.set(frame, (sets = new Set()));
    sets.add(quals);
  }
  const widenedIn = new Map<string, Map<string, string>>();
  for (const [frame, sets] of setsByFrame) {
    if (sets.size < 2) continue;
    const widening = widenings([...sets]);
    if (widening.size > 0) widenedIn.set(frame, widening);
  }
  // identities made once a distinct (head, qualifiers): the same strings for every claim
  const whole = new Map<string, string>();
  const widened = new Uint8Array(claims.length);
  for (let i = 0; i < claims.length; i++) {
    const head = heads[i];
    if (head === null || head === undefined) continue;
    const wide = widenedIn.size === 0 ? undefined : widenedIn.get(frames[i]!)?.get(own[i]!);
    if (wide !== undefined) widened[i] = 1;
    const base = wide ?? own[i]!;
    const name = `${head}|${parts[i] === '' ? base : [...new Set([...(base === '' ? [] : base.split(',')), ...parts[i]!.split(',')])].sort().join(',')}`;
    let id = whole.get(name);
    if (id === undefined) whole.set(name, (id = `k:${name}`));
    ids[i] = id;
  }
  return { at: (i) => ids[i] ?? null, widened: (i) => widened[i] === 1 };
}

/**
 * For qualifier sets of one frame (each a sorted comma-joined list), the sets that widen: a set strictly inside
 * others that form one chain maps to the largest of that chain.
 */
export function widenings(sets: readonly string[]): Map<string, string> {
  const parsed = sets.map((x) => ({ key: x, words: new Set(x === '' ? [] : x.split(',')) }));
  const inside = (a: Set<string>, b: Set<string>) => a.size < b.size && [...a].every((w) => b.has(w));
  const out = new Map<string, string>();
  for (const a of parsed) {
    const supers = parsed.filter((b) => inside(a.words, b.words));
    if (supers.length === 0) continue;
    supers.sort((x, y) => x.words.size - y.words.size || (x.key < y.key ? -1 : 1));
    // a chain: each superset inside the next
    let chain = true;
    for (let i = 1; i < supers.length && chain; i++) chain = inside(supers[i - 1]!.words, supers[i]!.words);
    if (chain) out.set(a.key, supers[supers.length - 1]!.key);
  }
  return out;
}

const NONE: readonly string[] = [];
const frameName = (parts: ReadonlyArray<string | null>) => parts.map((p) => p ?? '').join('|');
