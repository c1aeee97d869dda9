import { matchSequence } from './alias-trie.js';
import type { ArticleContext, PersonCandidate } from './context.js';
import { exactForm, slug } from './normalize.js';
import type { EntityRef } from './registry.js';
import { resolvePerson } from './resolve-person.js';
import type { Word } from './words.js';

/**
 * The second pass: people the first pass could not settle. Names with evidence that match nobody already named
 * become people (full names first, so "Milgram said" finds Anne Milgram wherever she is named); then every
 * candidate, in text order, is resolved to a person named in the article, an alias the article defined, or a
 * listed person ("President Trumps" → Trump); what resolves to nothing is no entity.
 */
export function namePass(ctx: ArticleContext, candidates: readonly PersonCandidate[]): void {
  const { registry } = ctx;
  const creators = candidates
    .filter((c) => c.evidence && !c.weak)
    .sort((a, b) => b.keys.length - a.keys.length || a.from - b.from);
  for (const c of creators) {
    if (resolve(ctx, c) !== null) continue;
    registry.mention(
      { id: `person:${slug(c.name)}`, name: c.name, type: c.official ? 'official' : 'person', role: c.role },
      c.from, c.to, { nameTokens: c.keys, roleFromText: c.role !== null },
    );
    if (c.nickname) registry.defineAlias(`k:${c.nickname}`, `person:${slug(c.name)}`);
  }
  for (const c of candidates) {
    const found = resolve(ctx, c);
    if (found === null) continue;
    registry.mention(
      { ...found.ref, type: c.official ? 'official' : found.ref.type, role: c.role ?? found.ref.role },
      c.from, c.to, { nameTokens: found.trimEnd ? undefined : c.keys, trimEnd: found.trimEnd, roleFromText: c.role !== null },
    );
    if (c.nickname) registry.defineAlias(`k:${c.nickname}`, found.ref.id);
  }
}

function resolve(ctx: ArticleContext, c: PersonCandidate): { ref: EntityRef; trimEnd: number } | null {
  const { registry, words, res } = ctx;
  const byAlias = c.keys.length === 1
    ? registry.byAlias(`x:${exactForm(words[c.from]!.text)}`) ?? registry.byAlias(`k:${c.keys[0]}`)
    : registry.byAlias(`k:${c.keys.join(' ')}`);
  if (byAlias) return { ref: byAlias, trimEnd: 0 };
  const person = resolvePerson(registry, c.keys, c.from);
  if (person) return { ref: person, trimEnd: 0 };
  // "President Trumps inauguration": a possessive without its apostrophe
  const word = words[c.from]!;
  if (c.keys.length !== 1 || !/[^s]s$/.test(word.key)) return null;
  const bare: Word = { ...word, text: word.text.slice(0, -1), key: word.key.slice(0, -1) };
  const listed = matchSequence(res.tries.people, [bare])?.target;
  const ref = listed ? registry.byId(listed.id) ?? { id: listed.id, name: listed.name, type: listed.type, role: listed.role } : resolvePerson(registry, [bare.key], c.from);
  return ref ? { ref, trimEnd: 1 } : null;
}
