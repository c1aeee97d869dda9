import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { gap, type Span } from './tokens.js';

/**
 * The metric lexicon: data (`data/metrics.json`) that names what a figure measures with a canonical key
 * ("died from drug overdoses" → drug-overdose-deaths). Users add rules without touching code; the file is
 * validated when it is loaded.
 *
 * A pattern is either words ("handed over|handover": alternatives separated by "|", each matched as whole words,
 * case-insensitive, hyphens and spaces alike, an optional plural "s"/"es" on the last word) or a regular
 * expression written "/.../flags".
 */
const PatternSchema = z.string().min(1).refine((p) => {
  const m = /^\/(.+)\/([a-z]*)$/.exec(p);
  if (!m) return true;
  try {
    new RegExp(m[1]!, m[2]);
    return true;
  } catch {
    return false;
  }
}, { message: 'not a valid regular expression' });

export const MetricRuleSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a metric key is lower-case words joined by hyphens: fentanyl-involved-deaths'),
    label: z.string().optional().describe('what the metric measures, in words'),
    dimensions: z.array(z.string()).min(1).default(['count']).describe('quantity dimensions the rule applies to'),
    counted: z.array(PatternSchema).default([]).describe('the counted noun must match one of these (empty: any)'),
    all: z.array(PatternSchema).default([]).describe('every pattern must occur in the clause'),
    any: z.array(PatternSchema).default([]).describe('at least one pattern must occur in the clause'),
    none: z.array(PatternSchema).default([]).describe('no pattern may occur in the clause'),
    priority: z.number().int().default(0).describe('higher wins when several rules match; specific drugs above all drugs'),
  })
  .strict();
export type MetricRule = z.output<typeof MetricRuleSchema>;
export type MetricRuleInput = z.input<typeof MetricRuleSchema>;

export const MetricLexiconSchema = z
  .object({
    $schema: z.string().optional(),
    description: z.string().optional(),
    /** named pattern lists, used in rules as "@name" */
    groups: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.array(PatternSchema)).default({}),
    metrics: z.array(MetricRuleSchema),
  })
  .strict()
  .superRefine((lexicon, ctx) => {
    lexicon.metrics.forEach((rule, i) => {
      for (const field of ['counted', 'all', 'any', 'none'] as const) {
        for (const p of rule[field]) {
          if (p.startsWith('@') && !(p.slice(1) in lexicon.groups)) {
            ctx.addIssue({ code: 'custom', path: ['metrics', i, field], message: `unknown group "${p}": define it under "groups"` });
          }
        }
      }
    });
  });

export const DEFAULT_LEXICON = new URL('../../data/metrics.json', import.meta.url);

interface CompiledRule {
  rule: MetricRule;
  counted: RegExp[];
  /** each entry: alternatives of which one must match */
  all: RegExp[][];
  any: RegExp[];
  none: RegExp[];
}

export interface MetricLexiconFile {
  groups: Record<string, string[]>;
  metrics: MetricRule[];
}

export interface MetricLexicon {
  readonly rules: readonly CompiledRule[];
  readonly keys: ReadonlySet<string>;
}

