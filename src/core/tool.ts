import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The tool's name and version, from package.json (one level above src/ and dist/). */
export const TOOL: { name: 'claimgraph'; version: string } = {
  name: 'claimgraph',
  version: (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version,
};

let dataHash: string | undefined;

/**
 * A hash of the knowledge files the tool ships (`data/`, every file under it, by path and content), so a result
 * cached under one version of a lexicon or gazetteer is recomputed under another. Read once a process.
 */
export function dataVersion(): string {
  if (dataHash === undefined) {
    const root = fileURLToPath(new URL('../../data/', import.meta.url));
    const hash = createHash('sha256');
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.isFile()) hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0');
      }
    };
    walk(root);
    dataHash = hash.digest('hex').slice(0, 16);
  }
  return dataHash;
}
