import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, MIGRATIONS } from '../../src/runner/store/schema.js';
import { Conflict, DeskStore, ReviewLedger } from '../../src/runner/store/index.js';

/** A store with one run whose reconciliation holds the given findings (claims by id). */
function storeWith(path: string, findings: Array<{ id: string; claims: string[] }>, startedAt = '2025-01-02T03:04:05.000Z') {
  const store = DeskStore.open(path, { create: true });
  store.beginRun({ runId: startedAt, startedAt, toolVersion: 't', pipelineHash: 'p', pipeline: { name: 'n', path: 'p', stages: [] }, published: null });
  save(store, findings);
  return store;
}

function save(store: DeskStore, findings: Array<{ id: string; claims: string[] }>) {
  store.saveReconciliation(new Set(['b']), [], findings.map((f) => ({
    id: f.id, block: 'b', kind: 'discrepancy', claims: f.claims,
    body: JSON.stringify({ id: f.id, kind: 'discrepancy', severity: 0.5, claims: f.claims, explanation: `finding ${f.id}` }),
    frames: JSON.stringify({ claims: f.claims.map((id) => ({ id, article: 'a1', path: 'a.txt', valueText: id, quote: id, start: 0, end: 1, valueStart: 0, valueEnd: 1, low: 1, high: 1, lowInclusive: true, highInclusive: true, unit: 'count', measure: 'deaths', place: 'United States', placeWords: null, period: null, statistic: 'count', vintage: null, vintageWords: null, source: null, official: null })), mentions: [] }),
  })), []);
}

describe('ReviewLedger: decisions and their audit trail', () => {
  let dir: string;
  let store: DeskStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimgraph-ledger-'));
    store = storeWith(join(dir, 'desk.sqlite'), [{ id: 'f1', claims: ['c1', 'c2'] }, { id: 'f2', claims: ['c3', 'c4'] }]);
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists every stored finding open, decides one on the version seen, and keeps who, when, what and the state before', () => {
    const ledger = new ReviewLedger(store);
    expect(ledger.findings().map((f) => [f.id, f.decision.status, f.decision.version])).toEqual([['f1', 'open', 0], ['f2', 'open', 0]]);
    const first = ledger.decide({ finding: 'f1', status: 'confirmed', note: ' two counts ', reviewer: 'Ann', version: 0, at: '2025-02-01T00:00:00.000Z' });
    expect(first).toEqual({ status: 'confirmed', note: 'two counts', reviewer: 'Ann', version: 1, decidedAt: '2025-02-01T00:00:00.000Z' });
    ledger.decide({ finding: 'f1', status: 'different-facts', note: '', reviewer: 'Bob', version: 1, at: '2025-02-02T00:00:00.000Z' });
    expect(ledger.trail('f1').map((t) => [t.reviewer, t.action, t.status, t.before?.status ?? null])).toEqual([
      ['Ann', 'decide', 'confirmed', null], ['Bob', 'decide', 'different-facts', 'confirmed'],
    ]);
    expect(ledger.finding('f1')?.decision.status).toBe('different-facts');
  });

  it('refuses a decision on a version another reviewer replaced, saying who decided what', () => {
    const ledger = new ReviewLedger(store);
    ledger.decide({ finding: 'f1', status: 'confirmed', note: '', reviewer: 'Ann', version: 0, at: '2025-02-01T00:00:00.000Z' });
    let error: unknown;
    try {
      ledger.decide({ finding: 'f1', status: 'same-fact', note: '', reviewer: 'Bob', version: 0, at: '2025-02-01T00:00:01.000Z' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Conflict);
    expect((error as Conflict).current).toMatchObject({ status: 'confirmed', reviewer: 'Ann', version: 1 });
    expect(ledger.trail('f1')).toHaveLength(1);
  });

  it('refuses an unknown finding, a decision without a name and "open" as a decision', () => {
    const ledger = new ReviewLedger(store);
    expect(() => ledger.decide({ finding: 'nope', status: 'confirmed', note: '', reviewer: 'Ann', version: 0, at: 'x' })).toThrow(/no finding nope/);
    expect(() => ledger.decide({ finding: 'f1', status: 'confirmed', note: '', reviewer: '  ', version: 0, at: 'x' })).toThrow(/reviewer's name/);
    expect(() => ledger.decide({ finding: 'f1', status: 'open', note: '', reviewer: 'Ann', version: 0, at: 'x' })).toThrow(/a decision is one of/);
  });

  it('keeps the audit trail append-only in SQLite itself', () => {
    const ledger = new ReviewLedger(store);
    ledger.decide({ finding: 'f1', status: 'confirmed', note: '', reviewer: 'Ann', version: 0, at: '2025-02-01T00:00:00.000Z' });
    const db = store.connection();
    expect(() => db.prepare("UPDATE audit SET reviewer = 'Eve'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit').run()).toThrow(/append-only/);
    expect(ledger.trail('f1')[0]?.reviewer).toBe('Ann');
  });

  it('a later run keeps a decided finding decided while its claims are the same, and reopens it, saying why, when they change', () => {
    const ledger = new ReviewLedger(store);
    ledger.decide({ finding: 'f1', status: 'different-facts', note: '', reviewer: 'Ann', version: 0, at: '2025-02-01T00:00:00.000Z' });
    ledger.decide({ finding: 'f2', status: 'confirmed', note: '', reviewer: 'Ann', version: 0, at: '2025-02-01T00:00:00.000Z' });
    store.beginRun({ runId: 'r2', startedAt: '2025-03-01T00:00:00.000Z', toolVersion: 't', pipelineHash: 'p', pipeline: { name: 'n', path: 'p', stages: [] }, published: null });
    save(store, [{ id: 'f1', claims: ['c2', 'c1'] }, { id: 'f2', claims: ['c3', 'c4', 'c9'] }]);
    expect(ledger.finding('f1')?.decision).toMatchObject({ status: 'different-facts', version: 1 });
    const reopened = ledger.finding('f2')!.decision;
    expect(reopened).toMatchObject({ status: 'open', reviewer: 'claimgraph', version: 2, note: 'reopened: a run added claim c9', decidedAt: '2025-03-01T00:00:00.000Z' });
    expect(ledger.trail('f2').map((t) => [t.action, t.status, t.before?.status])).toEqual([['decide', 'confirmed', undefined], ['reopen', 'open', 'confirmed']]);
  });
});

describe('a store made before the review', () => {
  it('is brought up to the review\'s schema when opened, its findings kept and listed once a run stores their bodies', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimgraph-v1-'));
    const path = join(dir, 'desk.sqlite');
    const db = new Database(path);
    db.exec(MIGRATIONS[0]!);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma('user_version = 1');
    db.prepare("INSERT INTO runs (run_id, started_at, status, tool_version, pipeline_hash, pipeline) VALUES ('r0', '2024-01-01', 'complete', 't', 'p', '{}')").run();
    db.prepare("INSERT INTO findings (id, block, kind, first_run) VALUES ('old', 'b', 'discrepancy', 1)").run();
    db.close();
    const store = DeskStore.open(path, { create: false });
    try {
      expect(store.version()).toBe(MIGRATIONS.length);
      const ledger = new ReviewLedger(store);
      // a finding stored before the review has no body to show: a later run that touches its block stores one
      expect(ledger.findings()).toEqual([]);
      expect(store.lastReconciliation().findings.get('old')).toEqual({ kind: 'discrepancy', firstRun: 1 });
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
