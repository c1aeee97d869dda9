/** Escaping for text that did not come from us (article text, titles, paths, messages) inside Markdown. */

/**
 * Characters that start emphasis, code, links, HTML, tables, math or headings anywhere in a line. An underscore
 * inside a word (`000_0875`) and an ampersand that starts no entity cannot start anything, so they stay bare.
 */
const INLINE = /[\\`*{}[\]<>#|~$]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|&(?=#?[A-Za-z0-9]+;)/g;
/** Line starts that open a list, a heading underline or an ordered list item. */
const BLOCK_START = /^([+\-=]|\d+[.)])/;

/** One line of inert Markdown text: line breaks become spaces and every significant character is escaped. */
export function mdText(text: string): string {
  const line = text.replace(/\s*[\r\n]+\s*/g, ' ').replace(INLINE, (c) => `\\${c}`);
  return line.replace(BLOCK_START, (start) => (start.length === 1 ? `\\${start}` : `${start.slice(0, -1)}\\${start.slice(-1)}`));
}

/** A GFM table row; every cell is escaped text (pipes included), so a cell can never split the row. */
export function mdRow(cells: readonly string[]): string {
  return `| ${cells.map(mdText).join(' | ')} |`;
}

/** Separator row; `right` marks numeric columns. */
export function mdAlign(columns: readonly ('left' | 'right')[]): string {
  return `|${columns.map((c) => (c === 'right' ? '---:' : '---')).join('|')}|`;
}

/** “quote”, trimmed so emphasis around it still closes. */
export function mdQuote(text: string): string {
  return `“${mdText(text.trim())}”`;
}
