// A piscina worker for the benchmark's floor: wink-nlp readDoc + tokens + sentences alone, one article a task.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

export default function tokenize(text) {
  const doc = nlp.readDoc(text);
  return doc.tokens().out(its.value).length + doc.sentences().out(its.span).length;
}
