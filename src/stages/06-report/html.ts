/**
 * Escape-by-default HTML templates: `html\`<p>${text}</p>\`` escapes every interpolation unless it is already
 * `Html` (the result of another `html` template or an explicit `raw()`). Only this file builds markup from strings.
 */

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What may be interpolated: text and numbers are escaped; `false`, `null` and `undefined` render nothing. */
export type Interpolation = Html | string | number | false | null | undefined | readonly Interpolation[];

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Trusted markup, passed through as is. Only for markup this code wrote itself, never for input text. */
export function raw(markup: string): Html {
  return new Html(markup);
}

function render(value: Interpolation): string {
  if (value instanceof Html) return value.value;
  if (value === false || value === null || value === undefined) return '';
  if (typeof value === 'number') return escapeHtml(String(value));
  if (typeof value === 'string') return escapeHtml(value);
  return value.map(render).join('');
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** Join fragments; the separator is escaped like any other text unless it is `Html`. */
export function join(parts: readonly Interpolation[], separator: Html | string = ''): Html {
  return new Html(parts.map(render).join(render(separator)));
}
