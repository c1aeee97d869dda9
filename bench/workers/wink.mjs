// A piscina worker for the benchmark's floors: wink-nlp readDoc + tokens + sentences alone, on each text of a task.
// The default export reads with the two annotations claimgraph's tokenize stage asks wink for (sbd, pos): the
// strict floor. `defaultPipeline` reads with wink's default pipeline, the `readDoc` LIBRARIES.md timed at 3.77 MB/s
// and the floor ("~3.8 MB/s"). A pool uses one of them (piscina's `name`), so each instance is made on
// first use and a worker holds only its own.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let strict;
let full;

function read(nlp, texts) {
  const its = nlp.its;
  let n = 0;
  for (const text of texts) {
    const doc = nlp.readDoc(text);
    n += doc.tokens().out(its.value).length + doc.sentences().out(its.span).length;
  }
  return n;
}

export default function tokenize(texts) {
  strict ??= winkNLP(model, ['sbd', 'pos']);
  return read(strict, texts);
}

export function defaultPipeline(texts) {
  full ??= winkNLP(model);
  return read(full, texts);
}
