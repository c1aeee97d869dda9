import type { Claim, Period } from '../src/contracts/index.js';
import { reconcile, type Meter } from '../src/stages/05-reconcile/index.js';
import { claim, span, year } from '../tests/stages/05-reconcile/make.js';
import { round } from './measure.js';

const METRICS = ['drug-overdose-deaths', 'opioid-overdose-deaths', 'fentanyl-involved-deaths', 'extraditions', 'arrests', null];
const PLACES = ['country:us', 'country:mx', 'place:arizona', null];
const HEDGES = ['exact', 'over', 'nearly', 'about', 'up_to'] as const;

/** Synthetic claims shaped like a news archive: many metrics, places and periods, some wire copies. */
function synthetic(n: number): Claim[] {
  let seed = 7;
  const rand = (k: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * k);
  };
  const periods = Math.max(4, Math.floor(n / 25));
  return Array.from({ length: n }, (_, i) => {
    const p = rand(periods);
    const period: Period | null = p % 7 === 0 ? null : p % 5 === 0 ? span(`${1900 + (p % 100)}-01-01`, `${1904 + (p % 100)}-12-31`, 'five years') : year(1900 + (p % 120));
    return claim({
      id: `c${i}`, article: `a${Math.floor(i / 8)}`, start: (i % 8) * 100, value: 1000 * (1 + rand(50)), hedge: HEDGES[rand(HEDGES.length)]!,
      metric: METRICS[rand(METRICS.length)] ?? null, place: PLACES[rand(PLACES.length)] ?? null, period,
      attribution: rand(4) === 0 ? 'agency:cdc' : null,
      quote: rand(10) === 0 ? `A wire sentence that several outlets copied word for word ${p}` : undefined,
    });
  });
}

/** Time, peak heap growth and comparisons of reconcile() over n synthetic claims, for each n; with growth ratios. */
export async function benchReconcile(sizes: number[]) {
  const rows: Array<{ claims: number; seconds: number; comparisons: number; heapMb: number; growthTime?: number; growthComparisons?: number }> = [];
  for (const n of sizes) {
    const claims = synthetic(n);
    (globalThis as { gc?: () => void }).gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const meter: Meter = { comparisons: 0 };
    const t = process.hrtime.bigint();
    const out = reconcile({ claims, entities: [], articles: [] }, { meter });
    const seconds = Number(process.hrtime.bigint() - t) / 1e9;
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
    const previous = rows.at(-1);
    rows.push({
      claims: n, seconds: round(seconds, 2), comparisons: meter.comparisons, heapMb: round(heapMb, 0),
      ...(previous ? { growthTime: round(seconds / previous.seconds, 2), growthComparisons: round(meter.comparisons / previous.comparisons, 2) } : {}),
    });
    process.stderr.write(`bench: reconcile ${n} claims → ${out.facts.facts.length} facts, ${out.discrepancies.length} discrepancies, ${round(seconds, 2)} s\n`);
  }
  return rows;
}
