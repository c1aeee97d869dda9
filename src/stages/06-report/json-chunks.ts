/**
 * `JSON.stringify(value, null, 2)` a piece at a time, with the same bytes: a large object or array is opened
 * member by member, while anything small (up to `SMALL_VALUES` values inside it) is stringified whole. A writer
 * can so stream a file of any size (a fact with 10,000 mentions, an entity with 50,000) in pieces of a few
 * kilobytes, at close to the speed of one JSON.stringify.
 */

/** Values (of any depth) a container may hold and still be stringified in one call. */
export const SMALL_VALUES = 64;
/** Values in a run of small array items stringified together: a piece stays around ten kilobytes. */
const RUN_VALUES = 512;

type Container = readonly unknown[] | Readonly<Record<string, unknown>>;

/** A plain array or object, walked the way JSON.stringify walks it (not one with toJSON, not a boxed value). */
function walkable(value: unknown): value is Container {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return true;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  return !(value instanceof Number || value instanceof String || value instanceof Boolean || value instanceof BigInt);
}

/** Values JSON.stringify drops from objects (and writes as null in arrays). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * How many values `value` holds, counting stops once past `budget` (so the count costs at most `budget` steps). It
 * only decides where a value is cut into pieces, never what they say, so it walks members without the checks
 * `walkable` makes and without a list of them: it runs on every value a batch writes (a Date or a boxed value,
 * walked anyway, counts as its enumerable members, and is still written whole by `jsonPieces`).
 */
function countValues(value: unknown, budget: number): number {
  if (value === null || typeof value !== 'object') return 1;
  let count = 1;
  if (Array.isArray(value)) {
    for (const member of value as readonly unknown[]) {
      count += countValues(member, budget - count);
      if (count > budget) break;
    }
  } else {
    for (const key in value) {
      count += countValues((value as Readonly<Record<string, unknown>>)[key], budget - count);
      if (count > budget) break;
    }
  }
  return count;
}

/**
 * `JSON.stringify(value, null, 2)` with every line after the first `pad` further in — the text of the value inside
 * a parent at that indentation. The value is stringified inside as many one-element arrays as `pad` has levels,
 * which JSON.stringify indents itself, and the wrappers' own lines are cut off: the same text as re-indenting each
 * line of the plain string, without a second pass and a second copy (half the time on a batch's graph nodes).
 */
function whole(value: unknown, pad: string): string {
  const depth = pad.length / 2;
  if (depth === 0) return JSON.stringify(value, null, 2) ?? 'null';
  let wrapped: unknown = value;
  // wrapper d opens with 2·d spaces and "[\n" and closes with "\n", 2·d spaces and "]"; the value starts 2·depth in
  let [head, tail] = [2 * depth, 0];
  for (let d = 0; d < depth; d++) {
    wrapped = [wrapped];
    head += 2 * d + 2;
    tail += 2 * d + 2;
  }
  const json = JSON.stringify(wrapped, null, 2);
  return json.slice(head, json.length - tail);
}

/**
 * Pieces of `JSON.stringify(value, null, 2)` for a value whose opening bracket sits at indentation `pad` (the
 * same text as stringifying it inside a parent at that depth).
 */
export function* jsonPieces(value: unknown, pad = ''): Generator<string> {
  if (!walkable(value) || countValues(value, SMALL_VALUES) <= SMALL_VALUES) {
    yield whole(value, pad);
    return;
  }
  const inner = `${pad}  `;
  if (Array.isArray(value)) {
    yield* arrayPieces(value, pad, inner);
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const member = (value as Readonly<Record<string, unknown>>)[key];
    if (omitted(member)) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonPieces(member, inner);
  }
  yield first ? '{}' : `\n${pad}}`;
}

/**
 * An array's items, each at indentation `inner`. Runs of small items are stringified together, as one array
 * whose brackets are cut off, which is the same text as each on its own and much faster for many small items.
 */
function* arrayPieces(items: readonly unknown[], pad: string, inner: string): Generator<string> {
  let i = 0;
  while (i < items.length) {
    const lead = i === 0 ? '[' : ',';
    const item = omitted(items[i]) ? null : items[i];
    if (countValues(item, SMALL_VALUES) > SMALL_VALUES) {
      yield `${lead}\n${inner}`;
      yield* jsonPieces(item, inner);
      i++;
      continue;
    }
    let end = i + 1;
    let values = 0;
    while (end < items.length && values < RUN_VALUES) {
      const next = countValues(items[end], SMALL_VALUES);
      if (next > SMALL_VALUES) break;
      values += next;
      end++;
    }
    // the run as an array at `pad`, "[\n<inner>a,\n<inner>b\n<pad>]", without its brackets: each item at `inner`
    const run = whole(items.slice(i, end), pad);
    yield `${lead}\n${run.slice(2, run.length - pad.length - 2)}`;
    i = end;
  }
  yield items.length === 0 ? '[]' : `\n${pad}]`;
}

/** A JSON file as claimgraph writes them: `JSON.stringify(value, null, 2)` and a final newline, in pieces. */
export function* jsonFilePieces(value: unknown): Generator<string> {
  yield* jsonPieces(value);
  yield '\n';
}
