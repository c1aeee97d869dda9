import { CURRENCIES, GUARDED_SYMBOLS } from '../../../../core/currencies.js';

export interface CurrencyPrefix { readonly iso: string; readonly start: number }

interface Form {
  readonly form: string;
  /** a form that starts with a letter must not follow a letter or digit ("JUSD115") */
  readonly letterStart: boolean;
}

interface PrefixTable {
  readonly byForm: ReadonlyMap<string, string>;
  /** every form, filed under its last character, longest first */
  readonly byLast: ReadonlyMap<string, readonly Form[]>;
}

let shared: PrefixTable | null = null;

/** Symbols and codes written before an amount ("$", "US$", "C$", "€", "USD 5", "hk $ 10.05"), built once. */
function table(): PrefixTable {
  if (shared) return shared;
  const byForm = new Map<string, string>();
  for (const c of CURRENCIES) for (const s of c.symbols ?? []) byForm.set(s, c.iso);
  const byLast = new Map<string, Form[]>();
  for (const form of [...byForm.keys()].sort((a, b) => b.length - a.length)) {
    const last = form[form.length - 1]!;
    byLast.set(last, [...(byLast.get(last) ?? []), { form, letterStart: /^\p{L}/u.test(form) }]);
  }
  shared = { byForm, byLast };
  return shared;
}

/** An amount written as money is: with a thousands separator, decimals or a scale ("8,000", "12.90", "2.5m"). */
const MONEY_AMOUNT = /^(?:\d{1,3}(?:,\d{3})+|\d+\.\d+|\d+(?:\.\d+)?[ \u00a0]?(?:m|bn|k|million|billion|thousand)(?![\p{L}]))/u;
/** How far around a guarded symbol the text is searched for the country that tells its currency. */
const CUE_WINDOW = 300;

/** A guarded symbol (`GUARDED_SYMBOLS`) right before `start`, read where its guard allows. */
function guardedBefore(text: string, start: number): CurrencyPrefix | null {
  const m = /(?<![\p{L}\p{N}])(R|kr\.?)([ \u00a0]?)$/u.exec(text.slice(Math.max(0, start - 5), start));
  if (m === null) return null;
  const guard = GUARDED_SYMBOLS.get(m[1]!)!;
  if (guard.glued && m[2] !== '') return null;
  const around = text.slice(Math.max(0, start - CUE_WINDOW), start + CUE_WINDOW).toLowerCase();
  const cued = guard.choices.find((c) => c.cues.some((cue) => around.includes(cue)));
  if (guard.glued && cued === undefined && !MONEY_AMOUNT.test(text.slice(start, start + 16))) return null;
  const chosen = cued ?? guard.choices[0]!;
  return { iso: chosen.iso, start: start - m[0].length };
}

/** The currency written right before `start` ("$100 million", "€ 2 million", "USD115"), if any. */
export function currencyBefore(text: string, start: number): CurrencyPrefix | null {
  const last = text[start - 1] === ' ' || text[start - 1] === '\u00a0' ? text[start - 2] : text[start - 1];
  if (last === 'R' || last === 'r' || last === '.') {
    const guarded = guardedBefore(text, start);
    if (guarded !== null) return guarded;
  }
  const t = table();
  if (last === undefined || !t.byLast.has(last)) return null;
  const from = Math.max(0, start - 8);
  const before = text.slice(from, start);
  const index = formAtEnd(t, before);
  if (index === -1) return null;
  const written = before.slice(index);
  const form = written.replace(/[ \u00a0]$/, '');
  const iso = t.byForm.get(form);
  if (iso === undefined) return null;
  const at = from + index;
  if (/\p{L}/u.test(form[form.length - 1]!) && written === form) {
    // a letter code glued to the digits ("USD115") must not be the tail of a word ("JUSD115")
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) return null;
  }
  return { iso, start: at };
}

const SPACE = /\s/;
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Where a currency form is written at the end of `s`, before at most one space or no-break space: the leftmost
 * such start, or -1. This is what the regex `(?:form|…)[ \u00a0]?$` (forms longest first, a form's space
 * matching any whitespace, `(?<![\p{L}\p{N}])` before a form that starts with a letter) finds in `s`; checking
 * only the forms that end in the right character is several times faster, and this runs before every number.
 */
function formAtEnd(t: PrefixTable, s: string): number {
  let end = s.length;
  if (end > 0 && (s[end - 1] === ' ' || s[end - 1] === '\u00a0')) end--;
  const forms = end > 0 ? t.byLast.get(s[end - 1]!) : undefined;
  if (forms === undefined) return -1;
  let best = -1;
  for (const { form, letterStart } of forms) {
    const p = end - form.length;
    if (p < 0 || (best !== -1 && p >= best) || !writtenAt(s, p, form)) continue;
    if (letterStart && p > 0 && WORDLIKE.test(codePointBefore(s, p))) continue;
    best = p;
  }
  return best;
}

/** `form` is written at `p` in `s`; a space in the form stands for any whitespace character. */
function writtenAt(s: string, p: number, form: string): boolean {
  for (let k = 0; k < form.length; k++) {
    const f = form[k]!;
    const c = s[p + k]!;
    if (f === ' ' ? !SPACE.test(c) : c !== f) return false;
  }
  return true;
}

/** The code point that ends at `p` (a surrogate pair as one), as a string. */
function codePointBefore(s: string, p: number): string {
  const low = s.charCodeAt(p - 1);
  if (low >= 0xdc00 && low <= 0xdfff && p >= 2) {
    const high = s.charCodeAt(p - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.slice(p - 2, p);
  }
  return s[p - 1]!;
}
