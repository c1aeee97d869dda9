import type { Claim, Interval } from '../../contracts/index.js';
import type { TextSource } from '../../core/batch.js';
import { distinctiveValue } from '../../core/figures.js';
import { contentId } from '../../core/ids.js';
import { scaleInterval } from './interval-ops.js';
import { measureIdentities, statisticClass } from './identity.js';
import { forecastersExpectation, keyDirection, measureKey, type Item } from './item.js';
import { periodKey } from './periods.js';
import { stringOrder } from './fast/index.js';
import { unitScale } from './units.js';
import { wireKey } from './wire.js';
import { TupleKeys } from './fast/index.js';

/** The claim's literal reading in the unit of comparison (its rounding, when it has one): the claim itself when no scaling is needed. */
function literalOf(claim: Claim, factor: number, rounded: Interval | null): Interval {
  if (rounded !== null) return factor === 1 ? rounded : scaleInterval(rounded, factor);
  if (factor === 1) return claim;
  return scaleInterval({ low: claim.low, high: claim.high, lowInclusive: claim.lowInclusive, highInclusive: claim.highInclusive }, factor);
}

/** An exact figure written with decimals and a scale word: "1.53 million", "$53.6 billion". */
const ROUNDED = /(\d+)\.(\d+)\s*(?:million|billion|trillion|[mb]n?)\b/i;

/**
 * The figures an exact figure written to a scale word's decimals stands for: "1.53 million" is 1,530,523 rounded
 * (1,525,000 to 1,535,000), never a figure that contradicts it. Null for other figures.
 */
function roundedReading(claim: Claim): Interval | null {
  if (claim.hedge !== 'exact' || claim.value === null) return null;
  const m = ROUNDED.exec(claim.valueText);
  if (m === null) return null;
  const scale = claim.value / Number(`${m[1]}.${m[2]}`);
  if (!Number.isFinite(scale) || scale < 1e6) return null;
  const half = (scale / 10 ** m[2]!.length) / 2;
  return { low: claim.value - half, high: claim.value + half, lowInclusive: true, highInclusive: false };
}

/**
 * Wire keys are only ever compared for equality, and as sentence text they cost a few hundred characters a
 * claim: on a batch of 100,000+ claims, tens of megabytes. Their digests compare the same (64 bits: a
 * collision among a million claims has odds of about 3 in 100 million).
 */
const compact = (key: string | null) => (key === null ? null : contentId(key));

const measureOf = ({ claim, identity }: { claim: Claim; identity: string | null }) => measureKey({ claim, identity, base: unitScale(claim.unit).base });

/**
 * Claims as items, in the order they came, each with its rank in claim-id order so that nothing downstream
 * depends on the order the batch arrived in (ties go by rank, and what is written is sorted). Items stay in
 * that order because a batch's claims come article by article and lie in memory in that order: each article's
 * text is read once, and every later pass over the items walks memory forward. In id order, claim ids as the
 * pipeline makes them (hashes) scatter a million claims over a gigabyte, and every pass would pay a cache miss a
 * claim (bench/README.md, "Reconciliation's growth").
 *
 * Items live for the whole reconciliation, so what each keeps counts a million times over: measure and period
 * keys take few distinct values and are made once each (`TupleKeys`), an article is a number, and a reading
 * already in the unit of comparison is the claim's own, not a copy of it: the plain one is `claim.plain`, and the
 * literal one is the claim itself, which carries `low`, `high` and their inclusive flags as an interval does
 * (a copy a claim was 56 MB of a million claims' reconciliation).
 */
export function prepareItems(claims: readonly Claim[], texts?: TextSource): Item[] {
  const [measures, periods] = [new TupleKeys(), new TupleKeys()];
  // one array of parts for each kind of key, filled again for every claim (TupleKeys only reads it)
  const periodParts: Array<string | null> = [null, null];
  const measureParts: Array<string | null> = [null, null, null, null, null, null, null];
  const identityOf = measureIdentities(claims);
  const order = stringOrder(claims.map((claim) => claim.id));
  const items = new Array<Item>(claims.length);
  const rankOf = new Int32Array(claims.length);
  for (let rank = 0; rank < order.length; rank++) rankOf[order[rank]!] = rank;
  // each claim's article: its position among the batch's articles as met, then its rank among them in id order
  const [articleIndex, articles] = [new Map<string, number>(), [] as string[]];
  const articleOf = new Int32Array(claims.length);
  for (let i = 0; i < claims.length; i++) {
    const { article } = claims[i]!;
    let index = articleIndex.get(article);
    if (index === undefined) articleIndex.set(article, (index = articles.push(article) - 1));
    articleOf[i] = index;
  }
  const articleRank = new Int32Array(articles.length);
  stringOrder(articles).forEach((index, rank) => (articleRank[index] = rank));
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i]!;
    const rank = rankOf[i]!;
    const { base, factor } = unitScale(claim.unit);
    // a figure written to a scale word's decimals is compared as the numbers it rounds, in both readings
    const rounded = roundedReading(claim);
    const literal = literalOf(claim, factor, rounded);
    periodParts[0] = claim.period?.start ?? null;
    periodParts[1] = claim.period?.end ?? null;
    const identity = identityOf.at(i);
    const widened = identityOf.widened(i);
    measureParts[0] = identity;
    measureParts[1] = statisticClass(claim.statistic, claim);
    measureParts[2] = claim.dimension;
    measureParts[3] = base;
    measureParts[4] = claim.per ?? null;
    measureParts[5] = keyDirection(claim);
    measureParts[6] = forecastersExpectation(claim) ? 'expected' : null;
    items[i] = {
      claim,
      articleRank: articleRank[articleOf[i]!]!,
      base,
      literal,
      plain: claim.plain && rounded === null ? scaleInterval(claim.plain, factor) : literal,
      place: claim.place,
      placeInferred: false,
      periodKey: periods.key(periodParts, periodKey, claim.period),
      wire: compact(wireKey(claim, texts?.get(claim.article))),
      measure: measures.key(measureParts, measureOf, { claim, identity }),
      distinctive: claim.hedge === 'exact' && distinctiveValue(claim.value),
      headlineFrame: claim.measure?.via === 'headline' || (claim.place !== null && claim.placeFrom?.via === 'headline') || widened,
      widened,
      identity,
      rank,
    };
  }
  return items;
}
