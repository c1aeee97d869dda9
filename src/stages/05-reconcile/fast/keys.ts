// Keys made of a few strings, one string object per distinct tuple.

type Part = string | null;
interface Node {
  next: Map<Part, Node>;
  made: boolean;
  key: string | null;
}

/**
 * One string per distinct tuple of parts, found without building the string: a trie of maps on the parts. A key
 * written per claim as a template literal is a chain of string pieces, flattened again at every map lookup, and a
 * million claims made garbage of the order of the claims' own size. Tuples found here give the same string object
 * each time, whose hash a map computes once.
 */
export class TupleKeys {
  private readonly root: Node = { next: new Map(), made: false, key: null };

  /**
   * The key of `parts`, made by `make(arg)` the first time these parts are seen (null: these parts make no key).
   * `parts` is only read, never kept, so a caller may fill one array again for every tuple it asks about; `make`
   * takes its input as `arg` so that asking needs no closure.
   */
  key<K extends string | null, A>(parts: readonly Part[], make: (arg: A) => K, arg: A): K {
    let node = this.root;
    for (const part of parts) {
      let child = node.next.get(part);
      if (child === undefined) {
        child = { next: new Map(), made: false, key: null };
        node.next.set(part, child);
      }
      node = child;
    }
    if (!node.made) {
      node.key = make(arg);
      node.made = true;
    }
    return node.key as K;
  }
}
