import type Database from 'better-sqlite3';
import type { Article } from '../../contracts/index.js';
import { UsageError } from '../../core/errors.js';
import { pairsOf, type ReviewedPairs } from '../../stages/05-reconcile/index.js';
import type { DeskStore, ReviewedFinding } from './store.js';

/**
 * The auditor's decisions on a store's findings, and their audit trail. A decision is versioned: a reviewer
 * decides on the version they saw, and a decision made meanwhile by someone else is never overwritten — the
 * second reviewer is told and decides again (`Conflict`). Every decision and every reopening appends one row to
 * the audit trail (who, when, what, the decision before), which SQLite keeps append-only (schema.ts).
 */

export const STATUSES = ['open', 'confirmed', 'same-fact', 'different-facts', 'follow-up'] as const;
export type Status = (typeof STATUSES)[number];

/** One claim of a finding as the review shows it: its figure, its words and its frame. */
export interface FindingClaim {
  id: string;
  article: string;
  path: string;
  valueText: string;
  quote: string;
  start: number;
  end: number;
  valueStart: number;
  valueEnd: number;
  low: number | null;
  high: number | null;
  lowInclusive: boolean;
  highInclusive: boolean;
  unit: string;
  measure: string | null;
  place: string | null;
  /** the words the place was read from, when the text gave them */
  placeWords: string | null;
  period: { start: string | null; end: string | null; text: string } | null;
  statistic: string;
  vintage: string | null;
  /** the words the vintage was read from */
  vintageWords: string | null;
  source: string | null;
  /** its verdict against an official figure, in words, when a reference table holds its frame */
  official: string | null;
}

/** What a run stores of a finding's claims: the claims themselves, and the other mentions of the facts they are in. */
export interface FindingFrames {
  claims: FindingClaim[];
  mentions: FindingClaim[];
}

export interface Decision {
  status: Status;
  note: string;
  reviewer: string;
  version: number;
  decidedAt: string;
}

export interface ReviewFinding {
  id: string;
  kind: string;
  severity: number;
  explanation: string;
  claims: FindingClaim[];
  /** the other claims of the facts the finding is about */
  mentions: FindingClaim[];
  /** the finding as discrepancies.json wrote it */
  body: Record<string, unknown>;
  decision: Decision;
}

export interface TrailEntry {
  at: string;
  reviewer: string;
  action: 'decide' | 'reopen';
  status: Status;
  note: string;
  before: Decision | null;
}

/** A decision made on a version another reviewer has already replaced. */
export class Conflict extends Error {
  constructor(readonly current: Decision) {
    super(`this finding was decided meanwhile (${current.status} by ${current.reviewer}, version ${current.version}): look at it again and decide`);
  }
}

const OPEN = (): Decision => ({ status: 'open', note: '', reviewer: '', version: 0, decidedAt: '' });

interface DecisionRow { status: Status; note: string; reviewer: string; version: number; decided_at: string; claims: string }
const asDecision = (r: DecisionRow): Decision => ({ status: r.status, note: r.note, reviewer: r.reviewer, version: r.version, decidedAt: r.decided_at });
/** A finding's decision row, or undefined when it has none. */
const decisionRow = (db: Database.Database, finding: string) =>
  db.prepare('SELECT status, note, reviewer, version, decided_at, claims FROM decisions WHERE finding = ?').get(finding) as DecisionRow | undefined;

interface AuditRow { finding: string; at: string; reviewer: string; action: 'decide' | 'reopen'; status: Status; note: string; before: string | null }
const asTrail = (r: AuditRow): TrailEntry & { finding: string } =>
  ({ finding: r.finding, at: r.at, reviewer: r.reviewer, action: r.action, status: r.status, note: r.note, before: r.before === null ? null : (JSON.parse(r.before) as Decision) });

/**
 * Reopen the decided findings whose claims a run changed, saying which claims came or went; called inside the
 * transaction that stores the run's findings. A decided finding whose claims are the same stays decided, so a
 * later run does not put it before the auditor again.
 */
export function reopenChanged(db: Database.Database, findings: readonly ReviewedFinding[], run: number): void {
  const at = (db.prepare('SELECT started_at FROM runs WHERE seq = ?').get(run) as { started_at: string } | undefined)?.started_at ?? new Date().toISOString();
  for (const f of findings) {
    const row = decisionRow(db, f.id);
    if (row === undefined || row.status === 'open') continue;
    const now = new Set(f.claims);
    const then = new Set(row.claims === '' ? [] : row.claims.split('\n'));
    const added = [...now].filter((c) => !then.has(c)).sort();
    const gone = [...then].filter((c) => !now.has(c)).sort();
    if (added.length === 0 && gone.length === 0) continue;
    const why = [added.length > 0 ? `a run added claim${added.length > 1 ? 's' : ''} ${added.join(', ')}` : '', gone.length > 0 ? `claim${gone.length > 1 ? 's' : ''} ${gone.join(', ')} left it` : '']
      .filter(Boolean).join('; ');
    write(db, f.id, { status: 'open', note: `reopened: ${why}`, reviewer: 'claimgraph', decidedAt: at }, asDecision(row), row.version + 1, [...now].sort().join('\n'), 'reopen');
  }
}

