import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { PipelineConfigSchema, type PipelineConfig } from '../contracts/index.js';
import type { ArticleDoc, DocKey, Source } from './doc.js';
import { ArticleError, UsageError } from './errors.js';
import { contentId } from './ids.js';
import { makeMessage } from './messages.js';
import type { AnyStage, RunSettings, StageContext } from './stage.js';

/**
 * The stages a pipeline file may name, by registered name, each imported on first use. Core knows none of them:
 * the registry (`src/stages/index.ts`) is passed in by whoever loads a pipeline (`src/stages/pipeline.ts`).
 */
export type StageRegistry = Readonly<Record<string, () => Promise<AnyStage>>>;

export interface LoadedStage {
  definition: AnyStage;
  options: unknown;
  resources: unknown;
}

/** A frozen, checked pipeline: stages resolved, options parsed, resources built, dataflow verified. */
export interface Pipeline {
  name: string;
  path: string;
  description: string;
  /** content hash of the pipeline definition: cached results are reused only for the same pipeline */
  hash: string;
  stages: readonly LoadedStage[];
  /** false when only the setups its checks need ran (`setup: 'checks'`): it describes a run but cannot process */
  complete: boolean;
}

/**
 * How much of each stage's setup to run: all of it (a pipeline that processes articles), or only what checking the
 * pipeline needs (the main thread of a run whose workers process the articles: building the entity stage's
 * gazetteer tries there cost every run about a second of CPU for nothing).
 */
export interface PipelineLoad {
  setup?: 'all' | 'checks';
}

/** What the runner provides before any stage runs. */
export const INITIAL_KEYS: readonly DocKey[] = ['source'];

export async function loadPipeline(path: string, registry: StageRegistry, load: PipelineLoad = {}): Promise<Pipeline> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the pipeline file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}. Pass an existing file with --pipeline, e.g. pipelines/newsroom.json`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new UsageError(`the pipeline file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = PipelineConfigSchema.safeParse(json);
  if (!parsed.success) {
    throw new UsageError(`the pipeline file ${path} does not match the pipeline schema (see \`claimgraph schema pipeline.json\`):\n${z.prettifyError(parsed.error)}`);
  }
  return buildPipeline(parsed.data, path, registry, load);
}

export async function buildPipeline(config: PipelineConfig, path: string, registry: StageRegistry, load: PipelineLoad = {}): Promise<Pipeline> {
  const checksOnly = load.setup === 'checks';
  let complete = true;
  const stages: LoadedStage[] = [];
  for (const ref of config.stages) {
    const load = registry[ref.use];
    if (!load) {
      throw new UsageError(`${path}: unknown stage "${ref.use}". Registered stages: ${Object.keys(registry).join(', ')}`);
    }
    const definition = await load();
    const options = definition.options.safeParse(ref.options);
    if (!options.success) {
      throw new UsageError(`${path}: options for stage "${ref.use}" are invalid:\n${z.prettifyError(options.error)}`);
    }
    let resources: unknown;
    // a stage whose requirements depend on its setup (the claims stage's extractors) is set up for the check
    const skip = checksOnly && definition.setup !== undefined && definition.requiresFrom === undefined;
    if (skip) complete = false;
    try {
      resources = definition.setup && !skip ? await definition.setup(options.data) : undefined;
    } catch (error) {
      throw new UsageError(`${path}: stage "${ref.use}" could not be set up: ${(error as Error).message}`);
    }
    stages.push({ definition, options: options.data, resources });
  }
  await checkDataflow(stages, path, registry);
  return Object.freeze({ name: config.name, path, description: config.description, hash: contentId(JSON.stringify(config)), stages: Object.freeze(stages), complete });
}

/**
 * Refuse a pipeline in which a stage reads a field that no earlier stage assigns (spaCy's analyze_pipes),
 * naming the registered stages that would produce it.
 */
export async function checkDataflow(stages: readonly LoadedStage[], path: string, registry: StageRegistry): Promise<void> {
  const assigned = new Set<DocKey>(INITIAL_KEYS);
  for (const { definition, resources } of stages) {
    const needs = [...definition.requires, ...(definition.requiresFrom?.(resources) ?? [])];
    for (const key of needs) {
      if (assigned.has(key)) continue;
      const producers: string[] = [];
      for (const [name, load] of Object.entries(registry)) {
        if ((await load()).assigns.includes(key)) producers.push(`"${name}"`);
      }
      const fix = producers.length
        ? `add ${producers.join(' or ')} (which assigns "${key}") before "${definition.name}"`
        : `no registered stage assigns "${key}"`;
      throw new UsageError(`${path}: stage "${definition.name}" requires "${key}", but no earlier stage assigns it: ${fix}.`);
    }
    for (const key of definition.assigns) assigned.add(key);
  }
}

export type ArticleOutcome =
  | { ok: true; doc: ArticleDoc }
  | { ok: false; reason: string; doc: ArticleDoc };

/**
 * Run the per-article stages over one source. Pure apart from CPU: no files, clocks or shared state.
 * A stage that throws fails this article only; the reason says which stage and why.
 */
export function runArticle(pipeline: Pipeline, source: Source, settings: RunSettings): ArticleOutcome {
  return runArticles(pipeline, [source], settings)[0]!;
}

/**
 * `sources.map((s) => runArticle(pipeline, s, settings))`, computed stage by stage: each stage runs over every
 * article of the batch before the next stage starts. Every article is still a function of itself alone, so the
 * outcomes are the same; what changes is that one stage's code and tables (wink's lexicon, the gazetteer tries)
 * stay in the processor's caches across the batch instead of being evicted by the other stages' after every
 * article — measured 0.85–0.91 of the time article by article, for batches of 4 to 32 (bench/README.md).
 */
export function runArticles(pipeline: Pipeline, sources: readonly Source[], settings: RunSettings, observer?: BatchObserver): ArticleOutcome[] {
  const outcomes: ArticleOutcome[] = sources.map((source) => ({ ok: true, doc: { source, messages: [] } }));
  for (const stage of pipeline.stages) {
    for (let i = 0; i < outcomes.length; i++) {
      const outcome = outcomes[i]!;
      if (!outcome.ok) continue;
      observer?.enter(i);
      outcomes[i] = runStage(stage, outcome.doc, settings);
      observer?.leave(i);
    }
  }
  return outcomes;
}

/**
 * Told when a stage starts and ends work on an article of a batch (its index in the batch), so that whoever runs
 * the batch can charge each article its own time (the runner's per-article timeout), however the stages of a
 * batch interleave.
 */
export interface BatchObserver {
  enter(article: number): void;
  leave(article: number): void;
}

/** One stage over one article: the document with the stage's fields assigned, or why the article failed. */
function runStage({ definition, options, resources }: LoadedStage, doc: ArticleDoc, settings: RunSettings): ArticleOutcome {
  const ctx: StageContext = {
    run: settings,
    report: (m) => {
      doc.messages.push(makeMessage(doc.text, { ...m, source: m.source ?? definition.name }));
    },
  };
  let assigned: Partial<ArticleDoc>;
  try {
    assigned = definition.run(doc, options, ctx, resources);
  } catch (error) {
    const reason = error instanceof ArticleError
      ? error.reason
      : `stage "${definition.name}" crashed: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, reason, doc };
  }
  for (const key of Object.keys(assigned)) {
    if (!definition.assigns.includes(key as DocKey)) {
      return { ok: false, reason: `stage "${definition.name}" assigned "${key}", which it does not declare in \`assigns\``, doc };
    }
  }
  return { ok: true, doc: { ...doc, ...assigned, messages: doc.messages } };
}
