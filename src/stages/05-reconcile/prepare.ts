import type { Claim, Interval } from '../../contracts/index.js';
import type { TextSource } from '../../core/batch.js';
import { contentId } from '../../core/ids.js';
import { scaleInterval } from './interval-ops.js';
import { measureKey, type Item } from './item.js';
import { compareStrings } from './order.js';
import { periodKey } from './periods.js';
import { unitScale } from './units.js';
import { wireKey } from './wire.js';

function literalOf(claim: Claim): Interval {
  return { low: claim.low, high: claim.high, lowInclusive: claim.lowInclusive, highInclusive: claim.highInclusive };
}

/**
 * Wire keys are only ever compared for equality, and as sentence text they cost a few hundred characters a
 * claim: on a batch of 100,000+ claims, tens of megabytes. Their digests compare the same (64 bits: a
 * collision among a million claims has odds of about 3 in 100 million).
 */
const compact = (key: string | null) => (key === null ? null : contentId(key));

/**
 * Claims as items, sorted by id so that nothing downstream depends on the order the batch arrived in. Texts are
 * read in the order the claims came (a batch's claims come article by article), each article's text once.
 */
export function prepareItems(claims: readonly Claim[], texts?: TextSource): Item[] {
  return claims
    .map((claim) => {
      const { base, factor } = unitScale(claim.unit);
      const literal = literalOf(claim);
      return {
        claim,
        base,
        literal: scaleInterval(literal, factor),
        plain: scaleInterval(claim.plain ?? literal, factor),
        place: claim.place,
        placeInferred: false,
        periodKey: periodKey(claim.period),
        wire: compact(wireKey(claim, texts?.get(claim.article))),
        measure: measureKey({ claim, base }),
      };
    })
    .sort((a, b) => compareStrings(a.claim.id, b.claim.id));
}
