import type { FurnitureSpan } from '../../contracts/index.js';
import { FURNITURE_PATTERNS, type FurniturePattern } from './furniture-patterns.js';
import { type Line, linesOf, mergeSpans, trimLine } from './spans.js';

/** An end-of-article marker only counts after this share of the text (there must be an article before it). */
const TAIL_FROM = 1 / 3;
/** Repeated lines between these lengths are captions or teasers shown twice; longer ones are left alone. */
const REPEAT_MIN_WORDS = 3;
const REPEAT_MAX_CHARS = 300;
/** A caption's second copy comes within this many lines and may carry a credit this long. */
const CAPTION_WINDOW = 2;
const CREDIT_MAX_CHARS = 80;
const CREDIT_START = /^(?:\s*©|\s*(?:Photo|Image|Credit|Courtesy|Source)\b|\p{Lu})/u;

/**
 * Page furniture in an article's text: stretches later stages skip (comment forms, share buttons, breadcrumbs,
 * by-lines, photo credits, captions shown twice, the comment or related-links block at the end).
 * Spans are sorted, do not overlap, and spans separated only by whitespace are merged.
 */
export function findFurniture(text: string, patterns: readonly FurniturePattern[] = FURNITURE_PATTERNS): FurnitureSpan[] {
  const lines = linesOf(text).map(trimLine).filter((l): l is Line => l !== null);
  const spans: FurnitureSpan[] = [...matchPatterns(lines, patterns), ...repeatedLines(lines)];
  const tail = trailingBlock(text, lines, patterns);
  if (tail !== null) spans.push(tail);
  return mergeSpans(text, spans);
}

function matchPatterns(lines: readonly Line[], patterns: readonly FurniturePattern[]): FurnitureSpan[] {
  const spans: FurnitureSpan[] = [];
  for (const line of lines) {
    for (const { pattern, reason, mark } of patterns) {
      pattern.lastIndex = 0;
      const m = pattern.exec(line.text);
      if (m === null) continue;
      if (mark === 'line') spans.push({ start: line.start, end: line.end, reason });
      else spans.push({ start: line.start + m.index, end: line.start + m.index + m[0].trimEnd().length, reason });
    }
  }
  return spans;
}

/**
 * Captions and teasers that pages print twice. A later verbatim copy of a short line is furniture; when the
 * second copy is the first plus a short credit ("…Tempe, Arizona, on February 23.Arizona Attorney General Kris
 * Mayes via Twitter", "DEA Report (2024)© Tampa Free Press"), the pair is a photo caption and both are furniture.
 */
function repeatedLines(lines: readonly Line[]): FurnitureSpan[] {
  const spans: FurnitureSpan[] = [];
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    const repeatable = isRepeatable(line.text);
    if (repeatable && seen.has(line.text)) {
      spans.push({ start: line.start, end: line.end, reason: 'repeated line' });
    }
    seen.add(line.text);
    if (!repeatable) return;
    for (const next of lines.slice(i + 1, i + 1 + CAPTION_WINDOW)) {
      if (!next.text.startsWith(line.text) || !isCredit(next.text.slice(line.text.length))) continue;
      spans.push({ start: line.start, end: line.end, reason: 'photo caption' });
      spans.push({ start: next.start, end: next.end, reason: 'photo caption' });
    }
  });
  return spans;
}

/**
 * What a page glues to the second copy of a caption: a short credit, not a sentence, that starts with "©", a
 * credit word, or a capital letter right after the caption ("…on February 23.Arizona Attorney General…").
 */
function isCredit(rest: string): boolean {
  return rest.length > 0 && rest.length <= CREDIT_MAX_CHARS && !/[.!?]\s/.test(rest) && CREDIT_START.test(rest);
}

function isRepeatable(text: string): boolean {
  return text.length <= REPEAT_MAX_CHARS && piecesAtLeast(text, REPEAT_MIN_WORDS);
}

/**
 * `text.split(/\s+/).length >= n`, counted without building the pieces (this runs on every line): a text has
 * one piece more than it has runs of whitespace.
 */
function piecesAtLeast(text: string, n: number): boolean {
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < text.length && pieces < n; i++) {
    const space = isWhitespace(text.charCodeAt(i));
    if (space && !inSpace) pieces++;
    inSpace = space;
  }
  return pieces >= n;
}

const WHITESPACE = /\s/;

/** Whether a UTF-16 code unit is matched by the regex class `\s`. */
function isWhitespace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return WHITESPACE.test(String.fromCharCode(c));
}

/** From the first end-of-article marker in the last two thirds of the text to the end of the text. */
function trailingBlock(text: string, lines: readonly Line[], patterns: readonly FurniturePattern[]): FurnitureSpan | null {
  const markers = patterns.filter((p) => p.endsArticle === true);
  const last = lines[lines.length - 1];
  if (last === undefined) return null;
  for (const [i, line] of lines.entries()) {
    if (line.start < TAIL_FROM * text.length) continue;
    const marker = markers.find((p) => {
      p.pattern.lastIndex = 0;
      return p.pattern.test(line.text);
    });
    if (marker === undefined) continue;
    const limit = marker.shortLinesAfter;
    if (limit !== undefined && lines.slice(i + 1).some((l) => l.text.length > limit)) continue;
    return { start: line.start, end: last.end, reason: `end-of-page block after "${line.text}"` };
  }
  return null;
}
