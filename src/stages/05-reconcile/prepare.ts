import type { Claim, Interval } from '../../contracts/index.js';
import type { TextSource } from '../../core/batch.js';
import { contentId } from '../../core/ids.js';
import { scaleInterval } from './interval-ops.js';
import { measureKey, type Item } from './item.js';
import { compareStrings } from './order.js';
import { periodKey } from './periods.js';
import { unitScale } from './units.js';
import { wireKey } from './wire.js';
import { intern, TupleKeys } from './keys.js';

function literalOf(claim: Claim): Interval {
  return { low: claim.low, high: claim.high, lowInclusive: claim.lowInclusive, highInclusive: claim.highInclusive };
}

/**
 * Wire keys are only ever compared for equality, and as sentence text they cost a few hundred characters a
 * claim: on a batch of 100,000+ claims, tens of megabytes. Their digests compare the same (64 bits: a
 * collision among a million claims has odds of about 3 in 100 million).
 */
const compact = (key: string | null) => (key === null ? null : contentId(key));

const measureOf = (claim: Claim) => measureKey({ claim, base: unitScale(claim.unit).base });

/**
 * Claims as items, sorted by id so that nothing downstream depends on the order the batch arrived in, each with
 * its rank in that order. Claims are read in the order they came, each item made then and put at its rank: a
 * batch's claims come article by article, so each article's text is read once, and a million claims read in id
 * order would be a scattered walk over a gigabyte. Only their ids are sorted, taken out of the claims first.
 *
 * Items live for the whole reconciliation, so what each keeps counts a million times over: measure and period
 * keys take few distinct values and are made once each (`TupleKeys`), articles' ids are one string per article,
 * and an interval already in the unit of comparison is the claim's own reading, not a copy of it
 * (`scaleInterval`).
 */
export function prepareItems(claims: readonly Claim[], texts?: TextSource): Item[] {
  const [measures, periods, articles] = [new TupleKeys(), new TupleKeys(), new Map<string, string>()];
  // one array of parts for each kind of key, filled again for every claim (TupleKeys only reads it)
  const periodParts: Array<string | null> = [null, null];
  const measureParts: Array<string | null> = [null, null, null, null, null];
  const ids = claims.map((claim) => claim.id);
  const order = ids.map((_, i) => i).sort((a, b) => compareStrings(ids[a]!, ids[b]!));
  const items = new Array<Item>(claims.length);
  const rankOf = new Int32Array(claims.length);
  order.forEach((i, rank) => (rankOf[i] = rank));
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i]!;
    const rank = rankOf[i]!;
    const { base, factor } = unitScale(claim.unit);
    const literal = scaleInterval(literalOf(claim), factor);
    periodParts[0] = claim.period?.start ?? null;
    periodParts[1] = claim.period?.end ?? null;
    measureParts[0] = claim.metric;
    measureParts[1] = claim.dimension;
    measureParts[2] = base;
    measureParts[3] = claim.per ?? null;
    measureParts[4] = claim.direction;
    items[rank] = {
      claim,
      article: intern(articles, claim.article),
      base,
      literal,
      plain: claim.plain ? scaleInterval(claim.plain, factor) : literal,
      place: claim.place,
      placeInferred: false,
      periodKey: periods.key(periodParts, periodKey, claim.period),
      wire: compact(wireKey(claim, texts?.get(claim.article))),
      measure: measures.key(measureParts, measureOf, claim),
      rank,
    };
  }
  return items;
}
