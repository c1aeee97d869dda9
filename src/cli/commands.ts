import { randomUUID } from 'node:crypto';
import { availableParallelism, freemem } from 'node:os';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { BORDER_SCHEMAS, QuantitiesInputSchema, type Manifest } from '../contracts/index.js';
import { UsageError } from '../core/errors.js';
import { loadPipeline, type Pipeline } from '../stages/pipeline.js';
import { interruptionNote } from '../stages/06-report/index.js';
import { openOutDir } from '../runner/output.js';
import { inputBytes } from '../runner/inputs.js';
import { finishBatch } from '../runner/finish.js';
import { runBatch } from '../runner/run.js';
import { parseQueueUrl, type QueueUrl } from '../runner/queue/connection.js';
import { runQueueWorker } from '../runner/queue/queue-worker.js';
import { writeBatch } from '../runner/write.js';
import { DeskStore, openStoreForRun, reviewedFindings, reviewedPairs, storeBatch, storeNews } from '../runner/store/index.js';
import { readReferenceTable } from '../runner/reference.js';
import type { Claim, OfficialFigure } from '../contracts/index.js';
import { blockKeys, defaultHierarchy } from '../stages/05-reconcile/index.js';
import { TOOL } from '../core/tool.js';
import { inputPlace, type BatchResult } from '../core/batch.js';
import { scanDetailed, scanQuantities } from '../stages/04-claims/public.js';
import { DEFAULT_PIPELINE } from './options.js';
import { phaseMeter } from './phases.js';
import { makeProgress } from './progress.js';

export interface RunCommandOptions {
  out: string;
  pipeline: string;
  published?: string;
  concurrency: number;
  quiet: boolean;
  resume: boolean;
  maxArticleMb: number;
  articleTimeout: number;
  /** a Redis URL: process on the queue's workers */
  queue?: string;
  /** a desk store (SQLite): skip the articles it holds, add the others, and write outputs for all of them */
  store?: string;
  /** reference tables (CSV) of official figures to judge claims against; with a store, kept in it */
  reference?: string[];
}

/**
 * Read reference tables, saying which rows could not be used (with their lines) and using the rest; with a
 * store, keep them in it (a table replaces the store's earlier rows of the same file name).
 */
function loadReferences(paths: readonly string[], quiet: boolean, store?: DeskStore): OfficialFigure[] {
  const figures: OfficialFigure[] = [];
  for (const path of paths) figures.push(...readReferences(path, quiet, store).figures);
  return store ? store.referenceFigures() : figures;
}

/** One reference table read, each row not used said with its line, and kept in `store` when given. */
function readReferences(path: string, quiet: boolean, store?: DeskStore): ReturnType<typeof readReferenceTable> {
  const read = readReferenceTable(path);
  for (const p of read.problems) process.stderr.write(`claimgraph: reference table ${path}, line ${p.line}: ${p.reason} (row not used)\n`);
  if (!quiet) process.stderr.write(`claimgraph: reference table ${path}: ${read.figures.length} official figures${read.problems.length ? `, ${read.problems.length} rows not used` : ''}\n`);
  store?.addReference(read.table, read.figures);
  return read;
}

/** Exit status of a run stopped by Ctrl-C (128 + SIGINT), as shells expect. */
export const EXIT_INTERRUPTED = 130;

export async function runCommand(inputs: string[], o: RunCommandOptions): Promise<number> {
  // the workers set the stages up; this thread only checks the pipeline and names it in the outputs
  const pipeline = await loadPipeline(o.pipeline, { setup: 'checks' });
  // a bad URL is a usage error before the output folder is touched
  const queue = o.queue === undefined ? undefined : parseQueueUrl(o.queue);
  const runId = randomUUID();
  const release = await openOutDir(o.out, runId);
  try {
    if (o.store === undefined) return await runInto(inputs, o, pipeline, runId, queue, undefined);
    const { store, release: closeStore } = openStoreForRun(o.store, runId);
    try {
      return await runInto(inputs, o, pipeline, runId, queue, store);
    } finally {
      closeStore();
    }
  } finally {
    release();
  }
}

