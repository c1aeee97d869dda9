import { scan, type AliasMatch } from './alias-trie.js';
import type { ArticleContext } from './context.js';

/**
 * The places an article names by names no other place shares, and the places they lie in: "CHICO, Calif." gives
 * Chico and California. Read once an article, on the first shared name it meets.
 */
export function placesNamed(ctx: ArticleContext): ReadonlySet<string> {
  if (ctx.placesNamed !== undefined) return ctx.placesNamed;
  const out = new Set<string>();
  for (const m of scan(ctx.res.tries.things, ctx.words, 0, ctx.words.length)) {
    const t = m.record.target;
    if (t === null || t.alternatives !== undefined || (t.type !== 'place' && t.type !== 'country')) continue;
    out.add(t.id);
    if (t.within !== undefined) out.add(t.within);
  }
  ctx.placesNamed = out;
  return out;
}

/**
 * Matches of a name several places share ("Butte County") resolved to the one place of that name that lies in a
 * place the article names (California, or a Californian city); a name the article does not settle that way is no
 * match at all: its words are read like any other capitalised words.
 */
export function resolveShared(ctx: ArticleContext, matches: AliasMatch[]): AliasMatch[] {
  if (!matches.some((m) => m.record.target?.alternatives !== undefined)) return matches;
  const out: AliasMatch[] = [];
  for (const m of matches) {
    const alternatives = m.record.target?.alternatives;
    if (alternatives === undefined) {
      out.push(m);
      continue;
    }
    const named = placesNamed(ctx);
    const fits = alternatives.filter((t) => t.within !== undefined && named.has(t.within));
    if (fits.length === 1) out.push({ ...m, record: { ...m.record, target: fits[0]! } });
  }
  return out;
}
