import type { ArticleEntity, Entity, EntityMention, EntityType } from '../../contracts/index.js';
import { pushTo } from '../../core/collections.js';
import { isTypo } from './jaro-winkler.js';
import { nameWords } from './name-key.js';
import { fold } from './normalize.js';

/** What the entity stage left on one article: `doc.entities` and `doc.mentions`. */
export interface ArticleEntities {
  article: string;
  entities: readonly ArticleEntity[];
  mentions: readonly EntityMention[];
}

export interface BatchEntities {
  /** `entities.jsonl`, sorted by id */
  entities: Entity[];
  /** per article, the local ids that merging changed: article → local id → batch id */
  renames: Record<string, Record<string, string>>;
}

interface Node {
  article: string;
  order: number;
  entity: ArticleEntity;
  words: string[];
  mentions: EntityMention[];
}

/** An article's mentions grouped by the entity they name, each group in the article's order. */
export function mentionsByEntity(mentions: readonly EntityMention[]): Map<string, EntityMention[]> {
  const byEntity = new Map<string, EntityMention[]>();
  for (const m of mentions) pushTo(byEntity, m.entity, m);
  return byEntity;
}

/** A mention as an `entities.jsonl` line lists it. */
export function mentionOf(article: string, m: EntityMention): Entity['mentions'][number] {
  return { article, start: m.start, end: m.end, text: m.text, ...(m.demonym ? { demonym: true } : {}) };
}

/** `entities.jsonl` for a batch: the articles' entities merged across articles (see `resolveBatch`). */
export function mergeEntities(perArticle: readonly ArticleEntities[]): Entity[] {
  return resolveBatch(perArticle).entities;
}

/**
 * Merge the entities of a batch. The same id is the same entity (ids come from canonical names, so accent and
 * hyphen variants already agree). Beyond that, people merge when their names differ only by initials or middle
 * names, or by a one-word typo (Jaro-Winkler, see jaro-winkler.ts), never on a shared given name; a bare
 * surname joins a full name only with evidence (the same role). Other entities merge on a one-word typo of
 * the same type. Pure: the same input gives the same output.
 */
export function resolveBatch(perArticle: readonly ArticleEntities[]): BatchEntities {
  const nodes: Node[] = [];
  perArticle.forEach(({ article, entities, mentions }, order) => {
    const byEntity = mentionsByEntity(mentions);
    for (const entity of entities) {
      nodes.push({ article, order, entity, words: nameWords(entity.name), mentions: byEntity.get(entity.id) ?? [] });
    }
  });
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const n of nodes) find(n.entity.id);
  const distinct = [...new Map(nodes.map((n) => [n.entity.id, n])).values()];
  const evidence = buildEvidence(nodes);
  // Only pairs that share a block can be the same entity (see blockKeys), so the work grows with the batch,
  // not with its square. Each pair is tried once.
  const blocks = new Map<string, Node[]>();
  for (const n of distinct) for (const key of blockKeys(n)) pushTo(blocks, key, n);
  const tried = new Set<string>();
  for (const members of blocks.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i]!;
        const b = members[j]!;
        const pair = a.entity.id < b.entity.id ? `${a.entity.id}\u0000${b.entity.id}` : `${b.entity.id}\u0000${a.entity.id}`;
        if (tried.has(pair)) continue;
        tried.add(pair);
        if (sameEntity(a, b, evidence)) union(a.entity.id, b.entity.id);
      }
    }
  }
  const groups = new Map<string, Node[]>();
  for (const n of nodes) pushTo(groups, find(n.entity.id), n);
  const entities: Entity[] = [];
  const renames: Record<string, Record<string, string>> = {};
  for (const members of groups.values()) {
    const entity = combine(members);
    entities.push(entity);
    for (const m of members) {
      if (m.entity.id === entity.id) continue;
      (renames[m.article] ??= {})[m.entity.id] = entity.id;
    }
  }
  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entities, renames };
}

/**
 * Keys that any two nodes `sameEntity` can join share: people by first word (full names must share it) and by
 * surname (a bare surname meets the full names ending in it); every name by each one-word-masked form (a
 * one-word typo leaves all other words equal).
 */
function blockKeys(n: Node): string[] {
  const keys = n.words.map((_, i) => `typo:${n.words.length}:${n.words.map((w, k) => (k === i ? '*' : w)).join(' ')}`);
  if (isPerson(n.entity.type) && n.words.length > 0) {
    if (n.words.length === 1) keys.push(`surname:${n.words[0]}`);
    else {
      keys.push(`first:${n.words[0]}`);
      for (const w of n.words.slice(-2)) keys.push(`surname:${w}`);
    }
  }
  return keys;
}

/** Facts about the whole batch that the surname rule needs, built once instead of per pair. */
interface Evidence {
  /** surname → ids of people with a full name ending in it (last or paternal name) */
  peopleBySurname: Map<string, Set<string>>;
  /** id → the roles it was given, normalized */
  roles: Map<string, Set<string>>;
}

