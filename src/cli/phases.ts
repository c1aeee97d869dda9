import { readdirSync, readFileSync } from 'node:fs';

/**
 * For the benchmark (`CLAIMGRAPH_REPORT_RSS=1`): wall time, peak resident memory (sampled every 100 ms) and CPU
 * time (user + system) of each phase of a run. Worker threads share the process, so memory and CPU are the whole
 * run's: CPU over wall is how many cores the phase kept busy. Silent otherwise.
 *
 * Where Linux shows each thread's CPU (`/proc/self/task`), a phase's CPU is also split three ways: the main
 * thread; threads that ended within the phase (the worker pool's, which the processing phase starts and stops);
 * and the threads still running (V8's compiler and garbage-collector helpers, libuv's file-system pool). On two
 * cores that split says what a second worker competes with.
 */
export function phaseMeter(enabled: boolean) {
  const phases: Array<{ name: string; seconds: number; peakRssMb: number; cpuSeconds: number; threads: ThreadSplit | null }> = [];
  let name = '';
  let started = performance.now();
  let peak = 0;
  let cpu = process.cpuUsage();
  let threads: Map<number, number> | null = null;
  const sample = () => (peak = Math.max(peak, process.memoryUsage.rss()));
  const timer = enabled ? setInterval(sample, 100) : undefined;
  timer?.unref();
  const close = () => {
    if (!name) return;
    sample();
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    phases.push({ name, seconds: (performance.now() - started) / 1000, peakRssMb: Math.round(peak / 2 ** 20), cpuSeconds, threads: split(threads, threadCpu(), cpuSeconds) });
  };
  return {
    /** end the current phase, if any, and start `next` */
    phase(next: string) {
      if (!enabled) return;
      close();
      name = next;
      started = performance.now();
      cpu = process.cpuUsage();
      threads = threadCpu();
      peak = 0;
    },
    /**
     * end the last phase and print two lines: one to read,
     * `phases: process 12.3 s (peak 800 MB, cpu 20.1 s; main 4.0 s, ended 14.1 s, running 2.0 s), finish …`,
     * and the same figures for a program, `phases-json: {"process": {"seconds": 12.3, …}, …}` (`readPhaseReport`).
     */
    end(stream: NodeJS.WritableStream) {
      if (!enabled) return;
      close();
      clearInterval(timer);
      const report: PhaseReport = Object.fromEntries(phases.map((p) => [p.name, {
        seconds: hundredths(p.seconds), peakRssMb: p.peakRssMb, cpuSeconds: hundredths(p.cpuSeconds),
        ...(p.threads ? { cpuByThread: { main: hundredths(p.threads.main), ended: hundredths(p.threads.ended), running: hundredths(p.threads.running) } } : {}),
      }]));
      const line = Object.entries(report).map(([name, p]) => `${name} ${p.seconds.toFixed(2)} s (peak ${p.peakRssMb} MB, cpu ${p.cpuSeconds.toFixed(2)} s${p.cpuByThread ? formatSplit(p.cpuByThread) : ''})`);
      stream.write(`claimgraph: phases: ${line.join(', ')}\n${JSON_LINE}${JSON.stringify(report)}\n`);
    },
  };
}

/** Each phase's figures, by phase name, as `phases-json:` gives them (seconds to the hundredth). */
export type PhaseReport = Record<string, { seconds: number; peakRssMb: number; cpuSeconds: number; cpuByThread?: ThreadSplit }>;

const JSON_LINE = 'claimgraph: phases-json: ';

/** The figures of the `phases-json:` line in a run's standard error (bench/run.ts); empty when there is none. */
export function readPhaseReport(stderr: string): PhaseReport {
  const line = stderr.split('\n').find((l) => l.startsWith(JSON_LINE));
  return line ? (JSON.parse(line.slice(JSON_LINE.length)) as PhaseReport) : {};
}

/** to the hundredth: both lines print the figures so rounded */
const hundredths = (x: number) => Number(x.toFixed(2));

/** Linux's unit for a thread's CPU time in /proc (USER_HZ, 100 on every Linux ABI Node runs on). */
const TICKS_PER_SECOND = 100;

/** CPU seconds of each thread of this process now, by thread id; null where /proc does not show them. */
export function threadCpu(): Map<number, number> | null {
  try {
    const cpu = new Map<number, number>();
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // the fields after the command name in parentheses (which may itself hold spaces): utime, stime are 14, 15
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpu.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND);
    }
    return cpu;
  } catch {
    return null;
  }
}

/** A phase's CPU seconds: the main thread's, those of threads that ended within it, and those still running. */
export interface ThreadSplit {
  main: number;
  ended: number;
  running: number;
}

/** The split of a phase's `cpuSeconds` between two snapshots; null when /proc gave none. */
function split(from: Map<number, number> | null, to: Map<number, number> | null, cpuSeconds: number): ThreadSplit | null {
  if (!from || !to) return null;
  const main = (to.get(process.pid) ?? 0) - (from.get(process.pid) ?? 0);
  let running = 0;
  for (const [tid, seconds] of to) if (tid !== process.pid) running += seconds - (from.get(tid) ?? 0);
  // what ended within the phase is the rest (its threads' time is in the process's total, no longer in /proc)
  return { main, ended: Math.max(0, cpuSeconds - main - running), running };
}

function formatSplit({ main, ended, running }: ThreadSplit): string {
  return `; main ${main.toFixed(2)} s, ended ${ended.toFixed(2)} s, running ${running.toFixed(2)} s`;
}
