import { longestAt, matchSequence, scan, type AliasMatch, type AliasTarget } from './alias-trie.js';
import { classifyRun } from './classify-run.js';
import type { ArticleContext, PersonCandidate } from './context.js';
import { nameParts } from './name-parts.js';
import { isAcronymLike, slug } from './normalize.js';
import {
  affiliationAfter, isOfficialRole, roleAfter, roleBefore, roleOfTitle, speechNear, type RoleContext, type RoleFinding,
} from './roles.js';
import type { Run } from './runs.js';
import type { Word } from './words.js';
import { titleAt } from './titles.js';

/** The title a run hands on: to the run after its comma ("Mexico’s President, Claudia Sheinbaum") or after
 * "and" when plural ("Presidents George Bush and Felipe Calderón"). */
export type Carried = { role: RoleFinding; at: number; plural: boolean } | null;

/**
 * One capitalised run of a sentence: an operation, cartel, agency or organization by its form; a listed person;
 * a group by its apposition ("Ficosec, a local security group"); or a possible person for the second pass, with
 * the title or role around it and whether anything says it is a person at all.
 */
export function readRun(ctx: ArticleContext, rc: RoleContext, run: Run, isHeadline: () => boolean, carried: Carried, out: PersonCandidate[]): Carried {
  const { words, text, registry, res } = ctx;
  let { from, to } = run;
  const headline = isHeadline();
  if (!headline || words[from]!.key === 'operation') {
    const thing = classifyRun(words, from, to, text);
    if (thing && !(thing.type === 'agency' && words[to - 1]!.key === 'administration' && personAt(ctx, from, to - 1))) {
      registry.mention({ ...thing, role: null }, from, to);
      return null;
    }
  }
  const first = words[from]!;
  if (run.sentenceStart && res.commonWords.has(first.key) && !res.givenNames.has(first.key)
    && !titleAt(words, from, to) && !longestAt(res.tries.people, words, from, to)) {
    out.push(single(ctx, from, true));
    from++;
    while (from < to && words[from]!.joiner) from++; // "Then-Attorney General William Barr"
  }
  let title: RoleFinding | null = null;
  let plural = false;
  // "Special Agent in Charge Frank Tarentino", "Secretary of State Marco Rubio": a title whose lowercase word
  // split it from the name's run
  for (let k = Math.max(rc.from, from - 4); k < from; k++) {
    const t = titleAt(words, k, to);
    if (t && !t.lowercase && t.to > from && t.to < to) {
      title = roleOfTitle(rc, t);
      from = t.to;
      break;
    }
  }
  for (let t = titleAt(words, from, to); t && !t.lowercase && from < to; t = titleAt(words, from, to)) {
    // "Defense Secretary Gen. Luis Cresencio Sandoval": the office, not the rank, is the role
    if (!title?.role) title = roleOfTitle(rc, t);
    plural = t.plural;
    from = t.to;
  }
  if (title === null) {
    const inner = titleInside(ctx, from, to);
    if (inner) ({ title, from } = inner);
  }
  if (from >= to) {
    if (title === null) return null;
    const next = words[to]?.text === ',' ? to + 1 : to;
    return { role: title, at: next, plural };
  }
  if (!title && carried && carried.at === from) title = carried.role;
  title ??= roleBefore(rc, from);
  const after = roleAfter(rc, to);
  const hand: Carried = title && (plural || carried?.plural) ? { role: title, at: nextAfterAnd(ctx, to), plural: true } : null;

  if (!headline) {
    const thing = classifyRun(words, from, to, text);
    if (thing) {
      registry.mention({ ...thing, role: null }, from, to);
      return hand;
    }
  }
  const nickname = run.nickname && run.nickname.from > from ? run.nickname : null;
  const parts = nameParts(words, from, to, nickname);
  const role = (title?.role ? title : null) ?? (after?.relation ? null : after) ?? title;
  const official = role !== null && isOfficialRole(role);
  let target: AliasTarget | null = matchSequence(res.tries.people, parts.words)?.target
    ?? (parts.nickname.length ? matchSequence(res.tries.people, parts.nickname)?.target ?? null : null);
  let span = { from, to };
  if (!target) {
    const inner = personAt(ctx, from, to);
    if (inner) {
      target = inner.record.target;
      span = { from: inner.from, to: inner.to };
    }
  }
  if (target) {
    const nameKeys = span.from === from ? parts.keys : nameParts(words, span.from, span.to, null).keys;
    registry.mention(
      { id: target.id, name: target.name, type: official ? 'official' : target.type, role: role?.role ?? target.role },
      span.from, span.to, { nameTokens: nameKeys, roleFromText: role?.role != null },
    );
    if (parts.nickname.length) registry.defineAlias(`k:${parts.nickname.map((w) => w.key).join(' ')}`, target.id);
    return hand;
  }
  if (after?.thing && title === null) {
    const prefix = after.thing === 'organization' ? 'org' : after.thing;
    registry.mention({ id: `${prefix}:${slug(parts.display)}`, name: parts.display, type: after.thing, role: null }, from, to);
    return hand;
  }
  const group = title === null && after === null ? groupBefore(words, from) : null;
  if (group) {
    registry.mention({ id: `org:${slug(parts.display)}`, name: parts.display, type: 'organization', role: null }, from, to);
    return hand;
  }
  const speech = speechNear(rc, run.from, to);
  const tied = affiliationAfter(rc, to) !== null;
  if (!parts.words.some((w) => /^\p{Lu}\p{Ll}/u.test(w.text))) {
    // "RS. C.", "NBDTF": no personal name, but maybe an abbreviation the article defines
    if (to - from === 1 && isAcronymLike(words[from]!.text)) out.push(single(ctx, from, true));
    return hand;
  }
  const given = parts.keys.length >= 2 && res.givenNames.has(parts.keys[0]!);
  const unknownWords = parts.keys.length >= 2 && parts.words.every((w) => w.key.length > 1 && !res.commonWords.has(w.key));
  const soleCommon = parts.keys.length === 1 && res.commonWords.has(parts.keys[0]!);
  const evidence = headline
    ? title !== null
    : !soleCommon && (title !== null || after !== null || speech || tied || given || unknownWords);
  out.push({
    from, to, keys: parts.keys, name: parts.display, evidence, weak: headline && title === null,
    official, role: role?.role ?? null, nickname: parts.nickname.length ? parts.nickname.map((w) => w.key).join(' ') : null,
  });
  return hand;
}

