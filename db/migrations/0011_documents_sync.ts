// Kept documents travel with the team bench as records of their own (entity `document`, id
// "<engineer id>/<sha256>"; docs/team-design.md, "Kept documents"). Until now their capture triggers only
// marked the engineer, so the files never left the laptop. On a bench already on a team: the old triggers
// are replaced by the new ones, and every file kept so far is marked, so the next sync sends it.
import { sql, type Kysely, type Migration } from 'kysely';
import { TRIGGER_NAMES, triggersOn } from '../team/local/triggers';

const DOCUMENT_TRIGGERS = TRIGGER_NAMES.filter((n) => n.startsWith('sync_engineer_documents_'));

export const m0011_documents_sync: Migration = {
  async up(db: Kysely<unknown>) {
    // The old pair had the same names with other bodies: dropped whatever the bench's state.
    for (const name of DOCUMENT_TRIGGERS) await sql.raw(`DROP TRIGGER IF EXISTS ${name}`).execute(db);
    const capture = await sql<{ value: string }>`SELECT value FROM sync_state WHERE key = 'capture'`.execute(db);
    if (capture.rows[0]?.value !== '1') return;
    for (const t of triggersOn('engineer_documents')) await sql.raw(t).execute(db);
    await sql.raw(`INSERT OR REPLACE INTO sync_dirty (entity, record_id, hlc)
      SELECT 'document', e.id || '/' || d.sha256, c.value || '-' || n.value
        FROM engineer_documents d JOIN engineers e ON e.pk = d.engineer_pk, sync_state c, sync_state n
       WHERE c.key = 'clock' AND n.key = 'node'`).execute(db);
  },
  async down() {
    // The triggers are the capture's (made by startCapture from the code's list); nothing to undo in the schema.
  },
};
