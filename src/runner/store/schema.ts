/**
 * The desk store's tables. A store is a SQLite file (better-sqlite3) that claimgraph marks as its own with
 * `PRAGMA application_id` and versions with `PRAGMA user_version`; MIGRATIONS[k] takes a store from version k to
 * k + 1, each in one transaction, so a store made by an older claimgraph is brought up to date when it is opened.
 */

/** "CGr1" as a 32-bit integer: SQLite writes it into the file's header, where `store check` and `open` look. */
export const APPLICATION_ID = 0x43477231;

/** Per-article results are JSON as the run's journal writes them; texts are those the offsets refer to. */
const V1 = `
CREATE TABLE runs (
  seq INTEGER PRIMARY KEY,
  run_id TEXT NOT NULL UNIQUE,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL CHECK (status IN ('running', 'complete', 'interrupted', 'stopped')),
  tool_version TEXT NOT NULL,
  pipeline_hash TEXT NOT NULL,
  -- {name, path, stages} as the manifest names the pipeline
  pipeline TEXT NOT NULL,
  published TEXT
);
-- every input of every run, with its fate, in input order (what export lists as its inputs)
CREATE TABLE inputs (
  run INTEGER NOT NULL REFERENCES runs(seq),
  seq INTEGER NOT NULL,
  entry TEXT NOT NULL,
  PRIMARY KEY (run, seq)
);
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  sha256 TEXT NOT NULL UNIQUE,
  run INTEGER NOT NULL REFERENCES runs(seq),
  path TEXT NOT NULL,
  record TEXT NOT NULL,
  claims TEXT NOT NULL,
  entities TEXT NOT NULL,
  text TEXT NOT NULL
);
-- the blocks each article's claims can meet other claims in (blockKeys of stage 05): what a run recomputes
CREATE TABLE claim_blocks (
  block TEXT NOT NULL,
  article INTEGER NOT NULL REFERENCES articles(seq),
  PRIMARY KEY (block, article)
) WITHOUT ROWID;
CREATE INDEX claim_blocks_article ON claim_blocks (article);
-- the reconciliation as runs left it, block by block: each fact's verdict and each finding, to say what a later
-- run changed
CREATE TABLE facts (
  id TEXT PRIMARY KEY,
  block TEXT NOT NULL,
  verdict TEXT NOT NULL,
  first_run INTEGER NOT NULL REFERENCES runs(seq)
);
CREATE INDEX facts_block ON facts (block);
CREATE TABLE findings (
  id TEXT PRIMARY KEY,
  block TEXT NOT NULL,
  kind TEXT NOT NULL,
  first_run INTEGER NOT NULL REFERENCES runs(seq)
);
CREATE INDEX findings_block ON findings (block);
-- what each run changed: a new finding, a fact whose verdict moved, a new article against an established fact
CREATE TABLE changes (
  run INTEGER NOT NULL REFERENCES runs(seq),
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('new-finding', 'verdict', 'contradicts')),
  subject TEXT NOT NULL,
  before TEXT,
  after TEXT,
  PRIMARY KEY (run, seq)
);
-- the store's own state: which run's reconciliation the facts and findings tables hold
CREATE TABLE state (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
-- official figures (reference tables), one row a figure
CREATE TABLE reference_rows (
  seq INTEGER PRIMARY KEY,
  source_file TEXT NOT NULL,
  line INTEGER NOT NULL,
  row TEXT NOT NULL,
  UNIQUE (source_file, line)
);
`;

/**
 * The auditor's review (claimgraph review): each finding as the run wrote it, with the claims it is
 * about; each finding's decision, versioned so that two reviewers never overwrite each other unseen; and the
 * audit trail, which SQLite itself keeps append-only.
 */
const V2 = `
ALTER TABLE findings ADD COLUMN body TEXT;
ALTER TABLE findings ADD COLUMN claims TEXT NOT NULL DEFAULT '';
-- the claims' figures, words and frames as the review shows them, and the facts' other mentions (JSON)
ALTER TABLE findings ADD COLUMN frames TEXT NOT NULL DEFAULT '{"claims":[],"mentions":[]}';
CREATE TABLE decisions (
  finding TEXT PRIMARY KEY,
  status TEXT NOT NULL CHECK (status IN ('open', 'confirmed', 'same-fact', 'different-facts', 'follow-up')),
  note TEXT NOT NULL,
  reviewer TEXT NOT NULL,
  version INTEGER NOT NULL,
  decided_at TEXT NOT NULL,
  -- the claims the finding was about when it was decided: a run that changes them reopens it
  claims TEXT NOT NULL
);
CREATE TABLE audit (
  seq INTEGER PRIMARY KEY,
  finding TEXT NOT NULL,
  at TEXT NOT NULL,
  reviewer TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('decide', 'reopen')),
  status TEXT NOT NULL,
  note TEXT NOT NULL,
  -- the decision before, as JSON, or null
  before TEXT
);
CREATE INDEX audit_finding ON audit (finding, seq);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
`;

export const MIGRATIONS: readonly string[] = [V1, V2];
export const SCHEMA_VERSION = MIGRATIONS.length;
