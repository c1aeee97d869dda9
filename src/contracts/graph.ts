import { z } from 'zod';

/** `graph.jsonld`: the fact graph as JSON-LD with PROV-O provenance. */
export const GraphNodeSchema = z.looseObject({ '@id': z.string(), '@type': z.union([z.string(), z.array(z.string())]) });
export const GraphFileSchema = z.object({
  '@context': z.record(z.string(), z.unknown()),
  '@graph': z.array(GraphNodeSchema),
});
