import { createHash } from 'node:crypto';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A stable id from content: the same parts give the same id on every run and machine. */
export function contentId(...parts: ReadonlyArray<string | number>): string {
  return sha256(parts.join('\u241f')).slice(0, 16);
}
