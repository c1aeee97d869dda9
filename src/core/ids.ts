import { hash } from 'node:crypto';

/**
 * Hex sha256 of `data`. `crypto.hash` is the one-shot form of `createHash().update().digest()` (the same digest):
 * it skips building a Hash object and stream state, which shows when an id is made for every claim.
 */
export function sha256(data: string | Uint8Array): string {
  return hash('sha256', data, 'hex');
}

/** A stable id from content: the same parts give the same id on every run and machine. */
export function contentId(...parts: ReadonlyArray<string | number>): string {
  return sha256(parts.join('\u241f')).slice(0, 16);
}
