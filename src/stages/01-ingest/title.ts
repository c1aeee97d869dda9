import type { FurnitureSpan } from '../../contracts/index.js';
import { linesOf, trimLine } from './spans.js';

/** A first line longer than this is a paragraph, not a headline. */
const MAX_TITLE_CHARS = 200;
/** A first line with fewer words is a section label ("What's Happening?"), not a headline. */
const MIN_TITLE_WORDS = 3;

/**
 * The headline of a plain-text article: its first line that is not blank and not furniture (a breadcrumb
 * comes before the headline on many pages), when that line is short enough to be one. Null otherwise.
 */
export function firstLineTitle(text: string, furniture: readonly FurnitureSpan[]): string | null {
  for (const raw of linesOf(text)) {
    const line = trimLine(raw);
    if (line === null) continue;
    if (furniture.some((f) => f.start <= line.start && line.end <= f.end)) continue;
    const words = line.text.split(/\s+/).length;
    return line.text.length < MAX_TITLE_CHARS && words >= MIN_TITLE_WORDS ? line.text : null;
  }
  return null;
}
