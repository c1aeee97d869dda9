// The hand-written gold of fixtures/realworld/: its schema (zod), and the loader that finds every gold claim's
// figure in the article's text as claimgraph reads it (anchors, not hand-counted offsets).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write dates as YYYY-MM-DD');

export const STATISTICS = ['count', 'amount', 'rate', 'share', 'average', 'ratio', 'change', 'level'] as const;
export const VINTAGES = ['provisional', 'final', 'preliminary', 'estimate', 'projection', 'revised'] as const;
export const HEDGES = ['exact', 'over', 'under', 'at_least', 'at_most', 'nearly', 'about', 'up_to', 'range', 'vague'] as const;

/** What a figure measures: the head noun's lemma and the qualifying lemmas a reader needs to tell it apart. */
const MeasureGold = z.strictObject({
  head: z.string().min(1).describe('lemma of the measured noun: "death", "acre", "vote", "turnout", "budget"'),
  terms: z.array(z.string().min(1)).default([]).describe('lemmas that must qualify it: ["overdose"], ["burn"]'),
});

export const GoldClaimSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9]*\d+$/, 'ids are the article prefix and a number: "a1", "b12"'),
  valueText: z.string().min(1).describe('the figure as written, hedge included: "more than 91,000", "12%"'),
  anchor: z.string().min(1).describe('a phrase of the article that contains valueText and occurs exactly once in it'),
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  hedge: z.enum(HEDGES),
  unit: z.string().min(1),
  direction: z.enum(['up', 'down']).nullable().default(null),
  measure: z.union([MeasureGold, z.array(MeasureGold).min(1)]).nullable().describe('null only when the text never says what it measures'),
  statistic: z.enum(STATISTICS),
  place: z.string().nullable().describe('the place the figure is about, by its common name: "Butte County", "United States"'),
  scope: z.string().nullable().describe('the body that counted or the bounds counted within, when the text names one'),
  period: z.strictObject({ start: IsoDate.nullable(), end: IsoDate.nullable() }).nullable(),
  vintage: z.enum(VINTAGES).nullable().default(null),
  attribution: z.string().nullable().describe('who says it, by name (the body or person, resolved from "the agency said"); null for the writer'),
  note: z.string().optional(),
});
export type GoldClaim = z.infer<typeof GoldClaimSchema>;

const GoldArticleSchema = z.strictObject({
  prefix: z.string().regex(/^[a-z][a-z0-9]*$/).describe('the prefix of this article\'s claim ids'),
  outlet: z.string().describe('the kind of outlet the text imitates: "wire", "local paper", "TV station site"'),
  published: IsoDate.nullable().describe('the publication date the page states, or null'),
  claims: z.array(GoldClaimSchema),
  notClaims: z.array(z.string()).default([]).describe('numbers that are not claims, and why'),
});

export const APART_REASONS = ['period', 'window', 'fiscal-year', 'place', 'scope', 'part-whole', 'statistic', 'measure', 'event', 'cumulative', 'unit'] as const;

export const GoldClusterSchema = z.strictObject({
  cluster: z.string(),
  subject: z.string(),
  sources: z.array(z.string().url()).min(1).describe('real reporting the facts and figures were taken from (no sentences)'),
  articles: z.record(z.string(), GoldArticleSchema).describe('by file name, in the cluster folder'),
  groups: z.array(z.strictObject({
    claims: z.array(z.string()).min(2),
    verdict: z.enum(['agree', 'compatible', 'tension', 'discrepancy', 'revision']),
    why: z.string(),
  })).describe('claims that report the same fact (same measure, place, scope, period, statistic)'),
  apart: z.array(z.strictObject({
    claims: z.tuple([z.string(), z.string()]),
    reason: z.enum(APART_REASONS),
    why: z.string(),
  })).describe('look-alike pairs that are different facts: never merged, never flagged against each other'),
});
export type GoldCluster = z.infer<typeof GoldClusterSchema>;

/** A gold claim placed in its article's text. */
export interface PlacedClaim extends GoldClaim {
  file: string;
  valueStart: number;
  valueEnd: number;
}

export interface LoadedCluster {
  dir: string;
  gold: GoldCluster;
  claims: PlacedClaim[];
  problems: string[];
}

/**
 * Load a cluster's gold and place every claim: `anchor` must occur exactly once in the article's text (as
 * `textOf` reads it) and hold `valueText`. Returns the problems found instead of throwing, so a checker can list
 * them all.
 */
