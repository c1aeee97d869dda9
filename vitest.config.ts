import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // two test files at a time: most of the slow ones wait on child processes and timers, not the CPU
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