/**
 * A title inside a run, after words that hold it: "ECB President Christine Lagarde", "Labor Secretary Julie Su".
 * The words before the title must be acronyms or common words, so "Martin Luther King" keeps its "King".
 */
function titleInside(ctx: ArticleContext, from: number, to: number): { title: RoleFinding; from: number } | null {
  const { words, text, res } = ctx;
  for (let k = from + 1; k < to - 1; k++) {
    const w = words[k - 1]!;
    if (!isAcronymLike(w.text) && !(res.commonWords.has(w.key) && !res.givenNames.has(w.key))) return null;
    const t = titleAt(words, k, to);
    if (!t || t.lowercase || t.to >= to) continue;
    const written = text.slice(words[k]!.start, words[t.to - 1]!.end);
    const role = text.slice(words[from]!.start, words[k]!.start) + (t.role ?? written);
    return { title: { role: t.role === null ? null : role, official: t.official, affiliation: null, relation: false }, from: t.to };
  }
  return null;
}

/** Nouns that introduce a company or group by name: "shipping giant Maersk", "economists at Goldman Sachs". */
const BUSINESS_NOUNS = new Set(['giant', 'company', 'firm', 'retailer', 'maker', 'drugmaker', 'automaker', 'carmaker',
  'lender', 'insurer', 'conglomerate', 'carrier', 'airline', 'chain', 'manufacturer', 'startup', 'outlet', 'newspaper',
  'broadcaster', 'platform', 'publisher', 'brand', 'supplier', 'distributor', 'exporter', 'importer', 'bank']);
const STAFF_NOUNS = new Set(['economists', 'analysts', 'researchers', 'experts', 'scientists', 'executives', 'strategists',
  'traders', 'employees', 'workers', 'staff', 'lawyers', 'engineers', 'investors', 'economist', 'analyst', 'strategist']);

function groupBefore(words: readonly Word[], from: number): boolean {
  const prev = words[from - 1];
  if (!prev || prev.cap) return false;
  if (BUSINESS_NOUNS.has(prev.key)) return true;
  return prev.key === 'at' && STAFF_NOUNS.has(words[from - 2]?.key ?? '');
}

/** A listed person inside a run whose other words are no name ("Sheinbaum Says", "Trump Administration"). */
function personAt(ctx: ArticleContext, from: number, to: number): AliasMatch | null {
  const { words, res } = ctx;
  for (const m of scan(res.tries.people, words, from, to)) {
    const rest = [...words.slice(from, m.from), ...words.slice(m.to, to)].filter((w) => !w.joiner);
    if (rest.every((w) => res.commonWords.has(w.key) || titleAt(words, w.index, w.index + 1) !== null)) return m;
  }
  return null;
}

function single(ctx: ArticleContext, i: number, weak: boolean): PersonCandidate {
  const w = ctx.words[i]!;
  return { from: i, to: i + 1, keys: [w.key], name: w.text, evidence: false, weak, official: false, role: null, nickname: null };
}

function nextAfterAnd(ctx: ArticleContext, to: number): number {
  const w = ctx.words[to];
  if (w?.key === 'and' || w?.text === ',') return ctx.words[to + 1]?.key === 'and' ? to + 2 : to + 1;
  return -1;
}
