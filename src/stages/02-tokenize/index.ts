import { z } from 'zod';
import { need } from '../../core/doc.js';
import { defineStage } from '../../core/stage.js';
import { tokenizeText } from './spans.js';

export default defineStage({
  name: 'tokenize',
  description: 'Tokens and sentences from wink-nlp, with offsets into the article text; sentences in page furniture are marked.',
  requires: ['text', 'furniture'],
  assigns: ['tokens', 'sentences'],
  options: z.object({}).strict(),
  run(doc) {
    return tokenizeText(need(doc, 'text'), need(doc, 'furniture'));
  },
});
