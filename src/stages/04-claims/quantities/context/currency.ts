import { CURRENCIES } from '../lexicon/currencies.js';

export interface CurrencyPrefix { readonly iso: string; readonly start: number }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s');

interface PrefixTable { readonly re: RegExp; readonly byForm: ReadonlyMap<string, string>; readonly lastChars: ReadonlySet<string> }

let shared: PrefixTable | null = null;

/**
 * Symbols and codes before an amount ("$", "US$", "C$", "€", "USD 5", "hk $ 10.05"), compiled once into one
 * regex anchored at the end of the text before the number.
 */
function table(): PrefixTable {
  if (shared) return shared;
  const byForm = new Map<string, string>();
  for (const c of CURRENCIES) for (const s of c.symbols ?? []) byForm.set(s, c.iso);
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length);
  const body = forms.map((f) => (/^\p{L}/u.test(f) ? `(?<![\\p{L}\\p{N}])${escape(f)}` : escape(f))).join('|');
  shared = { re: new RegExp(`(?:${body})[ \\u00a0]?$`, 'u'), byForm, lastChars: new Set(forms.map((f) => f[f.length - 1]!)) };
  return shared;
}

/** The currency written right before `start` ("$100 million", "€ 2 million", "USD115"), if any. */
export function currencyBefore(text: string, start: number): CurrencyPrefix | null {
  const t = table();
  const last = text[start - 1] === ' ' || text[start - 1] === '\u00a0' ? text[start - 2] : text[start - 1];
  if (last === undefined || !t.lastChars.has(last)) return null;
  const from = Math.max(0, start - 8);
  const m = t.re.exec(text.slice(from, start));
  if (!m) return null;
  const form = m[0].replace(/[ \u00a0]$/, '');
  const iso = t.byForm.get(form);
  if (iso === undefined) return null;
  const at = from + m.index;
  if (/\p{L}/u.test(form[form.length - 1]!) && m[0] === form) {
    // a letter code glued to the digits ("USD115") must not be the tail of a word ("JUSD115")
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) return null;
  }
  return { iso, start: at };
}
