import type { Claim } from '../../contracts/index.js';
import type { BatchResult } from '../../core/batch.js';
import { bySeverity } from '../../stages/06-report/order.js';
import type { FindingClaim, FindingFrames } from './review.js';
import type { ReviewedFinding } from './store.js';

/** How many of a finding's facts' other mentions the review shows. */
const MENTIONS = 20;

/**
 * What a run stores of its findings for the review: every discrepancy (as discrepancies.json writes it) and every
 * possible same fact (as facts.json lists it), with the claims it is about and the claims' figures,
 * words and frames — the place by its name, so the review reads it without the run's entity list.
 */
export function reviewedFindings(batch: BatchResult): Array<Omit<ReviewedFinding, 'block'>> {
  const claims = new Map(batch.claims.map((c) => [c.id, c]));
  const names = new Map(batch.entities.map((e) => [e.id, e.name]));
  const official = new Map((batch.facts.official ?? []).map((o) => [o.claim, o.explanation]));
  const factClaims = new Map(batch.facts.facts.map((f) => [f.id, f.claims]));
  const frame = (c: Claim): FindingClaim => ({
    id: c.id, article: c.article, path: c.path, valueText: c.valueText, quote: c.quote, start: c.start, end: c.end,
    valueStart: c.valueStart, valueEnd: c.valueEnd, low: c.low, high: c.high, lowInclusive: c.lowInclusive, highInclusive: c.highInclusive,
    unit: c.unit, measure: c.measure?.text ?? c.counted, place: c.place === null ? null : names.get(c.place) ?? c.place, placeWords: c.placeFrom?.text ?? null,
    period: c.period === null ? null : { start: c.period.start, end: c.period.end, text: c.period.text },
    statistic: c.statistic, vintage: c.vintage, vintageWords: c.vintageText, source: c.attribution?.text ?? null, official: official.get(c.id) ?? null,
  });
  const of = (id: string, kind: string, body: unknown, ids: readonly string[], facts: readonly string[]): Omit<ReviewedFinding, 'block'> => {
    const known = (list: readonly string[]) => list.map((c) => claims.get(c)).filter((c): c is Claim => c !== undefined);
    const found = known(ids);
    const own = new Set(ids);
    // the facts' other mentions, the first few: what else the archive says of the same figure
    const others = known([...new Set(facts.flatMap((f) => factClaims.get(f) ?? []))].filter((c) => !own.has(c))).slice(0, MENTIONS);
    const frames: FindingFrames = { claims: found.map(frame), mentions: others.map(frame) };
    return { id, kind, body: JSON.stringify(body), claims: ids, frames: JSON.stringify(frames) };
  };
  return [
    ...bySeverity(batch.discrepancies).map((d) => of(d.id, d.kind, d, d.claims, d.facts)),
    ...(batch.facts.possible ?? []).map((p) => of(p.id, 'possible', p, p.claims, p.facts)),
  ];
}