/** Compile one pattern to a global regular expression. */
export function compilePattern(pattern: string): RegExp {
  const m = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  if (m) return new RegExp(m[1]!, m[2]!.includes('g') ? m[2] : `${m[2]}g`);
  const alternatives = pattern.split('|').map((alt) => {
    const words = alt.trim().split(/[\s-]+/).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return `${words.join('[\\s\\-‐‑]+')}(?:s|es)?`;
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Compile rules; "@name" in a pattern list stands for every pattern of group `name`. */
export function compileLexicon(rules: readonly MetricRule[], groups: Readonly<Record<string, readonly string[]>> = {}): MetricLexicon {
  // one RegExp per distinct pattern: rules share groups ("@deaths"), and `matchMetric` reads each regex once
  const compiled = new Map<string, RegExp>();
  const pattern = (p: string): RegExp => {
    let re = compiled.get(p);
    if (re === undefined) compiled.set(p, (re = compilePattern(p)));
    return re;
  };
  const one = (p: string): RegExp[] => {
    if (!p.startsWith('@')) return [pattern(p)];
    const group = groups[p.slice(1)];
    if (group === undefined) throw new Error(`unknown metric pattern group "${p}": define it under "groups" in the lexicon`);
    return group.map(pattern);
  };
  return {
    rules: rules.map((rule) => ({
      rule,
      counted: rule.counted.flatMap(one),
      all: rule.all.map(one),
      any: rule.any.flatMap(one),
      none: rule.none.flatMap(one),
    })),
    keys: new Set(rules.map((r) => r.key)),
  };
}

const cache = new Map<string, MetricLexiconFile>();

function readJson(path: URL | string, what: string): unknown {
  const file = path instanceof URL ? fileURLToPath(path) : path;
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new Error(`the ${what} ${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Read and validate a lexicon file (memoised: read-only, shared by every article). */
export function readMetricLexicon(path: URL | string = DEFAULT_LEXICON): MetricLexiconFile {
  const key = String(path);
  const hit = cache.get(key);
  if (hit) return hit;
  const parsed = MetricLexiconSchema.safeParse(readJson(path, 'metric lexicon'));
  if (!parsed.success) {
    throw new Error(`the metric lexicon ${path instanceof URL ? fileURLToPath(path) : path} is invalid:\n${z.prettifyError(parsed.error)}`);
  }
  const file = { groups: parsed.data.groups, metrics: parsed.data.metrics };
  cache.set(key, file);
  return file;
}

export interface MetricInput {
  text: string;
  value: Span;
  /** spans read first (the clause without parentheticals) */
  core: readonly Span[];
  /** a wider span read when the core says nothing */
  context: Span;
  counted: string | null;
  /** where the counted noun is, when it is in the text */
  countedSpan: (Span & { text: string }) | null;
  dimension: string;
}

export interface MetricMatch {
  key: string;
  /** the words that decided it */
  trigger: Span & { text: string };
  scope: 'clause' | 'context';
}

function matchesIn(re: RegExp, text: string, spans: readonly Span[]): Array<Span & { text: string }> {
  const out: Array<Span & { text: string }> = [];
  for (const s of spans) {
    re.lastIndex = 0;
    const slice = text.slice(s.start, s.end);
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0] });
    }
  }
  return out;
}

type Trigger = Span & { text: string };

/**
 * `matchesIn(re, text, spans)` remembered for one set of spans: rules share patterns, and one figure's clause
 * is read by every rule of its dimension. The arrays returned are shared; callers only read them.
 */
function matcherFor(text: string, spans: readonly Span[]): (re: RegExp) => readonly Trigger[] {
  const seen = new Map<RegExp, readonly Trigger[]>();
  return (re) => {
    let found = seen.get(re);
    if (found === undefined) seen.set(re, (found = matchesIn(re, text, spans)));
    return found;
  };
}

function tryRule(c: CompiledRule, input: MetricInput, matches: (re: RegExp) => readonly Trigger[]): { distance: number; trigger: Trigger } | null {
  const triggers: Trigger[] = [];
  for (const alternatives of c.all) {
    const found = alternatives.flatMap(matches);
    if (found.length === 0) return null;
    for (const trigger of found) triggers.push(trigger);
  }
  if (c.any.length > 0) {
    const found = c.any.flatMap(matches);
    if (found.length === 0) return null;
    for (const trigger of found) triggers.push(trigger);
  }
  if (c.none.some((re) => matches(re).length > 0)) return null;
  if (triggers.length === 0) {
    // a rule of counted nouns only ("arrests"): the counted noun decides
    if (input.counted === null || c.counted.length === 0) return null;
    return { distance: 0, trigger: input.countedSpan ?? { start: input.value.start, end: input.value.end, text: input.counted } };
  }
  let best = triggers[0]!;
  for (const t of triggers) if (gap(t, input.value) < gap(best, input.value)) best = t;
  return { distance: gap(best, input.value), trigger: best };
}

function countedMatches(c: CompiledRule, counted: string | null): boolean {
  if (c.counted.length === 0) return true;
  if (counted === null) return false;
  return c.counted.some((re) => {
    re.lastIndex = 0;
    return re.test(counted);
  });
}

/**
 * The metric of a figure: the highest-priority rule that matches, the clause before the wider context, then the
 * rule whose words lie nearest the figure.
 */
export function matchMetric(lexicon: MetricLexicon, input: MetricInput): MetricMatch | null {
  let best: { match: MetricMatch; priority: number; scope: number; distance: number } | null = null;
  const inCore = matcherFor(input.text, input.core);
  const inContext = matcherFor(input.text, [input.context]);
  for (const c of lexicon.rules) {
    if (!c.rule.dimensions.includes(input.dimension) && !c.rule.dimensions.includes('*')) continue;
    if (!countedMatches(c, input.counted)) continue;
    const inClause = tryRule(c, input, inCore);
    const hit = inClause ?? tryRule(c, input, inContext);
    if (hit === null) continue;
    const scope = inClause ? 0 : 1;
    const candidate = { match: { key: c.rule.key, trigger: hit.trigger, scope: inClause ? 'clause' as const : 'context' as const }, priority: c.rule.priority, scope, distance: hit.distance };
    if (
      best === null ||
      candidate.priority > best.priority ||
      (candidate.priority === best.priority && (candidate.scope < best.scope || (candidate.scope === best.scope && candidate.distance < best.distance)))
    ) {
      best = candidate;
    }
  }
  return best?.match ?? null;
}
