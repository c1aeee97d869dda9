import type { ManifestInput } from '../contracts/index.js';
import { inputPlace } from '../core/batch.js';
import type { ReadRecord } from './read.js';
import type { Settled } from './settle.js';
import type { StoredBy } from './store/store.js';

/** An input as the runner first sees it: settled at once (a failure, a duplicate), or an article to process. */
export type Admitted = { settled: Settled } | { todo: Extract<ReadRecord, { kind: 'source' }>; base: Omit<ManifestInput, 'status'> };

/**
 * The runner's first look at each record, synchronous and in input order: an unreadable input or one passed over
 * settles at once, and so does an article whose content was already read (a duplicate, naming the first) — in
 * this run, or by an earlier run into the desk store (`storedBy`); the others go on to be processed.
 */
export function makeAdmitter(storedBy?: (sha256: string) => StoredBy | undefined): (record: ReadRecord) => Admitted {
  const seen = new Map<string, string>(); // sha256 → where the first article with that content was read
  return (record) => {
    if (record.kind === 'failed') {
      return { settled: { entry: { article: null, path: record.path, line: record.line, sha256: record.sha256, status: 'failed', error: record.reason }, cached: false, bytes: 0 } };
    }
    if (record.kind === 'passed') {
      return { settled: { entry: { article: null, path: record.path, line: null, sha256: null, status: 'skipped', error: record.reason }, cached: false, bytes: 0 } };
    }
    const { source } = record;
    const base = { article: source.id, path: source.path, line: source.line, sha256: source.sha256 };
    const first = seen.get(source.sha256);
    if (first !== undefined) {
      return { settled: { entry: { ...base, status: 'skipped', error: `duplicate: the same article as ${first}`, duplicateOf: first }, cached: false, bytes: source.content.length } };
    }
    // an article a desk store already holds is a duplicate of the one an earlier run read
    const stored = storedBy?.(source.sha256);
    if (stored !== undefined) {
      const error = `duplicate: the same article as ${stored.path} (in the store since run ${stored.runId})`;
      return { settled: { entry: { ...base, status: 'skipped', error, duplicateOf: stored.path, storedBy: stored.runId }, cached: false, bytes: source.content.length } };
    }
    seen.set(source.sha256, inputPlace(source));
    return { todo: record, base };
  };
}
