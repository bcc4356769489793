// The original file each engineer came from (a CV), kept with them: the person who reviews a profile can
// open what the candidate sent, and an erasure deletes it with the rest of their data. Bytes live in the
// bench file itself, so a backup or a copied bench keeps them.
import { sql, type Kysely, type Migration } from 'kysely';
import { triggersOn } from '../team/local/triggers';

export const m0006_engineer_documents: Migration = {
  async up(db: Kysely<unknown>) {
    await sql.raw(`CREATE TABLE engineer_documents (
      pk INTEGER PRIMARY KEY,
      engineer_pk INTEGER NOT NULL REFERENCES engineers(pk) ON DELETE CASCADE,
      name TEXT NOT NULL,
      kind TEXT NOT NULL,
      bytes BLOB NOT NULL,
      sha256 TEXT NOT NULL,
      added_at TEXT NOT NULL,
      added_by TEXT NOT NULL
    )`).execute(db);
    await sql.raw('CREATE INDEX engineer_documents_engineer ON engineer_documents (engineer_pk)').execute(db);
    // A bench already on a team captures its writes with triggers made when it joined: add this table's.
    const capture = await sql<{ value: string }>`SELECT value FROM sync_state WHERE key = 'capture'`.execute(db);
    if (capture.rows[0]?.value === '1') for (const t of triggersOn('engineer_documents')) await sql.raw(t).execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql.raw('DROP TABLE engineer_documents').execute(db);
  },
};
