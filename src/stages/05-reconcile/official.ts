/**
 * Claims against official figures (reference tables): a claim whose frame — measure, place, scope, period,
 * statistic, unit — is a reference row's gets a verdict against the latest release of that frame:
 * - `matches-official`: the claim's reading holds the official figure, or the claim is the official figure
 *   rounded at the claim's own precision ("nearly 71,000" and 70,601; "107,000" and 106,699);
 * - `superseded`: it matches an older release of the frame, not the latest (a provisional count since replaced
 *   by the final one): the article quotes a figure the source has revised;
 * - `differs-from-official`: neither, with the gap.
 * The last two are also discrepancies of kind `official`. A claim whose frame matches no row (its place or
 * period unknown, another measure) gets no verdict: a reference table abstains as the reconciliation does.
 */
import type { Claim, Entity, Fact, Interval, OfficialFigure, OfficialVerdict } from '../../contracts/index.js';
import type { ReconciledDiscrepancy } from './discrepancies.js';
import { contentId } from '../../core/ids.js';
import { lemma } from '../../readers/lemma.js';
import { compareStrings, pushTo } from './fast/index.js';
import { percentWords, readingWords, withUnit } from './explain/format.js';
import { overlapsClosed } from './interval-ops.js';

/** A metric key of data/metrics.json: lower-case words joined by hyphens ("drug-overdose-deaths"). */
const METRIC_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;
/** A count, an amount and the level a move reaches are one kind of figure; the others are their own. */
const LEVELS = new Set(['count', 'amount', 'level']);
const WORD = /[\p{L}\p{N}]+/gu;
const STOP = new Set(['of', 'the', 'a', 'an', 'in', 'from', 'by', 'and', 'to', 'for', 'involving']);

export interface OfficialResult {
  verdicts: OfficialVerdict[];
  discrepancies: ReconciledDiscrepancy[];
}

interface Frame {
  figures: OfficialFigure[];
  /** the latest release last */
  latest: OfficialFigure;
  place: string | null;
  words: string[] | null;
}

export function judgeOfficial(claims: readonly Claim[], facts: readonly Fact[], entities: readonly Entity[], figures: readonly OfficialFigure[]): OfficialResult {
  if (figures.length === 0) return { verdicts: [], discrepancies: [] };
  const placeOf = placeResolver(entities);
  const frames = new Map<string, Frame>();
  for (const f of figures) {
    const key = [f.measure.toLowerCase(), f.place ?? '', f.scope ?? '', f.period_start, f.period_end, LEVELS.has(f.statistic) ? 'level' : f.statistic, f.unit].join('\u241f');
    const frame = frames.get(key);
    if (frame) frame.figures.push(f);
    else frames.set(key, { figures: [f], latest: f, place: f.place === null ? null : placeOf(f.place), words: METRIC_KEY.test(f.measure) ? null : measureWords(f.measure) });
  }
  // frames by period and unit, which every claim of them states exactly: a claim meets only those of its own
  const byPeriod = new Map<string, Frame[]>();
  for (const frame of frames.values()) {
    frame.figures.sort(byRelease);
    frame.latest = frame.figures[frame.figures.length - 1]!;
    pushTo(byPeriod, periodKey(frame.latest.period_start, frame.latest.period_end, frame.latest.unit), frame);
  }
  const factOf = new Map<string, string>();
  for (const fact of facts) for (const c of fact.claims) factOf.set(c, fact.id);

  const verdicts: OfficialVerdict[] = [];
  const discrepancies: ReconciledDiscrepancy[] = [];
  for (const claim of claims) {
    if (claim.period === null) continue;
    for (const frame of byPeriod.get(periodKey(claim.period.start, claim.period.end, claim.unit)) ?? []) {
      if (!matchesFrame(claim, frame)) continue;
      const verdict = judgeClaim(claim, frame, factOf.get(claim.id) ?? null);
      verdicts.push(verdict);
      if (verdict.verdict !== 'matches-official') {
        const official = frame.latest;
        discrepancies.push({
          id: contentId('discrepancy', 'official', claim.id, official.table, official.line),
          kind: 'official',
          severity: verdict.verdict === 'superseded' ? 0.4 : severityOf(verdict.gap, official),
          claims: [claim.id],
          facts: verdict.fact === null ? [] : [verdict.fact],
          explanation: verdict.explanation,
          rule: verdict.verdict, reading: 'plain', sources: 1, primarySources: [],
        });
      }
    }
  }
  discrepancies.sort((a, b) => b.severity - a.severity || compareStrings(a.id, b.id));
  return { verdicts, discrepancies };
}

const periodKey = (start: string | null, end: string | null, unit: string) => `${start ?? ''}|${end ?? ''}|${unit}`;

/** Whether a claim of the frame's period and unit (byPeriod) is of its measure, place, scope and statistic. */
function matchesFrame(claim: Claim, frame: Frame): boolean {
  const f = frame.latest;
  const statistic = claim.statistic ?? 'count';
  if (LEVELS.has(f.statistic) ? !LEVELS.has(statistic) : statistic !== f.statistic) return false;
  if (f.place !== null && (frame.place === null || claim.place !== frame.place)) return false;
  if (f.scope !== null) {
    const scope = claim.scope;
    const words = f.scope.toLowerCase();
    if (!scope || !(scope.entity === f.scope || (scope.text ?? '').toLowerCase().includes(words))) return false;
  }
  if (frame.words === null) return claim.metric === f.measure;
  // the row's words, as lemmas, are all among the claim's measure key (itself lemmas)
  const key = new Set((claim.measure?.key ?? '').split(' '));
  return frame.words.length > 0 && frame.words.every((w) => key.has(w));
}