export function loadCluster(dir: string, textOf: (file: string) => string): LoadedCluster {
  const problems: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
  } catch (error) {
    return { dir, gold: emptyGold(dir), claims: [], problems: [`${dir}/gold.json: ${(error as Error).message}`] };
  }
  const parsed = GoldClusterSchema.safeParse(raw);
  if (!parsed.success) return { dir, gold: emptyGold(dir), claims: [], problems: [`${dir}/gold.json:\n${z.prettifyError(parsed.error)}`] };
  const gold = parsed.data;
  const claims: PlacedClaim[] = [];
  const ids = new Set<string>();
  const files = readdirSync(dir).filter((f) => f !== 'gold.json' && f !== 'README.md' && statSync(join(dir, f)).isFile());
  for (const f of files) if (!(f in gold.articles)) problems.push(`${dir}/${f}: no entry in gold.json's articles`);
  const prefixes = new Set<string>();
  for (const [file, article] of Object.entries(gold.articles)) {
    if (prefixes.has(article.prefix)) problems.push(`${file}: prefix "${article.prefix}" is used twice`);
    prefixes.add(article.prefix);
    let text: string;
    try {
      text = textOf(file);
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message}`);
      continue;
    }
    for (const claim of article.claims) {
      const where = `${file} ${claim.id} "${claim.valueText}"`;
      if (!claim.id.startsWith(article.prefix) || !/^\d+$/.test(claim.id.slice(article.prefix.length))) problems.push(`${where}: id must be "${article.prefix}" and a number`);
      if (ids.has(claim.id)) problems.push(`${where}: id used twice`);
      ids.add(claim.id);
      const first = text.indexOf(claim.anchor);
      if (first === -1) {
        problems.push(`${where}: anchor "${claim.anchor}" is not in the text as read`);
        continue;
      }
      if (text.indexOf(claim.anchor, first + 1) !== -1) {
        problems.push(`${where}: anchor "${claim.anchor}" occurs more than once; make it longer`);
        continue;
      }
      const inAnchor = claim.anchor.indexOf(claim.valueText);
      if (inAnchor === -1) {
        problems.push(`${where}: the anchor does not contain valueText`);
        continue;
      }
      if (claim.anchor.indexOf(claim.valueText, inAnchor + 1) !== -1) problems.push(`${where}: valueText occurs twice in the anchor; shorten it`);
      const { low, high, value } = claim;
      if (low !== null && high !== null && low > high) problems.push(`${where}: low ${low} > high ${high}`);
      if (value !== null && ((low !== null && value < low) || (high !== null && value > high)) && claim.hedge !== 'over' && claim.hedge !== 'under') {
        problems.push(`${where}: value ${value} lies outside [${low}, ${high}]`);
      }
      if (claim.period && claim.period.start && claim.period.end && claim.period.start > claim.period.end) problems.push(`${where}: period starts after it ends`);
      const valueStart = first + inAnchor;
      claims.push({ ...claim, file, valueStart, valueEnd: valueStart + claim.valueText.length });
    }
  }
  for (const group of gold.groups) for (const id of group.claims) if (!ids.has(id)) problems.push(`groups: unknown claim id ${id}`);
  for (const pair of gold.apart) {
    for (const id of pair.claims) if (!ids.has(id)) problems.push(`apart: unknown claim id ${id}`);
    const together = gold.groups.find((g) => g.claims.includes(pair.claims[0]) && g.claims.includes(pair.claims[1]));
    if (together) problems.push(`apart: ${pair.claims.join(' and ')} are also in one group`);
  }
  const grouped = new Map<string, number>();
  gold.groups.forEach((g, i) => g.claims.forEach((id) => {
    if (grouped.has(id)) problems.push(`groups: ${id} is in groups ${grouped.get(id)} and ${i}; merge them`);
    grouped.set(id, i);
  }));
  return { dir, gold, claims, problems };
}

function emptyGold(dir: string): GoldCluster {
  return { cluster: dir, subject: '', sources: ['https://example.org'], articles: {}, groups: [], apart: [] };
}

/** Every unordered pair of a list, as [a, b] with a < b. */
export function pairsOf(ids: readonly string[]): Array<[string, string]> {
  const sorted = [...ids].sort();
  const out: Array<[string, string]> = [];
  for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) out.push([sorted[i]!, sorted[j]!]);
  return out;
}
