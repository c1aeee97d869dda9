import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Write `n` distinct articles made from the seeds (each copy varied so none is a duplicate) into `dir`. */
export async function makeCorpus(dir: string, n: number): Promise<string[]> {
  const seeds = readdirSync('fixtures/articles').sort().map((f) => readFileSync(join('fixtures/articles', f), 'utf8'));
  await mkdir(dir, { recursive: true });
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    const name = `a${String(i).padStart(5, '0')}.txt`;
    await writeFile(join(dir, name), `Copy ${i} of a seed article.\n\n${seeds[i % seeds.length]}`);
    names.push(name);
  }
  return names;
}
