// The team bench's local tables (docs/team-design.md, "Local side"). The capture triggers are not
// created here but when a bench joins a team (db/team/local/triggers.ts): measured on 300k row inserts,
// even idle triggers (a WHEN clause that finds capture off) tripled the cost of each row write, about
// 2.5 s on a 100k-engineer import, which a bench that never joins a team should not pay.
import { sql, type Kysely, type Migration } from 'kysely';

const statements = [
  `CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
  `INSERT INTO sync_state (key, value) VALUES ('capture', '0'), ('clock', '0000000000000-00000'), ('node', ''), ('pulled_seq', '0')`,
  `CREATE TABLE sync_dirty (
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    hlc TEXT NOT NULL,
    PRIMARY KEY (entity, record_id)
  ) WITHOUT ROWID`,
  // fields: the record as last recorded or received (JSON object); hlcs: each field's stamp; applied = 0
  // while the fields received do not make a valid record yet (retried at every apply).
  `CREATE TABLE sync_base (
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    fields TEXT NOT NULL,
    hlcs TEXT NOT NULL,
    applied INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (entity, record_id)
  )`,
  `CREATE INDEX sync_base_pending ON sync_base (applied) WHERE applied = 0`,
  `CREATE TABLE sync_outbox (
    seq INTEGER PRIMARY KEY,
    change_id TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    hlc TEXT NOT NULL
  )`,
  `CREATE INDEX sync_outbox_field ON sync_outbox (entity, record_id, field)`,
  `CREATE TABLE sync_conflicts (
    id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    lost_value TEXT NOT NULL,
    lost_hlc TEXT,
    lost_author TEXT,
    won_value TEXT NOT NULL,
    won_hlc TEXT NOT NULL,
    won_author TEXT,
    at TEXT NOT NULL
  )`,
  `CREATE INDEX sync_conflicts_record ON sync_conflicts (entity, record_id)`,
  `CREATE TABLE sync_refused (
    id INTEGER PRIMARY KEY,
    change_id TEXT NOT NULL,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
  )`,
];

const tables = ['sync_refused', 'sync_conflicts', 'sync_outbox', 'sync_base', 'sync_dirty', 'sync_state'];

export const m0003_team_sync: Migration = {
  async up(db: Kysely<unknown>) {
    for (const s of statements) await sql.raw(s).execute(db);
  },
  async down(db: Kysely<unknown>) {
    // The capture triggers of a joined bench (db/team/local/triggers.ts) go with the tables they write.
    const triggers = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync%'`.execute(db);
    for (const t of triggers.rows) await sql.raw(`DROP TRIGGER IF EXISTS ${t.name}`).execute(db);
    for (const t of tables) await sql.raw(`DROP TABLE IF EXISTS ${t}`).execute(db);
  },
};
