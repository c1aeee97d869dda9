import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Article, ManifestInput, OfficialFigure } from '../../contracts/index.js';
import { inputPlace } from '../../core/batch.js';
import { UsageError } from '../../core/errors.js';
import { reopenChanged } from './review.js';
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from './schema.js';

/** A finding as a run stores it: its block and kind, its body as discrepancies.json writes it, what it is about. */
export interface ReviewedFinding {
  id: string;
  block: string;
  kind: string;
  body: string;
  claims: readonly string[];
  /** the claims' figures, words and frames as the review shows them, and the facts' other mentions (JSON of review.ts `FindingFrames`) */
  frames: string;
}

/** One stored article: its record, its claims and entities as the run's journal wrote them, and its text. */
export interface StoredArticle {
  record: Article;
  /** claims.jsonl lines with the article's own entity ids (before the batch merge) */
  claims: string;
  /** `{mentions, entities}` as the entity stage left them for this article */
  entities: string;
}

export interface StoreRun {
  runId: string;
  startedAt: string;
  toolVersion: string;
  pipelineHash: string;
  /** the pipeline as the manifest names it */
  pipeline: { name: string; path: string; stages: string[] };
  published: string | null;
}

/** Where an article already in the store was first read: its input's place, and the run that read it. */
export interface StoredBy {
  path: string;
  runId: string;
}

const SQLITE_HEADER = 'SQLite format 3\0';
/**
 * A write transaction is committed once this many articles are pending, or when the first pending input settled
 * this long ago (and at every `flush`): as the run's journal, what settled up to ~200 ms before a kill is kept.
 */
const BATCH_ARTICLES = 256;
const BATCH_MS = 200;

/**
 * A research desk's store: every article a run read (its record, claims, entities and text), every input's fate,
 * and the verdicts and findings of the last reconciliation, in one SQLite file (better-sqlite3: embedded, no
 * server; WAL mode, so `store check` and exports can read while a run writes). The runner is the only place that
 * knows about time, files and databases; this class is part of it.
 *
 * Opening refuses, with the reason, a file that is not SQLite, a SQLite file that is not claimgraph's, a damaged
 * one and one made by a newer claimgraph; it never writes to any of them. Settled inputs are written in
 * transactions (up to 256 articles, or what settled in ~200 ms): a run killed at any point leaves the store as it
 * was after its last committed transaction, each article whole or absent with its input's record.
 */
export class DeskStore {
  private pending: Array<() => void> = [];
  private pendingArticles = 0;
  private pendingSince = 0;
  private run: number | null = null;
  private inputSeq = 0;

  /** statements prepared once a store: several run for every input a run settles */
  private readonly statements = new Map<string, Database.Statement>();

  private constructor(readonly path: string, private readonly db: Database.Database) {}

  private sql(query: string): Database.Statement {
    let statement = this.statements.get(query);
    if (statement === undefined) this.statements.set(query, (statement = this.db.prepare(query)));
    return statement;
  }

  static open(path: string, options: { create: boolean; readonly?: boolean }): DeskStore {
    const fresh = !existsSync(path) || statSync(path).size === 0;
    if (fresh && !options.create) throw new UsageError(`no store at ${path}: run \`claimgraph run <inputs> --store ${path}\` first`);
    if (!fresh) refuseForeign(path);
    let db: Database.Database;
    try {
      db = new Database(path, { readonly: options.readonly === true && !fresh, fileMustExist: !fresh });
    } catch (error) {
      throw new UsageError(`cannot open the store ${path}: ${(error as Error).message}`);
    }
    try {
      if (!fresh) {
        const id = db.pragma('application_id', { simple: true }) as number;
        if (id !== APPLICATION_ID) throw new UsageError(`${path} is a SQLite database but not a claimgraph store; claimgraph will not write to it. Give --store a new file name.`);
        const version = db.pragma('user_version', { simple: true }) as number;
        if (version > SCHEMA_VERSION) {
          throw new UsageError(`${path} was made by a newer claimgraph (store schema ${version}; this one knows up to ${SCHEMA_VERSION}): upgrade claimgraph to use it`);
        }
      }
      if (options.readonly !== true || fresh) {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = FULL');
        db.pragma('foreign_keys = ON');
        migrate(db);
      }
    } catch (error) {
      db.close();
      if (error instanceof UsageError) throw error;
      throw damaged(path, error);
    }
    return new DeskStore(path, db);
  }

