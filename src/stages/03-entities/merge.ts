import type { ArticleEntity, Entity, EntityMention, EntityType } from '../../contracts/index.js';
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
    for (const entity of entities) {
      nodes.push({ article, order, entity, words: nameWords(entity.name), mentions: mentions.filter((m) => m.entity === entity.id) });
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
  for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) {
      if (sameEntity(distinct[i]!, distinct[j]!, nodes)) union(distinct[i]!.entity.id, distinct[j]!.entity.id);
    }
  }
  const groups = new Map<string, Node[]>();
  for (const n of nodes) {
    const root = find(n.entity.id);
    groups.set(root, [...(groups.get(root) ?? []), n]);
  }
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

const isPerson = (t: EntityType) => t === 'person' || t === 'official';
/** Countries and places come from complete lists: two of them are never one entity misspelled (Niger, Nigeria). */
const TYPO_TYPES = new Set<EntityType>(['organization', 'agency', 'cartel', 'operation']);

function sameEntity(a: Node, b: Node, all: readonly Node[]): boolean {
  const ta = a.entity.type;
  const tb = b.entity.type;
  if (isPerson(ta) !== isPerson(tb)) return false;
  if (!isPerson(ta)) return ta === tb && TYPO_TYPES.has(ta) && oneWordTypo(a.words, b.words, 0, false);
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  if (short.words.length === 0) return false;
  if (short.words.length === 1) return surnameWithEvidence(short, long, all);
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
function surnameWithEvidence(bare: Node, full: Node, all: readonly Node[]): boolean {
  const surname = bare.words[0]!;
  const hasSurname = (n: Node) => n.words.length > 1 && (n.words[n.words.length - 1] === surname || n.words[n.words.length - 2] === surname);
  if (!hasSurname(full)) return false;
  const candidates = new Set(all.filter((n) => isPerson(n.entity.type) && hasSurname(n)).map((n) => n.entity.id));
  if (candidates.size !== 1) return false;
  const role = (n: Node) => (n.entity.role === null ? null : fold(n.entity.role).replace(/^(former|then|acting)\s*-?\s*/, ''));
  const rb = role(bare);
  return rb !== null && all.some((n) => n.entity.id === full.entity.id && role(n) === rb);
}

function combine(members: readonly Node[]): Entity {
  const mentionsOf = (id: string) => members.reduce((n, m) => n + (m.entity.id === id ? m.mentions.length : 0), 0);
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
    .flatMap((m) => m.mentions.map((x) => ({
      article: m.article, start: x.start, end: x.end, text: x.text, ...(x.demonym ? { demonym: true } : {}),
    })));
  const byArticle = new Map(members.map((m) => [m.article, m.order]));
  mentions.sort((a, b) => byArticle.get(a.article)! - byArticle.get(b.article)! || a.start - b.start);
  return {
    id: best.entity.id,
    name: best.entity.name,
    type,
    aliases: [...surfaces].sort(),
    role: roles.length ? mostCommon(roles) : null,
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
