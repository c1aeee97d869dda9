import { z } from 'zod';

const StageRefSchema = z
  .object({
    use: z.string().min(1).describe('a registered stage name, e.g. "ingest"'),
    options: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

/** `pipelines/*.json`: which stages run, in which order, with which options. */
export const PipelineConfigSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().min(1),
    description: z.string().default(''),
    stages: z.array(StageRefSchema).min(1),
  })
  .strict();
export type PipelineConfig = z.infer<typeof PipelineConfigSchema>;
