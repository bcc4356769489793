// Drops three indexes no query reads. Possible-duplicate checks on import load every engineer's email,
// folded name and country into memory in one scan (db/bench-file/existing.ts), and country facets come
// from the in-memory bench; yet each index cost every engineer write a B-tree insert at a random place,
// about a fifth of a 100k-engineer import. The indexes the app does query stay (skill -> engineers,
// availability, vetting status, archived, assessment status).
import { sql, type Kysely, type Migration } from 'kysely';

export const m0002_drop_unread_indexes: Migration = {
  async up(db: Kysely<unknown>) {
    for (const name of ['engineers_email', 'engineers_name_key', 'engineers_country']) await sql.raw(`DROP INDEX IF EXISTS ${name}`).execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql.raw('CREATE INDEX engineers_country ON engineers (country)').execute(db);
    await sql.raw('CREATE INDEX engineers_name_key ON engineers (name_key, country)').execute(db);
    await sql.raw('CREATE INDEX engineers_email ON engineers (email COLLATE NOCASE) WHERE email IS NOT NULL').execute(db);
  },
};
