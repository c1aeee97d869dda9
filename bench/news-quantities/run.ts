/**
 * `npm run news-quantities`: the scanner's value, value + unit and value + change F1 on fixtures/news-quantities,
 * overall and by class; writes them, and the backlog of sentences not yet read as expected, to
 * fixtures/news-quantities/scores.json.
 *
 *   vite-node bench/news-quantities/run.ts [--misses] [--no-write]
 */
import { writeFileSync } from 'node:fs';
import { loadCases, scoreAll, SCORES_FILE } from './score.js';

const args = process.argv.slice(2);
const { scores, misses } = scoreAll(loadCases());
console.log(`news quantities: ${scores.cases} sentences, ${scores.quantities} quantities`);
console.log(`  value F1 ${scores.value}   value + unit F1 ${scores.valueUnit}   value + change F1 ${scores.valueChange}`);
for (const [k, s] of Object.entries(scores.classes)) console.log(`  ${k.padEnd(16)} ${String(s.value).padStart(5)} ${String(s.valueUnit).padStart(5)} ${String(s.valueChange).padStart(5)}`);
if (args.includes('--misses')) {
  for (const m of misses) console.log(`✗ ${m.text}\n    missing: ${m.missing.join(' | ') || '-'}   extra: ${m.extra.join(' | ') || '-'}   wrong: ${m.wrong.join(' | ') || '-'}`);
}
// the backlog: the sentences the scanner does not yet read as expected, written down so a fix shows as one leaving it
if (!args.includes('--no-write')) writeFileSync(SCORES_FILE, `${JSON.stringify({ ...scores, backlog: misses.map((m) => m.text) }, null, 2)}\n`);
