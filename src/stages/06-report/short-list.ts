// A heading with its count and the first items of a list — the shape of the report's "New since the last run" and
// "Official figures" sections, in HTML and in Markdown.
import { html, type Html } from './html.js';

/** Items of each list the reports show; the count in the heading always gives the whole. */
export const SHORT_LIST = 50;

/** `<h3>Heading (n)</h3>`, then the first `shown` items, or "None.", then "and N more `where`." */
export function shortListHtml<T>(heading: string, items: readonly T[], item: (x: T) => Html, where: string, shown = SHORT_LIST): Html {
  return html`<h3>${heading} (${items.length})</h3>
${items.length === 0 ? html`<p class="none">None.</p>` : html`<ul>${items.slice(0, shown).map(item)}</ul>${items.length > shown ? html`<p>and ${items.length - shown} more ${where}.</p>` : null}`}
`;
}

/** The same in Markdown lines: `### Heading (n)`, the items as bullets (or "None."), "- and N more `where`". */
export function shortListMd<T>(heading: string, items: readonly T[], item: (x: T) => string, where: string, shown = SHORT_LIST): string[] {
  if (items.length === 0) return [`### ${heading} (0)`, '', 'None.', ''];
  return [`### ${heading} (${items.length})`, '', ...items.slice(0, shown).map((x) => `- ${item(x)}`), ...(items.length > shown ? [`- and ${items.length - shown} more ${where}`] : []), ''];
}