function write(db: Database.Database, finding: string, d: Omit<Decision, 'version'>, before: Decision | null, version: number, claims: string, action: 'decide' | 'reopen'): Decision {
  db.prepare(`INSERT INTO decisions (finding, status, note, reviewer, version, decided_at, claims) VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (finding) DO UPDATE SET status = excluded.status, note = excluded.note, reviewer = excluded.reviewer,
    version = excluded.version, decided_at = excluded.decided_at, claims = excluded.claims`).run(finding, d.status, d.note, d.reviewer, version, d.decidedAt, claims);
  db.prepare('INSERT INTO audit (finding, at, reviewer, action, status, note, before) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(finding, d.decidedAt, d.reviewer, action, d.status, d.note, before === null ? null : JSON.stringify(before));
  return { ...d, version };
}

/**
 * The reviewers' decisions that steer reconciliation: the claims of a finding decided "different facts" are kept
 * apart, those of one decided "the same fact" are joined — in every later run and export, until a run reopens it.
 */
export function reviewedPairs(store: DeskStore): ReviewedPairs {
  const rows = store.connection().prepare("SELECT status, claims FROM decisions WHERE status IN ('different-facts', 'same-fact') ORDER BY finding").all() as Array<{ status: Status; claims: string }>;
  const pairs = (status: Status) => rows.filter((r) => r.status === status && r.claims !== '').flatMap((r) => pairsOf(r.claims.split('\n')));
  return { apart: pairs('different-facts'), together: pairs('same-fact') };
}

interface FindingRow { id: string; kind: string; body: string | null; claims: string; frames: string }

/** The review's reads and writes on a store. */
export class ReviewLedger {
  private readonly db: Database.Database;

  constructor(private readonly store: DeskStore) {
    this.db = store.connection();
  }

  /** Every finding a run stored with its body, with its decision (open when none), most severe first. */
  findings(): ReviewFinding[] {
    const decisions = new Map<string, Decision>();
    for (const r of this.db.prepare('SELECT finding, status, note, reviewer, version, decided_at, claims FROM decisions').iterate() as Iterable<DecisionRow & { finding: string }>) {
      decisions.set(r.finding, asDecision(r));
    }
    const out: ReviewFinding[] = [];
    for (const r of this.db.prepare('SELECT id, kind, body, claims, frames FROM findings WHERE body IS NOT NULL').iterate() as Iterable<FindingRow>) {
      out.push(this.toFinding(r, decisions.get(r.id) ?? OPEN()));
    }
    return out.sort((a, b) => b.severity - a.severity || (a.id < b.id ? -1 : 1));
  }

  /** One finding with its decision, or undefined. */
  finding(id: string): ReviewFinding | undefined {
    const r = this.db.prepare('SELECT id, kind, body, claims, frames FROM findings WHERE id = ? AND body IS NOT NULL').get(id) as FindingRow | undefined;
    if (r === undefined) return undefined;
    const d = decisionRow(this.db, id);
    return this.toFinding(r, d === undefined ? OPEN() : asDecision(d));
  }

  private toFinding(r: FindingRow, decision: Decision): ReviewFinding {
    const body = JSON.parse(r.body!) as Record<string, unknown>;
    const frames = JSON.parse(r.frames) as FindingFrames;
    return {
      id: r.id,
      kind: r.kind,
      severity: typeof body.severity === 'number' ? body.severity : typeof body.confidence === 'number' ? body.confidence : 0,
      explanation: typeof body.explanation === 'string' ? body.explanation : '',
      claims: frames.claims,
      mentions: frames.mentions,
      body,
      decision,
    };
  }

  /**
   * Decide a finding on the version the reviewer saw: a `Conflict` when another decision came first. In one
   * transaction with its audit row.
   */
  decide(input: { finding: string; status: Status; note: string; reviewer: string; version: number; at: string }): Decision {
    if (!STATUSES.includes(input.status) || input.status === 'open') throw new UsageError(`a decision is one of ${STATUSES.filter((s) => s !== 'open').join(', ')}; got "${input.status}"`);
    if (input.reviewer.trim() === '') throw new UsageError('a decision needs the reviewer\'s name');
    return this.db.transaction(() => {
      const finding = this.db.prepare('SELECT claims FROM findings WHERE id = ?').get(input.finding) as { claims: string } | undefined;
      if (finding === undefined) throw new UsageError(`no finding ${input.finding} in the store`);
      const row = decisionRow(this.db, input.finding);
      const current = row === undefined ? OPEN() : asDecision(row);
      if (current.version !== input.version) throw new Conflict(current);
      return write(this.db, input.finding, { status: input.status, note: input.note.trim(), reviewer: input.reviewer.trim(), decidedAt: input.at }, row === undefined ? null : current, current.version + 1, finding.claims, 'decide');
    })();
  }

  /** A finding's audit trail, oldest first. */
  trail(finding: string): TrailEntry[] {
    return (this.db.prepare('SELECT finding, at, reviewer, action, status, note, before FROM audit WHERE finding = ? ORDER BY seq').all(finding) as AuditRow[]).map(asTrail);
  }

  /** Every audit row, oldest first, with its finding. */
  audit(): Array<TrailEntry & { finding: string }> {
    return (this.db.prepare('SELECT finding, at, reviewer, action, status, note, before FROM audit ORDER BY seq').all() as AuditRow[]).map(asTrail);
  }

  /** An article's record and the text its offsets refer to. */
  article(id: string): { record: Article; text: string } | undefined {
    const row = this.db.prepare('SELECT record, text FROM articles WHERE id = ?').get(id) as { record: string; text: string } | undefined;
    return row === undefined ? undefined : { record: JSON.parse(row.record) as Article, text: row.text };
  }

  /** An article's record alone (its title, date and address), without reading its text. */
  record(id: string): Article | undefined {
    const row = this.db.prepare('SELECT record FROM articles WHERE id = ?').get(id) as { record: string } | undefined;
    return row === undefined ? undefined : (JSON.parse(row.record) as Article);
  }

  get path(): string {
    return this.store.path;
  }
}
