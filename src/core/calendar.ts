/**
 * Calendar words as news copy writes them, shared by the stages that read dates: ingest (publication dates) and
 * claims (periods). The quantity scanner's lexicon keeps its own case-sensitive lists (a lower-case "may" is not
 * a month there) and the claim filters their own anchored tests.
 */

/** Month names and abbreviations, lower-cased, without the trailing dot → month number (1–12). */
const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

/** The number (1–12) of a month name or abbreviation as `MONTH` matches it ("Sept.", "march"); undefined for others. */
export function monthNumber(word: string): number | undefined {
  return MONTHS[word.replace('.', '').toLowerCase()];
}

/** A month name or abbreviation ("Jan.", "Sept", "March"), for use inside larger patterns. */
export const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

/** Weekday names, lower-cased, Sunday first: the index is `Date#getUTCDay()`. */
export const WEEKDAYS: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