function buildEvidence(nodes: readonly Node[]): Evidence {
  const peopleBySurname = new Map<string, Set<string>>();
  const roles = new Map<string, Set<string>>();
  for (const n of nodes) {
    if (isPerson(n.entity.type) && n.words.length > 1) {
      for (const w of new Set(n.words.slice(-2))) {
        const set = peopleBySurname.get(w) ?? new Set<string>();
        set.add(n.entity.id);
        peopleBySurname.set(w, set);
      }
    }
    const role = normalRole(n);
    if (role !== null) {
      const set = roles.get(n.entity.id) ?? new Set<string>();
      set.add(role);
      roles.set(n.entity.id, set);
    }
  }
  return { peopleBySurname, roles };
}

const normalRole = (n: Node) => (n.entity.role === null ? null : fold(n.entity.role).replace(/^(former|then|acting)\s*-?\s*/, ''));

const isPerson = (t: EntityType) => t === 'person' || t === 'official';
/** Countries and places come from complete lists: two of them are never one entity misspelled (Niger, Nigeria). */
const TYPO_TYPES = new Set<EntityType>(['organization', 'agency', 'cartel', 'operation']);

function sameEntity(a: Node, b: Node, evidence: Evidence): boolean {
  const ta = a.entity.type;
  const tb = b.entity.type;
  if (isPerson(ta) !== isPerson(tb)) return false;
  if (!isPerson(ta)) return ta === tb && TYPO_TYPES.has(ta) && oneWordTypo(a.words, b.words, 0, false);
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  if (short.words.length === 0) return false;
  if (short.words.length === 1) return surnameWithEvidence(short, long, evidence);
  if (short.words[0] !== long.words[0]) return false; // never merge people on their surname alone
  if (short.words.length === long.words.length) {
    return short.words.every((w, i) => w === long.words[i]) || oneWordTypo(short.words, long.words, 1, true);
  }
  return short.words[short.words.length - 1] === long.words[long.words.length - 1] && isSubsequence(short.words, long.words);
}

/** The same words but one, which is a typo of the other (not before word `from`: a given name never is). */
function oneWordTypo(a: readonly string[], b: readonly string[], from: number, person: boolean): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  let differing = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (differing >= 0) return false;
    differing = i;
  }
  if (differing < from) return false;
  return isTypo(a[differing]!, b[differing]!, person);
}

function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let i = 0;
  for (const w of long) if (w === short[i]) i++;
  return i === short.length;
}

/**
 * A bare surname ("Feeley") is the full-named person with that last (or paternal) name only when the batch has
 * exactly one such person and the two share a role; otherwise they stay apart.
 */
function surnameWithEvidence(bare: Node, full: Node, evidence: Evidence): boolean {
  const surname = bare.words[0]!;
  const hasSurname = full.words.length > 1 && (full.words[full.words.length - 1] === surname || full.words[full.words.length - 2] === surname);
  if (!hasSurname) return false;
  if (evidence.peopleBySurname.get(surname)?.size !== 1) return false;
  const rb = normalRole(bare);
  return rb !== null && evidence.roles.get(full.entity.id)?.has(rb) === true;
}

function combine(members: readonly Node[]): Entity {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(m.entity.id, (counts.get(m.entity.id) ?? 0) + m.mentions.length);
  const mentionsOf = (id: string) => counts.get(id)!;
  const best = [...members].sort((a, b) =>
    b.words.length - a.words.length || mentionsOf(b.entity.id) - mentionsOf(a.entity.id)
    || b.entity.name.length - a.entity.name.length || (a.entity.id < b.entity.id ? -1 : 1))[0]!;
  const types = members.map((m) => m.entity.type);
  const type = types.includes('official') ? 'official' : mostCommon(types);
  const roles = members.map((m) => m.entity.role).filter((r): r is string => r !== null);
  const surfaces = new Set<string>();
  for (const m of members) {
    surfaces.add(m.entity.name);
    for (const a of m.entity.aliases) surfaces.add(a);
    for (const mention of m.mentions) surfaces.add(mention.text);
  }
  surfaces.delete(best.entity.name);
  const mentions = members
    .flatMap((m) => m.mentions.map((x) => mentionOf(m.article, x)));
  const byArticle = new Map(members.map((m) => [m.article, m.order]));
  mentions.sort((a, b) => byArticle.get(a.article)! - byArticle.get(b.article)! || a.start - b.start);
  return {
    id: best.entity.id,
    name: best.entity.name,
    type,
    aliases: [...surfaces].sort(),
    role: roles.length ? mostCommon(roles) : null,
    ...(best.entity.within === undefined ? {} : { within: best.entity.within }),
    mentions,
  };
}

/** The most frequent value; ties go to the one seen first. */
function mostCommon<T extends string>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] as T;
  for (const [v, c] of counts) if (c > (counts.get(best) ?? 0)) best = v;
  return best;
}
