import { lockFile, holderWords } from '../lock.js';
import { DeskStore } from './store.js';

export { DeskStore, type StoredBy } from './store.js';
export { storeBatch } from './batch.js';
export { storeNews } from './news.js';
export { reviewedFindings } from './findings.js';
export { ReviewLedger, reviewedPairs, Conflict, STATUSES, type Status, type ReviewFinding, type TrailEntry, type Decision, type FindingClaim, type FindingFrames } from './review.js';

/**
 * Open a desk store for a run: take its lock (`<store>.lock`, as an output folder's: a second run refuses,
 * naming the first; a lock whose process is gone is taken over), then open it (created when absent). Returns
 * the store and the release, which also closes it.
 */
export function openStoreForRun(path: string, runId: string): { store: DeskStore; release: () => void } {
  const unlock = lockFile(`${path}.lock`, runId, (owner) =>
    `the store ${path} is being written by another claimgraph run (${holderWords(owner)}). Wait for it to finish: two runs never write one store at once.`);
  let store: DeskStore;
  try {
    store = DeskStore.open(path, { create: true });
  } catch (error) {
    unlock();
    throw error;
  }
  let open = true;
  return {
    store,
    release: () => {
      if (open) store.close();
      open = false;
      unlock();
    },
  };
}
