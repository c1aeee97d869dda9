import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimgraphResults } from './peer-suites/claimgraph.js';
import { score } from './peer-suites/score.js';
import { loadSuite, PEER_DIR, SUITE_FILES } from './peer-suites/suites.js';

interface Scores { files: Record<string, { cases: number; claimgraph: { passed: number; rate: number } }> }

const recorded = JSON.parse(readFileSync(join(PEER_DIR, 'scores.json'), 'utf8')) as Scores;

/** claimgraph's pass rate on each vendored peer suite must not drop below the one `npm run peer-suites` recorded. */
describe('peer suites (claimgraph only; `npm run peer-suites` also runs Recognizers-Text)', () => {
  for (const entry of SUITE_FILES) {
    it(entry.file, () => {
      const suite = loadSuite(entry);
      const was = recorded.files[entry.file];
      expect(was, `no recorded score for ${entry.file}: run npm run peer-suites`).toBeDefined();
      expect(suite.cases.length).toBe(was!.cases);
      const now = score(suite.cases, (c) => claimgraphResults(suite.kind, c.input));
      expect(now.passed, `${entry.file}: ${now.passed}/${now.cases} cases pass, ${was!.claimgraph.passed} were recorded`)
        .toBeGreaterThanOrEqual(was!.claimgraph.passed);
    });
  }
});
