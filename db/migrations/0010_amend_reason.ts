// Why an amendment corrects the assessment it amends (the form's reason field, the bench file's optional
// `amendReason`). Null for first records and for amendments made before this column.
import { sql, type Kysely, type Migration } from 'kysely';

export const m0010_amend_reason: Migration = {
  async up(db: Kysely<unknown>) {
    await sql.raw('ALTER TABLE assessments ADD COLUMN amend_reason TEXT').execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql.raw('ALTER TABLE assessments DROP COLUMN amend_reason').execute(db);
  },
};
