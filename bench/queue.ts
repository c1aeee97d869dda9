// npm run bench:queue — the same corpus through the queue (Redis + two `claimgraph worker` processes of one thread
// each) against the local pool of two threads, both as whole processes; results to bench/queue-results.json.
// Each pair times the local run, a queue run on freshly started workers (their pools start during the run, as the
// local pool does) and a second queue run on the same workers (warm, as long-running workers are).
// Needs Debian's redis-server. BENCH_QUEUE_MB sets the corpus size (default 10), BENCH_QUEUE_PAIRS the pairs (3).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticArticles } from './corpus.js';
import { mb, median, round } from './measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli/index.js');
const DIR = join(ROOT, 'bench/corpus');
const size = Number(process.env.BENCH_QUEUE_MB ?? '10');
const pairs = Number(process.env.BENCH_QUEUE_PAIRS ?? '3');

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const port = (s.address() as { port: number }).port;
    s.close(() => resolve(port));
  });
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function timed(args: string[]): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`claimgraph ${args[0]} failed (${r.status}): ${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e9;
}

function startWorker(url: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'worker', '--queue', url, '--concurrency', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    child.stderr!.on('data', (d: Buffer) => {
      log += d.toString();
      if (log.includes('waiting for jobs')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`worker exited (${code}): ${log}`)));
  });
}

mkdirSync(DIR, { recursive: true });
const articles = syntheticArticles(size * 1024 * 1024);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const file = join(DIR, `queue-${size}mb.jsonl`);
writeFileSync(file, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');

const port = await freePort();
const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
await sleep(300);
const url = `redis://127.0.0.1:${port}`;
const local: number[] = [];
const queued: number[] = [];
const warm: number[] = [];
try {
  for (let i = 0; i < pairs; i++) {
    rmSync(join(DIR, 'out-local'), { recursive: true, force: true });
    local.push(timed(['run', file, '--out', join(DIR, 'out-local'), '--concurrency', '2', '--quiet']));
    // fresh workers each time: their pools start during the run, as the local pool does
    const workers = [await startWorker(url), await startWorker(url)];
    rmSync(join(DIR, 'out-queue'), { recursive: true, force: true });
    queued.push(timed(['run', file, '--out', join(DIR, 'out-queue'), '--queue', url, '--quiet']));
    rmSync(join(DIR, 'out-queue'), { recursive: true, force: true });
    warm.push(timed(['run', file, '--out', join(DIR, 'out-queue'), '--queue', url, '--quiet']));
    for (const w of workers) w.kill('SIGTERM');
    process.stderr.write(`bench:queue pair ${i + 1}: local ${local.at(-1)!.toFixed(2)} s, queue ${queued.at(-1)!.toFixed(2)} s, warm workers ${warm.at(-1)!.toFixed(2)} s\n`);
  }
} finally {
  redis.kill('SIGKILL');
}
const ratios = local.map((l, i) => queued[i]! / l);
const warmRatios = local.map((l, i) => warm[i]! / l);
const results = {
  machine: { cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`, memoryGb: round(totalmem() / 2 ** 30, 1), node: process.version },
  date: new Date().toISOString().slice(0, 10),
  corpus: { sizeMb: round(mb(bytes), 1), articles: articles.length },
  localTwoThreads: { seconds: local.map((s) => round(s, 2)), median: round(median(local), 2) },
  queueTwoWorkers: { seconds: queued.map((s) => round(s, 2)), median: round(median(queued), 2) },
  queueWarmWorkers: { seconds: warm.map((s) => round(s, 2)), median: round(median(warm), 2) },
  queueOverMedianLocal: round(median(queued) / median(local), 3),
  queueOverLocalByPairs: round(median(ratios), 3),
  warmQueueOverMedianLocal: round(median(warm) / median(local), 3),
  warmQueueOverLocalByPairs: round(median(warmRatios), 3),
};
writeFileSync(join(ROOT, 'bench/queue-results.json'), JSON.stringify(results, null, 2) + '\n');
process.stdout.write(JSON.stringify(results, null, 2) + '\n');
