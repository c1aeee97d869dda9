import { readFileSync } from 'node:fs';

/** The tool's name and version, from package.json (one level above src/ and dist/). */
export const TOOL: { name: 'claimgraph'; version: string } = {
  name: 'claimgraph',
  version: (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version,
};
