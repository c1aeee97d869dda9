// A pool worker for tests: the real one (dist/runner/worker.js), with one more stage registered, `busy`, which
// keeps the thread busy for N ms on an article whose text holds "BUSY <N>" — an article that is slow to process,
// on demand. Tests register the same stage on their own thread with `registerBusyStage` to load the pipeline.
import { STAGES } from '../../dist/stages/index.js';
import { z } from 'zod';

export function registerBusyStage(stages = STAGES) {
  stages.busy = async () => ({
    name: 'busy',
    description: 'test stage: busy for N ms on "BUSY <N>"',
    requires: ['text'],
    assigns: [],
    options: z.object({}),
    run(doc) {
      const m = /BUSY (\d+)/.exec(doc.text ?? '');
      if (m) {
        const until = Date.now() + Number(m[1]);
        while (Date.now() < until) { /* busy */ }
      }
      return {};
    },
  });
}

registerBusyStage();
export { default } from '../../dist/runner/worker.js';
