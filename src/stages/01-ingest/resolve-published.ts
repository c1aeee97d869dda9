import type { ReportInput } from '../../core/stage.js';
import { NUMBER_WORD, WEEKDAYS } from '../../core/vocabulary.js';
import { parseDate } from './dates.js';
import { findPublishedDate, type PublishedDate } from './published.js';

export interface PublishedChoice {
  published: string | null;
  publishedSource: 'input' | 'text' | 'option' | null;
  /** the date line found in the text, whether or not it was used */
  dateLine: PublishedDate | null;
  messages: ReportInput[];
}

/**
 * The publication date, from the first place that has one: the input's own field (`input`), a date line near
 * the top of the text (`text`), the run's `--published` default (`option`). None: null, with an info message.
 */
export function resolvePublished(input: string | null, text: string, option: string | null): PublishedChoice {
  const messages: ReportInput[] = [];
  const fromInput = input === null ? null : parseDate(input);
  if (input !== null && fromInput === null) {
    messages.push({
      ruleId: 'bad-published',
      severity: 'warning',
      reason: `the input's publication date ${JSON.stringify(input)} is not a date claimgraph can read (write YYYY-MM-DD); it is ignored`,
    });
  }
  const dateLine = findPublishedDate(text);
  if (fromInput !== null) {
    if (dateLine !== null && dateLine.date !== fromInput) {
      messages.push({
        ruleId: 'published-mismatch',
        severity: 'warning',
        reason: `the input gives the publication date ${fromInput} but the text's date line says ${dateLine.date}; using the input's`,
        start: dateLine.start,
        end: dateLine.end,
      });
    }
    return { published: fromInput, publishedSource: 'input', dateLine, messages };
  }
  if (dateLine !== null) {
    messages.push({
      ruleId: 'published-from-text',
      severity: 'info',
      reason: `publication date ${dateLine.date} read from the date line at the top of the text`,
      start: dateLine.start,
      end: dateLine.end,
    });
    return { published: dateLine.date, publishedSource: 'text', dateLine, messages };
  }
  const fromOption = option === null ? null : parseDate(option);
  if (fromOption !== null) return { published: fromOption, publishedSource: 'option', dateLine, messages };
  const relative = RELATIVE_DATE.exec(text);
  messages.push(relative === null
    ? {
      ruleId: 'no-publication-date',
      severity: 'info',
      reason: 'no publication date (none in the input, the text or --published): a date without its year cannot be placed; pass --published YYYY-MM-DD',
    }
    : {
      ruleId: 'no-publication-date',
      severity: 'info',
      reason: `no publication date (none in the input, the text or --published): relative dates such as "${relative[0]}" cannot be resolved; pass --published YYYY-MM-DD`,
      start: relative.index,
      end: relative.index + relative[0].length,
    });
  return { published: null, publishedSource: null, dateLine, messages };
}

/** The first words of the text that only mean a date given the day they were written ("last year", "on Tuesday"). */
const RELATIVE_DATE = new RegExp(
  String.raw`\b(?:(?:last|this|next|past)\s+(?:year|month|week|quarter|spring|summer|fall|autumn|winter|${WEEKDAYS.join('|')})|yesterday|today|tomorrow|(?:on|since|by|last)\s+(?:${WEEKDAYS.join('|')})|(?:a|${NUMBER_WORD}|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago|earlier\s+this\s+(?:year|month|week))\b`,
  'i',
);