async function runInto(inputs: string[], o: RunCommandOptions, pipeline: Pipeline, runId: string, queue: QueueUrl | undefined, store: DeskStore | undefined): Promise<number> {
  const say = (line: string) => {
    if (!o.quiet) process.stderr.write(`claimgraph: ${line}\n`);
  };
  const concurrency = capConcurrency(o.concurrency);
  if (concurrency.note) say(concurrency.note);

  // First Ctrl-C (or SIGTERM): stop starting articles, finish those in flight, write a consistent output.
  // A second one exits at once; --resume picks up from the cached results.
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) process.exit(EXIT_INTERRUPTED);
    if (!o.quiet) process.stderr.write(`\nclaimgraph: ${signal}: finishing the articles in flight, then writing the output (again to quit now)\n`);
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const progress = makeProgress({ quiet: o.quiet, totalBytes: o.quiet ? 0 : await inputBytes(inputs, stop.signal) });
    let collected: Awaited<ReturnType<typeof runBatch>> | undefined;
    const meter = phaseMeter(process.env.CLAIMGRAPH_REPORT_RSS !== undefined);
    const startedAt = new Date().toISOString();
    const storeRun = store?.beginRun({
      runId, startedAt, toolVersion: TOOL.version, pipelineHash: pipeline.hash, published: o.published ?? null,
      pipeline: { name: pipeline.name, path: pipeline.path, stages: pipeline.stages.map((x) => x.definition.name) },
    });
    meter.phase('process');
    try {
      collected = await runBatch({
        inputs,
        pipeline,
        published: o.published ?? null,
        concurrency: concurrency.threads,
        maxArticleBytes: Math.round(o.maxArticleMb * 1024 * 1024),
        articleTimeoutMs: o.articleTimeout * 1000,
        runId,
        outDir: o.out,
        resume: o.resume,
        signal: stop.signal,
        onProgress: (p) => progress.update(p),
        ...(queue !== undefined ? { queue, say: (line: string) => process.stderr.write(`\nclaimgraph: ${line}\n`) } : {}),
        ...(store !== undefined ? { store } : {}),
      });
    } finally {
      progress.end(collected !== undefined && !stop.signal.aborted);
    }
    meter.phase('finish');
    const official = loadReferences(o.reference ?? [], o.quiet, store);
    const batch = store === undefined ? finishBatch(collected, official) : finishStoreRun(store, storeRun!, o.out, collected, official);
    meter.phase('write');
    await writeBatch(o.out, batch);
    store?.endRun(batch.manifest.status, batch.manifest.finishedAt);
    meter.end(process.stderr);
    return summarise(batch.manifest, o);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/**
 * A run into a desk store: the cross-article stages over the facts this run's claims can touch — every stored
 * claim in a block one of them is in (blockKeys: a measure's family, the same distinctive figure), recomputed
 * whole — the store's reconciliation of those blocks replaced by this one in one transaction, and what changed
 * (`news`) for the reports. The other blocks are left as they are. The manifest lists this run's inputs; its
 * claim, entity, fact and discrepancy counts are those of the files, which cover the articles of those blocks.
 */
