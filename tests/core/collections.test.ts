import { describe, expect, it } from 'vitest';
import { groupsOf } from '../../src/core/collections.js';

describe('groupsOf', () => {
  it('cuts a list into consecutive groups, the last one shorter', () => {
    expect(groupsOf([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(groupsOf([1, 2], 8)).toEqual([[1, 2]]);
    expect(groupsOf([], 8)).toEqual([]);
  });
});
