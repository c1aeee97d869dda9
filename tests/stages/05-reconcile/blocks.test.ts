import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/contracts/index.js';
import { contentId } from '../../../src/core/ids.js';
import { blockKeys } from '../../../src/stages/05-reconcile/blocks.js';
import { claim, HIERARCHY } from './make.js';

const measured = (head: string, over: Partial<Claim> = {}): Claim => ({
  ...claim({ id: 'c', article: 'a', value: 40, metric: null }),
  measure: { key: head, head, text: head, start: 0, end: 1, via: 'clause', rule: 'test' },
  ...over,
});

describe('blockKeys', () => {
  it.each<[string, Claim, string[]]>([
    ['a metric joins its broadest metric\'s block', claim({ id: 'c', article: 'a', value: 71000, hedge: 'nearly', metric: 'fentanyl-involved-deaths' }), ['m|drug-overdos-death']],
    ['so does a share metric of it', claim({ id: 'c', article: 'a', value: 70, hedge: 'nearly', metric: 'fentanyl-involved-deaths-share', unit: 'percent' }), ['m|drug-overdos-death']],
    ['a measure head by its synonym class', measured('arrest'), ['h|apprehension']],
    ['an exact distinctive figure only its measure\'s block', { ...measured('acre'), value: 400956, valueText: '400,956' }, ['h|acre']],
    ['neither measure nor metric: its words, which a wire copy repeats', { ...claim({ id: 'c', article: 'a', value: 12, metric: null, quote: '12 of them' }), measure: null }, [`n|${contentId('12 of them')}`]],
  ])('%s', (_what, c, keys) => {
    expect(blockKeys(c, HIERARCHY)).toEqual(keys);
  });
});
