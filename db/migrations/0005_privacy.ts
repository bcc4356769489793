// Each engineer's legal basis and retention date (LGPD / GDPR), as the bench file's `privacy` object in
// one JSON column: read and written whole, never queried by its parts in SQL (the Privacy view and
// `privacy due` filter the bench in memory).
import { sql, type Kysely, type Migration } from 'kysely';

export const m0005_privacy: Migration = {
  async up(db: Kysely<unknown>) {
    await sql.raw('ALTER TABLE engineers ADD COLUMN privacy TEXT').execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql.raw('ALTER TABLE engineers DROP COLUMN privacy').execute(db);
  },
};
