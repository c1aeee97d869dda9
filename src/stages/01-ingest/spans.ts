import type { FurnitureSpan } from '../../contracts/index.js';

/** One line of a text, without its line break, with its offsets. */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** The lines of a text, split on `\n`, `\r\n` or `\r`; offsets refer to the text as given. */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    lines.push({ start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

/** The line with its leading and trailing whitespace cut off; null when the line is blank. */
export function trimLine(line: Line): Line | null {
  const lead = line.text.length - line.text.trimStart().length;
  const body = line.text.trim();
  if (body === '') return null;
  return { start: line.start + lead, end: line.start + lead + body.length, text: body };
}

/**
 * Sort spans and merge those that overlap, touch, or are separated only by whitespace, so that a run of
 * furniture lines ("Comments (0)", "Leave a Reply", ...) becomes one span. Reasons are kept, in text order,
 * without repeats.
 */
export function mergeSpans(text: string, spans: readonly FurnitureSpan[]): FurnitureSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: FurnitureSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && text.slice(last.end, span.start).trim() === '') {
      last.end = Math.max(last.end, span.end);
      if (!last.reason.split('; ').includes(span.reason)) last.reason = `${last.reason}; ${span.reason}`;
    } else {
      merged.push({ start: span.start, end: span.end, reason: span.reason });
    }
  }
  return merged;
}
