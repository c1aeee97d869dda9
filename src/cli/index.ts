#!/usr/bin/env node
import './heap.js';
import { Command, CommanderError, Option } from 'commander';
import { UsageError } from '../core/errors.js';
import { TOOL } from '../core/tool.js';
import { describeSystemError } from './system-errors.js';
import {
  exportCommand, quantitiesCommand, referenceAddCommand, runCommand, schemaCommand, storeCheckCommand, workerCommand, type RunCommandOptions,
  type WorkerCommandOptions,
} from './commands.js';
import {
  DEFAULT_CONCURRENCY, DEFAULT_MAX_ARTICLE_MB, DEFAULT_PIPELINE, parseIsoDate, parsePositiveInt, parsePositiveNumber,
} from './options.js';
import { reviewCommand, type ReviewCommandOptions } from './review.js';

/** Exit codes: 0 done (failed articles are in the manifest), 1 a command's own failure, 2 bad usage. */
export function buildProgram(): Command {
  const program = new Command()
    .name('claimgraph')
    .description('Find every numeric claim in news articles and reconcile the figures that disagree.')
    .version(TOOL.version, '-V, --version', 'print the version and exit')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  program
    .command('run')
    .description('run a pipeline over article files and folders (.txt, .md, .html, .htm, .jsonl) and write every output file')
    .argument('<inputs...>', 'files or folders (walked recursively)')
    .requiredOption('-o, --out <dir>', 'output folder (new, empty, or an earlier claimgraph output)')
    .option('-p, --pipeline <file>', 'pipeline definition (JSON)', DEFAULT_PIPELINE)
    .option('--published <date>', 'default publication date YYYY-MM-DD, for articles that state none', parseIsoDate)
    .option('-c, --concurrency <n>', 'articles processed in parallel (worker threads)', parsePositiveInt, DEFAULT_CONCURRENCY)
    .addOption(new Option('--article-timeout <seconds>', 'stop an article still running after this long and record it as failed').argParser(parsePositiveNumber).default(60))
    .option('--resume', 'reuse the results of an earlier, stopped run into the same --out folder', false)
    .addOption(new Option('--max-article-mb <mb>', 'largest article (file or JSONL line) to read, in MB').argParser(parsePositiveNumber).default(DEFAULT_MAX_ARTICLE_MB))
    .option('-q, --quiet', 'print nothing but errors', false)
    .option('--queue <url>', 'process on the workers of this Redis queue (claimgraph worker) instead of this machine: redis://host:port[/db]')
    .option('--store <file>', 'a desk store (SQLite, made when absent): skip the articles it holds, add the others; the output covers the whole store')
    .option('--reference <csv...>', 'reference tables of official figures to judge claims against (kept in the store with --store)')
    .action(async (inputs: string[], o: RunCommandOptions) => {
      process.exitCode = await runCommand(inputs, o);
    });

  program
    .command('export')
    .description('write every output file for all the articles of a desk store, as one run over them would')
    .requiredOption('--store <file>', 'the desk store')
    .requiredOption('-o, --out <dir>', 'output folder (new, empty, or an earlier claimgraph output)')
    .option('-q, --quiet', 'print nothing but errors', false)
    .action(async (o: { store: string; out: string; quiet: boolean }) => {
      process.exitCode = await exportCommand(o);
    });

  program
    .command('reference')
    .description('official figures: reference tables a desk keeps in its store')
    .command('add')
    .description('add a reference table (CSV: one official figure a row) to a desk store; a bad row is reported with its line, the rest are used')
    .argument('<table>', 'the CSV file')
    .requiredOption('--store <file>', 'the desk store (made when absent)')
    .option('-q, --quiet', 'print nothing but errors', false)
    .action((table: string, o: { store: string; quiet: boolean }) => {
      process.exitCode = referenceAddCommand(table, o);
    });

  program
    .command('store')
    .description('look after a desk store')
    .command('check')
    .description('verify a desk store: SQLite\'s integrity check, its schema version, every article and claim in it')
    .requiredOption('--store <file>', 'the desk store')
    .action((o: { store: string }) => {
      process.exitCode = storeCheckCommand(o);
    });

  program
    .command('review')
    .description('serve the auditor\'s review of a desk store\'s findings on this machine: the queue, each finding, decisions and their audit trail')
    .requiredOption('--store <file>', 'the desk store')
    .option('--port <n>', 'the port (0: any free one)', (v: string) => (v === '0' ? 0 : parsePositiveInt(v)), 4173)
    .option('--host <address>', 'the address to answer on; anything but loopback needs --token', '127.0.0.1')
    .option('--token <secret>', 'a secret the browser must present (required with --host)')
    .action(async (o: ReviewCommandOptions) => {
      process.exitCode = await reviewCommand(o);
    });

  program
    .command('worker')
    .description('process the articles of runs started with --queue, on this machine, until Ctrl-C')
    .requiredOption('--queue <url>', 'the Redis queue: redis://host:port[/db]')
    .option('-c, --concurrency <n>', 'worker threads', parsePositiveInt, DEFAULT_CONCURRENCY)
    .addOption(new Option('--stall-seconds <seconds>', 'how long a job stays with a worker that stopped answering before another takes it').argParser(parsePositiveNumber).default(30))
    .option('-q, --quiet', 'print nothing but errors', false)
    .action(async (o: WorkerCommandOptions) => {
      process.exitCode = await workerCommand(o);
    });

  program
    .command('quantities')
    .description('read JSON lines {id, text} and write {id, quantities: [...]}: every quantity in each text, claim or not')
    .option('-i, --in <file>', 'read this file instead of standard input')
    .option('--explain', 'also write each number read as no quantity, with the rule that dropped it')
    .option('--scores', 'keep sports scores and votes ("won 3-1", "a 218-212 vote") as two counts')
    .action(async (o: { in?: string; explain?: boolean; scores?: boolean }) => {
      process.exitCode = await quantitiesCommand(o);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output files (all, or the one named), made from the zod contracts')
    .argument('[file]', 'e.g. claims.jsonl, manifest.json, pipeline.json')
    .action((file: string | undefined) => {
      process.exitCode = schemaCommand(file);
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version are successful exits; anything else commander rejects is bad usage
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`claimgraph: ${error.message}\n`);
      return 2;
    }
    const system = describeSystemError(error);
    process.stderr.write(system !== null ? `claimgraph: ${system}\n` : `claimgraph: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv);
if (process.env.CLAIMGRAPH_REPORT_RSS) {
  // for the benchmark: worker threads share the process, so this is the whole run's peak
  process.stderr.write(`claimgraph: peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`);
}
