import type { ArticleEntity, EntityMention, FurnitureSpan, Sentence, Token } from '../../contracts/index.js';
import { countryOfPlace } from '../../core/places.js';
import { bylineNames, inByline } from './byline.js';
import type { ArticleContext, EntityResources, PersonCandidate } from './context.js';
import { namePass } from './name-pass.js';
import { slug } from './normalize.js';
import { createRegistry } from './registry.js';
import { sentencePass } from './sentence-pass.js';
import { toWords, type Word } from './words.js';

export interface EntityInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  furniture: readonly FurnitureSpan[];
}

/**
 * Every entity of one article and where it is mentioned. Sentences in page furniture are skipped, except that a
 * by-line still names the author.
 */
export function findEntities(input: EntityInput, res: EntityResources): { entities: ArticleEntity[]; mentions: EntityMention[] } {
  const words = toWords(input.tokens, input.text);
  const registry = createRegistry(input.text, words);
  const ctx: ArticleContext = { text: input.text, words, registry, res };
  const candidates: PersonCandidate[] = [];
  for (const [sentence, range] of sentenceRanges(input.sentences, words)) {
    if (sentence.furniture) {
      if (inByline(sentence, input.furniture)) addAuthor(ctx, range.from, range.to);
      continue;
    }
    for (const candidate of sentencePass(ctx, range.from, range.to)) candidates.push(candidate); // never spread: a one-line text may give more than a call takes
  }
  namePass(ctx, candidates);
  return withImpliedCountries(registry.result(), res);
}

/**
 * The countries the article's places and national agencies lie in but that it never names ("Sacramento",
 * "Yorkshire and the Humber", "NHTSA" with no "United States" or "UK"), as entities without mentions: a figure
 * about such a place's country (the nation's turnout in a British analysis that only names its regions) is given
 * that country as its place, and every claim's place is an entity of its article. A place's country is the code
 * its id starts with (`countryOfPlace`); a national agency's is its `within`.
 */
function withImpliedCountries(found: { entities: ArticleEntity[]; mentions: EntityMention[] }, res: EntityResources): { entities: ArticleEntity[]; mentions: EntityMention[] } {
  const named = new Set(found.entities.map((e) => e.id));
  const implied: ArticleEntity[] = [];
  for (const m of found.mentions) {
    const id = m.type === 'place' ? countryOfPlace(m.entity) : m.type === 'agency' ? m.within ?? null : null;
    const country = id === null ? undefined : res.tries.countries.get(id);
    if (country === undefined || named.has(country.id)) continue;
    named.add(country.id);
    implied.push({ id: country.id, name: country.name, type: 'country', role: null, aliases: [] });
  }
  if (implied.length === 0) return found;
  return { ...found, entities: [...found.entities, ...implied].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}

function addAuthor(ctx: ArticleContext, from: number, to: number): void {
  for (const name of bylineNames(ctx.words, from, to)) {
    const words = ctx.words.slice(name.from, name.to);
    const display = ctx.text.slice(words[0]!.start, words[words.length - 1]!.end);
    ctx.registry.mention(
      { id: `person:${slug(display)}`, name: display, type: 'person', role: 'author' },
      name.from, name.to, { nameTokens: words.map((w) => w.key), roleFromText: true },
    );
  }
}

/** Word ranges per sentence (words carry their sentence; possessive splits never cross one). */
function sentenceRanges(sentences: readonly Sentence[], words: readonly Word[]): Array<[Sentence, { from: number; to: number }]> {
  const ranges: Array<[Sentence, { from: number; to: number }]> = [];
  let i = 0;
  for (const sentence of sentences) {
    while (i < words.length && words[i]!.sentence < sentence.index) i++;
    const from = i;
    while (i < words.length && words[i]!.sentence === sentence.index) i++;
    if (i > from) ranges.push([sentence, { from, to: i }]);
  }
  return ranges;
}
