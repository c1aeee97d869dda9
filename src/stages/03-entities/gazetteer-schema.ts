import { z } from 'zod';
import { EntityTypeSchema } from '../../contracts/index.js';

const Id = z
  .string()
  .regex(/^[a-z]+:[a-z0-9][a-z0-9-]*$/, 'an id is "kind:slug" in lowercase ASCII, e.g. "cartel:cjng" or "country:us"');
const Surface = z.string().trim().min(1);

/** One entity of a gazetteer file. Accents, case and hyphens are folded when matching (see normalize.ts). */
export const GazetteerEntrySchema = z
  .object({
    id: Id,
    name: Surface.describe('canonical name, also matched as an alias'),
    type: EntityTypeSchema.optional().describe("overrides the file's type"),
    aliases: z.array(Surface).default([]).describe('other names; an all-capitals or camel-case word ("US", "DoJ") matches case-sensitively'),
    demonyms: z.array(Surface).default([]).describe('"Mexican", "Americans": mentions of the entity, flagged `demonym`'),
    prefixes: z.array(Surface).default([]).describe("for a country: forms that may precede its agencies' names (\"U.S.\", \"Mexico's\")"),
    country: z.string().regex(/^[a-z]{2}$/).optional().describe('ISO code: the aliases also match after that country\'s prefixes'),
    prefixedAliases: z.array(Surface).default([]).describe("aliases that match only after one of the country's prefixes"),
    role: z.string().optional().describe('for people: the office to report when the article names none'),
    within: Id.optional().describe('for places: the place it lies in ("place:us-ca" for a Californian county or city, "country:us" for a state); for a city\'s or county\'s agency: the place it serves ("place:us-los-angeles" for its school district)'),
  })
  .strict();
export type GazetteerEntry = z.infer<typeof GazetteerEntrySchema>;

export const GazetteerFileSchema = z
  .object({
    $schema: z.string().optional(),
    kind: z.string().min(1),
    type: EntityTypeSchema.describe('type of every entry that does not say otherwise'),
    description: z.string().optional(),
    ignore: z.array(Surface).default([]).describe('phrases that are no entity and block shorter matches inside them ("African American")'),
    entries: z.array(GazetteerEntrySchema),
  })
  .strict();
export type GazetteerFile = z.infer<typeof GazetteerFileSchema>;

/** A list of words a rule consults: given names, or capitalised words that are never an entity. */
export const WordListFileSchema = z
  .object({
    $schema: z.string().optional(),
    kind: z.enum(['given-names', 'not-entities']),
    description: z.string().optional(),
    words: z.array(Surface),
  })
  .strict();
export type WordListFile = z.infer<typeof WordListFileSchema>;

export const AnyGazetteerFileSchema = z.union([GazetteerFileSchema, WordListFileSchema]);
