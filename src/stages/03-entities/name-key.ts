import { fold } from './normalize.js';
import { NAME_SUFFIXES } from './vocabulary.js';

/**
 * The words of a name as the merger compares them: folded, hyphens as spaces, without titles' dots, initials
 * or suffixes. "George W. Bush" → [george, bush]; "López-Obrador" → [lopez, obrador].
 */
export function nameWords(name: string): string[] {
  return fold(name)
    .replace(/^the\s+/, '')
    .split(/[\s-]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}']/gu, ''))
    .filter((w) => w.length > 1 && !NAME_SUFFIXES.has(w));
}
