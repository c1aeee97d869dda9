// Write the synthetic corpus of bench/corpus.ts as JSONL: vite-node bench/make-corpus.ts <MB> <file>
import { writeFileSync } from 'node:fs';
import { syntheticArticles } from './corpus.js';

const [mbArg = '10', file = `bench/corpus/${mbArg}mb.jsonl`] = process.argv.slice(2);
const articles = syntheticArticles(Number(mbArg) * 1024 * 1024);
writeFileSync(file, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
process.stderr.write(`${articles.length} articles → ${file}\n`);