function finishStoreRun(store: DeskStore, run: number, outDir: string, collected: Awaited<ReturnType<typeof runBatch>>, official: readonly OfficialFigure[]): BatchResult {
  store.flush();
  const { runs, articles } = store.counts();
  const added = store.articlesOfRun(run);
  // only the blocks this run's claims can meet others in are reconciled again, each whole
  const blocks = store.blocksOfRun(run);
  const hierarchy = defaultHierarchy();
  const keysOf = (claim: Claim) => blockKeys(claim, hierarchy);
  const { blockOf: claimBlocks, ...collectedStore } = storeBatch(store, outDir, { ...collected.manifest }, collected.texts, { blocks, keysOf });
  collectedStore.manifest = { ...collectedStore.manifest, store: { path: store.path, runs, articles, added: added.size, covered: collectedStore.articles.length } };
  const batch = finishBatch(collectedStore, official, reviewedPairs(store));
  const previous = store.lastReconciliation(blocks);
  const news = storeNews(batch, previous, previous.run, added);
  // a fact or finding is filed under the block of its first claim (every claim of the batch is in one of `blocks`)
  const blockOf = (claims: readonly string[]) => claimBlocks.get(claims[0]!) ?? '';
  const reviewed = reviewedFindings(batch);
  store.saveReconciliation(
    blocks,
    batch.facts.facts.map((f) => ({ id: f.id, block: blockOf(f.claims), verdict: f.verdict })),
    reviewed.map((f) => ({ ...f, block: blockOf(f.claims) })),
    [
      ...news.newFindings.map((id) => ({ kind: 'new-finding' as const, subject: id, before: null, after: null })),
      ...news.verdicts.map((v) => ({ kind: 'verdict' as const, subject: v.fact, before: v.before, after: v.after })),
      ...news.contradicting.map((c) => ({ kind: 'contradicts' as const, subject: c.article, before: c.fact, after: c.finding })),
    ],
  );
  return { ...batch, news };
}

/**
 * `claimgraph export`: every output file for the whole store, as one run over all its articles at once would
 * write them (the manifest lists every run's inputs, an article a later run met again as the duplicate it is).
 */
export async function exportCommand(o: { store: string; out: string; quiet: boolean }): Promise<number> {
  const store = DeskStore.open(o.store, { create: false });
  try {
    const last = store.lastRun();
    if (last === undefined) throw new UsageError(`the store ${o.store} holds no run yet: run \`claimgraph run <inputs> --store ${o.store}\` first`);
    const runId = randomUUID();
    const release = await openOutDir(o.out, runId);
    try {
      const startedAt = new Date().toISOString();
      const inputs = exportedInputs(store.inputs());
      const counts = {
        inputs: inputs.length, ok: inputs.filter((i) => i.status === 'ok').length, failed: inputs.filter((i) => i.status === 'failed').length,
        skipped: inputs.filter((i) => i.status === 'skipped').length, claims: 0, entities: 0, facts: 0, discrepancies: 0, messages: 0, cached: 0,
      };
      const manifest: Manifest = {
        runId, tool: TOOL, pipeline: last.pipeline, options: { published: last.published, concurrency: 1, resume: false },
        status: 'complete', startedAt, finishedAt: startedAt, inputs, counts,
      };
      const { blockOf: _, ...collected } = storeBatch(store, o.out, manifest);
      collected.manifest.counts.messages = collected.articles.reduce((n, a) => n + a.messages.length, 0);
      const batch = finishBatch(collected, store.referenceFigures(), reviewedPairs(store));
      batch.manifest.finishedAt = new Date().toISOString();
      await writeBatch(o.out, batch);
      if (!o.quiet) process.stdout.write(`Exported ${collected.articles.length} articles, ${batch.claims.length} claims, ${batch.discrepancies.length} discrepancies to ${o.out}\n`);
      return 0;
    } finally {
      release();
    }
  } finally {
    store.close();
  }
}

/**
 * Every run's inputs as one run over every article of the store would have recorded them: an input a later run
 * met again (the same place and content: a run after a killed one, a daily run over a growing folder) is listed
 * once, where it was first read; an article the store held under another name is the duplicate it is.
 */
export function exportedInputs(stored: Iterable<{ entry: Manifest['inputs'][number] }>): Manifest['inputs'] {
  const seen = new Set<string>();
  const out: Manifest['inputs'] = [];
  for (const { entry } of stored) {
    const where = `${inputPlace(entry)}\n${entry.sha256 ?? ''}`;
    if (seen.has(where)) continue;
    seen.add(where);
    if (entry.storedBy === undefined) {
      out.push(entry);
      continue;
    }
    const { storedBy: _, ...rest } = entry;
    out.push({ ...rest, error: `duplicate: the same article as ${entry.duplicateOf}` });
  }
  return out;
}

