/**
 * For the benchmark (`CLAIMGRAPH_REPORT_RSS=1`): wall time, peak resident memory (sampled every 100 ms) and CPU
 * time (user + system) of each phase of a run. Worker threads share the process, so memory and CPU are the whole
 * run's: CPU over wall is how many cores the phase kept busy. Silent otherwise.
 */
export function phaseMeter(enabled: boolean) {
  const phases: Array<{ name: string; seconds: number; peakRssMb: number; cpuSeconds: number }> = [];
  let name = '';
  let started = performance.now();
  let peak = 0;
  let cpu = process.cpuUsage();
  const sample = () => (peak = Math.max(peak, process.memoryUsage.rss()));
  const timer = enabled ? setInterval(sample, 100) : undefined;
  timer?.unref();
  const close = () => {
    if (!name) return;
    sample();
    const used = process.cpuUsage(cpu);
    phases.push({ name, seconds: (performance.now() - started) / 1000, peakRssMb: Math.round(peak / 2 ** 20), cpuSeconds: (used.user + used.system) / 1e6 });
  };
  return {
    /** end the current phase, if any, and start `next` */
    phase(next: string) {
      if (!enabled) return;
      close();
      name = next;
      started = performance.now();
      cpu = process.cpuUsage();
      peak = 0;
    },
    /** end the last phase and print one line: `phases: process 12.3 s (peak 800 MB, cpu 20.1 s), finish …` */
    end(stream: NodeJS.WritableStream) {
      if (!enabled) return;
      close();
      clearInterval(timer);
      stream.write(`claimgraph: phases: ${phases.map((p) => `${p.name} ${p.seconds.toFixed(2)} s (peak ${p.peakRssMb} MB, cpu ${p.cpuSeconds.toFixed(2)} s)`).join(', ')}\n`);
    },
  };
}
