import type { Claim } from '../../contracts/index.js';
import type { BatchResult } from '../../core/batch.js';
import { bySeverity } from '../../stages/06-report/order.js';
import type { FindingClaim } from './review.js';
import type { ReviewedFinding } from './store.js';

/**
 * What a run stores of its findings for the review: every discrepancy (as discrepancies.json writes it) and every
 * possible same fact (as facts.json lists it), with the claims and articles it is about and the claims' figures,
 * words and frames — the place by its name, so the review reads it without the run's entity list.
 */
export function reviewedFindings(batch: BatchResult): Array<Omit<ReviewedFinding, 'block'>> {
  const claims = new Map(batch.claims.map((c) => [c.id, c]));
  const names = new Map(batch.entities.map((e) => [e.id, e.name]));
  const frame = (c: Claim): FindingClaim => ({
    id: c.id, article: c.article, path: c.path, valueText: c.valueText, quote: c.quote, start: c.start, end: c.end,
    valueStart: c.valueStart, valueEnd: c.valueEnd, low: c.low, high: c.high, lowInclusive: c.lowInclusive, highInclusive: c.highInclusive,
    unit: c.unit, measure: c.measure?.text ?? c.counted, place: c.place === null ? null : names.get(c.place) ?? c.place,
    period: c.period === null ? null : { start: c.period.start, end: c.period.end, text: c.period.text },
    statistic: c.statistic, vintage: c.vintage, source: c.attribution?.text ?? null,
  });
  const of = (id: string, kind: string, body: unknown, ids: readonly string[]): Omit<ReviewedFinding, 'block'> => {
    const found = ids.map((c) => claims.get(c)).filter((c): c is Claim => c !== undefined);
    return { id, kind, body: JSON.stringify(body), claims: ids, articles: [...new Set(found.map((c) => c.article))], frames: JSON.stringify(found.map(frame)) };
  };
  return [
    ...bySeverity(batch.discrepancies).map((d) => of(d.id, d.kind, d, d.claims)),
    ...(batch.facts.possible ?? []).map((p) => of(p.id, 'possible', p, p.claims)),
  ];
}
