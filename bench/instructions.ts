// npm run bench:instructions — the per-article pipeline against the wink floor in instructions, not seconds.
//
// Wall and CPU time on a shared virtual machine drift by up to 1.5× within minutes; an instruction count under `valgrind --tool=callgrind` hardly moves. Each side runs in its own process
// on node `--single-threaded` (no background compilation or collection threads, so when V8 optimises does not
// depend on scheduling) with fixed hash and random seeds: once with no measured pass and once with PASSES, after
// the same two warm-up passes; the difference over PASSES is the instructions of one pass. Instructions are not
// time (the floor's memory-bound lookups cost more cycles an instruction), so the ratio is not issue 6's target:
// it is the figure to compare two versions of the code by. Needs valgrind (Debian package `valgrind`); takes ~5
// minutes on 2 cores.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { syntheticArticles } from './corpus.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARTICLES = Number(process.env.INSTRUCTIONS_ARTICLES ?? 120);
const PASSES = Number(process.env.INSTRUCTIONS_PASSES ?? 2);

if (!existsSync(join(ROOT, 'dist/runner/process.js'))) throw new Error('dist/ is missing: run `npm run build` first');
const scratch = mkdtempSync(join(tmpdir(), 'claimgraph-instructions-'));
const corpus = join(scratch, 'corpus.jsonl');
writeFileSync(corpus, syntheticArticles(1024 * 1024).slice(0, ARTICLES).map((a) => JSON.stringify(a)).join('\n') + '\n');

/** Instructions of one process: node under callgrind running `passes` passes of `mode` after the warm-up. */
async function instructions(mode: 'floor' | 'pipeline', passes: number): Promise<number> {
  const out = join(scratch, `${mode}-${passes}.callgrind`);
  try {
    const { stderr } = await run('valgrind', [
      '--tool=callgrind', `--callgrind-out-file=${out}`,
      process.execPath, '--single-threaded', '--hash-seed=1', '--random-seed=1', join(ROOT, 'bench/workers/passes.mjs'),
      mode, String(passes), corpus, join(ROOT, 'pipelines/newsroom.json'),
    ], { cwd: ROOT, maxBuffer: 1 << 26 });
    const collected = /Collected\s*:\s*(\d+)/.exec(stderr);
    if (!collected) throw new Error(`callgrind printed no total:\n${stderr.slice(-2000)}`);
    return Number(collected[1]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('valgrind is not installed: apt-get install -y valgrind');
    throw error;
  }
}

try {
  process.stderr.write(`instructions: ${ARTICLES} articles, ${PASSES} passes after 2 warm-up passes, 4 processes under callgrind (two at a time)\n`);
  // two at a time: one a core
  const [floor0, floorN] = await Promise.all([instructions('floor', 0), instructions('floor', PASSES)]);
  const [pipeline0, pipelineN] = await Promise.all([instructions('pipeline', 0), instructions('pipeline', PASSES)]);
  const floor = (floorN - floor0) / PASSES;
  const pipeline = (pipelineN - pipeline0) / PASSES;
  const result = {
    date: new Date().toISOString().slice(0, 10), node: process.version, articles: ARTICLES, passes: PASSES,
    floorInstructionsPerPass: Math.round(floor), pipelineInstructionsPerPass: Math.round(pipeline),
    timesFloor: Math.round((pipeline / floor) * 1000) / 1000,
    processes: { floor0, floorN, pipeline0, pipelineN },
  };
  writeFileSync(join(ROOT, 'bench/instructions.json'), JSON.stringify(result, null, 2) + '\n');
  process.stdout.write(`floor ${(floor / 1e9).toFixed(3)} G instructions a pass, pipeline ${(pipeline / 1e9).toFixed(3)} G: ${result.timesFloor}× (bench/instructions.json)\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