  /** The connection, for the store's own modules (review.ts): nothing outside the store reads its tables. */
  connection(): Database.Database {
    return this.db;
  }

  /** The schema version the file is at. */
  version(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  /**
   * Start a run. A store holds the results of one pipeline and claimgraph version, so that every article in it
   * was read the same way: a run with another one is refused, saying which. Runs a killed process left
   * `running` are marked `stopped`.
   */
  beginRun(run: StoreRun): number {
    const last = this.sql('SELECT tool_version, pipeline_hash, published FROM runs ORDER BY seq DESC LIMIT 1').get() as
      | { tool_version: string; pipeline_hash: string; published: string | null } | undefined;
    const hasArticles = this.sql('SELECT 1 FROM articles LIMIT 1').get() !== undefined;
    if (last !== undefined && hasArticles) {
      if (last.tool_version !== run.toolVersion || last.pipeline_hash !== run.pipelineHash) {
        throw new UsageError(
          `the store ${this.path} holds articles read by claimgraph ${last.tool_version} with pipeline ${last.pipeline_hash}; this run is claimgraph ` +
            `${run.toolVersion} with pipeline ${run.pipelineHash}. Use the same claimgraph and pipeline, or start a new store (\`claimgraph export\` keeps the old one's files).`,
        );
      }
      if ((last.published ?? null) !== run.published) {
        throw new UsageError(`the store ${this.path} was filled with --published ${last.published ?? '(none)'}; run with the same --published, or start a new store`);
      }
    }
    this.sql("UPDATE runs SET status = 'stopped' WHERE status = 'running'").run();
    const info = this.sql(
      "INSERT INTO runs (run_id, started_at, status, tool_version, pipeline_hash, pipeline, published) VALUES (?, ?, 'running', ?, ?, ?, ?)",
    ).run(run.runId, run.startedAt, run.toolVersion, run.pipelineHash, JSON.stringify(run.pipeline), run.published);
    this.run = Number(info.lastInsertRowid);
    return this.run;
  }

  /** The run being written, as its sequence number (1 for the store's first). */
  get currentRun(): number {
    if (this.run === null) throw new Error('no run begun');
    return this.run;
  }

  /** Where an article with this content was first read, when the store holds it. */
  storedBy(sha256: string): StoredBy | undefined {
    const row = this.sql('SELECT a.path, r.run_id FROM articles a JOIN runs r ON r.seq = a.run WHERE a.sha256 = ?').get(sha256) as
      | { path: string; run_id: string } | undefined;
    return row === undefined ? undefined : { path: row.path, runId: row.run_id };
  }

  /** The last run's settings, which an export of the store names in its manifest. */
  lastRun(): { runId: string; toolVersion: string; pipeline: StoreRun['pipeline']; published: string | null } | undefined {
    const row = this.sql('SELECT run_id, tool_version, pipeline, published FROM runs ORDER BY seq DESC LIMIT 1').get() as
      | { run_id: string; tool_version: string; pipeline: string; published: string | null } | undefined;
    return row === undefined ? undefined : { runId: row.run_id, toolVersion: row.tool_version, pipeline: JSON.parse(row.pipeline) as StoreRun['pipeline'], published: row.published };
  }

  /**
   * Record one settled input of the current run (in input order), and the article it read with the blocks its
   * claims can meet other claims in.
   */
  record(entry: ManifestInput, article?: StoredArticle & { text: string; blocks: readonly string[] }): void {
    const run = this.currentRun;
    const seq = this.inputSeq++;
    const json = JSON.stringify(entry);
    if (this.pending.length === 0) this.pendingSince = Date.now();
    this.pending.push(() => this.sql('INSERT INTO inputs (run, seq, entry) VALUES (?, ?, ?)').run(run, seq, json));
    if (article) {
      const { record, claims, entities, text, blocks } = article;
      this.pending.push(() => {
        const info = this.sql('INSERT INTO articles (id, sha256, run, path, record, claims, entities, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
          .run(record.id, record.sha256, run, inputPlace(entry), JSON.stringify(record), claims, entities, text);
        const block = this.sql('INSERT OR IGNORE INTO claim_blocks (block, article) VALUES (?, ?)');
        for (const b of blocks) block.run(b, info.lastInsertRowid);
      });
      this.pendingArticles++;
    }
    if (this.pendingArticles >= BATCH_ARTICLES || Date.now() - this.pendingSince >= BATCH_MS) this.flush();
  }

  /** Commit what is pending in one transaction. */
  flush(): void {
    if (this.pending.length === 0) return;
    const work = this.pending;
    this.pending = [];
    this.pendingArticles = 0;
    this.db.transaction(() => {
      for (const write of work) write();
    })();
  }


  /** The blocks the claims of the articles a run added can meet other claims in. */
  blocksOfRun(run: number): Set<string> {
    const rows = this.sql('SELECT DISTINCT b.block FROM claim_blocks b JOIN articles a ON a.seq = b.article WHERE a.run = ?').all(run) as Array<{ block: string }>;
    return new Set(rows.map((r) => r.block));
  }

  /**
   * The stored articles in the order the store took them (run by run, each in input order): all of them, or
   * those with a claim in one of `blocks`.
   */
  *articles(blocks?: ReadonlySet<string>): Generator<StoredArticle> {
    let query = 'SELECT record, claims, entities FROM articles ORDER BY seq';
    if (blocks !== undefined) {
      this.db.exec('CREATE TEMP TABLE IF NOT EXISTS wanted (block TEXT PRIMARY KEY) WITHOUT ROWID; DELETE FROM wanted;');
      const add = this.sql('INSERT OR IGNORE INTO wanted (block) VALUES (?)');
      this.db.transaction(() => {
        for (const b of blocks) add.run(b);
      })();
      query = 'SELECT record, claims, entities FROM articles WHERE seq IN (SELECT b.article FROM claim_blocks b JOIN wanted w ON w.block = b.block) ORDER BY seq';
    }
    for (const row of this.sql(query).iterate() as Iterable<{ record: string; claims: string; entities: string }>) {
      yield { record: JSON.parse(row.record) as Article, claims: row.claims, entities: row.entities };
    }
  }

  /** An article's text (the one its offsets refer to). */
  text(id: string): string | undefined {
    return (this.sql('SELECT text FROM articles WHERE id = ?').get(id) as { text: string } | undefined)?.text;
  }

  /** Every input of every run, in order. */
  *inputs(): Generator<{ run: number; entry: ManifestInput }> {
    for (const row of this.sql('SELECT run, entry FROM inputs ORDER BY run, seq').iterate() as Iterable<{ run: number; entry: string }>) {
      yield { run: row.run, entry: JSON.parse(row.entry) as ManifestInput };
    }
  }

  counts(): { runs: number; articles: number } {
    const runs = (this.sql('SELECT count(*) n FROM runs').get() as { n: number }).n;
    const articles = (this.sql('SELECT count(*) n FROM articles').get() as { n: number }).n;
    return { runs, articles };
  }

  /** The ids of the articles run `run` (its sequence number) added. */
  articlesOfRun(run: number): Set<string> {
    return new Set((this.sql('SELECT id FROM articles WHERE run = ?').all(run) as Array<{ id: string }>).map((r) => r.id));
  }

  /**
   * Facts' verdicts and the findings the store holds (of `blocks` only, when given), and the run that reconciled
   * last (null: none yet).
   */
  lastReconciliation(blocks?: ReadonlySet<string>): {
    run: { runId: string; at: string } | null;
    facts: Map<string, { verdict: string; firstRun: number }>;
    findings: Map<string, { kind: string; firstRun: number }>;
  } {
    const by = this.sql("SELECT r.run_id, r.started_at FROM state s JOIN runs r ON r.seq = CAST(s.value AS INTEGER) WHERE s.key = 'reconciled_by'").get() as
      | { run_id: string; started_at: string } | undefined;
    const inBlocks = (b: string) => blocks === undefined || blocks.has(b);
    const facts = new Map<string, { verdict: string; firstRun: number }>();
    for (const r of this.sql('SELECT id, block, verdict, first_run FROM facts').iterate() as Iterable<{ id: string; block: string; verdict: string; first_run: number }>) {
      if (inBlocks(r.block)) facts.set(r.id, { verdict: r.verdict, firstRun: r.first_run });
    }
    const findings = new Map<string, { kind: string; firstRun: number }>();
    for (const r of this.sql('SELECT id, block, kind, first_run FROM findings').iterate() as Iterable<{ id: string; block: string; kind: string; first_run: number }>) {
      if (inBlocks(r.block)) findings.set(r.id, { kind: r.kind, firstRun: r.first_run });
    }
    return { run: by === undefined ? null : { runId: by.run_id, at: by.started_at }, facts, findings };
  }

  /**
   * Replace the reconciliation of `blocks` with this run's, and record what changed (`changes`), in one
   * transaction: facts and findings keep the run that first saw them; those of other blocks stay as they are.
   * Each finding keeps its body (as discrepancies.json writes it), the claims it is about and their frames, for
   * the review; a decided finding whose claims this run changed is reopened, saying why (`reopenChanged`).
   */
  saveReconciliation(
    blocks: ReadonlySet<string>,
    facts: ReadonlyArray<{ id: string; block: string; verdict: string }>,
    findings: ReadonlyArray<ReviewedFinding>,
    changes: ReadonlyArray<{ kind: 'new-finding' | 'verdict' | 'contradicts'; subject: string; before: string | null; after: string | null }>,
  ): void {
    const run = this.currentRun;
    const before = this.lastReconciliation(blocks);
    this.db.transaction(() => {
      const dropFacts = this.sql('DELETE FROM facts WHERE block = ?');
      const dropFindings = this.sql('DELETE FROM findings WHERE block = ?');
      for (const b of blocks) {
        dropFacts.run(b);
        dropFindings.run(b);
      }
      const fact = this.sql('INSERT OR REPLACE INTO facts (id, block, verdict, first_run) VALUES (?, ?, ?, ?)');
      for (const f of facts) fact.run(f.id, f.block, f.verdict, before.facts.get(f.id)?.firstRun ?? run);
      const finding = this.sql('INSERT OR REPLACE INTO findings (id, block, kind, first_run, body, claims, frames) VALUES (?, ?, ?, ?, ?, ?, ?)');
      for (const f of findings) {
        finding.run(f.id, f.block, f.kind, before.findings.get(f.id)?.firstRun ?? run, f.body, [...f.claims].sort().join('\n'), f.frames);
      }
      reopenChanged(this.db, findings, run);
      const change = this.sql('INSERT INTO changes (run, seq, kind, subject, before, after) VALUES (?, ?, ?, ?, ?, ?)');
      changes.forEach((c, k) => change.run(run, k, c.kind, c.subject, c.before, c.after));
      this.sql("INSERT INTO state (key, value) VALUES ('reconciled_by', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(String(run));
    })();
  }

  /** Keep a reference table's rows (those of an earlier table of the same file name are replaced), in one transaction. */
  addReference(table: string, figures: readonly OfficialFigure[]): void {
    this.db.transaction(() => {
      this.sql('DELETE FROM reference_rows WHERE source_file = ?').run(table);
      const insert = this.sql('INSERT INTO reference_rows (source_file, line, row) VALUES (?, ?, ?)');
      for (const f of figures) insert.run(table, f.line, JSON.stringify(f));
    })();
  }

  /** Every official figure the store keeps, by table and line. */
  referenceFigures(): OfficialFigure[] {
    return (this.sql('SELECT row FROM reference_rows ORDER BY source_file, line').all() as Array<{ row: string }>).map((r) => JSON.parse(r.row) as OfficialFigure);
  }

  /** Close the current run with its status. */
  endRun(status: 'complete' | 'interrupted', finishedAt: string): void {
    this.flush();
    this.sql('UPDATE runs SET status = ?, finished_at = ? WHERE seq = ?').run(status, finishedAt, this.currentRun);
  }

  /**
   * What `claimgraph store check` reports: SQLite's own integrity check, the schema version, and the store's
   * own invariants (every article's run exists, every claim line parses and belongs to its article). Empty when
   * all is well.
   */
  check(): string[] {
    try {
      return this.checkRows();
    } catch (error) {
      // a page SQLite cannot read stops the walk: that is the finding
      return [`SQLite: ${(error as Error).message} — the store is damaged; restore it from a backup`];
    }
  }

  private checkRows(): string[] {
    const problems: string[] = [];
    const integrity = this.db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    for (const row of integrity) if (row.integrity_check !== 'ok') problems.push(`SQLite: ${row.integrity_check}`);
    if (this.version() !== SCHEMA_VERSION) problems.push(`schema version ${this.version()}, expected ${SCHEMA_VERSION}`);
    const orphans = (this.sql('SELECT count(*) n FROM articles WHERE run NOT IN (SELECT seq FROM runs)').get() as { n: number }).n;
    if (orphans > 0) problems.push(`${orphans} articles name a run the store does not hold`);
    for (const row of this.sql('SELECT id, record, claims, text FROM articles ORDER BY seq').iterate() as Iterable<{ id: string; record: string; claims: string; text: string }>) {
      try {
        const record = JSON.parse(row.record) as Article;
        if (record.id !== row.id) problems.push(`article ${row.id}: its record names ${record.id}`);
        for (const line of row.claims.split('\n')) {
          if (line === '') continue;
          const claim = JSON.parse(line) as { article: string; start: number; end: number; quote: string };
          if (claim.article !== row.id) problems.push(`article ${row.id}: holds a claim of ${claim.article}`);
          else if (row.text.slice(claim.start, claim.end) !== claim.quote) problems.push(`article ${row.id}: a claim's quote is not its text at ${claim.start}..${claim.end}`);
        }
      } catch (error) {
        problems.push(`article ${row.id}: ${(error as Error).message}`);
      }
    }
    return problems;
  }

  close(): void {
    this.db.close();
  }
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let k = version; k < SCHEMA_VERSION; k++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[k]!);
      if (k === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${k + 1}`);
    })();
  }
}

/** A file that is not a SQLite database is never opened as one (SQLite would overwrite an empty header). */
function refuseForeign(path: string): void {
  const head = Buffer.alloc(16);
  let read = 0;
  try {
    const fd = openSync(path, 'r');
    try {
      read = readSync(fd, head, 0, 16, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new UsageError(`cannot read the store ${path}: ${(error as Error).message}`);
  }
  if (read < 16 || head.toString('latin1') !== SQLITE_HEADER) {
    throw new UsageError(`${path} is not a claimgraph store (not a SQLite database); claimgraph will not write to it. Give --store a new file name.`);
  }
}

function damaged(path: string, error: unknown): UsageError {
  return new UsageError(`the store ${path} is damaged (${(error as Error).message}); claimgraph will not write to it. Restore it from a backup; \`claimgraph store check --store ${path}\` says more.`);
}
