import { z } from 'zod';
import { readDataFile } from './data-file.js';

/**
 * Currencies as data (`data/currencies.json`), validated at load: ISO 4217 code, the names written after an amount
 * ("5 euros"), the symbols written before (or, for the symbols, after) it ("$5", "5 €"), minor units ("10 cents" →
 * 0.10 USD), and the symbols too short to read without a guard ("R", "kr").
 */
const Iso = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as "USD"');
const CurrencySchema = z.strictObject({
  iso: Iso,
  names: z.array(z.string().min(1).refine((s) => s === s.toLowerCase(), 'names are lower case')).optional(),
  symbols: z.array(z.string().min(1)).optional(),
  afterScale: z.array(z.string().min(1)).optional(),
});
export type Currency = Readonly<z.infer<typeof CurrencySchema>>;

const CurrenciesSchema = z.strictObject({
  description: z.string(),
  currencies: z.array(CurrencySchema).min(1),
  minorUnits: z.strictObject({
    description: z.string(),
    units: z.array(z.strictObject({ form: z.string().min(1), iso: Iso, factor: z.number().positive(), glued: z.literal(true).optional() })),
  }),
  guardedSymbols: z.strictObject({
    description: z.string(),
    symbols: z.array(z.strictObject({
      symbol: z.string().min(1),
      glued: z.boolean(),
      choices: z.array(z.strictObject({ iso: Iso, cues: z.array(z.string().min(1)) })).min(1),
    })),
  }),
}).superRefine((d, ctx) => {
  const seen = new Set<string>();
  d.currencies.forEach((c, i) => {
    if (seen.has(c.iso)) ctx.addIssue({ code: 'custom', path: ['currencies', i, 'iso'], message: `"${c.iso}" is listed twice: keep one entry` });
    seen.add(c.iso);
  });
});

export const CURRENCIES_FILE = new URL('../../data/currencies.json', import.meta.url);

const data = readDataFile(CURRENCIES_FILE, CurrenciesSchema, 'currencies');

export const CURRENCIES: readonly Currency[] = data.currencies;
/** Minor units: an amount in them is `factor` of the currency ("10 cents" → 0.10 USD). */
export const MINOR_UNITS: ReadonlyMap<string, { readonly iso: string; readonly factor: number }> =
  new Map(data.minorUnits.units.map((u) => [u.form, { iso: u.iso, factor: u.factor }]));
/** Minor-unit surfaces read only when glued to the digits ("50p", "12c", "14.7¢"). */
export const GLUED_ONLY_MINOR: ReadonlySet<string> = new Set(data.minorUnits.units.filter((u) => u.glued).map((u) => u.form));
/** Symbols too short to read on their own, with their guard (`data/currencies.json`, guardedSymbols). */
export const GUARDED_SYMBOLS: ReadonlyMap<string, { readonly glued: boolean; readonly choices: ReadonlyArray<{ readonly iso: string; readonly cues: readonly string[] }> }> =
  new Map(data.guardedSymbols.symbols.map((s) => [s.symbol, { glued: s.glued, choices: s.choices }]));
