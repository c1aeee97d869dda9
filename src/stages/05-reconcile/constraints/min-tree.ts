/**
 * A Fenwick tree over positions 0..n-1 answering "the smallest value inserted at a position ≥ p" in O(log n):
 * prefix minima over the reversed positions.
 */
export class SuffixMinTree<T> {
  private readonly tree: Array<T | undefined>;

  constructor(private readonly size: number, private readonly less: (a: T, b: T) => boolean) {
    this.tree = new Array<T | undefined>(size + 1).fill(undefined);
  }

  insert(position: number, value: T): void {
    for (let i = this.size - position; i <= this.size; i += i & -i) {
      const current = this.tree[i];
      if (current === undefined || this.less(value, current)) this.tree[i] = value;
    }
  }

  /** The smallest value inserted at any position ≥ `position`, or undefined. */
  minFrom(position: number): T | undefined {
    let best: T | undefined;
    for (let i = this.size - position; i > 0; i -= i & -i) {
      const candidate = this.tree[i];
      if (candidate !== undefined && (best === undefined || this.less(candidate, best))) best = candidate;
    }
    return best;
  }
}