/** `claimgraph reference add`: keep a reference table's official figures in a store, for its runs and exports. */
export function referenceAddCommand(table: string, o: { store: string; quiet: boolean }): number {
  const runId = randomUUID();
  const { store, release } = openStoreForRun(o.store, runId);
  try {
    const { figures, problems } = readReferences(table, true, store);
    if (!o.quiet) process.stdout.write(`${o.store}: ${figures.length} official figures from ${table}${problems.length ? `; ${problems.length} rows not used` : ''}. The next run or export judges the claims against them.\n`);
    return figures.length === 0 && problems.length > 0 ? 1 : 0;
  } finally {
    release();
  }
}

/** `claimgraph store check`: 0 when the store is sound, 1 with each problem when not. */
export function storeCheckCommand(o: { store: string }): number {
  const store = DeskStore.open(o.store, { create: false, readonly: true });
  try {
    const problems = store.check();
    const { runs, articles } = store.counts();
    if (problems.length === 0) {
      process.stdout.write(`${o.store}: a sound claimgraph store (schema ${store.version()}): ${runs} runs, ${articles} articles\n`);
      return 0;
    }
    for (const p of problems) process.stdout.write(`${o.store}: ${p}\n`);
    return 1;
  } finally {
    store.close();
  }
}

/** Say what the run did; the exit status: 130 interrupted, 1 when not one article could be read, else 0. */
function summarise(manifest: Manifest, o: RunCommandOptions): number {
  const c = manifest.counts;
  if (!o.quiet) {
    const near = relative(process.cwd(), join(o.out, 'report.html'));
    const report = near.startsWith('..') ? resolve(o.out, 'report.html') : near;
    process.stderr.write(
      `claimgraph: ${c.inputs} inputs: ${c.ok} ok, ${c.failed} failed, ${c.skipped} skipped; ${c.claims} claims, ` +
        `${c.discrepancies} ${c.discrepancies === 1 ? 'discrepancy' : 'discrepancies'}.${c.cached ? ` ${c.cached} articles from the resume cache.` : ''}\n`,
    );
    for (const input of manifest.inputs.filter((i) => i.status === 'failed' || (i.status === 'skipped' && i.duplicateOf === undefined))) {
      process.stderr.write(`  ${input.status}: ${input.path}${input.line ? `:${input.line}` : ''}: ${input.error}\n`);
    }
    const interrupted = interruptionNote(manifest);
    if (interrupted !== null) process.stderr.write(`claimgraph: ${interrupted}\n`);
    process.stdout.write(`Report: ${report}\n`);
  }
  if (manifest.status === 'interrupted') return EXIT_INTERRUPTED;
  // a daily run over a folder the store has read already has nothing new to read: not a failure
  const held = manifest.store !== undefined && manifest.inputs.some((i) => i.storedBy !== undefined);
  if (c.ok === 0 && !held) {
    process.stderr.write(`claimgraph: no article could be read from ${c.inputs === 0 ? 'the inputs given (they hold no .txt, .md, .html or .jsonl file)' : `the ${c.inputs} inputs; manifest.json says why for each`}\n`);
    return 1;
  }
  return 0;
}

/**
 * The worker threads to run: what was asked for, but no more than the cores (more threads only share the same
 * cores, each with its own ~150 MB heap) or the free memory holds; a note says when the request was lowered.
 */
export function capConcurrency(asked: number, cores = availableParallelism(), freeBytes = freemem()): { threads: number; note: string | null } {
  const byMemory = Math.max(1, Math.floor(freeBytes / WORKER_MEMORY_BYTES));
  const threads = Math.max(1, Math.min(asked, cores, byMemory));
  if (threads === asked) return { threads, note: null };
  const why = threads === cores ? `this machine has ${cores} ${cores === 1 ? 'core' : 'cores'}` : `free memory holds ${byMemory} workers of ~${WORKER_MEMORY_BYTES / 1024 / 1024} MB`;
  return { threads, note: `--concurrency ${asked} lowered to ${threads}: ${why}` };
}

