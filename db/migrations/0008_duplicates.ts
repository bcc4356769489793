// Merges and "not a duplicate" marks. A merge keeps the two records as they were before (raw rows, the
// rows that moved) so that unmerge can put everything back exactly; a mark keeps a pair off the list.
import { sql, type Kysely, type Migration } from 'kysely';

export const m0008_duplicates: Migration = {
  async up(db: Kysely<unknown>) {
    await sql.raw(`CREATE TABLE merges (
      id TEXT PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      kept_id TEXT NOT NULL,
      merged_id TEXT NOT NULL,
      before TEXT NOT NULL,
      undone_at TEXT
    )`).execute(db);
    await sql.raw(`CREATE TABLE not_duplicates (
      a_id TEXT NOT NULL,
      b_id TEXT NOT NULL,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      PRIMARY KEY (a_id, b_id)
    ) WITHOUT ROWID`).execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql.raw('DROP TABLE not_duplicates').execute(db);
    await sql.raw('DROP TABLE merges').execute(db);
  },
};
