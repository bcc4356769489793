// Each waiting change keeps the field's stamp the laptop held when the edit was made (its base), sent
// with the change: a receiver holding another stamp knows the two edits were made apart and records the
// conflict, whichever laptop synced first (docs/team-design.md, "Conflicts"). A waiting edit that a
// later remote one overwrote is marked `lost` rather than dropped: it is still sent, so the server's
// history holds it and the other laptops learn of the conflict, but it no longer counts as a local edit.
// 0007: after the 0006 migrations of other branches.
import { sql, type Kysely, type Migration } from 'kysely';

export const m0007_team_conflicts: Migration = {
  async up(db: Kysely<unknown>) {
    await sql.raw('ALTER TABLE sync_outbox ADD COLUMN base_hlc TEXT').execute(db);
    await sql.raw('ALTER TABLE sync_outbox ADD COLUMN lost INTEGER NOT NULL DEFAULT 0').execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql.raw('ALTER TABLE sync_outbox DROP COLUMN lost').execute(db);
    await sql.raw('ALTER TABLE sync_outbox DROP COLUMN base_hlc').execute(db);
  },
};
