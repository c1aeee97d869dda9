// One explanation per constraint rule, in plain words with the numbers.
import type { Interval } from '../../../contracts/index.js';
import type { FactNode } from '../fact-node.js';
import { canBeAtMost } from '../interval-ops.js';
import type { Item } from '../item.js';
import { periodWords, samePeriodWords } from '../periods.js';
import { figure, figureWithReading, isHedged, isPoint, literalWords, plainWords } from './figures.js';
import { conversionFactor } from '../units.js';
import { metricWords, readingWords, withUnit } from './format.js';

function label(node: FactNode): string {
  return metricWords(node.fact.metric, node.fact.counted);
}

function where(node: FactNode, placeName: string | null): string {
  const place = placeName ?? node.fact.place;
  return place === null ? '' : ` (${place})`;
}

/** "~97,000" for a hedged figure, "97,000" for an exact one. */
function approx(item: Item, node: FactNode): string {
  const value = item.claim.value;
  if (value === null) return plainWords(item, node.display);
  const shownValue = value * conversionFactor(item.claim.unit, node.display.unit);
  return `${isHedged(item) || item.claim.hedge !== 'exact' ? '~' : ''}${withUnit(shownValue, node.display.unit)}`;
}

/** Whether the rule breaks even literally; if not, which hedge's literal reading lets both figures hold. */
function literalNote(reading: 'literal' | 'plain', part: [FactNode, Item], whole: [FactNode, Item], rule: string): string {
  if (reading === 'literal') return ` Even read literally, ${rule}.`;
  const [node, item] = isHedged(whole[1]) || !isHedged(part[1]) ? whole : part;
  const edge = whole[1].literal.high;
  if (!canBeAtMost(part[1].literal, whole[1].literal) && edge !== null) {
    return ` Read literally the two only meet at ${withUnit(edge / whole[0].display.factor, whole[0].display.unit)}, which ${figure(item)} leaves out, so this is a tension rather than a plain contradiction.`;
  }
  return ` Read literally (${figure(item)} allows ${literalWords(item, node.display)}) the figures can both hold, so this is a tension between readings rather than a plain contradiction.`;
}

/**
 * "over 97,000 reads as 97,000–98,000; 106,000 is above it; and 106,000 opioid overdose deaths cannot exceed
 * ~97,000 drug overdose deaths in the same year (United States)."
 */
export function explainPartWhole(
  part: FactNode, partItem: Item, whole: FactNode, wholeItem: Item, reading: 'literal' | 'plain', placeName: string | null,
): string {
  const partText = `${figure(partItem)} ${label(part)}`;
  const lead = isPoint(wholeItem.plain)
    ? `${partText} cannot exceed the ${figure(wholeItem)} ${label(whole)} they are part of, ${samePeriodWords(whole.fact.period)}${where(whole, placeName)}.`
    : `${figure(wholeItem)} reads as ${plainWords(wholeItem, whole.display)}; ${figure(partItem)} is above it; and ${partText} cannot exceed ${approx(wholeItem, whole)} ${label(whole)} ${samePeriodWords(whole.fact.period)}${where(whole, placeName)}.`;
  return lead + literalNote(reading, [part, partItem], [whole, wholeItem], 'the part is larger than the whole');
}

/** "45,000 acres burned in Butte County cannot exceed the 41,200 counted for California, which contains it, in July 2024." */
export function explainPlacePart(
  part: FactNode, partItem: Item, whole: FactNode, wholeItem: Item, reading: 'literal' | 'plain', partPlace: string, wholePlace: string,
): string {
  const lead = `${figureWithReading(partItem, part.display)} ${label(part)} in ${partPlace} cannot exceed `
    + `the ${figureWithReading(wholeItem, whole.display)} counted for ${wholePlace}, which contains it, ${periodWords(whole.fact.period)}.`;
  return lead + literalNote(reading, [part, partItem], [whole, wholeItem], 'the part is larger than the place it lies in');
}

/** "70 extraditions in 2023 cannot exceed the 65 counted between 2019 and 2023, a period that contains it." */
export function explainPeriodTotal(
  part: FactNode, partItem: Item, whole: FactNode, wholeItem: Item, reading: 'literal' | 'plain', placeName: string | null,
): string {
  const lead = `${figureWithReading(partItem, part.display)} ${label(part)} ${periodWords(part.fact.period)} cannot exceed `
    + `the ${figureWithReading(wholeItem, whole.display)} counted ${periodWords(whole.fact.period)}, a period that contains it${where(whole, placeName)}.`;
  return lead + literalNote(reading, [part, partItem], [whole, wholeItem], 'the shorter period has more than the longer one');
}

/**
 * "nearly 70% of drug overdose deaths does not fit the counts stated for the same year: 80,000 fentanyl involved
 * deaths out of 97,000–98,000 drug overdose deaths is 81.6%–82.5%."
 */
export function explainShareTotal(
  share: FactNode, shareItem: Item, part: FactNode, partItem: Item, whole: FactNode, wholeItem: Item,
  ratio: Interval, reading: 'literal' | 'plain',
): string {
  const ratioText = readingWords({ ...ratio, low: round(ratio.low), high: round(ratio.high) }, 'percent');
  const lead = `${figureWithReading(shareItem, share.display)} of ${label(whole)} does not fit the counts ${samePeriodWords(share.fact.period)}: `
    + `${figureWithReading(partItem, part.display)} ${label(part)} out of ${figureWithReading(wholeItem, whole.display)} ${label(whole)} is ${ratioText}.`;
  return reading === 'literal'
    ? `${lead} Even read literally the share and the counts disagree.`
    : `${lead} Read literally (${figure(shareItem)} allows ${literalWords(shareItem, share.display)}) they can agree, so this is a tension between readings.`;
}

function round(x: number | null): number | null {
  return x === null ? null : Number(x.toFixed(1));
}
