import type { z } from 'zod';

/**
 * Check a value against the contract of the file it is about to become; a writer never writes a file that
 * outside tools would reject. The error names the file and each offending path. Streaming writers check a
 * file a part at a time (each fact, each node) and pass `at`, the part's place in the file, so the error
 * names the same path as checking the whole file would, without zod copying the whole file at once.
 */
export function validated<S extends z.ZodType>(file: string, schema: S, value: unknown, at: readonly (string | number)[] = []): void {
  const result = schema.safeParse(value);
  if (result.success) return;
  const problems = result.error.issues
    .slice(0, 5)
    .map((issue) => {
      const path = [...at, ...issue.path.map(String)];
      return `${path.length ? path.join('.') : '(root)'}: ${issue.message}`;
    })
    .join('; ');
  throw new Error(`Refusing to write ${file}: it does not match its contract in src/contracts (${problems}). The stage that built this data has a bug.`);
}
