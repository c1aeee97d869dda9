import type { EntityType } from '../../contracts/index.js';
import { titleAt, type TitleMatch } from './titles.js';
import { OFFICIAL_ROLE_NOUNS, PERSON_ROLE_NOUNS, RELATION_NOUNS, SPEECH_VERBS } from './vocabulary.js';
import type { Word } from './words.js';

/** A gazetteer match next to a name, by the word it ends on / starts at. */
export interface Neighbour {
  from: number;
  to: number;
  type: EntityType;
}

export interface RoleFinding {
  role: string | null;
  official: boolean;
  /** the type of the entity the role is held at ("DEA" → agency, "CJNG" → cartel) */
  affiliation: EntityType | null;
  /** a relation ("the brother of"), which says "person" but gives no role */
  relation: boolean;
  /** the name is of a group, not a person: "Ficosec, a local security group" */
  thing?: Extract<EntityType, 'organization' | 'agency' | 'cartel'>;
}

/** Nouns that say the name before them is a group: "X, a nonprofit", "Y, a criminal gang". */
const GROUP_NOUNS: ReadonlyMap<string, NonNullable<RoleFinding['thing']>> = new Map([
  ...['group', 'organization', 'organisation', 'nonprofit', 'non-profit', 'ngo', 'company', 'firm', 'tank', 'newspaper',
    'outlet', 'publication', 'network', 'coalition', 'foundation', 'university', 'institute', 'association', 'union',
    'party', 'website', 'magazine', 'charity', 'collective', 'observatory'].map((w) => [w, 'organization'] as const),
  ...['agency', 'ministry', 'department', 'bureau', 'office', 'commission', 'regulator'].map((w) => [w, 'agency'] as const),
  ...['cartel', 'gang', 'faction', 'militia', 'syndicate', 'mafia'].map((w) => [w, 'cartel'] as const),
]);

interface Sentence {
  words: readonly Word[];
  text: string;
  from: number;
  to: number;
  /** gazetteer matches of the sentence by end word (exclusive) and by start word */
  endingAt: ReadonlyMap<number, Neighbour>;
  startingAt: ReadonlyMap<number, Neighbour>;
}
export type { Sentence as RoleContext };

const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our']);
const PREPOSITIONS = new Set(['for', 'at', 'of', 'with', 'in', 'from', 'to']);
/** "governor of Sinaloa", "ambassador to Washington", "spokesman for the DEA" */
const HOLDER_LINKS = new Set(['of', 'to', 'for', 'at']);
const QUOTES = new Set(['"', '“', '‘', "'"]);

/** Role words that make an official only when held at an agency or a country: a cartel has leaders too. */
const HEAD_WORDS = new Set(['leader', 'head', 'chief', 'boss', 'member', 'commander', 'founder', 'deputy']);

/** Whether a held role makes its holder an official: an office, unless held at a cartel or a company. */
export function isOfficialRole(found: RoleFinding): boolean {
  if (!found.official || found.affiliation === 'cartel' || found.affiliation === 'organization') return false;
  const last = found.role?.split(/\s+/).pop()?.toLowerCase() ?? '';
  return !HEAD_WORDS.has(last) || found.affiliation === 'agency' || found.affiliation === 'country' || found.affiliation === 'place';
}

/**
 * The role written just before a name: a lowercase title or role noun ("former president", "CJNG leader",
 * "Venezuelan dictator"), with the agency, place or cartel right before it folded into the role text.
 */
export function roleBefore(s: Sentence, at: number): RoleFinding | null {
  if (s.words[at - 1]?.text !== ',' || at - 1 <= s.from) return roleEndingAt(s, at)?.found ?? null;
  // "The governor of Sinaloa, Rubén Rocha Moya", "the cartel's leader, Rubén Oseguera": a role and a comma
  const holder = s.endingAt.get(at - 1);
  if (!holder || !HOLDER_LINKS.has(s.words[holder.from - 1]?.key ?? '')) return roleEndingAt(s, at - 1)?.found ?? null;
  const before = roleEndingAt(s, holder.from - 1);
  if (!before) return null;
  const role = s.text.slice(s.words[before.from]!.start, s.words[at - 2]!.end);
  return { ...before.found, role, affiliation: holder.type };
}

/** A lowercase title or role noun that ends just before word `at`, with its holder folded in. */
function roleEndingAt(s: Sentence, at: number): { found: RoleFinding; from: number } | null {
  let title: { from: number; to: number; official: boolean } | null = null;
  for (let k = Math.max(s.from, at - 4); k < at; k++) {
    const t = titleAt(s.words, k, at);
    if (t && t.to === at) {
      title = t;
      break;
    }
  }
  const prev = s.words[at - 1];
  if (!title && prev && !prev.cap && (OFFICIAL_ROLE_NOUNS.has(prev.key) || PERSON_ROLE_NOUNS.has(prev.key)) && !RELATION_NOUNS.has(prev.key)) {
    title = { from: at - 1, to: at, official: OFFICIAL_ROLE_NOUNS.has(prev.key) };
  }
  if (!title) return null;
  return { found: withHolder(s, title.from, title.to, title.official), from: title.from };
}

