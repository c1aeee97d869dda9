// The metric hierarchy is data (data/metric-hierarchy.json): child metric → the broader metric it is part of.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const ShareSchema = z.object({
  part: z.string().min(1).describe('the metric counted in the numerator: fentanyl-involved-deaths'),
  whole: z.string().min(1).describe('the metric it is a share of: drug-overdose-deaths'),
});

export const MetricHierarchySchema = z
  .object({
    $comment: z.string().optional(),
    parents: z.record(z.string().min(1), z.string().min(1)),
    shares: z.record(z.string().min(1), ShareSchema).optional()
      .describe('share metric → its part and whole; by default "<part>-share" is a share of the part\'s broadest ancestor'),
  })
  .superRefine((h, ctx) => {
    for (const start of Object.keys(h.parents)) {
      const seen = new Set([start]);
      for (let m = h.parents[start]; m !== undefined; m = h.parents[m]) {
        if (seen.has(m)) {
          ctx.addIssue({ code: 'custom', path: ['parents', start], message: `the chain from "${start}" loops back to "${m}"; a metric cannot be part of itself` });
          break;
        }
        seen.add(m);
      }
    }
  });
export type MetricHierarchy = z.infer<typeof MetricHierarchySchema>;

export const EMPTY_HIERARCHY: MetricHierarchy = { parents: {} };

const DEFAULT_PATH = new URL('../../../data/metric-hierarchy.json', import.meta.url);

/** Reads and validates a hierarchy file; the error names the file and what to fix. */
export function loadMetricHierarchy(path: string | URL = DEFAULT_PATH): MetricHierarchy {
  const where = path instanceof URL ? path.pathname : path;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the metric hierarchy ${where}: ${(error as Error).message}. It must be a JSON file like {"parents": {"opioid-overdose-deaths": "drug-overdose-deaths"}}.`);
  }
  const parsed = MetricHierarchySchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`The metric hierarchy ${where} is not valid (${problems}). Expected {"parents": {child: parent}}.`);
  }
  return parsed.data;
}

let cached: MetricHierarchy | undefined;

/** The hierarchy shipped in data/, read once per process. */
export function defaultHierarchy(): MetricHierarchy {
  cached ??= loadMetricHierarchy();
  return cached;
}

/** Broader metrics of `metric`, nearest first: fentanyl-involved-deaths → [opioid-overdose-deaths, drug-overdose-deaths]. */
export function ancestors(hierarchy: MetricHierarchy, metric: string): string[] {
  const out: string[] = [];
  for (let m = hierarchy.parents[metric]; m !== undefined && !out.includes(m) && m !== metric; m = hierarchy.parents[m]) out.push(m);
  return out;
}

/**
 * The part and whole a share metric relates, or null: explicit in `shares`, else by name — "X-share" is the
 * share of X in X's broadest ancestor ("fentanyl-involved-deaths-share" → fentanyl-involved-deaths of
 * drug-overdose-deaths), as data/metrics.json labels it ("share of drug overdose deaths that involve fentanyl").
 */
export function shareOf(hierarchy: MetricHierarchy, metric: string): { part: string; whole: string } | null {
  const explicit = hierarchy.shares?.[metric];
  if (explicit) return explicit;
  if (!metric.endsWith('-share')) return null;
  const part = metric.slice(0, -'-share'.length);
  const whole = ancestors(hierarchy, part).at(-1);
  return whole === undefined ? null : { part, whole };
}
