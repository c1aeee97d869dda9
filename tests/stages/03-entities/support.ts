import type { ArticleEntity, EntityMention, FurnitureSpan } from '../../../src/contracts/index.js';
import type { ArticleDoc } from '../../../src/core/doc.js';
import type { StageContext } from '../../../src/core/stage.js';
import stage from '../../../src/stages/03-entities/index.js';
import type { EntityResources } from '../../../src/stages/03-entities/context.js';
import { tokenizeText } from '../../../src/stages/02-tokenize/spans.js';

let built: Promise<EntityResources> | undefined;
const options = stage.options.parse({});

/** The built-in gazetteers, loaded once per test file. */
export function resources(): Promise<EntityResources> {
  built ??= Promise.resolve(stage.setup!(options));
  return built;
}

const ctx: StageContext = { report: () => undefined, run: { published: null } };

/** Run the entity stage on a text the way the pipeline does: tokenized, with the furniture given. */
export async function entitiesOf(
  text: string,
  furniture: FurnitureSpan[] = [],
  res?: EntityResources,
): Promise<{ entities: ArticleEntity[]; mentions: EntityMention[] }> {
  const { tokens, sentences } = tokenizeText(text, furniture);
  const doc: ArticleDoc = {
    source: { id: 'test', path: 'test.txt', line: null, format: 'txt', content: text, encoding: 'utf-8', sha256: '', meta: { sourceId: null, title: null, url: null, published: null } },
    text, furniture, tokens, sentences, messages: [],
  };
  const out = stage.run(doc, options, ctx, res ?? (await resources()));
  return { entities: out.entities ?? [], mentions: out.mentions ?? [] };
}

/** Mentions as [text, entity id] pairs, in text order: the shape most table tests compare. */
export async function mentionsOf(text: string, furniture: FurnitureSpan[] = []): Promise<Array<[string, string]>> {
  const { mentions } = await entitiesOf(text, furniture);
  return mentions.map((m) => [m.text, m.entity]);
}

/** The entity with an id, or a failure that lists what was found instead. */
export function entity(entities: readonly ArticleEntity[], id: string): ArticleEntity {
  const found = entities.find((e) => e.id === id);
  if (!found) throw new Error(`no entity ${id}; found ${entities.map((e) => e.id).join(', ')}`);
  return found;
}
