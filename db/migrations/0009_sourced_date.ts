// The day each engineer entered sourcing (the bench file's `sourcedDate`): the vetting queue counts the
// wait from it. Before, the wait started at the row's created_at, which is the day of the import: a
// whole bench imported today waited 0 days.
import { sql, type Kysely, type Migration } from 'kysely';

export const m0009_sourced_date: Migration = {
  async up(db: Kysely<unknown>) {
    await sql.raw('ALTER TABLE engineers ADD COLUMN sourced_date TEXT').execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql.raw('ALTER TABLE engineers DROP COLUMN sourced_date').execute(db);
  },
};
