import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * A JSON file of `data/`, checked against its zod schema when it is read: the error names the file, what it should
 * be, and each wrong field, so a contributor who edits the data sees what to fix.
 */
export function readDataFile<T extends z.ZodType>(file: URL, schema: T, what: string): z.infer<T> {
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${fileURLToPath(file)} is not a valid ${what} file:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
