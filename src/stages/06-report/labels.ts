import type { Discrepancy, Fact, Hedge, ManifestInput } from '../../contracts/index.js';

/** Words for every enum value a report prints, so the Markdown and HTML reports say the same thing. */
export const HEDGE_LABELS: Readonly<Record<Hedge, string>> = {
  exact: 'exact',
  over: 'over',
  under: 'under',
  at_least: 'at least',
  at_most: 'at most',
  nearly: 'nearly',
  about: 'about',
  up_to: 'up to',
  range: 'range',
  vague: 'vague',
};

export const VERDICT_LABELS: Readonly<Record<Fact['verdict'], string>> = {
  single: 'Single source',
  agree: 'Agree',
  compatible: 'Compatible',
  tension: 'Tension',
  discrepancy: 'Discrepancy',
};

export const KIND_LABELS: Readonly<Record<Discrepancy['kind'], string>> = {
  conflict: 'Conflict',
  tension: 'Tension',
  revision: 'Revision',
  constraint: 'Broken constraint',
  official: 'Against official figure',
};

export const STATUS_LABELS: Readonly<Record<ManifestInput['status'], string>> = {
  ok: 'Read',
  failed: 'Failed',
  skipped: 'Skipped',
};

/** "drug-overdose-deaths" → "drug overdose deaths". */
export function metricLabel(metric: string | null): string {
  return metric === null ? 'unnamed measure' : metric.replace(/[-_]+/g, ' ');
}
