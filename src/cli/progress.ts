/**
 * Progress on standard error: one rewritten line on a terminal, a plain line every few seconds otherwise
 * (CI logs, pipes). Silent with --quiet.
 */
export function makeProgress(opts: { quiet: boolean; stream?: NodeJS.WriteStream; intervalMs?: number }) {
  const stream = opts.stream ?? process.stderr;
  const tty = Boolean(stream.isTTY);
  const started = Date.now();
  let last = 0;
  let lastLine = '';
  return {
    update(p: { done: number; failed: number; skipped: number }) {
      if (opts.quiet) return;
      const secs = (Date.now() - started) / 1000;
      const rate = secs > 0 ? (p.done / secs).toFixed(1) : '–';
      lastLine = `${p.done} inputs done (${p.failed} failed, ${p.skipped} skipped), ${rate}/s`;
      if (tty) stream.write(`\r\x1b[2K${lastLine}`);
      else if (Date.now() - last > (opts.intervalMs ?? 5000)) {
        last = Date.now();
        stream.write(`${lastLine}\n`);
      }
    },
    end() {
      if (!opts.quiet && tty && lastLine) stream.write('\n');
    },
  };
}
