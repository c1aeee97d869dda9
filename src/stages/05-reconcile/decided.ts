import { compareStrings, pushTo, UnionFind } from './fast/index.js';
import type { Group } from './grouping.js';
import { readingMiddle, type Item } from './item.js';

/**
 * What reviewers decided about claims (claimgraph review), as pairs of claim ids: figures a reviewer found to be
 * different facts are kept apart, and figures a reviewer found to be one fact are joined, whatever their frames
 * say. Decisions are data passed in; reconciliation stays a pure function of its input.
 */
export interface ReviewedPairs {
  apart: ReadonlyArray<readonly [string, string]>;
  together: ReadonlyArray<readonly [string, string]>;
}

/** Every pair of a decision's claims. */
export const pairsOf = (claims: readonly string[]): Array<[string, string]> =>
  claims.flatMap((a, i) => claims.slice(i + 1).map((b): [string, string] => [a, b]));

const middle = (item: Item): number => readingMiddle(item) ?? 0;

/** How far apart two figures are, as a ratio (0 when equal): which of two anchors a figure is nearer. */
const distance = (a: number, b: number) => (a === b ? 0 : a <= 0 || b <= 0 ? Math.abs(a - b) : Math.abs(Math.log(a / b)));

/**
 * Apply the decisions to the groups: first join the groups that hold two claims decided to be one fact (the
 * joined group keeps the smallest key and says it was joined), then split each group that holds two claims decided
 * to be different facts: every claim of it goes with the one of the two its figure is nearer (ties with the first
 * in id order), and the other part gets a key of its own. Groups no decision names are returned as they came.
 */
export function applyDecisions(groups: Group[], decided: ReviewedPairs | undefined): Group[] {
  if (decided === undefined || (decided.apart.length === 0 && decided.together.length === 0)) return groups;
  // only the claims a decision names are looked up: the index holds those, not every claim of the batch
  const named = new Set([...decided.together, ...decided.apart].flat());
  const where = new Map<string, number>();
  groups.forEach((g, i) => g.items.forEach((item) => named.has(item.claim.id) && where.set(item.claim.id, i)));
  // joins: a union of group positions
  const sets = new UnionFind(groups.length);
  for (const [a, b] of decided.together) {
    const [x, y] = [where.get(a), where.get(b)];
    if (x !== undefined && y !== undefined) sets.union(x, y);
  }
  const members = new Map<number, Group[]>();
  groups.forEach((g, i) => pushTo(members, sets.find(i), g));
  const out: Group[] = [...members.values()].map((list) => {
    if (list.length === 1) return list[0]!;
    const [first] = [...list].sort((p, q) => compareStrings(p.key, q.key));
    return {
      key: first!.key,
      kind: list.some((g) => g.kind === 'dated') ? 'dated' : first!.kind,
      items: list.flatMap((g) => g.items),
      adopted: list.reduce((n, g) => n + g.adopted, 0),
      decided: 'together',
    };
  });
  // splits, one decided pair at a time, each named claim found through an index of the groups it is in
  const groupOf = new Map<string, Group>();
  const position = new Map<Group, number>();
  out.forEach((g, i) => {
    position.set(g, i);
    for (const item of g.items) if (named.has(item.claim.id)) groupOf.set(item.claim.id, g);
  });
  for (const [a, b] of decided.apart) {
    const group = groupOf.get(a);
    if (group === undefined || groupOf.get(b) !== group) continue;
    const [first, second] = [a, b].sort(compareStrings).map((id) => group.items.find((i) => i.claim.id === id)!);
    const [m1, m2] = [middle(first!), middle(second!)];
    const mine: Item[] = [];
    const theirs: Item[] = [];
    for (const item of group.items) {
      if (item === second) theirs.push(item);
      else if (item === first) mine.push(item);
      else (distance(middle(item), m2) < distance(middle(item), m1) ? theirs : mine).push(item);
    }
    const kept: Group = { ...group, items: mine, decided: 'apart' };
    const split: Group = { key: `${group.key}#apart:${second!.claim.id}`, kind: group.kind, items: theirs, adopted: 0, decided: 'apart' };
    // the part kept takes the group's place; the other joins the end (the caller orders facts by their keys)
    const at = position.get(group)!;
    out[at] = kept;
    position.set(kept, at);
    position.set(split, out.push(split) - 1);
    for (const item of mine) if (named.has(item.claim.id)) groupOf.set(item.claim.id, kept);
    for (const item of theirs) if (named.has(item.claim.id)) groupOf.set(item.claim.id, split);
  }
  return out;
}
