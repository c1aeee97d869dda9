// Possible links: a figure whose frame matches a fact's except on an axis it leaves unknown. Abstaining is safer
// than guessing (a false discrepancy costs an auditor more than a missed one), so these are listed apart and never
// raise a verdict.
import type { Entity, PossibleLink } from '../../contracts/index.js';
import { contentId } from '../../core/ids.js';
import { figure } from './explain/figures.js';
import { metricWords, readingWords } from './explain/format.js';
import { shown } from './explain/figures.js';
import type { FactNode } from './fact-node.js';
import { overlaps } from './interval-ops.js';
import type { Meter } from './meter.js';
import { compareStrings, pushTo } from './fast/index.js';
import { periodWords } from './periods.js';
import { softAxes } from './grouping.js';

/**
 * More candidates than this and the unknown axis could be anything: no link is listed (a figure with no year
 * beside ten yearly totals is not evidence for any one of them).
 */
export const MAX_CANDIDATES = 3;

type Axis = PossibleLink['unknown'][number];

const measureOf = (node: FactNode) => node.items[0]!.measure;
const articlesOf = (node: FactNode) => new Set(node.items.map((i) => i.articleRank));

function factWords(node: FactNode, entities: ReadonlyMap<string, Entity>): string {
  const { fact } = node;
  const what = fact.metric !== null ? metricWords(fact.metric) : fact.measure ?? metricWords(null, fact.counted);
  const place = fact.place === null ? '' : ` in ${entities.get(fact.place)?.name ?? fact.place}`;
  const period = fact.period === null ? '' : ` ${periodWords(fact.period)}`;
  return `${what}${place}${period}`;
}

/**
 * For each fact with no period (or no place) whose measure, statistic, unit and known axes match between one and
 * `MAX_CANDIDATES` facts that do state them, in other articles: a link to each. Facts are found through maps
 * keyed by measure and the axes both sides know, so the work is linear in the number of facts.
 */
export function possibleLinks(nodes: readonly FactNode[], entities: ReadonlyMap<string, Entity>, meter: Meter): PossibleLink[] {
  const byPlace = new Map<string, FactNode[]>();
  const byPeriod = new Map<string, FactNode[]>();
  const byMeasure = new Map<string, FactNode[]>();
  // a list longer than MAX_CANDIDATES is never used, so none is kept longer than one past it
  const add = (map: Map<string, FactNode[]>, key: string, node: FactNode) => {
    const list = map.get(key);
    if (list === undefined || list.length <= MAX_CANDIDATES) pushTo(map, key, node);
  };
  for (const node of nodes) {
    meter.comparisons++;
    if (node.group.kind !== 'dated') continue;
    const measure = measureOf(node);
    add(byMeasure, measure, node);
    if (node.fact.place === null) continue;
    add(byPlace, `${measure}\u0000${node.fact.place}`, node);
    add(byPeriod, `${measure}\u0000${node.items[0]!.periodKey}`, node);
  }
  const links: PossibleLink[] = [];
  // parts of one frame kept apart because their frames are only implied (grouping.ts, splitSoft)
  const byKey = new Map<string, FactNode>();
  const parts = new Map<string, FactNode[]>();
  for (const node of nodes) {
    byKey.set(node.group.key, node);
    if (node.group.softOf !== undefined) add(parts, node.group.softOf, node);
  }
  for (const [key, list] of parts) {
    const base = byKey.get(key);
    const all = base === undefined ? list : [base, ...list];
    if (all.length - 1 > MAX_CANDIDATES) continue;
    for (const part of list) {
      const unknown = [...new Set(part.items.flatMap(softAxes))].sort(compareStrings);
      const others = all.filter((o) => o !== part && o.items.some((i) => !articlesOf(part).has(i.articleRank)));
      meter.comparisons += all.length;
      for (const other of others) links.push(link(part, other, unknown, others.length, entities, 'implied'));
    }
  }
  for (const node of nodes) {
    if (node.group.kind === 'unmeasured' || node.group.softOf !== undefined) continue;
    const measure = measureOf(node);
    let unknown: Axis[];
    let candidates: FactNode[] | undefined;
    if (node.group.kind === 'undated') {
      unknown = node.fact.place === null ? ['place', 'period'] : ['period'];
      candidates = node.fact.place === null ? byMeasure.get(measure) : byPlace.get(`${measure}\u0000${node.fact.place}`);
    } else if (node.fact.place === null) {
      unknown = ['place'];
      candidates = byPeriod.get(`${measure}\u0000${node.items[0]!.periodKey}`);
    } else continue;
    if (candidates === undefined || candidates.length > MAX_CANDIDATES) continue;
    const own = articlesOf(node);
    const others = candidates.filter((c) => c !== node && c.items.some((i) => !own.has(i.articleRank)));
    meter.comparisons += candidates.length;
    if (others.length === 0) continue;
    for (const other of others) links.push(link(node, other, unknown, others.length, entities));
  }
  return links.sort((a, b) => compareStrings(a.id, b.id));
}

function link(node: FactNode, other: FactNode, unknown: Axis[], count: number, entities: ReadonlyMap<string, Entity>, how: 'unstated' | 'implied' = 'unstated'): PossibleLink {
  const own = articlesOf(node);
  const [a] = node.items;
  const b = other.items.find((i) => !own.has(i.articleRank))!;
  const fit = overlaps(node.plainRange, other.plainRange);
  const confidence = Number(((fit ? 0.5 : 0.3) / count).toFixed(2));
  const values = fit
    ? `the figures fit together (${figure(a!)} and ${figure(b)})`
    : `if it is, the figures differ: ${readingWords(shown(node.plainRange, node.display), node.display.unit)} against ${readingWords(shown(other.plainRange, other.display), other.display.unit)}`;
  const alternatives = count > 1 ? ` ${count} facts fit it equally well.` : '';
  return {
    id: contentId('possible', node.fact.id, other.fact.id),
    claims: [a!.claim.id, b.claim.id],
    facts: [node.fact.id, other.fact.id],
    unknown,
    confidence,
    explanation: how === 'unstated'
      ? `${figure(a!)} may be ${factWords(other, entities)}: the measure, statistic and unit match, but it states no ${unknown.join(' and no ')}; ${values}.${alternatives} Listed for review, not as a discrepancy.`
      : `${figure(a!)} may be ${factWords(other, entities)}: the frame matches, but its ${unknown.join(' and ')} ${unknown.length > 1 ? 'come' : 'comes'} from the article (its headline or main place), not from the figure's own words; ${values}.${alternatives} Listed for review, not as a discrepancy.`,
  };
}
