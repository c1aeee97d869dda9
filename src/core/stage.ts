import type { z } from 'zod';
import type { Message } from '../contracts/index.js';
import type { ArticleDoc, DocKey } from './doc.js';

export interface ReportInput {
  ruleId: string;
  reason: string;
  severity?: Message['severity'];
  start?: number | null;
  end?: number | null;
}

export interface StageContext {
  /** Attach a message to the article; `start`/`end` point at the text it is about. `source` defaults to the stage. */
  report(m: ReportInput & { source?: string }): void;
  /** Run-wide settings the runner knows and stages may read (never time or randomness). */
  readonly run: RunSettings;
}

export interface RunSettings {
  /** default publication date (`--published`), ISO */
  readonly published: string | null;
}

export interface StageDefinition<O extends z.ZodType = z.ZodType, A extends DocKey = DocKey, R = unknown> {
  /** registered name, used in pipelines/*.json */
  name: string;
  description: string;
  requires: readonly DocKey[];
  assigns: readonly A[];
  options: O;
  /** Build read-only resources once per pipeline (gazetteers, compiled patterns, extractor instances). */
  setup?(options: z.output<O>): Promise<R> | R;
  /** Fields needed beyond `requires` that depend on the resources (the claims stage: its extractors' needs). */
  requiresFrom?(resources: R): readonly DocKey[];
  /**
   * A pure function of one article and the resources: returns exactly the fields it assigns.
   * It must not touch files, clocks, threads or other articles.
   */
  run(doc: Readonly<ArticleDoc>, options: z.output<O>, ctx: StageContext, resources: R): Pick<ArticleDoc, A>;
}

/** Identity function that exists for type inference, like eslint's rule objects. */
export function defineStage<O extends z.ZodType, A extends DocKey, R = undefined>(
  stage: StageDefinition<O, A, R>,
): StageDefinition<O, A, R> {
  return stage;
}

/** A stage of any option and resource type, as the registry holds them (methods are bivariant). */
export type AnyStage = Omit<StageDefinition<z.ZodType, DocKey, unknown>, 'run'> & {
  run(doc: Readonly<ArticleDoc>, options: unknown, ctx: StageContext, resources: unknown): Partial<ArticleDoc>;
};
