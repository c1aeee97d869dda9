import { AFTER_TEMPERATURE_LETTER, GUARDED_FORMS, MEASURING_WORDS } from '../../../../core/units.js';
import { buildUnitTable, type UnitInfo, type UnitTable } from './unit-table.js';

export interface UnitHit {
  readonly start: number;
  readonly end: number;
  readonly info: UnitInfo;
  /** the form as matched, for the guards */
  readonly form: string;
}

const WORDLIKE = /[\p{L}\p{N}]/u;
const LEAD = /^(?:\p{L}+|[^\s\p{L}])/u;
/** The letters (or the one other character) a form starts with: the key its candidates are filed under. */
const lead = (s: string) => LEAD.exec(s)?.[0] ?? '';
const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 10;

interface Candidate { readonly form: string; readonly info: UnitInfo; readonly anyCase: boolean }

/**
 * Every unit form filed under its first word (lower-case), longest first. Matching walks the text by hand:
 * a space in a form matches any run of spaces, letters compare as written or in any case.
 */
class UnitMatcher {
  private readonly byLead = new Map<string, Candidate[]>();
  constructor(table: UnitTable) {
    const add = (form: string, info: UnitInfo, anyCase: boolean) => {
      const key = lead(form).toLowerCase();
      const list = this.byLead.get(key) ?? [];
      list.push({ form, info, anyCase });
      this.byLead.set(key, list);
    };
    for (const [f, info] of table.exact) add(f, info, false);
    for (const [f, info] of table.anyCase) add(f, info, true);
    for (const list of this.byLead.values()) list.sort((x, y) => y.form.length - x.form.length || Number(x.anyCase) - Number(y.anyCase));
  }

  /** The longest unit form starting exactly at `pos`. */
  at(text: string, pos: number): UnitHit | null {
    const first = LEAD.exec(text.slice(pos, pos + 24))?.[0];
    if (first === undefined) return null;
    const list = this.byLead.get(first.toLowerCase());
    if (list === undefined) return null;
    let best: UnitHit | null = null;
    for (const c of list) {
      const end = matchForm(text, pos, c);
      if (end !== null && (!best || end > best.end)) {
        best = { start: pos, end, info: c.info, form: c.anyCase ? c.form.toLowerCase() : c.form };
      }
    }
    return best;
  }
}

/** Where `c.form` ends when it is written at `pos`, else null. */
function matchForm(text: string, pos: number, c: Candidate): number | null {
  const f = c.form;
  let p = pos;
  for (let i = 0; i < f.length; i++) {
    const fc = f[i]!;
    if (fc === ' ') {
      if (p >= text.length || !isSpaceCode(text.charCodeAt(p))) return null;
      while (p < text.length && isSpaceCode(text.charCodeAt(p))) p++;
      continue;
    }
    const tc = text[p];
    if (tc === undefined) return null;
    if (tc !== fc && !(c.anyCase && tc.toLowerCase() === fc.toLowerCase())) return null;
    p++;
  }
  if (WORDLIKE.test(f[f.length - 1]!) && p < text.length && WORDLIKE.test(text[p]!)) return null;
  return p;
}

let shared: UnitMatcher | null = null;
const matcher = () => (shared ??= new UnitMatcher(buildUnitTable()));

const SPACE = /[ \t\u00a0\u202f\u2009]/;

/**
 * The unit after a number ending at `end`: glued ("10kg"), after spaces ("10 kg"), after a hyphen
 * ("3-inch", "two-year") or in brackets ("20 (kg)"). `scaled` says a scale word came before, which lets
 * "billion won" read as money.
 */
export function unitAfter(text: string, end: number, scaled: boolean): UnitHit | null {
  const m = matcher();
  let pos = end;
  let glued = true;
  while (pos < text.length && SPACE.test(text[pos]!) && pos - end < 3) pos++;
  if (pos > end) glued = false;
  else if ((text[pos] === '-' || text[pos] === '‑') && /\p{L}/u.test(text[pos + 1] ?? '')) {
    pos += 1;
    glued = false;
  }
  let hit = m.at(text, pos);
  if (!hit && !glued && '([{<'.includes(text[pos] ?? '_')) {
    const inner = m.at(text, pos + 1);
    const close = inner ? text[inner.end] : undefined;
    if (inner && close !== undefined && ')]}>'.includes(close)) hit = { ...inner, start: pos, end: inner.end + 1 };
  }
  if (!hit) return null;
  // a currency sign after an amount that starts the next amount: "$ 20,000.00 $ 37,305.97"
  if (hit.info.kind === 'currency' && !/\p{L}/u.test(hit.form) && /^[ \t]?\.?\d/.test(text.slice(hit.end, hit.end + 3))) return null;
  if (hit.info.gluedOnly && !glued) return null;
  if (hit.info.afterScaleOnly && !scaled) return null;
  if ((!glued || GUARDED_FORMS.get(hit.form) === 'temperature') && !guardHolds(text, hit)) return null;
  return hit;
}

/** A short form after a space needs the phrase to end there ("2 in." but not "2 in the morning"). */
function guardHolds(text: string, hit: UnitHit): boolean {
  const g = GUARDED_FORMS.get(hit.form);
  if (g === undefined) return true;
  let p = hit.end;
  const c0 = text[p];
  // a letter unit glued to more marks is part of a code: "F-Series", "C.P.I.", "14.7C/", "L-202"
  if (c0 === '/' || (c0 !== undefined && /[-‑.]/.test(c0) && /[\p{L}\p{N}]/u.test(text[p + 1] ?? ''))) return false;
  while (p < text.length && SPACE.test(text[p]!)) p++;
  const c = text[p];
  if (c === undefined || !/[\p{L}\p{N}]/u.test(c)) return true;
  const word = /^\p{L}+/u.exec(text.slice(p, p + 20))?.[0] ?? '';
  if (MEASURING_WORDS.has(word.toLowerCase())) return true;
  if (g === 'temperature') return AFTER_TEMPERATURE_LETTER.has(word.toLowerCase());
  return g === 'lenient' && /^\p{Ll}/u.test(word);
}

/** The unit that starts exactly at `pos`, with no guard (for the words after "of" in "thousands of dollars"). */
export function unitAt(text: string, pos: number): UnitHit | null {
  return matcher().at(text, pos);
}
