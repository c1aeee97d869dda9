// Plain-text descriptions of batch items, shared by the Markdown and HTML reports. Never escaped here.
import type { Article, AxisEvidence, Claim, Fact, Manifest, Period, Via } from '../../contracts/index.js';
import { MONTH_NAMES } from '../../core/vocabulary.js';
import type { BatchIndex } from './lookup.js';
import { metricLabel } from './labels.js';

export function articleTitle(article: Article | undefined, fallbackId: string): string {
  if (article === undefined) return `article ${fallbackId} (not in this batch)`;
  return article.title?.trim() || article.path;
}

export function entityName(index: BatchIndex, id: string | null): string | null {
  if (id === null) return null;
  return index.entity(id)?.name ?? id;
}

/** "according to the National Institutes of Health (National Institutes of Health, agency)". */
export function attributionText(index: BatchIndex, claim: Claim): string {
  const words = claim.attribution?.text?.trim() || null;
  const entityId = claim.attribution?.entity ?? null;
  const entity = entityId === null ? undefined : index.entity(entityId);
  const who = entity ? `${entity.name}, ${entity.type}` : entityId;
  if (words && who) return `${words} (${who})`;
  return words ?? who ?? 'not attributed in the text';
}

const VIA_WORDS: Readonly<Record<Via, string>> = {
  clause: '', sentence: 'its sentence', antecedent: 'the figure it refers to', paragraph: 'its paragraph',
  headline: 'the headline and lede', published: 'the publication date',
};

/** "2024-03-01 to 2024-03-31, from “In March” + publication date 2024-04-12 (its paragraph)". */
export function periodText(period: Period | null): string {
  if (period === null) return 'no period stated';
  const dates = period.start || period.end ? `${period.start ?? '…'} to ${period.end ?? '…'}, ` : '';
  const basis = period.basis ? ` + ${period.basis}` : '';
  const via = period.via && period.via !== 'clause' ? ` (${VIA_WORDS[period.via]})` : '';
  return `${dates}from “${period.text}”${basis}${via}`;
}

/** "overdose death (“died from drug overdoses”), count" — what a figure measures and which statistic. */
export function measureText(claim: Claim): string {
  const m = claim.measure;
  const what = m === null ? 'not named in the text' : `${m.key} (“${m.text}”${m.via === 'clause' ? '' : `, from ${VIA_WORDS[m.via]}`})`;
  const vintage = claim.vintage === null ? '' : `, ${claim.vintage}${claim.vintageText ? ` (“${claim.vintageText}”)` : ''}`;
  return `${what}; ${claim.statistic}${vintage}`;
}

/** The body a figure is counted within, or null. */
export function scopeText(index: BatchIndex, claim: Claim): string | null {
  const s = claim.scope;
  if (s === null) return null;
  const name = entityName(index, s.entity);
  return name !== null && name !== s.text ? `${s.text} (${name})` : s.text;
}

/**
 * "drug overdose deaths · United States · 2021": the lexicon's metric, else the measure read; the period by its
 * dates (two facts "in March" of different years must not share a title), by its words when they are the dates.
 */
export function factTitle(index: BatchIndex, fact: Fact): string {
  const parts = [fact.metric === null && fact.measure !== null ? fact.measure : metricLabel(fact.metric)];
  if (fact.statistic !== null && fact.statistic !== 'count' && fact.statistic !== 'amount') parts[0] += ` (${fact.statistic})`;
  const place = entityName(index, fact.place);
  if (place !== null) parts.push(place);
  if (fact.period !== null) parts.push(periodLabel(fact.period));
  return parts.join(' · ');
}

/** A period by its dates: "2021", "March 2024", "2024-07-01 to 2024-09-30", "as of 2024-10-04". */
export function periodLabel(period: Period): string {
  const { start, end } = period;
  if (start === null && end === null) return period.text;
  if (start === null) return `up to ${end}`;
  if (end === null) return `from ${start}`;
  const year = start.slice(0, 4);
  if (start === `${year}-01-01` && end === `${year}-12-31`) return year;
  const month = start.slice(0, 7);
  if (start === `${month}-01` && end.startsWith(month) && Number(end.slice(8)) === daysIn(month)) return `${MONTH_NAMES[Number(month.slice(5)) - 1]} ${year}`;
  if (start === end) return start;
  return `${start} to ${end}`;
}

const daysIn = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();

const AXIS_HOW: Readonly<Record<AxisEvidence['how'], string>> = {
  same: 'same', synonym: 'same, in other words', lexicon: 'same metric', figure: 'joined by the same exact figure',
  adopted: 'taken from a dated mention of the same article', inferred: 'inferred where a mention names none', unknown: 'not stated by every mention',
};

/** "place: same — Butte County (“Butte County”)": one line an axis, for a fact's card. */
export function evidenceLines(fact: Fact): string[] {
  return fact.evidence.map((e) => `${e.axis}: ${AXIS_HOW[e.how]}${e.values.length ? ` — ${e.values.join(' ~ ')}` : ''}`);
}

export { inputPlace } from '../../core/batch.js';

/** The first thing an interrupted run's reports and its console say: how much was read, and how to finish. */
export function interruptionNote(manifest: Manifest): string | null {
  if (manifest.status !== 'interrupted') return null;
  const read = manifest.counts.inputs;
  const left = manifest.counts.notReached ?? 0;
  const of = left > 0 ? `${read} of ${read + left} inputs read (${left} never reached)` : `${read} inputs read`;
  return `Interrupted: ${of}. This output holds only what was read; rerun the same command with --resume to finish.`;
}