/**
 * A capitalised title that opened the name's run ("Senator", "DEA Administrator"), with its holder folded in.
 * Honorifics ("Dr.") give no role; plural titles give the singular ("Presidents" → "President").
 */
export function roleOfTitle(s: Sentence, t: TitleMatch): RoleFinding {
  const found = withHolder(s, t.from, t.to, t.official);
  if (t.role === null) return { ...found, role: null };
  const written = s.text.slice(s.words[t.from]!.start, s.words[t.to - 1]!.end);
  if (written === t.role) return found;
  const holder = found.role!.slice(0, found.role!.length - written.length);
  return { ...found, role: holder + t.role };
}

function withHolder(s: Sentence, from: number, to: number, official: boolean): RoleFinding {
  const holder = s.endingAt.get(from);
  const start = holder ? s.words[holder.from]!.start : s.words[from]!.start;
  return {
    role: s.text.slice(start, s.words[to - 1]!.end),
    official,
    affiliation: holder?.type ?? null,
    relation: false,
  };
}

/** "Watson, a spokesperson for the NSC", "Correa-Cabrera, a professor at George Mason University". */
export function roleAfter(s: Sentence, end: number): RoleFinding | null {
  const { words } = s;
  if (words[end]?.text !== ',') return null;
  let j = end + 1;
  if (words[j] && DETERMINERS.has(words[j]!.key)) j++;
  let affiliation: EntityType | null = null;
  for (let skipped = 0; j < s.to && skipped < 5; skipped++) {
    const w = words[j]!;
    if (w.possessive) {
      j++;
      continue;
    }
    const t = titleAt(words, j, s.to);
    if (t) return finish(s, t.from, t.to, t.official, affiliation);
    const group = w.cap ? undefined : GROUP_NOUNS.get(w.key);
    // "Shulman, the agency's deputy administrator": the group holds the role that follows; "after Beryl, the
    // office said": a speaker's tag, not an apposition on the name before it
    if (group && words[j + 1]?.possessive) {
      affiliation = group;
      j += 2;
      continue;
    }
    if (group && words[j + 1] !== undefined && SPEECH_VERBS.has(words[j + 1]!.key)) return null;
    if (group) return { role: null, official: false, affiliation: null, relation: false, thing: group };
    if (isRoleNoun(w)) {
      if (RELATION_NOUNS.has(w.key)) return { role: null, official: false, affiliation: null, relation: true };
      let k = j + 1;
      while (k < s.to && isRoleNoun(words[k]!) && !RELATION_NOUNS.has(words[k]!.key)) k++; // "deputy commissioner"
      const official = words.slice(j, k).some((x) => OFFICIAL_ROLE_NOUNS.has(x.key));
      return finish(s, j, k, official, affiliation);
    }
    const thing = s.startingAt.get(j);
    if (thing) {
      affiliation = thing.type;
      j = thing.to;
      continue;
    }
    if (w.cap || !/^\p{L}/u.test(w.text)) return null;
    j++;
  }
  return null;
}

function isRoleNoun(w: Word): boolean {
  return !w.cap && (OFFICIAL_ROLE_NOUNS.has(w.key) || PERSON_ROLE_NOUNS.has(w.key));
}

function finish(s: Sentence, from: number, to: number, official: boolean, before: EntityType | null): RoleFinding {
  let j = to;
  let affiliation = before;
  if (s.words[j] && PREPOSITIONS.has(s.words[j]!.key)) {
    j++;
    while (j < s.to && (s.words[j]!.key === 'the' || QUOTES.has(s.words[j]!.text))) j++;
    affiliation = s.startingAt.get(j)?.type ?? affiliation;
  }
  return { role: s.text.slice(s.words[from]!.start, s.words[to - 1]!.end), official, affiliation, relation: false };
}

/** "Feeley said", "said Rudman", "according to Donahue", "explains Dr. Correa-Cabrera". */
export function speechNear(s: Sentence, from: number, to: number): boolean {
  const { words } = s;
  if (to < s.to && SPEECH_VERBS.has(words[to]!.key)) return true;
  const before = words[from - 1];
  if (before && from - 1 >= s.from && SPEECH_VERBS.has(before.key)) return true;
  return from - 2 >= s.from && words[from - 2]!.key === 'according' && words[from - 1]!.key === 'to';
}

/** "Rudman of the Wilson Center": a name tied to an institution. */
export function affiliationAfter(s: Sentence, end: number): EntityType | null {
  const { words } = s;
  if (words[end]?.key !== 'of' && words[end]?.key !== 'at') return null;
  const j = words[end + 1]?.key === 'the' ? end + 2 : end + 1;
  const type = s.startingAt.get(j)?.type ?? null;
  return type === 'organization' || type === 'agency' ? type : null;
}
