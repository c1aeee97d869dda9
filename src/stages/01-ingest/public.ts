// What other layers may use of the ingest stage (the runner reads files and JSONL lines before the stage runs);
// the rest of this folder is the stage's own.
export { decodeBytes } from './decode.js';
export { parseJsonlLine } from './jsonl.js';
