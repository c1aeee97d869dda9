/** Median wall time of `reps` runs of `fn` (after one warm-up when `warm`), in seconds. */
export async function medianSeconds(reps: number, fn: () => unknown | Promise<unknown>, warm = true): Promise<number> {
  if (warm) await fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e9);
  }
  return median(times);
}

/** The middle value (the upper one of an even count). */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** CPU seconds of this process (user + system), so a host that steals time from the VM distorts less. */
export function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

export const mb = (bytes: number) => bytes / 1024 / 1024;
export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
