import { WEEKDAY_OR_ABBREVIATION } from '../../core/vocabulary.js';
import { DATE, isoFromGroups } from './dates.js';
import { linesOf, trimLine } from './spans.js';

export interface PublishedDate {
  /** ISO date */
  date: string;
  /** the date expression itself ("May 1, 2024"), not the label or the time */
  start: number;
  end: number;
}

/** Lines starting within this many characters of the top are searched... */
const TOP_CHARS = 600;
/** ...and so are the first lines that are not blank, however long the lines above them are. */
const TOP_LINES = 6;

const WEEKDAY = String.raw`${WEEKDAY_OR_ABBREVIATION},?\s+`;
const LABEL = String.raw`(?<label>(?:First\s+)?Published|Posted|(?:Last\s+)?Updated|Modified|Date)(?:\s+(?:on|at))?\s*:?\s*`;
const TIME = String.raw`(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?)`;
const TAIL = String.raw`(?:\s*[|•·]\s*[^\n]{0,40}|[,;]?\s+(?:updated|modified)\b[^\n]{0,40})`;

/** A line that is a date and nothing more: an optional label and weekday, the date, an optional time and tail. */
const DATE_LINE = new RegExp(String.raw`^(?:${LABEL})?(?:${WEEKDAY})?(?<date>${DATE})\.?${TIME}?${TAIL}?$`, 'di');

/**
 * The publication date from a date line near the top of the text ("Published: May 1, 2024",
 * "Updated Jan. 5, 2024 3:10 p.m.", "2024-05-01"). Conservative: the line must be a date line, not a sentence
 * that mentions a date. A "Published"/"Posted" line wins over an "Updated" one.
 */
export function findPublishedDate(text: string): PublishedDate | null {
  const found: Array<PublishedDate & { updated: boolean }> = [];
  let nonBlank = 0;
  for (const raw of linesOf(text)) {
    const line = trimLine(raw);
    if (line === null) continue;
    nonBlank++;
    if (line.start >= TOP_CHARS && nonBlank > TOP_LINES) break;
    const m = DATE_LINE.exec(line.text);
    const span = m?.indices?.groups?.date;
    const date = m?.groups === undefined ? null : isoFromGroups(m.groups);
    if (m === null || span === undefined || date === null) continue;
    const updated = /updated|modified/i.test(m.groups?.label ?? '');
    found.push({ date, start: line.start + span[0], end: line.start + span[1], updated });
  }
  const best = found.find((f) => !f.updated) ?? found[0];
  return best === undefined ? null : { date: best.date, start: best.start, end: best.end };
}
