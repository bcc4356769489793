// Stepping migrations one at a time on a real SQLite file: each migration's test builds the schema as it
// stood before (migrationsBefore), adds rows, runs its migration up and down, and checks both.
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, type Migration } from 'kysely';
import { MIGRATIONS } from '../../../../db/migrations';
import { tempDir } from '../helpers';

/** A fresh SQLite file in a temp folder, with a Kysely over the same connection. */
export function migrationDb(): { raw: BetterSqlite3.Database; db: Kysely<unknown>; path: string } {
  const path = join(tempDir(), 'm.sqlite');
  const raw = new BetterSqlite3(path);
  return { raw, db: new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) }), path };
}

/** The migrations named before `prefix` ('0010' gives 0001 to 0009), as migratorFor takes them. */
export function migrationsBefore(prefix: string): Record<string, Migration> {
  return Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < prefix));
}
