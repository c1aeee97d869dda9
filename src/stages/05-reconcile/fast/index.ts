/**
 * Reconciliation's performance primitives, behind one narrow interface: orders and keys that give exactly what a
 * set and a string sort would (`reference.ts` is that naive version; `tests/stages/05-reconcile/fast/`
 * checks the two equal on randomized inputs), built from typed arrays and shared strings so that a million claims
 * reconcile in time and memory linear in their number. Why each is shaped as it is, with the measurements, is in
 * bench/README.md ("Reconciliation's growth"); the rest of reconciliation uses only what is exported here.
 */
export { compareStrings, prefixKeys, sortStrings, stringOrder } from './string-order.js';
export { pairPacker, pushTo, sortByKeys, sortedUnique } from './order.js';
export { TupleKeys } from './keys.js';
export { UnionFind } from './union-find.js';
