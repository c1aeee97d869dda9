// Per axis, how a fact's claims meet, with the words each was read from: what an auditor checks a join by.
import type { AxisEvidence, Claim, Entity } from '../../contracts/index.js';
import type { Group } from './grouping.js';
import { statisticClass, synonyms, wordClass } from './identity.js';
import type { Item } from './item.js';
import { periodWords } from './periods.js';
import { metricWords } from './explain/format.js';

/** Readings listed an axis: enough to see the words, never a fact's whole list. */
const MAX_VALUES = 4;
/** Mentions read for those readings, in reading order. */
const VALUE_SCAN = 256;

const VIA_WORDS: Readonly<Record<string, string>> = {
  sentence: 'its sentence', antecedent: 'the figure it refers back to', paragraph: 'its paragraph',
  headline: 'the headline and lede', published: 'the publication date',
};

/**
 * The first `MAX_VALUES` distinct readings in reading order, told apart by a string each claim already holds (a
 * measure's key, a place's id), so a fact of a million mentions makes four strings, not a million.
 */
function distinctBy(items: readonly Item[], key: (item: Item) => string | null, show: (item: Item) => string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  // the readings shown come from the first mentions: a fact's thousandth mention adds no new words worth listing
  for (let i = 0; i < items.length && i < VALUE_SCAN; i++) {
    const item = items[i]!;
    const k = key(item);
    if (k === null || seen.has(k)) continue;
    seen.add(k);
    out.push(show(item));
    if (out.length === MAX_VALUES) break;
  }
  return out;
}

const measureKey = (i: Item) => i.claim.measure?.key ?? null;
const measureWords = (i: Item) => `${i.claim.measure!.key} (“${i.claim.measure!.text}”)`;
const periodKeyOf = (i: Item) => (i.claim.period === null || (i.claim.period.start === null && i.claim.period.end === null) ? null : i.claim.period.text);

function periodValue(i: Item): string {
  const p = i.claim.period!;
  const from = p.via && p.via !== 'clause' ? `, from ${VIA_WORDS[p.via] ?? p.via}` : '';
  const basis = p.basis ? ` and ${p.basis}` : '';
  const words = periodWords(p);
  const quote = words.toLowerCase() === p.text.trim().toLowerCase() && basis === '' ? '' : `“${p.text}”`;
  const detail = `${quote}${basis}${from}`.replace(/^, /, '');
  return detail === '' ? words : `${words} (${detail})`;
}

function measureAxis(group: Group, items: readonly Item[]): AxisEvidence {
  const metric = items[0]?.claim.metric ?? null;
  if (metric !== null && items.every((i) => i.claim.metric === metric)) {
    return { axis: 'measure', how: 'lexicon', values: [metricWords(metric), ...distinctBy(items, measureKey, measureWords)].slice(0, MAX_VALUES) };
  }
  const values = distinctBy(items, measureKey, measureWords);
  // one pass: how many name a measure, and whether two heads' classes or two keys differ
  const s = synonyms();
  let known = 0;
  let firstClass: string | null = null;
  let firstKey: string | null = null;
  let classes = 0;
  let keys = 0;
  for (const { claim } of items) {
    if (claim.measure === null) continue;
    known++;
    const c = wordClass(s, claim.measure.head);
    if (firstClass === null) [firstClass, classes] = [c, 1];
    else if (c !== firstClass) classes = 2;
    if (firstKey === null) [firstKey, keys] = [claim.measure.key, 1];
    else if (claim.measure.key !== firstKey) keys = 2;
  }
  if (known === 0) return { axis: 'measure', how: 'unknown', values: [] };
  if (group.byFigure === true && (known < items.length || classes > 1)) return { axis: 'measure', how: 'figure', values };
  return { axis: 'measure', how: keys === 1 ? 'same' : 'synonym', values };
}

function placeAxis(group: Group, items: readonly Item[], entities: ReadonlyMap<string, Entity>): AxisEvidence {
  const name = (id: string | null) => (id === null ? null : entities.get(id)?.name ?? id);
  const values = distinctBy(items, (i) => i.place, ({ claim, place }) => {
    const words = claim.place === place && claim.placeFrom !== null && claim.placeFrom.text !== name(place) ? ` (“${claim.placeFrom.text}”)` : '';
    return `${name(place)}${words}`;
  });
  if (items.every((i) => i.place === null)) return { axis: 'place', how: 'unknown', values: [] };
  if (items.some((i) => i.placeInferred)) return { axis: 'place', how: 'inferred', values };
  if (items.some((i) => i.place === null)) return { axis: 'place', how: group.byFigure === true ? 'figure' : 'unknown', values };
  return { axis: 'place', how: 'same', values };
}

