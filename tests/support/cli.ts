import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { OUTPUT_FILES, type OutputFileName } from '../../src/contracts/index.js';

export const CLI = join(process.cwd(), 'dist/cli/index.js');

/**
 * Run the built CLI (npm test builds it first) and capture everything. A `run` gets one worker thread unless the
 * test names a worker count: two test files run at once on two cores, and each worker thread loads wink-nlp's
 * model, so a default of one per core would have four threads fight for two. Tests about the worker count pass
 * `--concurrency`.
 */
export function cli(args: string[], opts: { input?: string; cwd?: string } = {}) {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` (npm test does it first)`);
  const named = args.includes('--concurrency') || args.includes('-c') || args.includes('--help');
  const full = args[0] === 'run' && !named ? [...args, '--concurrency', '1'] : args;
  const r = spawnSync(process.execPath, [CLI, ...full], { encoding: 'utf8', input: opts.input, cwd: opts.cwd, env: { ...process.env, CI: 'true' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Read an output file and validate it against its zod contract; returns the parsed rows or object. */
export function readOutput<N extends OutputFileName>(dir: string, name: N): unknown {
  const { schema, jsonl } = OUTPUT_FILES[name];
  const raw = readFileSync(join(dir, name), 'utf8');
  if (jsonl) {
    const rows = raw.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as unknown);
    rows.forEach((row, i) => {
      const parsed = schema.safeParse(row);
      expect(parsed.success, `${name} line ${i + 1}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
    });
    return rows;
  }
  const json = JSON.parse(raw) as unknown;
  const parsed = schema.safeParse(json);
  expect(parsed.success, `${name}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
  return json;
}