function judgeClaim(claim: Claim, frame: Frame, fact: string | null): OfficialVerdict {
  const latest = frame.latest;
  const official = { value: latest.value, low: latest.low, high: latest.high, vintage: latest.vintage, source: latest.source, url: latest.source_url, released: latest.released, table: latest.table, line: latest.line };
  const gap = claim.value !== null && latest.value !== null ? claim.value - latest.value : null;
  const quoted = (f: OfficialFigure) => `${claimWords(claim)} and the ${officialWords(f)}`;
  if (agrees(claim, latest)) {
    return { claim: claim.id, fact, verdict: 'matches-official', official, quoted: null, gap, explanation: `${capital(quoted(latest))} agree.` };
  }
  const older = [...frame.figures].reverse().find((f) => f !== latest && byRelease(f, latest) < 0 && agrees(claim, f));
  if (older !== undefined) {
    return {
      claim: claim.id, fact, verdict: 'superseded', official, gap,
      quoted: { value: older.value, vintage: older.vintage, released: older.released, line: older.line },
      explanation: `${capital(quoted(older))} agree, but ${latest.source} has since released ${latest.vintage ?? 'a later'} figure ${figureText(latest)} (released ${latest.released}): the article quotes a superseded figure.`,
    };
  }
  const by = gap === null ? '' : ` by ${withUnit(Math.abs(gap), claim.unit)}${latest.value ? ` (${percentWords(Math.abs(gap) / Math.abs(latest.value))})` : ''}`;
  return {
    claim: claim.id, fact, verdict: 'differs-from-official', official, quoted: null, gap,
    explanation: `${claimWords(claim)} differs from the ${officialWords(latest)}${by}.`,
  };
}

/** The claim's reading holds the official figure, or the claim is that figure rounded at the claim's precision. */
function agrees(claim: Claim, f: OfficialFigure): boolean {
  const official: Interval = f.value !== null
    ? { low: f.value, high: f.value, lowInclusive: true, highInclusive: true }
    : { low: f.low, high: f.high, lowInclusive: true, highInclusive: true };
  const reading = claim.plain ?? { low: claim.low, high: claim.high, lowInclusive: claim.lowInclusive, highInclusive: claim.highInclusive };
  if (overlapsClosed(reading, official)) return true;
  if (claim.value === null || f.value === null || claim.hedge !== 'exact' || claim.value === 0) return false;
  const step = precision(claim.value);
  return step > 1 && Math.round(f.value / step) * step === claim.value;
}

/** The place value of a round figure's last non-zero digit: 107,000 → 1,000; 2.5 million → 100,000. */
function precision(value: number): number {
  let step = 1;
  while (step < Math.abs(value) && Math.abs(value) % (step * 10) === 0) step *= 10;
  return step;
}

function severityOf(gap: number | null, f: OfficialFigure): number {
  if (gap === null || !f.value) return 0.5;
  // to four places, as every other finding's severity (severity.ts)
  return Number(Math.min(1, 0.5 + Math.abs(gap) / Math.abs(f.value) * 2.5).toFixed(4));
}

function byRelease(a: OfficialFigure, b: OfficialFigure): number {
  return compareStrings(a.released, b.released) || (a.vintage === 'final' ? 1 : 0) - (b.vintage === 'final' ? 1 : 0) || a.line - b.line;
}

function placeResolver(entities: readonly Entity[]): (place: string) => string | null {
  const ids = new Set(entities.map((e) => e.id));
  const byName = new Map<string, string>();
  for (const e of entities) for (const name of [e.name, ...e.aliases]) byName.set(name.toLowerCase(), e.id);
  // a gazetteer id ("country:us") stands for itself, whether or not an article names the place
  return (place) => (ids.has(place) || /^[a-z]+:[\w-]+$/.test(place) ? place : (byName.get(place.toLowerCase()) ?? null));
}

function measureWords(measure: string): string[] {
  return (measure.toLowerCase().match(WORD) ?? []).filter((w) => !STOP.has(w)).map((w) => lemma(w, 'noun'));
}

const figureText = (f: OfficialFigure) => (f.value !== null ? withUnit(f.value, f.unit) : readingWords({ low: f.low, high: f.high, lowInclusive: true, highInclusive: true }, f.unit));
/** "“over 97,000” (read 97,000–98,000)": the claim's words, and its plain reading where a hedge gives one. */
const claimWords = (claim: Claim) => `“${claim.valueText}”${claim.plain && claim.hedge !== 'exact' ? ` (read ${readingWords(claim.plain, claim.unit)})` : ''}`;
/** "final official figure 106,699 (CDC NCHS Data Brief No. 457, released 2022-12)" */
const officialWords = (f: OfficialFigure) => `${f.vintage === null ? '' : `${f.vintage} `}official figure ${figureText(f)} (${f.source}, released ${f.released})`;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
