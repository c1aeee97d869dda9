// For bench/instructions.ts, under valgrind: node --single-threaded bench/workers/passes.mjs <floor|pipeline>
// <passes> <articles> <corpus.jsonl> <pipeline.json>. Reads the first <articles> articles of the corpus, warms up
// with two passes over them, then runs <passes> more. The instructions of those passes are the difference between
// a process run with N passes and one run with none.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { groupsOf } from '../../dist/core/collections.js';
import { loadPipeline } from '../../dist/core/pipeline.js';
import { BATCH } from '../../dist/runner/pool.js';
import { processSources } from '../../dist/runner/process.js';

const [mode, passes, count, corpus, pipelinePath] = process.argv.slice(2);
const articles = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).slice(0, Number(count)).map((line) => JSON.parse(line));

let pass;
if (mode === 'floor') {
  // the same floor as bench/run.ts and bench/workers/wink.mjs
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  pass = () => {
    for (const a of articles) {
      const doc = nlp.readDoc(a.text);
      doc.tokens().out(its.value);
      doc.sentences().out(its.span);
    }
  };
} else if (mode === 'pipeline') {
  const pipeline = await loadPipeline(pipelinePath);
  const sources = articles.map((a, i) => {
    const hash = createHash('sha256').update(a.text).digest('hex');
    return { id: hash.slice(0, 16), path: corpus, line: i + 1, format: 'txt', content: a.text, encoding: 'utf-8', sha256: hash, meta: { sourceId: a.id, title: null, url: null, published: null } };
  });
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
