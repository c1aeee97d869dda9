/**
 * Scores the quantity scanner on the news sentences of fixtures/news-quantities (written
 * for claimgraph, one class of news phrasing each) the way a news-quantity benchmark scores an extractor: per
 * sentence, each expected quantity matched one to one with a found one whose value (or low and high, for a range)
 * lies within a relative 1e-5; then value F1, value + unit F1 (the unit claimgraph's code) and value + change F1
 * (the change: '=' exact, '~' about, '>' more than, '<' less than, 'up' or 'down' for a figure a move states).
 * `npm run news-quantities` (run.ts) writes the three F1s and each class's to fixtures/news-quantities/scores.json,
 * which the test suite holds as a floor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Quantity } from '../../src/contracts/index.js';
import { scanQuantities } from '../../src/stages/04-claims/quantities/scan.js';

const DIR = new URL('../../fixtures/news-quantities/', import.meta.url);
export const SCORES_FILE = new URL('scores.json', DIR);

/**
 * The evidence sets (cases.json, set-2.json, ...) the scanner is fixed against and held to, and the held-out
 * sets (heldout-*.json), written without sight of the scanner and only measured.
 */
export function caseFiles(kind: 'evidence' | 'heldout' = 'evidence'): URL[] {
  const names = readdirSync(DIR).filter((f) => (kind === 'heldout' ? /^heldout-.*\.json$/ : /^(?:cases|set-\d+)\.json$/).test(f)).sort();
  return names.map((f) => new URL(f, DIR));
}

const Change = z.enum(['=', '~', '>', '<', 'up', 'down']);
const Expected = z.strictObject({
  text: z.string(),
  value: z.number().optional(),
  low: z.number().optional(),
  high: z.number().optional(),
  unit: z.string(),
  change: Change,
}).refine((q) => q.value !== undefined || (q.low !== undefined && q.high !== undefined), 'a value, or a low and a high for a range');
const CaseSchema = z.strictObject({ class: z.string(), text: z.string(), quantities: z.array(Expected) });
export type NewsCase = z.infer<typeof CaseSchema>;
type Want = z.infer<typeof Expected>;

/** The cases of every file of a kind, in file order. */
export function loadAll(kind: 'evidence' | 'heldout' = 'evidence'): NewsCase[] {
  return caseFiles(kind).flatMap((f) => loadCases(f));
}

export function loadCases(file: URL): NewsCase[] {
  const parsed = z.strictObject({ description: z.string(), cases: z.array(CaseSchema) }).safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${fileURLToPath(file)} is not a valid news-quantities file: ${z.prettifyError(parsed.error)}`);
  for (const c of parsed.data.cases) {
    for (const q of c.quantities) if (!c.text.includes(q.text)) throw new Error(`"${q.text}" is not in "${c.text}": write the quantity's words as the sentence has them`);
  }
  return parsed.data.cases;
}

/** The change a benchmark reads off a quantity: its move when the words state one, else its hedge as a bound. */
export function changeOf(q: Quantity): Want['change'] {
  if (q.direction !== null) return q.direction;
  switch (q.hedge) {
    case 'about': case 'nearly': case 'vague': return '~';
    case 'over': case 'at_least': return '>';
    case 'under': case 'at_most': case 'up_to': return '<';
    default: return '=';
  }
}

const near = (a: number | null | undefined, b: number | null | undefined) =>
  a !== null && a !== undefined && b !== null && b !== undefined && Math.abs(a - b) <= 1e-5 * Math.max(Math.abs(a), Math.abs(b), 1e-9);
const sameValue = (want: Want, q: Quantity) => (want.value !== undefined ? near(want.value, q.value) : near(want.low, q.low) && near(want.high, q.high));

export interface Counts { expected: number; found: number; value: number; unit: number; change: number }
export interface Miss { text: string; missing: string[]; extra: string[]; wrong: string[] }

/** One sentence's counts: expected and found quantities matched one to one by value, in text order. */
export function scoreCase(c: NewsCase): { counts: Counts; miss: Miss | null } {
  const found = scanQuantities(c.text);
  const used = new Set<Quantity>();
  const counts: Counts = { expected: c.quantities.length, found: found.length, value: 0, unit: 0, change: 0 };
  const missing: string[] = [];
  const wrong: string[] = [];
  for (const want of c.quantities) {
    const q = found.find((f) => !used.has(f) && sameValue(want, f));
    if (q === undefined) {
      missing.push(want.text);
      continue;
    }
    used.add(q);
    counts.value++;
    if (q.unit === want.unit) counts.unit++;
    else wrong.push(`${want.text}: unit ${q.unit}, not ${want.unit}`);
    if (changeOf(q) === want.change) counts.change++;
    else wrong.push(`${want.text}: change ${changeOf(q)}, not ${want.change}`);
  }
  const extra = found.filter((f) => !used.has(f)).map((f) => `${f.text} (${f.value ?? `${f.low}..${f.high}`} ${f.unit})`);
  const clean = missing.length === 0 && extra.length === 0 && wrong.length === 0;
  return { counts, miss: clean ? null : { text: c.text, missing, extra, wrong } };
}

const f1 = (hit: number, expected: number, found: number) => (hit === 0 ? 0 : (2 * hit) / (expected + found));
const round = (x: number) => Math.round(x * 1000) / 10;

export interface Scores {
  value: number;
  valueUnit: number;
  valueChange: number;
  /** of the found quantities, the share whose value matched; of the expected ones, the share found (by value) */
  precision: number;
  recall: number;
  cases: number;
  quantities: number;
  classes: Record<string, { value: number; valueUnit: number; valueChange: number }>;
}

export function scoreAll(cases: readonly NewsCase[]): { scores: Scores; misses: Miss[] } {
  const total: Counts = { expected: 0, found: 0, value: 0, unit: 0, change: 0 };
  const byClass = new Map<string, Counts>();
  const misses: Miss[] = [];
  for (const c of cases) {
    const { counts, miss } = scoreCase(c);
    if (miss !== null) misses.push(miss);
    const cls = byClass.get(c.class) ?? { expected: 0, found: 0, value: 0, unit: 0, change: 0 };
    for (const t of [total, cls]) {
      t.expected += counts.expected;
      t.found += counts.found;
      t.value += counts.value;
      t.unit += counts.unit;
      t.change += counts.change;
    }
    byClass.set(c.class, cls);
  }
  const three = (t: Counts) => ({ value: round(f1(t.value, t.expected, t.found)), valueUnit: round(f1(t.unit, t.expected, t.found)), valueChange: round(f1(t.change, t.expected, t.found)) });
  const classes = Object.fromEntries([...byClass.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, t]) => [k, three(t)]));
  const share = (hit: number, of: number) => (of === 0 ? 0 : round(hit / of));
  return { scores: { ...three(total), precision: share(total.value, total.found), recall: share(total.value, total.expected), cases: cases.length, quantities: total.expected, classes }, misses };
}
