// The capture triggers. Triggers, not code in each write path, so every path that writes a synced table
// (screens, CLI, import, vetting, future ones) marks the record dirty in the writer's own transaction and
// none can forget. They exist only while the bench is on a team (startCapture creates them, stopCapture
// drops them: idle triggers cost a bench that never joins ~3x per row write); within a team, apply and
// join turn them off for their own transaction with sync_state.capture = '0' (the WHEN clause).
import type { RawDb } from '../../connection';

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

/** A kept document's sync id from its row (OLD or NEW). */
const docId = (row: 'OLD' | 'NEW') => `(SELECT id FROM engineers WHERE pk = ${row}.engineer_pk) || '/' || ${row}.sha256`;

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
  // The firm's profile (migration 0012): one row, id 'firm', the `firm` record.
  ...['INSERT', 'UPDATE'].map((ev) => trigger(`sync_firm_profile_${ev.toLowerCase()}`, ev, 'firm_profile', 'firm', 'NEW.id')),
  trigger('sync_shortlist_entries_delete', 'DELETE', 'shortlist_entries', 'shortlist', '(SELECT id FROM shortlists WHERE pk = OLD.shortlist_pk)'),
  // A kept file is a record of its own ("<engineer id>/<sha256>", shared/team/fields.ts): adding one marks
  // it, deleting one marks it (the flush sends its tombstone), and a merge moving it to the kept engineer
  // (UPDATE of engineer_pk) marks both ids. A file that goes with its engineer's row (ON DELETE CASCADE,
  // an erasure) marks nothing: the engineer is already gone, and erasure has its own tombstone.
  trigger('sync_engineer_documents_insert', 'INSERT', 'engineer_documents', 'document', docId('NEW')),
  trigger('sync_engineer_documents_delete', 'DELETE', 'engineer_documents', 'document', docId('OLD'), 'EXISTS (SELECT 1 FROM engineers WHERE pk = OLD.engineer_pk)'),
  trigger('sync_engineer_documents_move_from', 'UPDATE OF engineer_pk', 'engineer_documents', 'document', docId('OLD'), 'OLD.engineer_pk <> NEW.engineer_pk'),
  trigger('sync_engineer_documents_move_to', 'UPDATE OF engineer_pk', 'engineer_documents', 'document', docId('NEW'), 'OLD.engineer_pk <> NEW.engineer_pk'),
];

export const TRIGGER_NAMES = TRIGGERS.map((t) => /CREATE TRIGGER (\w+)/.exec(t)![1]!);


export function installTriggers(raw: RawDb): void {
  const has = raw.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
  for (const [i, sql] of TRIGGERS.entries()) {
    // A bench migrated only part way (a migration's own test) lacks the later tables: their triggers wait.
    if (!has.get(/ ON (\w+)/.exec(sql)![1]!)) continue;
    raw.exec(sql.replace(`CREATE TRIGGER ${TRIGGER_NAMES[i]}`, `CREATE TRIGGER IF NOT EXISTS ${TRIGGER_NAMES[i]}`));
  }
}

/** The CREATE statements of the triggers on one table (a migration adding the table on a team bench adds them). */
export function triggersOn(table: string): string[] {
  return TRIGGERS.filter((t) => new RegExp(` ON ${table}\\b`).test(t)).map((t) => t.replace('CREATE TRIGGER ', 'CREATE TRIGGER IF NOT EXISTS '));
}

export function removeTriggers(raw: RawDb): void {
  for (const name of TRIGGER_NAMES) raw.exec(`DROP TRIGGER IF EXISTS ${name}`);
}
