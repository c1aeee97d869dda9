// A piscina worker for the benchmark's floor: wink-nlp readDoc + tokens + sentences alone, on each text of a task.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

export default function tokenize(texts) {
  let n = 0;
  for (const text of texts) {
    const doc = nlp.readDoc(text);
    n += doc.tokens().out(its.value).length + doc.sentences().out(its.span).length;
  }
  return n;
}
