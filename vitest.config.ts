import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest, started first so that two workers end together: on a fresh clone vitest has no
 * timings of earlier runs to order by, and a long file started last would run alone at the end.
 */
const SLOW_FIRST = [
  'tests/e2e/queue.test.ts', 'tests/e2e/reliability.test.ts', 'tests/e2e/store.test.ts', 'tests/e2e/resume.test.ts',
  'tests/runner/pool.test.ts', 'tests/e2e/cli.test.ts', 'tests/e2e/run-seeds.test.ts', 'tests/stages/linear-work.test.ts',
  'tests/runner/run.test.ts', 'tests/e2e/official.test.ts', 'tests/e2e/review.browser.test.ts', 'tests/runner/journal.test.ts',
];

class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const k = SLOW_FIRST.findIndex((name) => f.moduleId.endsWith(name));
      return k < 0 ? SLOW_FIRST.length : k;
    };
    return sorted.map((f, i) => [f, i] as const).sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1]).map(([f]) => f);
  }
}

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // test files share a fork's module cache: each file no longer loads wink-nlp's model, the gazetteers and the
    // data files again; no test depends on a fresh module state
    isolate: false,
    // two test files at a time: most of the slow ones wait on child processes and timers, not the CPU
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    sequence: { sequencer: SlowFirst },
  },
});
