/** RFC 4180 cells and rows, with a guard against spreadsheet formula injection. */

export type Cell = string | number | boolean | null;

/** A text cell a spreadsheet would run as a formula (or DDE call) starts with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Text that is only a signed number ("-3", "+2.5%", "-3,000") is read as a number, never as a formula. */
const SIGNED_NUMBER = /^[+-]?[\d.,]*\d[\d.,]*%?$/;

/** Text cells that would start a formula get a leading apostrophe; numbers, booleans and plain signed numbers do not. */
export function defuse(text: string): string {
  return FORMULA_START.test(text) && !SIGNED_NUMBER.test(text) ? `'${text}` : text;
}

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return defuse(cell);
}

/** Quote a field when it holds a comma, a double quote or a line break; double the quotes inside. */
export function csvField(cell: Cell): string {
  const text = cellText(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** UTF-8 byte order mark: without it Excel reads the file as ANSI and mangles accents. */
export const BOM = '\uFEFF';
