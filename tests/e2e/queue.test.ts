import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/contracts/index.js';
import { QUEUE_NAME } from '../../src/runner/queue/jobs.js';
import { CLI, cli, readOutput } from '../support/cli.js';
import { makeCorpus } from '../support/corpus.js';
import { startRedis, type TestRedis } from '../support/redis.js';

/**
 * `claimgraph run --queue` and `claimgraph worker` against a real redis-server on a free loopback port: the outputs
 * are a local run's byte for byte, and each fault of the issue is met — a worker killed mid-job, the coordinator
 * killed, Redis restarted, a wrong URL, an evicting Redis, a password, a worker of another version.
 */
const N = 150;
const OUTPUTS = ['articles.jsonl', 'claims.jsonl', 'entities.jsonl', 'facts.json', 'discrepancies.json', 'graph.jsonld', 'report.md', 'report.html', 'claims.csv'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const workers: ChildProcess[] = [];
const servers: TestRedis[] = [];
/** A redis-server of the test's own, stopped after the file's tests whatever they did. */
async function redisServer(args: string[] = []): Promise<TestRedis> {
  const server = await startRedis(args);
  servers.push(server);
  return server;
}
afterAll(async () => {
  for (const w of workers) await kill(w);
  for (const server of servers) await server.stop();
});
/** Start `claimgraph worker` and wait until it waits for jobs. */
function startWorker(url: string, stallSeconds = 2): Promise<ChildProcess & { log: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'worker', '--queue', url, '--concurrency', '1', '--stall-seconds', String(stallSeconds)], { stdio: ['ignore', 'ignore', 'pipe'] });
    workers.push(child);
    let log = '';
    child.stderr!.on('data', (d: Buffer) => {
      log += d.toString();
      if (log.includes('waiting for jobs')) resolve(Object.assign(child, { log: () => log }));
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`worker exited (${code}): ${log}`)));
  });
}

async function kill(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill(signal);
  await exited;
}

