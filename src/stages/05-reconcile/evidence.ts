// Per axis, how a fact's claims meet, with the words each was read from: what an auditor checks a join by.
import type { AxisEvidence, Claim, Entity } from '../../contracts/index.js';
import type { Group } from './grouping.js';
import { statisticClass, synonyms, wordClass } from './identity.js';
import type { Item } from './item.js';
import { periodWords } from './periods.js';
import { metricWords } from './explain/format.js';

/** Readings listed an axis: enough to see the words, never a fact's whole list. */
const MAX_VALUES = 4;

const VIA_WORDS: Readonly<Record<string, string>> = {
  sentence: 'its sentence', antecedent: 'the figure it refers back to', paragraph: 'its paragraph',
  headline: 'the headline and lede', published: 'the publication date',
};

/** Distinct values in the order of first appearance (items are in reading order), at most `MAX_VALUES`. */
function distinct(values: ReadonlyArray<string | null>): string[] {
  const out: string[] = [];
  for (const v of values) if (v !== null && !out.includes(v)) out.push(v);
  return out.slice(0, MAX_VALUES);
}

const measureWords = (c: Claim) => (c.measure === null ? null : `${c.measure.key} (“${c.measure.text}”)`);

function periodValue(c: Claim): string | null {
  const p = c.period;
  if (p === null || (p.start === null && p.end === null)) return null;
  const from = p.via && p.via !== 'clause' ? `, from ${VIA_WORDS[p.via] ?? p.via}` : '';
  const basis = p.basis ? ` and ${p.basis}` : '';
  const words = periodWords(p);
  const quote = words.toLowerCase() === p.text.trim().toLowerCase() && basis === '' ? '' : `“${p.text}”`;
  const detail = `${quote}${basis}${from}`.replace(/^, /, '');
  return detail === '' ? words : `${words} (${detail})`;
}

function measureAxis(group: Group, items: readonly Item[]): AxisEvidence {
  const metrics = new Set(items.map((i) => i.claim.metric));
  if (metrics.size === 1 && !metrics.has(null)) {
    return { axis: 'measure', how: 'lexicon', values: [metricWords([...metrics][0]!), ...distinct(items.map((i) => measureWords(i.claim)))].slice(0, MAX_VALUES) };
  }
  const values = distinct(items.map((i) => measureWords(i.claim)));
  const known = items.filter((i) => i.claim.measure !== null);
  if (known.length === 0) return { axis: 'measure', how: 'unknown', values: [] };
  const s = synonyms();
  const classes = new Set(known.map((i) => wordClass(s, i.claim.measure!.head)));
  if (group.byFigure === true && (known.length < items.length || classes.size > 1)) return { axis: 'measure', how: 'figure', values };
  const keys = new Set(known.map((i) => i.claim.measure!.key));
  return { axis: 'measure', how: keys.size === 1 ? 'same' : 'synonym', values };
}

function placeAxis(group: Group, items: readonly Item[], entities: ReadonlyMap<string, Entity>): AxisEvidence {
  const name = (id: string | null) => (id === null ? null : entities.get(id)?.name ?? id);
  const values = distinct(items.map(({ claim, place }) => {
    if (place === null) return null;
    const words = claim.place === place && claim.placeFrom !== null && claim.placeFrom.text !== name(place) ? ` (“${claim.placeFrom.text}”)` : '';
    return `${name(place)}${words}`;
  }));
  if (items.every((i) => i.place === null)) return { axis: 'place', how: 'unknown', values: [] };
  if (items.some((i) => i.placeInferred)) return { axis: 'place', how: 'inferred', values };
  if (items.some((i) => i.place === null)) return { axis: 'place', how: group.byFigure === true ? 'figure' : 'unknown', values };
  return { axis: 'place', how: 'same', values };
}

function periodAxis(group: Group, items: readonly Item[]): AxisEvidence {
  const values = distinct(items.map((i) => periodValue(i.claim)));
  const dated = items.filter((i) => i.periodKey !== null).length;
  if (dated === 0) return { axis: 'period', how: 'unknown', values: [] };
  if (dated < items.length) return { axis: 'period', how: group.byFigure === true ? 'figure' : group.adopted > 0 ? 'adopted' : 'unknown', values };
  return { axis: 'period', how: 'same', values };
}

function statisticAxis(items: readonly Item[]): AxisEvidence {
  const values = distinct(items.map((i) => i.claim.statistic));
  return { axis: 'statistic', how: values.length === 1 ? 'same' : 'synonym', values };
}

function unitAxis(items: readonly Item[]): AxisEvidence {
  const values = distinct(items.map((i) => (i.claim.per === null ? i.claim.unit : `${i.claim.unit} per ${i.claim.per}`)));
  return { axis: 'unit', how: values.length === 1 ? 'same' : 'synonym', values };
}

function scopeAxis(items: readonly Item[], entities: ReadonlyMap<string, Entity>): AxisEvidence | null {
  const scoped = items.filter((i) => i.claim.scope !== null);
  if (scoped.length === 0) return null;
  const values = distinct(scoped.map(({ claim }) => {
    const s = claim.scope!;
    const name = s.entity === null ? null : entities.get(s.entity)?.name ?? null;
    return name !== null && name !== s.text ? `${s.text} (${name})` : s.text;
  }));
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
