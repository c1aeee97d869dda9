import { compareHigh, compareLow } from '../interval-ops.js';
import type { FactNode } from '../fact-node.js';
import type { Item } from '../item.js';

export type Reading = 'plain' | 'literal';

function rangeOf(node: FactNode, reading: Reading) {
  return reading === 'plain' ? node.plainRange : node.literalRange;
}

/** The mention that sets the lower end of the fact's range (the claim a part is measured by). */
export function lowEndWitness(node: FactNode, reading: Reading = 'plain'): Item {
  const range = rangeOf(node, reading);
  const item = node.items.find((i) => compareLow(i[reading], range) === 0) ?? node.items[0];
  if (item === undefined) throw new Error(`fact ${node.fact.id} has no claims`);
  return item;
}

/** The mention that sets the upper end of the fact's range (the claim a whole is capped by). */
export function highEndWitness(node: FactNode, reading: Reading = 'plain'): Item {
  const range = rangeOf(node, reading);
  const item = node.items.find((i) => compareHigh(i[reading], range) === 0) ?? node.items[0];
  if (item === undefined) throw new Error(`fact ${node.fact.id} has no claims`);
  return item;
}
