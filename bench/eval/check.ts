// vite-node bench/eval/check.ts [cluster folders...] — checks the gold of fixtures/realworld/ clusters: the schema,
// every anchor found once in the text as claimgraph reads it, ids, groups and apart pairs. Exit 1 on any problem.
import { clusterDirs } from './clusters.js';
import { loadCluster } from './gold.js';
import { ingestOnly, readArticle } from './read-text.js';

const pipeline = await ingestOnly();
let bad = 0;
for (const dir of clusterDirs(process.argv.slice(2))) {
  const loaded = loadCluster(dir, (file) => readArticle(pipeline, dir, file).text);
  const articles = Object.keys(loaded.gold.articles).length;
  const groups = loaded.gold.groups.length;
  const apart = loaded.gold.apart.length;
  console.log(`${dir}: ${articles} articles, ${loaded.claims.length} claims, ${groups} groups, ${apart} apart pairs${loaded.problems.length ? `, ${loaded.problems.length} problems` : ''}`);
  for (const p of loaded.problems) console.log(`  - ${p}`);
  bad += loaded.problems.length;
}
process.exitCode = bad ? 1 : 0;