function periodAxis(group: Group, items: readonly Item[]): AxisEvidence {
  const values = distinctBy(items, periodKeyOf, periodValue);
  let dated = 0;
  for (const i of items) if (i.periodKey !== null) dated++;
  if (dated === 0) return { axis: 'period', how: 'unknown', values: [] };
  if (dated < items.length) return { axis: 'period', how: group.byFigure === true ? 'figure' : group.adopted > 0 ? 'adopted' : 'unknown', values };
  return { axis: 'period', how: 'same', values };
}

function statisticAxis(items: readonly Item[]): AxisEvidence {
  const values = distinctBy(items, (i) => i.claim.statistic, (i) => i.claim.statistic);
  return { axis: 'statistic', how: values.length === 1 ? 'same' : 'synonym', values };
}

function unitAxis(items: readonly Item[]): AxisEvidence {
  const values = distinctBy(items, (i) => (i.claim.per === null ? i.claim.unit : `${i.claim.unit} per ${i.claim.per}`), (i) => (i.claim.per === null ? i.claim.unit : `${i.claim.unit} per ${i.claim.per}`));
  return { axis: 'unit', how: values.length === 1 ? 'same' : 'synonym', values };
}

function scopeAxis(items: readonly Item[], entities: ReadonlyMap<string, Entity>): AxisEvidence | null {
  const scoped = items.filter((i) => i.claim.scope !== null);
  if (scoped.length === 0) return null;
  const values = distinctBy(scoped, (i) => i.claim.scope!.entity ?? i.claim.scope!.text, ({ claim }) => {
    const s = claim.scope!;
    const name = s.entity === null ? null : entities.get(s.entity)?.name ?? null;
    return name !== null && name !== s.text ? `${s.text} (${name})` : s.text;
  });
  const same = scoped.length === items.length && new Set(scoped.map((i) => i.claim.scope!.entity ?? i.claim.scope!.text)).size === 1;
  return { axis: 'scope', how: same ? 'same' : 'unknown', values };
}

/** A fact's evidence, axis by axis: measure, statistic, unit, place, period, and scope where a claim names one. */
export function evidenceOf(group: Group, items: readonly Item[], entities: ReadonlyMap<string, Entity>): AxisEvidence[] {
  const out = [measureAxis(group, items), statisticAxis(items), unitAxis(items), placeAxis(group, items, entities), periodAxis(group, items)];
  const scope = scopeAxis(items, entities);
  if (scope !== null) out.push(scope);
  return out;
}

const HOW_WORDS: Readonly<Record<AxisEvidence['how'], (axis: string) => string>> = {
  same: (axis) => `same ${axis}`,
  synonym: (axis) => `one ${axis} in other words`,
  lexicon: (axis) => `same ${axis} by the lexicon`,
  figure: (axis) => `${axis} stated on one side only, joined by the same exact figure`,
  adopted: (axis) => `same ${axis}, an undated mention taking it from a dated one in its own article`,
  inferred: (axis) => `same ${axis}, inferred where a mention names none`,
  unknown: (axis) => `${axis} not stated by every mention`,
};

/**
 * "Why one fact: same measure (death (“traffic deaths”) ~ death (“people killed”)); same place (United States);
 * same period (in 2023 (“in 2023”))." The statistic and unit are named only where they differ in wording.
 */
export function evidenceWords(evidence: readonly AxisEvidence[]): string {
  const parts: string[] = [];
  for (const e of evidence) {
    if ((e.axis === 'statistic' || e.axis === 'unit') && e.how === 'same') continue;
    if (e.how === 'unknown' && e.values.length === 0) {
      parts.push(`no ${e.axis} stated`);
      continue;
    }
    const values = e.axis === 'statistic' && e.how === 'synonym' ? `${e.values.join(', ')}: one class, ${statisticClass(e.values[0] as Claim['statistic'])}` : e.values.join(' ~ ');
    parts.push(`${HOW_WORDS[e.how](e.axis)}${values ? ` (${values})` : ''}`);
  }
  return parts.length === 0 ? '' : `Why one fact: ${parts.join('; ')}.`;
}
