// Plain-text descriptions of batch items, shared by the Markdown and HTML reports. Never escaped here.
import type { Article, Claim, Fact, Manifest, ManifestInput, Period, Via } from '../../contracts/index.js';
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

/** "drug overdose deaths · United States · in 2021". */
export function factTitle(index: BatchIndex, fact: Fact): string {
  const parts = [metricLabel(fact.metric)];
  const place = entityName(index, fact.place);
  if (place !== null) parts.push(place);
  if (fact.period !== null) parts.push(fact.period.text || `${fact.period.start ?? '…'} to ${fact.period.end ?? '…'}`);
  return parts.join(' · ');
}

/** "fixtures/a.jsonl:3" for an input inside a JSON-lines file. */
export function inputPlace(input: Pick<ManifestInput, 'path' | 'line'>): string {
  return input.line === null ? input.path : `${input.path}:${input.line}`;
}

/** The first thing an interrupted run's reports and its console say: how much was read, and how to finish. */
export function interruptionNote(manifest: Manifest): string | null {
  if (manifest.status !== 'interrupted') return null;
  const read = manifest.counts.inputs;
  const left = manifest.counts.notReached ?? 0;
  const of = left > 0 ? `${read} of ${read + left} inputs read (${left} never reached)` : `${read} inputs read`;
  return `Interrupted: ${of}. This output holds only what was read; rerun the same command with --resume to finish.`;
}
