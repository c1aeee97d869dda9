import type { z } from 'zod';

/**
 * Check a value against the contract of the file it is about to become; a writer never writes a file that
 * outside tools would reject. The error names the file and each offending path.
 */
export function validated<S extends z.ZodType>(file: string, schema: S, value: unknown): void {
  const result = schema.safeParse(value);
  if (result.success) return;
  const problems = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
  throw new Error(`Refusing to write ${file}: it does not match its contract in src/contracts (${problems}). The stage that built this data has a bug.`);
}
