// vite-node bench/eval/check-gazetteers.ts — loads and validates every built-in gazetteer (schema, unique ids,
// `within` references) and prints how many entries each file has and the aliases two entries share.
import { loadGazetteers } from '../../src/stages/03-entities/gazetteer-load.js';
import { wordKey } from '../../src/stages/03-entities/normalize.js';

const g = await loadGazetteers();
for (const s of g.sources) console.log(`${s.path.split('/').pop()}: ${s.file.entries.length} entries (${s.file.type})`);
const byAlias = new Map<string, string[]>();
for (const [id, e] of g.entries) for (const a of [e.name, ...e.aliases]) byAlias.set(wordKey(a), [...(byAlias.get(wordKey(a)) ?? []), id]);
const shared = [...byAlias].filter(([, ids]) => new Set(ids).size > 1);
console.log(`${g.entries.size} entries; ${shared.length} names or aliases shared by several entries${shared.length ? ':' : ''}`);
for (const [alias, ids] of shared.slice(0, 40)) console.log(`  ${alias}: ${[...new Set(ids)].join(', ')}`);
