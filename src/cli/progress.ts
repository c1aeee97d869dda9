import { SingleBar } from 'cli-progress';
import type { Progress } from '../runner/run.js';

/**
 * Progress on standard error: a bar on a terminal (articles done, articles per second, ETA, failures), a plain
 * line every few seconds otherwise (CI logs, pipes). Silent with --quiet. The ETA is reckoned on bytes, which the
 * runner knows up front, so JSONL archives of unknown line count still get one.
 */
export function makeProgress(opts: { quiet: boolean; totalBytes: number; stream?: NodeJS.WriteStream; intervalMs?: number }) {
  const stream = opts.stream ?? process.stderr;
  const started = Date.now();
  const total = Math.max(1, opts.totalBytes);
  const rate = (done: number) => {
    const secs = (Date.now() - started) / 1000;
    return secs > 0 ? done / secs : 0;
  };
  const eta = (bytes: number) => {
    const secs = (Date.now() - started) / 1000;
    if (bytes <= 0 || secs <= 0) return '–';
    const left = Math.max(0, ((total - bytes) / bytes) * secs);
    return left >= 60 ? `${Math.floor(left / 60)}m${String(Math.round(left % 60)).padStart(2, '0')}s` : `${Math.round(left)}s`;
  };

  if (opts.quiet) return { update: (_p: Progress) => undefined, end: (_complete?: boolean) => undefined };

  if (stream.isTTY) {
    const bar = new SingleBar({
      stream,
      format: '{bar} {percentage}% | {done} articles | {rate}/s | ETA {etaText} | {failed} failed, {skipped} skipped',
      barsize: 24,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
    });
    bar.start(total, 0, { done: 0, rate: '0.0', etaText: '–', failed: 0, skipped: 0 });
    return {
      update(p: Progress) {
        bar.update(Math.min(total, p.bytes), { done: p.done, rate: rate(p.done).toFixed(1), etaText: eta(p.bytes), failed: p.failed, skipped: p.skipped });
      },
      /** a complete run fills the bar: bytes are counted as text read, which is less than the files' size */
      end: (complete = false) => {
        if (complete) bar.update(total);
        bar.stop();
      },
    };
  }

  let last = Date.now();
  return {
    update(p: Progress) {
      if (Date.now() - last < (opts.intervalMs ?? 5000)) return;
      last = Date.now();
      const pct = Math.min(100, Math.round((p.bytes / total) * 100));
      stream.write(`claimgraph: ${p.done} inputs done (${pct}%), ${rate(p.done).toFixed(1)}/s, ETA ${eta(p.bytes)}, ${p.failed} failed, ${p.skipped} skipped\n`);
    },
    end: (_complete?: boolean) => undefined,
  };
}
