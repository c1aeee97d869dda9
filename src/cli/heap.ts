// Imported first by the CLI, before anything large is allocated.
import { setFlagsFromString } from 'node:v8';

/**
 * V8 lets a heap grow by up to ~100% of what was live after a full collection before it collects again; a batch
 * of 20,000 articles holds ~400 MB of claims, entities and facts, so garbage took the process past 1.3 GB while
 * the graph was written. Growing by at most 30% keeps it near 850 MB for the same wall time (measured on the
 * 100 MB benchmark corpus: `npm run bench`). The flag is read at every collection, so setting it here works;
 * worker threads share it.
 */
export const HEAP_GROWING_PERCENT = 30;

setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
