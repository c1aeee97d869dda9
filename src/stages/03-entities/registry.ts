import type { ArticleEntity, EntityMention, EntityType } from '../../contracts/index.js';
import type { Word } from './words.js';

/** What a mention points at before the article is finished. */
export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
  role: string | null;
  /** for places: the place it lies in */
  within?: string;
}

interface Draft extends EntityRef {
  roleFromText: boolean;
  surfaces: Set<string>;
  /** folded name-token sequences the article used for this person ("anne milgram") */
  names: string[][];
  /** word index of each mention, for "nearest earlier mention" */
  at: number[];
}

/**
 * The entities of one article as the rules find them: every mention claims its words, so no two mentions
 * overlap and a later rule never re-reads a word an earlier one took.
 */
export interface Registry {
  readonly claimed: Uint8Array;
  /** Record a mention of words [from, to); refused (false) when a word is already claimed. */
  mention(ref: EntityRef, from: number, to: number, options?: MentionOptions): boolean;
  /** the entity whose mention ends on word `i`, if any */
  endingAt(i: number): string | undefined;
  /** a surface form the article defined for an entity: "(CJNG)", a nickname */
  defineAlias(surface: string, id: string): void;
  byAlias(surface: string): EntityRef | undefined;
  byId(id: string): EntityRef | undefined;
  /** people whose name the article used, for surname and full-name look-ups */
  people(): ReadonlyArray<{ ref: EntityRef; names: readonly string[][]; at: readonly number[] }>;
  result(): { entities: ArticleEntity[]; mentions: EntityMention[] };
}

export interface MentionOptions {
  demonym?: boolean;
  /** folded words of a person's name as written, for later surname look-ups */
  nameTokens?: readonly string[];
  /** characters to leave out at the end ("Trumps" → "Trump") */
  trimEnd?: number;
  /** the role comes from the article's words, and so beats one from a gazetteer */
  roleFromText?: boolean;
}

const TYPE_RANK: Readonly<Partial<Record<EntityType, number>>> = { official: 2, person: 1 };

export function createRegistry(text: string, words: readonly Word[]): Registry {
  const claimed = new Uint8Array(words.length);
  const drafts = new Map<string, Draft>();
  const aliases = new Map<string, string>();
  const mentions: EntityMention[] = [];
  const ends = new Map<number, string>();
  let people: ReturnType<Registry['people']> | null = null;

  return {
    claimed,
    mention(ref, from, to, options = {}) {
      for (let i = from; i < to; i++) if (claimed[i]) return false;
      const start = words[from]!.start;
      const end = words[to - 1]!.end - (options.trimEnd ?? 0);
      claimed.fill(1, from, to);
      ends.set(to - 1, ref.id);
      people = null;
      const fromText = options.roleFromText === true && ref.role !== null;
      let draft = drafts.get(ref.id);
      if (!draft) {
        // the fields of EntityRef only: `ref` may be a gazetteer target or another draft
        draft = { id: ref.id, name: ref.name, type: ref.type, role: ref.role, roleFromText: fromText, surfaces: new Set(), names: [], at: [], ...(ref.within === undefined ? {} : { within: ref.within }) };
        drafts.set(ref.id, draft);
      }
      if ((TYPE_RANK[ref.type] ?? 0) > (TYPE_RANK[draft.type] ?? 0)) draft.type = ref.type;
      const moreSpecific = fromText && draft.roleFromText && draft.role !== null && ref.role!.length > draft.role.length
        && ref.role!.toLowerCase().endsWith(draft.role.toLowerCase()); // "leader" → "CJNG leader"
      if (draft.role === null || (fromText && !draft.roleFromText) || moreSpecific) {
        draft.role = ref.role ?? draft.role;
        draft.roleFromText = fromText;
      }
      const surface = text.slice(start, end);
      draft.surfaces.add(surface);
      draft.at.push(from);
      if (options.nameTokens && !draft.names.some((n) => n.join(' ') === options.nameTokens!.join(' '))) {
        draft.names.push([...options.nameTokens]);
      }
      const mention: EntityMention = { entity: ref.id, type: ref.type, start, end, text: surface };
      if (options.demonym) mention.demonym = true;
      if (ref.within !== undefined) mention.within = ref.within;
      mentions.push(mention);
      return true;
    },
    endingAt: (i) => ends.get(i),
    defineAlias(surface, id) {
      if (!aliases.has(surface)) aliases.set(surface, id);
    },
    byAlias(surface) {
      const id = aliases.get(surface);
      return id === undefined ? undefined : drafts.get(id);
    },
    byId: (id) => drafts.get(id),
    people() {
      people ??= [...drafts.values()].filter((d) => d.names.length > 0).map((d) => ({ ref: d, names: d.names, at: d.at }));
      return people;
    },
    result() {
      const entities = [...drafts.values()]
        .map((d): ArticleEntity => ({
          id: d.id, name: d.name, type: d.type, role: d.role,
          aliases: [...d.surfaces].filter((s) => s !== d.name).sort(),
          ...(d.within === undefined ? {} : { within: d.within }),
        }))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const typeOf = new Map(entities.map((e) => [e.id, e.type]));
      for (const m of mentions) m.type = typeOf.get(m.entity) ?? m.type;
      const sorted = mentions.sort((a, b) => a.start - b.start);
      return { entities, mentions: sorted };
    },
  };
}
