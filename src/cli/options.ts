import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { InvalidArgumentError } from 'commander';

/** The pipeline that ships with the package. */
export const DEFAULT_PIPELINE = fileURLToPath(new URL('../../pipelines/newsroom.json', import.meta.url));
export const DEFAULT_CONCURRENCY = Math.max(1, availableParallelism());
export const DEFAULT_MAX_ARTICLE_MB = 50;

export function parseIsoDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !date || date.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError(`expected a calendar date as YYYY-MM-DD, e.g. 2024-05-01; got "${value}"`);
  }
  return value;
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError(`expected a whole number from 1 and up; got "${value}"`);
  }
  return n;
}

export function parsePositiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`expected a number above 0; got "${value}"`);
  return n;
}
