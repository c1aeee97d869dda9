import { randomUUID } from 'node:crypto';
import { UsageError } from '../core/errors.js';
import { holderWords, lockFile } from '../runner/lock.js';
import { DeskStore, ReviewLedger } from '../runner/store/index.js';
import { createReviewServer, isLoopback } from '../review/server.js';

export interface ReviewCommandOptions {
  store: string;
  port: number;
  host: string;
  token?: string;
}

/**
 * `claimgraph review`: serve the auditor's review of a desk store until Ctrl-C. A store that is missing, not
 * claimgraph's, or being written by a run is refused with the reason (exit 2). The review does not keep the
 * store's lock: a run may add articles meanwhile (SQLite serialises the writes), and reopens what it changes.
 */
export async function reviewCommand(o: ReviewCommandOptions): Promise<number> {
  if (!isLoopback(o.host) && (o.token === undefined || o.token.length < 16)) {
    throw new UsageError(`--host ${o.host} lets other machines reach the review: give --token <a secret of 16 characters or more>, which the browser must present (open the address it prints)`);
  }
  // busy: a run holds the store's lock; take it and give it back at once to know
  lockFile(`${o.store}.lock`, `review-${randomUUID()}`, (owner) => `the store ${o.store} is being written by a claimgraph run (${holderWords(owner)}): review it once the run has finished`)();
  const store = DeskStore.open(o.store, { create: false });
  const app = createReviewServer({ ledger: new ReviewLedger(store), ...(o.token !== undefined ? { token: o.token } : {}) });
  try {
    await app.listen({ host: o.host, port: o.port });
  } catch (error) {
    store.close();
    throw new UsageError(`cannot serve the review on ${o.host}:${o.port}: ${(error as Error).message}`);
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : o.port;
  const host = o.host.includes(':') ? `[${o.host}]` : o.host;
  process.stdout.write(`claimgraph review: http://${host}:${port}/${o.token !== undefined ? `?token=${encodeURIComponent(o.token)}` : ''} (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await app.close();
  store.close();
  return 0;
}
