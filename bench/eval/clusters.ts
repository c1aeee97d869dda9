import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const REALWORLD = 'fixtures/realworld';

/** The cluster folders given, or every cluster of the development set. */
export function clusterDirs(args: readonly string[] = []): string[] {
  if (args.length) return [...args];
  return readdirSync(REALWORLD).map((d) => join(REALWORLD, d)).filter((d) => statSync(d).isDirectory()).sort();
}
