// The team bench's local tables (docs/team-design.md, "Local side") and the capture triggers. Triggers,
// not code in each write path, so every path that writes a synced table (screens, CLI, import, vetting,
// future ones) marks the record dirty in the writer's own transaction and none can forget. While
// capture is off (a bench that never joined a team) each trigger costs one primary-key lookup of
// sync_state in its WHEN clause and nothing else.
import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Advances the clock kept in sync_state ("<ms:13>-<counter:5>") as shared/team/hlc.ts does:
 * max(now, last + 1), the counter carrying into ms when full.
 */
const TICK = `UPDATE sync_state SET value = CASE
      WHEN CAST(ROUND(unixepoch('subsec') * 1000) AS INTEGER) > CAST(substr(value, 1, 13) AS INTEGER)
        THEN printf('%013d-00000', CAST(ROUND(unixepoch('subsec') * 1000) AS INTEGER))
      WHEN CAST(substr(value, 15, 5) AS INTEGER) >= 99999 THEN printf('%013d-00000', CAST(substr(value, 1, 13) AS INTEGER) + 1)
      ELSE printf('%s-%05d', substr(value, 1, 13), CAST(substr(value, 15, 5) AS INTEGER) + 1) END
    WHERE key = 'clock';`;

const CAPTURING = `(SELECT value FROM sync_state WHERE key = 'capture') = '1'`;

/** A trigger that ticks the clock and marks (entity, id) dirty with the new stamp. */
function trigger(name: string, event: string, table: string, entity: string, idExpr: string, when = ''): string {
  return `CREATE TRIGGER ${name} AFTER ${event} ON ${table}
    WHEN ${CAPTURING}${when ? ` AND ${when}` : ''}
    BEGIN
      ${TICK}
      INSERT OR REPLACE INTO sync_dirty (entity, record_id, hlc)
        SELECT '${entity}', ${idExpr}, c.value || '-' || n.value FROM sync_state c, sync_state n WHERE c.key = 'clock' AND n.key = 'node';
    END`;
}

// Skills and role requirements are only ever written together with their engineer's or role's row (the
// bench writer updates the row, then replaces the list), so the parent's trigger covers them; a trigger
// per skill row would run 800k times on a 100k-engineer import. Shortlist entries change alone (status,
// undo), so they mark their shortlist. Assessments mark "@pk": an imported one may have no id, and the
// flush derives its sync id (shared/team/fields.ts assessmentRecordId).
const TRIGGERS: string[] = [
  ...['INSERT', 'UPDATE'].flatMap((ev) => {
    const e = ev.toLowerCase();
    return [
      trigger(`sync_engineers_${e}`, ev, 'engineers', 'engineer', 'NEW.id'),
      trigger(`sync_clients_${e}`, ev, 'clients', 'client', 'NEW.id'),
      trigger(`sync_roles_${e}`, ev, 'roles', 'role', 'NEW.id'),
      trigger(`sync_shortlists_${e}`, ev, 'shortlists', 'shortlist', 'NEW.id'),
      trigger(`sync_assessments_${e}`, ev, 'assessments', 'assessment', `'@' || NEW.pk`, `NEW.status = 'final'`),
      trigger(`sync_shortlist_entries_${e}`, ev, 'shortlist_entries', 'shortlist', '(SELECT id FROM shortlists WHERE pk = NEW.shortlist_pk)'),
    ];
  }),
  trigger('sync_shortlist_entries_delete', 'DELETE', 'shortlist_entries', 'shortlist', '(SELECT id FROM shortlists WHERE pk = OLD.shortlist_pk)'),
];

export const TRIGGER_NAMES = TRIGGERS.map((t) => /CREATE TRIGGER (\w+)/.exec(t)![1]!);

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
  ...TRIGGERS,
];

const tables = ['sync_refused', 'sync_conflicts', 'sync_outbox', 'sync_base', 'sync_dirty', 'sync_state'];

export const m0003_team_sync: Migration = {
  async up(db: Kysely<unknown>) {
    for (const s of statements) await sql.raw(s).execute(db);
  },
  async down(db: Kysely<unknown>) {
    for (const t of TRIGGER_NAMES) await sql.raw(`DROP TRIGGER IF EXISTS ${t}`).execute(db);
    for (const t of tables) await sql.raw(`DROP TABLE IF EXISTS ${t}`).execute(db);
  },
};
