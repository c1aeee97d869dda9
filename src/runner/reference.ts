import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ReferenceRowSchema, type OfficialFigure } from '../contracts/index.js';
import { UsageError } from '../core/errors.js';

/** A row of a reference table that could not be used, and why, by its line in the file. */
export interface ReferenceProblem {
  table: string;
  line: number;
  reason: string;
}

/**
 * Read a reference table: a CSV with a header row naming the columns of ReferenceRowSchema (measure, place,
 * scope, period_start, period_end, statistic, value, low, high, unit, vintage, source, source_url, released),
 * as a spreadsheet saves it (csv-parse: quoted fields, commas and line breaks inside quotes, a byte-order mark).
 * Each row is validated on its own: a bad row is reported with its line and the reason, and the others are used.
 * A file that cannot be read, or whose header lacks a required column, is a usage error.
 */
export function readReferenceTable(path: string): { table: string; figures: OfficialFigure[]; problems: ReferenceProblem[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the reference table ${path}: ${(error as Error).message}`);
  }
  const table = basename(path);
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(text, { columns: true, bom: true, skip_empty_lines: true, info: true, relax_column_count: true, trim: true }) as typeof records;
  } catch (error) {
    throw new UsageError(`the reference table ${path} is not a CSV file claimgraph can read: ${(error as Error).message}`);
  }
  const header = Object.keys(records[0]?.record ?? {});
  const missing = ['measure', 'period_start', 'period_end', 'source', 'source_url', 'released'].filter((c) => records.length > 0 && !header.includes(c));
  if (missing.length > 0) throw new UsageError(`the reference table ${path} has no column ${missing.join(', ')}: its first row must name the columns (see the README, "Official figures")`);
  const figures: OfficialFigure[] = [];
  const problems: ReferenceProblem[] = [];
  for (const { record, info } of records) {
    const parsed = ReferenceRowSchema.safeParse(record);
    if (parsed.success) figures.push({ ...parsed.data, table, line: info.lines });
    else problems.push({ table, line: info.lines, reason: parsed.error.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ') });
  }
  return { table, figures, problems };
}
