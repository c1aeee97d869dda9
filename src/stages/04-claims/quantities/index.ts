import { z } from 'zod';
import { need } from '../../../core/doc.js';
import { defineStage } from '../../../core/stage.js';
import { scanQuantities } from './scan.js';

/** Every quantity in the article text, claim or not, outside page furniture. */
export default defineStage({
  name: 'quantities',
  description: 'Every quantity in the text (numbers with scale, unit, hedge as an interval, direction and rate), outside page furniture.',
  requires: ['text', 'furniture'],
  assigns: ['quantities'],
  options: z.object({}).strict(),
  run(doc) {
    const text = need(doc, 'text');
    const furniture = [...need(doc, 'furniture')].sort((a, b) => a.start - b.start);
    const quantities = scanQuantities(text).filter((q) => !furniture.some((f) => q.start < f.end && f.start < q.end));
    return { quantities };
  },
});
