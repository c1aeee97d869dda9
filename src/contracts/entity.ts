import { z } from 'zod';

export const EntityTypeSchema = z.enum(['cartel', 'official', 'person', 'country', 'place', 'agency', 'organization']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** One mention of an entity inside one article, as found by the entity stage. */
export const EntityMentionSchema = z.object({
  entity: z.string().describe('entity id'),
  type: EntityTypeSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().describe('text.slice(start, end)'),
});
export type EntityMention = z.infer<typeof EntityMentionSchema>;

/** One line of `entities.jsonl`: an entity with every mention across the batch. */
export const EntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  aliases: z.array(z.string()),
  role: z.string().nullable().optional(),
  mentions: z.array(
    z.object({
      article: z.string(),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      text: z.string(),
    }),
  ),
});
export type Entity = z.infer<typeof EntitySchema>;
