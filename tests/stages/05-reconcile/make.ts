// Hand-made claims for reconciliation tests, with intervals per the hedge table of issue 3.
import type { Article, Claim, Entity, Hedge, Interval, Period } from '../../../src/contracts/index.js';

export const year = (y: number, text = `in ${y}`): Period => ({ start: `${y}-01-01`, end: `${y}-12-31`, text });
export const span = (start: string, end: string, text: string): Period => ({ start, end, text });

/** Place value of N's last non-zero digit. */
function g(n: number): number {
  let p = 1;
  while (Number.isInteger(n) && n !== 0 && n % (p * 10) === 0) p *= 10;
  return p;
}

const iv = (low: number | null, high: number | null, lowInclusive: boolean, highInclusive: boolean): Interval => ({ low, high, lowInclusive, highInclusive });

/** Literal and plain readings of a hedged number (issue 3). */
export function readings(hedge: Hedge, n: number): { literal: Interval; plain: Interval | null } {
  switch (hedge) {
    case 'over': return { literal: iv(n, null, false, false), plain: iv(n, n + g(n), false, true) };
    case 'at_least': return { literal: iv(n, null, true, false), plain: null };
    case 'nearly': return { literal: iv(n - g(n), n, true, false), plain: null };
    case 'about': { const d = Math.max(g(n) / 2, n * 0.05); return { literal: iv(n - d, n + d, true, true), plain: null }; }
    case 'up_to': case 'at_most': return { literal: iv(0, n, true, true), plain: null };
    case 'under': return { literal: iv(0, n, true, false), plain: null };
    default: return { literal: iv(n, n, true, true), plain: null };
  }
}

export interface ClaimSpec {
  id: string;
  article: string;
  value: number;
  hedge?: Hedge;
  metric: string | null;
  place?: string | null;
  period?: Period | null;
  unit?: string;
  dimension?: string;
  quote?: string;
  valueText?: string;
  attribution?: string | null;
  entities?: string[];
  confidence?: number;
  per?: string | null;
  direction?: 'up' | 'down' | null;
  counted?: string | null;
  start?: number;
  /** override the readings */
  literal?: Interval;
  plain?: Interval | null;
}

const HEDGE_WORDS: Partial<Record<Hedge, string>> = { over: 'over', nearly: 'nearly', about: 'about', at_least: 'at least', up_to: 'up to', under: 'under', at_most: 'at most' };

function numberText(n: number): string {
  const [whole = '', fraction] = String(n).split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
}

export function claim(s: ClaimSpec): Claim {
  const hedge = s.hedge ?? 'exact';
  const r = readings(hedge, s.value);
  const literal = s.literal ?? r.literal;
  const plain = s.plain === undefined ? r.plain : s.plain;
  const unitText = s.unit === 'percent' ? ' percent' : '';
  const valueText = s.valueText ?? `${HEDGE_WORDS[hedge] ? `${HEDGE_WORDS[hedge]} ` : ''}${numberText(s.value)}${unitText}`;
  const quote = s.quote ?? `${valueText} ${s.counted ?? 'deaths'}`;
  const start = s.start ?? 100;
  return {
    id: s.id, article: s.article, path: `fixtures/${s.article}.txt`, start, end: start + quote.length, quote,
    sentence: { start, end: start + quote.length }, valueStart: start, valueEnd: start + valueText.length, valueText,
    value: s.value, low: literal.low, high: literal.high, lowInclusive: literal.lowInclusive, highInclusive: literal.highInclusive,
    plain, hedge, unit: s.unit ?? 'count', dimension: s.dimension ?? (s.unit === 'percent' ? 'percent' : 'count'),
    direction: s.direction ?? null, per: s.per ?? null, counted: s.counted ?? 'deaths', metric: s.metric,
    place: s.place === undefined ? 'us' : s.place, period: s.period === undefined ? year(2021) : s.period,
    measure: null, scope: null, statistic: 'count', vintage: null, vintageText: null, placeFrom: null,
    attribution: s.attribution ? { entity: s.attribution, text: `according to ${s.attribution}` } : null,
    entities: s.entities ?? [], extractor: 'test', confidence: s.confidence ?? 0.8, reason: 'test',
  };
}

export function article(id: string): Article {
  return {
    id, path: `fixtures/${id}.txt`, line: null, sourceId: null, format: 'txt', encoding: 'utf-8', title: id, url: null,
    published: '2024-05-01', publishedSource: 'option', sha256: '0'.repeat(64), chars: 1000, textPath: null,
    boilerplateRemoved: [], counts: { sentences: 1, tokens: 1, quantities: 1, claims: 1, mentions: 1 }, messages: [],
  };
}

export function entity(id: string, name: string, type: Entity['type']): Entity {
  return { id, name, type, aliases: [], mentions: [] };
}

export const ENTITIES: Entity[] = [
  entity('us', 'United States', 'country'),
  entity('mx', 'Mexico', 'country'),
  entity('nih', 'National Institutes of Health', 'agency'),
  entity('cdc', 'Centers for Disease Control and Prevention', 'agency'),
  entity('dea', 'Drug Enforcement Administration', 'agency'),
  entity('reuters', 'Reuters', 'organization'),
];

export const HIERARCHY = {
  parents: {
    'fentanyl-involved-deaths': 'opioid-overdose-deaths',
    'opioid-overdose-deaths': 'drug-overdose-deaths',
    'methamphetamine-involved-deaths': 'drug-overdose-deaths',
  },
};

/** Inputs for reconcile from claims: every article they name, the shared entities. */
export function batch(claims: Claim[], texts?: ReadonlyMap<string, string>) {
  const articles = [...new Set(claims.map((c) => c.article))].sort().map(article);
  return { claims, entities: ENTITIES, articles, ...(texts ? { texts } : {}) };
}
