import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';

/** The lock file of an output folder: one run writes into a folder at a time. */
export const LOCK_FILE = '.claimgraph.lock';

export interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
  runId: string;
}

/**
 * Take the output folder's lock, or refuse with a message that names the run holding it. The lock is a file
 * created exclusively (O_EXCL: of two runs started at once, exactly one creates it) holding the owner's pid, host
 * and start; a lock left by a run that is gone — killed, or its machine restarted — is stale: on the same host
 * its pid no longer runs, and it is taken over. A lock from another host cannot be checked from here, so the
 * message says how to remove it by hand. Written by hand rather than with a lock library: the message must name
 * the holder (pid, host, start), which the lock libraries on npm do not keep.
 *
 * Returns the release: idempotent, and also run when the process exits.
 */
export function lockOutDir(dir: string, runId: string, now: () => Date = () => new Date()): () => void {
  return lockFile(join(dir, LOCK_FILE), runId, (owner) => describeHolder(dir, owner), now);
}

/** Take the lock file `path` (see lockOutDir); `busy` words the refusal from the holder. */
export function lockFile(path: string, runId: string, busy: (owner: LockOwner) => string, now: () => Date = () => new Date()): () => void {
  const me: LockOwner = { pid: process.pid, host: hostname(), startedAt: now().toISOString(), runId };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, JSON.stringify(me) + '\n', { flag: 'wx' });
      let held = true;
      const release = () => {
        if (!held) return;
        held = false;
        process.off('exit', release);
        // remove only our own lock: never one a later run took over after judging ours stale
        if (readOwner(path)?.runId === runId) rmSync(path, { force: true });
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new UsageError(`cannot create the lock file ${path}: ${(error as Error).message}`);
      }
    }
    const owner = readOwner(path);
    if (owner === undefined || isStale(owner)) {
      rmSync(path, { force: true });
      continue;
    }
    throw new UsageError(busy(owner));
  }
  throw new UsageError(`cannot take the lock ${path}: another run keeps taking it; try again`);
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    if (typeof owner.pid !== 'number' || typeof owner.host !== 'string') return undefined;
    return { pid: owner.pid, host: owner.host, startedAt: String(owner.startedAt ?? '?'), runId: String(owner.runId ?? '?') };
  } catch {
    return undefined; // unreadable or cut short (its writer was killed while writing it): no one holds it
  }
}

/** A lock whose process no longer runs on this host. */
function isStale(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Where a lock's holder runs, for a message: "pid 123 on this machine, started …, run …". */
export function holderWords(owner: LockOwner): string {
  return `pid ${owner.pid} on ${owner.host === hostname() ? 'this machine' : `host ${owner.host}`}, started ${owner.startedAt}, run ${owner.runId}`;
}

function describeHolder(dir: string, owner: LockOwner): string {
  const here = owner.host === hostname();
  return `--out ${dir} is being written by another claimgraph run (pid ${owner.pid} on ${here ? 'this machine' : `host ${owner.host}`}, ` +
    `started ${owner.startedAt}, run ${owner.runId}). Wait for it to finish or choose another --out.` +
    (here ? '' : ` If that run is gone, remove ${join(dir, LOCK_FILE)} by hand.`);
}
