// For bench/instructions.ts, under valgrind: node --single-threaded bench/workers/passes.mjs <floor|pipeline>
// <passes> <corpus.jsonl> <pipeline.json>. Reads the corpus's articles, warms up with two passes over them, then
// runs <passes> more. The instructions of those passes are the difference between
// a process run with N passes and one run with none.
import { readFileSync } from 'node:fs';
import { groupsOf } from '../../dist/core/collections.js';
import { sourceOf } from '../../dist/core/doc.js';
import { loadPipeline } from '../../dist/stages/pipeline.js';
import { BATCH } from '../../dist/runner/pool.js';
import { processSources } from '../../dist/runner/process.js';
import floor from './wink.mjs';

const [mode, passes, corpus, pipelinePath] = process.argv.slice(2);
const articles = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));

let pass;
if (mode === 'floor') {
  // the floor the bench's pools run (bench/workers/wink.mjs)
  const texts = articles.map((a) => a.text);
  pass = () => floor(texts);
} else if (mode === 'pipeline') {
  const pipeline = await loadPipeline(pipelinePath);
  const sources = articles.map((a, i) => sourceOf(a.text, { path: corpus, line: i + 1, format: 'txt', encoding: 'utf-8', meta: { sourceId: a.id, title: null, url: null, published: null } }));
  // as a worker runs them: batches of BATCH articles, stage by stage across each batch
  const batches = groupsOf(sources.map((source) => ({ source, warnings: [] })), BATCH);
  pass = () => {
    for (const batch of batches) processSources(pipeline, batch, { published: '2025-03-10' });
  };
} else {
  throw new Error(`mode must be floor or pipeline, not ${mode}`);
}
pass();
pass();
for (let i = 0; i < Number(passes); i++) pass();