/** What one worker thread may need at its peak on large articles. */
const WORKER_MEMORY_BYTES = 256 * 1024 * 1024;

/** `claimgraph quantities`: JSON lines {id, text} in, {id, quantities} out; with `explain`, the numbers dropped and why. */
export async function quantitiesCommand(o: { in?: string; explain?: boolean; scores?: boolean }): Promise<number> {
  const options = { scores: o.scores === true };
  const input = o.in ? createReadStream(o.in, { encoding: 'utf8' }) : process.stdin;
  if (o.in) {
    await new Promise<void>((resolve, reject) => {
      (input as ReturnType<typeof createReadStream>).once('open', () => resolve()).once('error', (e) => reject(new UsageError(`cannot read --in ${o.in}: ${e.message}`)));
    });
  }
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let bad = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    let parsed;
    try {
      parsed = QuantitiesInputSchema.safeParse(JSON.parse(line));
    } catch (error) {
      bad++;
      process.stderr.write(`claimgraph quantities: line ${lineNo} is not valid JSON: ${(error as Error).message}\n`);
      continue;
    }
    if (!parsed.success) {
      bad++;
      process.stderr.write(`claimgraph quantities: line ${lineNo} must be an object {id, text}: ${z.prettifyError(parsed.error).replace(/\n/g, ' ')}\n`);
      continue;
    }
    let out: string;
    if (o.explain) {
      const read = scanDetailed(parsed.data.text, options);
      out = JSON.stringify({ id: parsed.data.id, quantities: read.quantities.map((m) => m.quantity), rejected: read.rejected });
    } else out = JSON.stringify({ id: parsed.data.id, quantities: scanQuantities(parsed.data.text, options) });
    if (!process.stdout.write(out + '\n')) await new Promise((r) => process.stdout.once('drain', r));
  }
  return bad > 0 ? 1 : 0;
}

export interface WorkerCommandOptions {
  queue: string;
  concurrency: number;
  stallSeconds: number;
  quiet: boolean;
}

/** `claimgraph worker --queue <url>`: process the queue's jobs on this machine until Ctrl-C (or SIGTERM). */
export async function workerCommand(o: WorkerCommandOptions): Promise<number> {
  const url = parseQueueUrl(o.queue);
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) process.exit(EXIT_INTERRUPTED);
    if (!o.quiet) process.stderr.write(`claimgraph worker: ${signal}: finishing the jobs in hand (again to quit now)\n`);
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await runQueueWorker(url, {
      threads: capConcurrency(o.concurrency).threads, stallMs: o.stallSeconds * 1000, signal: stop.signal, warm: DEFAULT_PIPELINE,
      say: (line) => { if (!o.quiet) process.stderr.write(`claimgraph worker: ${line}\n`); },
    });
    return 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** `claimgraph schema [file]`: JSON Schema of every file claimgraph writes or reads, from the zod contracts. */
export function schemaCommand(name: string | undefined): number {
  const names = Object.keys(BORDER_SCHEMAS) as Array<keyof typeof BORDER_SCHEMAS>;
  if (name !== undefined && !names.includes(name as keyof typeof BORDER_SCHEMAS)) {
    throw new UsageError(`no schema named "${name}"; known: ${names.join(', ')}`);
  }
  const pick = name === undefined ? names : [name as keyof typeof BORDER_SCHEMAS];
  const schemas = Object.fromEntries(pick.map((n) => {
    const { schema, jsonl } = BORDER_SCHEMAS[n];
    return [n, { ...z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }), ...(jsonl ? { description: `one JSON object a line: ${n}` } : {}) }];
  }));
  process.stdout.write(JSON.stringify(name === undefined ? schemas : schemas[name], null, 2) + '\n');
  return 0;
}
