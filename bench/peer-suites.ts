/**
 * `npm run peer-suites`: scores claimgraph's quantity scanner and Microsoft Recognizers-Text on the vendored
 * peer suites (fixtures/peer-suites), case by case, in one process, and writes the rates to
 * fixtures/peer-suites/scores.json. Every case counts, NotSupported ones included.
 *
 *   vite-node bench/peer-suites.ts [--failures <file part>] [--system claimgraph|recognizers] [--no-write]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimgraphResults } from '../tests/stages/04-claims/quantities/peer-suites/claimgraph.js';
import { recognizersResults } from '../tests/stages/04-claims/quantities/peer-suites/recognizers.js';
import { score, type FileScore } from '../tests/stages/04-claims/quantities/peer-suites/score.js';
import { loadSuite, PEER_DIR, SUITE_FILES, type Result } from '../tests/stages/04-claims/quantities/peer-suites/suites.js';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const showFailures = opt('--failures');
const failuresOf = opt('--system') ?? 'claimgraph';
const write = !args.includes('--no-write');

const show = (rs: readonly Result[]) => rs.map((r) => `${r.text}=${r.value}${r.unit ? ` ${r.unit}` : ''}`).join(' | ') || '∅';
const pct = (s: FileScore) => `${(s.rate * 100).toFixed(1)}%`.padStart(7);

const rows: Array<{ file: string; cases: number; claimgraph: FileScore; recognizers: FileScore; ms: [number, number] }> = [];
for (const entry of SUITE_FILES) {
  const suite = loadSuite(entry);
  let t = performance.now();
  const ours = score(suite.cases, (c) => claimgraphResults(suite.kind, c.input));
  const msOurs = performance.now() - t;
  t = performance.now();
  const theirs = score(suite.cases, (c) => recognizersResults(suite.kind, c.input));
  const msTheirs = performance.now() - t;
  rows.push({ file: entry.file, cases: suite.cases.length, claimgraph: ours, recognizers: theirs, ms: [msOurs, msTheirs] });
  if (showFailures !== undefined && entry.file.includes(showFailures)) {
    const failed = failuresOf === 'recognizers' ? theirs.failures : ours.failures;
    for (const f of failed) {
      console.log(`✗ ${JSON.stringify(f.case.input.slice(0, 160))}${f.case.notSupported ? ` [NotSupported: ${f.case.notSupported}]` : ''}`);
      console.log(`    want ${show(f.case.expected)}\n    got  ${show(f.got)}`);
    }
  }
}

const name = (f: string) => f.replace('recognizers-text/Specs/', '');
const width = Math.max(...rows.map((r) => name(r.file).length));
console.log(`\n${'file'.padEnd(width)}  cases  claimgraph  recognizers   ms (cg / rt)`);
for (const r of rows) {
  console.log(`${name(r.file).padEnd(width)}  ${String(r.cases).padStart(5)}  ${pct(r.claimgraph)}     ${pct(r.recognizers)}    ${r.ms[0].toFixed(0).padStart(5)} / ${r.ms[1].toFixed(0)}`);
}

if (write) {
  const scores = {
    note: 'Pass rates per peer-suite file; a case passes when the results pair up one to one with the expected ones (see tests/stages/04-claims/quantities/peer-suites/score.ts). Written by `npm run peer-suites`; the test suite fails when a claimgraph rate drops below the one recorded here.',
    files: Object.fromEntries(rows.map((r) => [r.file, {
      cases: r.cases,
      claimgraph: { passed: r.claimgraph.passed, rate: r.claimgraph.rate },
      recognizers: { passed: r.recognizers.passed, rate: r.recognizers.rate },
    }])),
  };
  writeFileSync(join(PEER_DIR, 'scores.json'), `${JSON.stringify(scores, null, 2)}\n`);
}
