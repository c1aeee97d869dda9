import { Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { phaseMeter, readPhaseReport, threadCpu } from '../../src/cli/phases.js';

/** A fixed amount of arithmetic, so the thread that runs it is charged CPU time whatever the machine's load. */
const SPIN = 'let x = 0; for (let i = 0; i < 3e8; i++) x = (x + i) % 1000003; globalThis.result = x;';

const collect = () => {
  let text = '';
  const stream = new Writable({ write(chunk, _encoding, done) { text += String(chunk); done(); } });
  return { stream, text: () => text };
};

const linux = threadCpu() !== null;

describe('phaseMeter', () => {
  it('prints nothing when not enabled', () => {
    const out = collect();
    const meter = phaseMeter(false);
    meter.phase('process');
    meter.end(out.stream);
    expect(out.text()).toBe('');
  });

  it.runIf(linux)('charges a worker thread that ended within the phase to "ended", not to the main thread', async () => {
    const out = collect();
    const meter = phaseMeter(true);
    meter.phase('process');
    const worker = new Worker(SPIN, { eval: true });
    await new Promise((resolve, reject) => worker.once('exit', resolve).once('error', reject));
    meter.phase('write');
    meter.end(out.stream);

    const m = /process ([\d.]+) s \(peak (\d+) MB, cpu ([\d.]+) s; main ([\d.]+) s, ended ([\d.]+) s, running ([\d.]+) s\)/.exec(out.text());
    expect(m, out.text()).not.toBeNull();
    const [cpu, main, ended, running] = [m![3], m![4], m![5], m![6]].map(Number) as [number, number, number, number];
    // the worker's loop is the phase's work; the main thread only waited for it
    expect(ended).toBeGreaterThan(main);
    expect(ended).toBeGreaterThan(0.05);
    // the worker's time is counted though it is gone from /proc: it is in the process's CPU for the phase
    expect(cpu).toBeGreaterThan(0.05);
    expect(running).toBeGreaterThanOrEqual(0);
    expect(out.text()).toMatch(/, write [\d.]+ s \(peak \d+ MB, cpu [\d.]+ s; main [\d.]+ s, ended [\d.]+ s, running [\d.]+ s\)\n/);

    // the same figures, for a program (bench/run.ts), on the line after
    const report = readPhaseReport(out.text());
    expect(Object.keys(report)).toEqual(['process', 'write']);
    expect([report.process!.cpuSeconds, report.process!.cpuByThread]).toEqual([cpu, { main, ended, running }]);
    expect(report.process!.seconds).toBe(Number(/process ([\d.]+) s/.exec(out.text())![1]));
  });

  it.runIf(linux)('reads each thread of this process, the main thread among them', () => {
    const threads = threadCpu()!;
    expect(threads.has(process.pid)).toBe(true);
    for (const seconds of threads.values()) expect(seconds).toBeGreaterThanOrEqual(0);
  });
});
