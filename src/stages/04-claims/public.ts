// What other layers may use of the claims stage: the quantity scanner behind `claimgraph quantities`. The rest of
// this folder is the stage's own.
export { scanDetailed, scanQuantities, type ScanOptions } from './quantities/scan.js';
