// Write the synthetic corpus of bench/corpus.ts as JSONL: vite-node bench/make-corpus.ts <MB> <file>
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { syntheticArticles } from './corpus.js';

const [mbArg = '10', file = `bench/corpus/${mbArg}mb.jsonl`] = process.argv.slice(2);
const articles = syntheticArticles(Number(mbArg) * 1024 * 1024);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
process.stderr.write(`${articles.length} articles → ${file}\n`);
