// Client packets (issue 17): the pitch note a person approved for the client, kept beside the note on
// each shortlist entry, and the firm's profile (name, logo, contact line, accent colour, footer text)
// that brands every packet. One row for the whole firm; it travels with the team bench as the `firm`
// record (docs/team-design.md).
import { sql, type Kysely, type Migration } from 'kysely';
import { triggersOn } from '../team/local/triggers';

export const m0012_client_packets: Migration = {
  async up(db: Kysely<unknown>) {
    await sql.raw('ALTER TABLE shortlist_entries ADD COLUMN approved_note TEXT').execute(db);
    await sql.raw(`CREATE TABLE firm_profile (
      id TEXT PRIMARY KEY CHECK (id = 'firm'),
      name TEXT,
      contact TEXT,
      accent TEXT,
      footer TEXT,
      logo_type TEXT,
      logo TEXT,
      updated_at TEXT NOT NULL
    )`).execute(db);
    // A bench already on a team captures its writes with triggers made when it joined: add this table's.
    const capture = await sql<{ value: string }>`SELECT value FROM sync_state WHERE key = 'capture'`.execute(db);
    if (capture.rows[0]?.value === '1') for (const t of triggersOn('firm_profile')) await sql.raw(t).execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql.raw('DROP TABLE firm_profile').execute(db);
    await sql.raw('ALTER TABLE shortlist_entries DROP COLUMN approved_note').execute(db);
  },
};