/** Start a coordinator in the background; resolves with how it ended. */
function coordinator(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const child = spawn(process.execPath, [CLI, 'run', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
  return { child, done };
}

/** Complete lines in the resume cache: the articles whose results came back. */
function cachedCount(out: string): number {
  const dir = join(out, '.cache');
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) n += readFileSync(join(dir, name), 'utf8').split('\n').length - 1;
  return n;
}

/** Wait until a worker holds a job of the queue on the Redis at `port` (BullMQ's list of active jobs). */
async function untilAJobIsTaken(port: number): Promise<void> {
  const client = new Redis(port, '127.0.0.1');
  try {
    await until(async () => (await client.llen(`bull:${QUEUE_NAME}:active`)) > 0, 'a job taken by a worker');
  } finally {
    client.disconnect();
  }
}

async function until(test: () => boolean | Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

describe('runs on the queue (BullMQ + Redis)', () => {
  let redis: TestRedis;
  let corpus: string;
  let reference: string;
  let base: string;

  beforeAll(async () => {
    redis = await redisServer();
    base = await mkdtemp(join(tmpdir(), 'cg-queue-'));
    corpus = join(base, 'corpus');
    await makeCorpus(corpus, N);
    reference = join(base, 'reference');
    expect(cli(['run', corpus, '--out', reference, '--quiet']).code).toBe(0);
  }, 120_000);

  const sameAsLocal = async (out: string) => {
    for (const name of OUTPUTS) expect(await readFile(join(out, name), 'utf8'), name).toBe(await readFile(join(reference, name), 'utf8'));
    const local = readOutput(reference, 'manifest.json') as Manifest;
    const queued = readOutput(out, 'manifest.json') as Manifest;
    expect(queued.inputs).toEqual(local.inputs);
    expect({ ...queued.counts, cached: 0 }).toEqual({ ...local.counts, cached: 0 });
  };

  it('writes every output file as a local run does, with two workers sharing the jobs', async () => {
    const [a, b] = [await startWorker(redis.url), await startWorker(redis.url)];
    const out = join(base, 'two-workers');
    const run = cli(['run', corpus, '--out', out, '--queue', redis.url, '--quiet']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    await sameAsLocal(out);
    await kill(a, 'SIGTERM');
    await kill(b, 'SIGTERM');
  }, 120_000);

  it('gives the job of a worker killed mid-job (SIGKILL) to another worker: nothing lost, nothing doubled', async () => {
    const first = await startWorker(redis.url);
    const out = join(base, 'worker-killed');
    const run = coordinator([corpus, '--out', out, '--queue', redis.url, '--quiet']);
    await untilAJobIsTaken(redis.port);
    await kill(first);
    const second = await startWorker(redis.url);
    const ended = await run.done;
    expect(ended.code, ended.stderr).toBe(0);
    await sameAsLocal(out);
    await kill(second, 'SIGTERM');
  }, 120_000);

  it('finishes with --resume after the coordinator is killed (SIGKILL)', async () => {
    const worker = await startWorker(redis.url);
    const out = join(base, 'coordinator-killed');
    const run = coordinator([corpus, '--out', out, '--queue', redis.url, '--quiet']);
    await until(() => cachedCount(out) >= 100, 'the first job\'s results');
    run.child.kill('SIGKILL');
    expect((await run.done).signal).toBe('SIGKILL');
    const resumed = cli(['run', corpus, '--out', out, '--queue', redis.url, '--resume', '--quiet']);
    expect(resumed.code, resumed.stderr).toBe(0);
    const manifest = readOutput(out, 'manifest.json') as Manifest;
    expect(manifest.counts.cached).toBeGreaterThanOrEqual(100);
    await sameAsLocal(out);
    await kill(worker, 'SIGTERM');
  }, 120_000);

  it('carries on when Redis restarts mid-run, sending again the jobs it lost', async () => {
    const worker = await startWorker(redis.url);
    const out = join(base, 'redis-restarted');
    const run = coordinator([corpus, '--out', out, '--queue', redis.url]);
    await untilAJobIsTaken(redis.port);
    await redis.stop();
    await sleep(500);
    await redis.start();
    const ended = await run.done;
    expect(ended.code, ended.stderr).toBe(0);
    expect(ended.stderr).toContain(`lost the connection to Redis at ${redis.url}`);
    await sameAsLocal(out);
    await kill(worker, 'SIGTERM');
  }, 120_000);

  it('stops the run with exit 2 and the worker\'s reason when a job fails for good, and --resume can finish it', async () => {
    // a worker that refuses every job, as one of another version does
    const refusing = new Worker(QUEUE_NAME, async () => {
      throw new UnrecoverableError('refused for the test');
    }, { connection: { host: '127.0.0.1', port: redis.port } });
    const out = join(base, 'refused');
    const run = coordinator([corpus, '--out', out, '--queue', redis.url, '--quiet']);
    const ended = await run.done;
    await refusing.close();
    expect(ended.code).toBe(2);
    expect(ended.stderr).toContain('a worker could not run job');
    expect(ended.stderr).toContain('refused for the test');
    expect(ended.stderr).not.toContain('    at '); // a message, not a stack trace
    const worker = await startWorker(redis.url);
    const resumed = cli(['run', corpus, '--out', out, '--queue', redis.url, '--resume', '--quiet']);
    expect(resumed.code, resumed.stderr).toBe(0);
    await sameAsLocal(out);
    await kill(worker, 'SIGTERM');
  }, 120_000);

  it('refuses a job from another claimgraph version, and says why', async () => {
    const worker = await startWorker(redis.url);
    const queue = new Queue(QUEUE_NAME, { connection: { host: '127.0.0.1', port: redis.port } });
    const job = await queue.add('articles', { tool: '0.0.0-other', data: 'x', pipeline: { text: '{}', hash: 'x', name: 'x' }, settings: { published: null }, tasks: [] });
    await until(async () => (await job.getState()) === 'failed', 'the job to be refused');
    const failed = await queue.getJob(job.id!);
    expect(failed!.failedReason).toContain('the job came from claimgraph 0.0.0-other');
    await until(() => worker.log().includes(`refused job ${job.id}`), 'the worker to say why');
    await queue.close();
    await kill(worker, 'SIGTERM');
  }, 60_000);
});

describe('a queue that cannot take a run', () => {
  it('exits 2 saying what to check when Redis is not there or the URL is not one', async () => {
    const closed = await redisServer();
    await closed.stop();
    const out = join(await mkdtemp(join(tmpdir(), 'cg-noredis-')), 'out');
    const run = cli(['run', 'fixtures/articles', '--out', out, '--queue', closed.url, '--quiet']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`cannot reach Redis at ${closed.url}`);
    expect(run.stderr).toContain('check that redis-server is running there');
    const worker = cli(['worker', '--queue', closed.url]);
    expect(worker.code).toBe(2);
    expect(cli(['run', 'fixtures/articles', '--out', out, '--queue', 'http://127.0.0.1:6379']).stderr).toContain('must start with redis://');
  }, 60_000);

  it('refuses a Redis that evicts keys, with the reason', async () => {
    const evicting = await redisServer(['--maxmemory', '100mb', '--maxmemory-policy', 'allkeys-lru']);
    const out = join(await mkdtemp(join(tmpdir(), 'cg-evict-')), 'out');
    const run = cli(['run', 'fixtures/articles', '--out', out, '--queue', evicting.url, '--quiet']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('maxmemory-policy allkeys-lru');
    expect(run.stderr).toContain('set it to noeviction');
    await evicting.stop();
  }, 60_000);

  it('never shows the password of the URL: not in messages, the manifest or the reports', async () => {
    const secret = 's3cret-Pw-42';
    const locked = await redisServer(['--requirepass', secret]);
    const url = `redis://:${secret}@127.0.0.1:${locked.port}`;
    const worker = await startWorker(url);
    const out = join(await mkdtemp(join(tmpdir(), 'cg-auth-')), 'out');
    const run = cli(['run', 'fixtures/articles', '--out', out, '--queue', url]);
    expect(run.code, run.stderr).toBe(0);
    for (const text of [run.stdout, run.stderr, worker.log(), await readFile(join(out, 'manifest.json'), 'utf8'), await readFile(join(out, 'report.html'), 'utf8'), await readFile(join(out, 'report.md'), 'utf8')]) {
      expect(text).not.toContain(secret);
    }
    const wrong = cli(['run', 'fixtures/articles', '--out', join(out, 'x'), '--queue', `redis://:wrong-${secret}@127.0.0.1:${locked.port}`, '--quiet']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('refused the credentials');
    expect(wrong.stderr).not.toContain(secret);
    await kill(worker, 'SIGTERM');
    await locked.stop();
  }, 60_000);
});
