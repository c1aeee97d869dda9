import type { Fact, Interval } from '../../contracts/index.js';
import type { Display } from './explain/figures.js';
import type { Group } from './grouping.js';
import type { Item } from './item.js';
import type { VerdictResult } from './verdict.js';

/**
 * A fact as `facts.json` carries it: the contract's fields, plus what an auditor needs beside them —
 * open/closed ends of the interval, the dimension, rate and direction that were part of the key, the number of
 * independent sources (wire copies count once) and a confidence that only independent sources can raise.
 */
export type ReconciledFact = Fact & {
  interval: { low: number | null; high: number | null; lowInclusive: boolean; highInclusive: boolean };
  dimension: string;
  per: string | null;
  direction: 'up' | 'down' | null;
  counted: string | null;
  sources: number;
  confidence: number;
};

/** A fact with what reconciliation knows about it while it works. */
export interface FactNode {
  readonly fact: ReconciledFact;
  readonly group: Group;
  /** claims in reading order (article, offset, id) */
  readonly items: readonly Item[];
  readonly judgement: VerdictResult;
  /** reconciled ranges in compared units */
  readonly plainRange: Interval;
  readonly literalRange: Interval;
  readonly display: Display;
  readonly sources: number;
}
