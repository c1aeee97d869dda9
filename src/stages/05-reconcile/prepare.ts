import type { Claim, Interval } from '../../contracts/index.js';
import type { TextSource } from '../../core/batch.js';
import { scaleInterval } from './interval-ops.js';
import type { Item } from './item.js';
import { compareStrings } from './order.js';
import { periodKey } from './periods.js';
import { unitScale } from './units.js';
import { wireKey } from './wire.js';

function literalOf(claim: Claim): Interval {
  return { low: claim.low, high: claim.high, lowInclusive: claim.lowInclusive, highInclusive: claim.highInclusive };
}

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
        wire: wireKey(claim, texts?.get(claim.article)),
      };
    })
    .sort((a, b) => compareStrings(a.claim.id, b.claim.id));
}
