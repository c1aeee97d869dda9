import { describe, expect, it } from 'vitest';
import { UnionFind } from '../../../../src/stages/05-reconcile/fast/index.js';

describe('UnionFind', () => {
  it('names each set by its smallest member, whatever order the unions come in', () => {
    const sets = new UnionFind(6);
    sets.union(4, 2);
    sets.union(5, 4);
    sets.union(3, 1);
    expect([0, 1, 2, 3, 4, 5].map((i) => sets.find(i))).toEqual([0, 1, 2, 1, 2, 2]);
    sets.union(5, 3);
    expect([0, 1, 2, 3, 4, 5].map((i) => sets.find(i))).toEqual([0, 1, 1, 1, 1, 1]);
  });
});
