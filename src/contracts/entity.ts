import { z } from 'zod';

export const EntityTypeSchema = z.enum(['cartel', 'official', 'person', 'country', 'place', 'agency', 'organization', 'operation']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** One mention of an entity inside one article, as found by the entity stage. */
export const EntityMentionSchema = z.object({
  entity: z.string().describe('entity id'),
  type: EntityTypeSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().describe('text.slice(start, end)'),
  demonym: z.boolean().optional().describe('true when the mention is a demonym ("Americans", "Mexican") standing for the country or place'),
  within: z.string().optional().describe('for places: the id of the place it lies in, from the gazetteer; for a national agency: its country'),
});
export type EntityMention = z.infer<typeof EntityMentionSchema>;

/** One line of `entities.jsonl`: an entity with every mention across the batch. */
export const EntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  aliases: z.array(z.string()),
  role: z.string().nullable().optional(),
  within: z.string().optional().describe('for places: the id of the place it lies in, from the gazetteer; for a national agency: its country'),
  mentions: z.array(
    z.object({
      article: z.string(),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      text: z.string(),
      demonym: z.boolean().optional(),
    }),
  ),
});
export type Entity = z.infer<typeof EntitySchema>;

/**
 * One entity of one article, as the entity stage resolved it inside that article (`doc.entities`); the runner
 * merges these across the batch into `entities.jsonl` lines with `mergeEntities`.
 */
export const ArticleEntitySchema = z.object({
  id: z.string().describe('stable id from the canonical name: person:anne-milgram, country:us, cartel:cjng'),
  name: z.string(),
  type: EntityTypeSchema,
  role: z.string().nullable().describe('office or job as the article gives it ("DEA Administrator", "professor")'),
  aliases: z.array(z.string()).describe('other surface forms seen in the article, sorted'),
  within: z.string().optional().describe('for places: the id of the place it lies in, from the gazetteer ("place:us-ca" for Butte County); for a national agency: its country ("country:us" for the FBI)'),
});
export type ArticleEntity = z.infer<typeof ArticleEntitySchema>;
