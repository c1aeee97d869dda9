/**
 * For the benchmark (`CLAIMGRAPH_REPORT_RSS=1`): wall time and peak resident memory of each phase of a run,
 * sampled every 100 ms (worker threads share the process, so this is the whole run's memory). Silent otherwise.
 */
export function phaseMeter(enabled: boolean) {
  const phases: Array<{ name: string; seconds: number; peakRssMb: number }> = [];
  let name = '';
  let started = performance.now();
  let peak = 0;
  const sample = () => (peak = Math.max(peak, process.memoryUsage.rss()));
  const timer = enabled ? setInterval(sample, 100) : undefined;
  timer?.unref();
  const close = () => {
    if (!name) return;
    sample();
    phases.push({ name, seconds: (performance.now() - started) / 1000, peakRssMb: Math.round(peak / 2 ** 20) });
  };
  return {
    /** end the current phase, if any, and start `next` */
    phase(next: string) {
      if (!enabled) return;
      close();
      name = next;
      started = performance.now();
      peak = 0;
    },
    /** end the last phase and print one line: `phases: process 12.3 s (peak 800 MB), finish …` */
    end(stream: NodeJS.WritableStream) {
      if (!enabled) return;
      close();
      clearInterval(timer);
      stream.write(`claimgraph: phases: ${phases.map((p) => `${p.name} ${p.seconds.toFixed(2)} s (peak ${p.peakRssMb} MB)`).join(', ')}\n`);
    },
  };
}
