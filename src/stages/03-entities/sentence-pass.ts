import { scan, type AliasMatch, type AliasTarget } from './alias-trie.js';
import { stateCode } from '../../core/places.js';
import { classifyRun } from './classify-run.js';
import type { ArticleContext, PersonCandidate } from './context.js';
import { readCoordinatedCartels } from './coordination.js';
import { isHeadline } from './headline.js';
import { exactForm, isAcronymLike, slug } from './normalize.js';
import { yieldPlacesToNames } from './place-or-name.js';
import { readRun, type Carried } from './read-run.js';
import { resolveShared } from './shared-names.js';
import type { MentionOptions } from './registry.js';
import type { Neighbour, RoleContext } from './roles.js';
import { findRuns, type Run } from './runs.js';

/** Mention options for gazetteer matches, shared: this runs for every match of every article. */
const AS_DEMONYM: MentionOptions = Object.freeze({ demonym: true });
const AS_NAME: MentionOptions = Object.freeze({ demonym: false });

/**
 * The first pass over one sentence: gazetteer matches become mentions, capitalised runs become operations,
 * cartels, agencies, organizations or listed people; possible other people are returned for the second pass.
 */
export function sentencePass(ctx: ArticleContext, from: number, to: number): PersonCandidate[] {
  const { words, registry, res } = ctx;
  let headlineMemo: boolean | undefined;
  const headline = () => (headlineMemo ??= isHeadline(words, from, to));
  let matches = resolveShared(ctx, scan(res.tries.things, words, from, to));
  matches = readCoordinatedCartels(words, matches, res.tries.cartelHeads, from, to);
  matches = yieldPlacesToNames(words, matches, res);
  const inMatch = new Uint8Array(to - from);
  for (const m of matches) inMatch.fill(1, m.from - from, m.to - from);
  const runs = findRuns(words, from, to, (i) => registry.claimed[i] === 1 || inMatch[i - from] === 1, res);
  if (runs.length > 0 && matches.length > 0 && !headline()) matches = absorbPrefixes(ctx, runs, matches);
  const rc = roleContext(ctx, from, to, matches);
  for (const m of matches) {
    const t = m.record.target;
    if (t && !(t.demonym && namePart(ctx, m, from, matches, headline))) {
      if (registry.mention(t, m.from, m.to, t.demonym ? AS_DEMONYM : AS_NAME) && !t.demonym) countState(ctx, t);
    } else if (t !== null || !stateAgency(ctx, m, to)) registry.claimed.fill(1, m.from, m.to);
  }
  const candidates: PersonCandidate[] = [];
  let carried: Carried = null;
  for (const run of runs) {
    carried = readRun(ctx, rc, run, headline, carried, candidates);
  }
  defineAbbreviations(ctx, from, to);
  return candidates;
}

/**
 * A demonym that ends a name ("the Eastern Band of Cherokee Indians", "the Cleveland Indians"): right after a
 * capitalised word inside a sentence that no gazetteer matched, it names no one of that country. Headlines,
 * capitalised throughout, are left alone.
 */
function namePart(ctx: ArticleContext, m: AliasMatch, from: number, matches: readonly AliasMatch[], headline: () => boolean): boolean {
  const prev = ctx.words[m.from - 1];
  if (prev === undefined || m.from - 1 <= from || !prev.cap || !prev.alnum || !ctx.words[m.from]!.space) return false;
  if (ctx.registry.claimed[m.from - 1] === 1 || matches.some((x) => x.to === m.from)) return false;
  return !headline();
}

/**
 * "Texas Department of Public Safety", "Harvard Kennedy School": a place or organization right before an
 * agency's or organization's head word belongs to its name. The match is dropped and the run starts at it.
 */
function absorbPrefixes(ctx: ArticleContext, runs: Run[], matches: AliasMatch[]): AliasMatch[] {
  const { words, text } = ctx;
  const dropped = new Set<AliasMatch>();
  runs.forEach((run, i) => {
    const thing = classifyRun(words, run.from, run.to, text);
    if (!thing || (thing.type !== 'agency' && thing.type !== 'organization')) return;
    const m = matches.find((x) => x.to === run.from);
    const t = m?.record.target;
    if (!m || !t || !words[run.from]!.space || !['place', 'country', 'organization'].includes(t.type)) return;
    dropped.add(m);
    runs[i] = { ...run, from: m.from };
  });
  return dropped.size ? matches.filter((m) => !dropped.has(m)) : matches;
}

function roleContext(ctx: ArticleContext, from: number, to: number, matches: readonly AliasMatch[]): RoleContext {
  const endingAt = new Map<number, Neighbour>();
  const startingAt = new Map<number, Neighbour>();
  for (const m of matches) {
    const t = m.record.target;
    if (!t) continue;
    const n = { from: m.from, to: m.to, type: t.type };
    // "DEA Administrator", "Mexico’s President": a possessive between holder and title still binds them
    const end = ctx.words[m.to]?.possessive ? m.to + 1 : m.to;
    endingAt.set(end, n);
    startingAt.set(m.from, n);
  }
  return { words: ctx.words, text: ctx.text, from, to, endingAt, startingAt };
}

/** "Jalisco New Generation Cartel (CJNG)": the bracketed acronym names the entity just mentioned. */
function defineAbbreviations(ctx: ArticleContext, from: number, to: number): void {
  const { words, registry } = ctx;
  for (let i = from + 1; i + 2 < to; i++) {
    if (words[i]!.text !== '(' || words[i + 2]!.text !== ')' || !isAcronymLike(words[i + 1]!.text)) continue;
    const id = registry.endingAt(i - 1);
    const ref = id === undefined ? undefined : registry.byId(id);
    if (!ref) continue;
    registry.defineAlias(`x:${exactForm(words[i + 1]!.text)}`, ref.id);
    registry.mention(ref, i + 1, i + 2);
  }
}

/** The words that join the parts of an agency's name: "Department of Health and Human Services". */
const NAME_JOINERS = new Set(['of', 'and', 'for', 'the', '&']);

function countState(ctx: ArticleContext, t: AliasTarget): void {
  const code = t.type === 'place' ? stateCode(t.id, t.within) : null;
  if (code === null) return;
  const states = (ctx.statesNamed ??= new Map());
  states.set(t.id, { name: t.name, code, count: (states.get(t.id)?.count ?? 0) + 1 });
}

/**
 * "The state Department of Health and Human Services" in an article about one state: that state's department
 * ("North Carolina Department of Health and Human Services"), within the state. The gazetteers list such phrases
 * to ignore, because alone they would read as the federal department; here the state the article names most so far
 * says whose it is. Returns false when the article has named no state, so the words stay unclaimed by any entity.
 */
function stateAgency(ctx: ArticleContext, m: AliasMatch, limit: number): boolean {
  const { words, text, registry } = ctx;
  if (words[m.from]?.key !== 'state' || m.to - m.from < 2 || ctx.statesNamed === undefined) return false;
  const [best] = [...ctx.statesNamed].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
  if (best === undefined) return false;
  const [id, state] = best;
  // the name runs on past the listed phrase while its words are capitalised or join capitalised ones
  let to = m.to;
  while (to < limit && (words[to]!.cap || (NAME_JOINERS.has(words[to]!.key) && words[to + 1]?.cap === true))) to++;
  const name = text.slice(words[m.from + 1]!.start, words[to - 1]!.end);
  registry.claimed.fill(1, m.from, m.from + 1);
  return registry.mention({ id: `agency:${state.code}-${slug(name)}`, name: `${state.name} ${name}`, type: 'agency', role: null, within: id }, m.from + 1, to, AS_NAME);
}
