// Brings a database to the latest schema. A file that already held data gets a backup copy beside it
// before any pending migration touches it (written whole or not at all, integrity-checked: backup.ts),
// so a failed or unwanted upgrade can be undone with `benchmatch restore`.
//
// A file whose schema is newer than this BenchMatch knows (a migration it has never heard of was run on
// it) is not migrated at all: Kysely's own refusal ("corrupted migrations: previously executed
// migration ... is missing") would say the wrong thing. `schemaState` finds it first, so the service
// can open the bench read-only and say which BenchMatch made it.
import type { Kysely } from 'kysely';
import pkg from '../package.json';
import { backupDatabase, backupName } from './backup';
import type { RawDb } from './connection';
import { MIGRATIONS, migratorFor } from './migrations';
import { getSetting, putSetting } from './repos/settings';

export interface MigrateResult {
  applied: string[];
  backup?: string;
  latest: string | undefined;
}

/** This BenchMatch, as recorded in a bench whose schema it upgraded. */
export const BENCHMATCH_VERSION: string = pkg.version;
/** The settings key naming the BenchMatch that last upgraded a bench's schema. */
export const SCHEMA_WRITTEN_BY = 'schemaWrittenBy';

export interface SchemaState {
  /** Migrations run on the file, in order. */
  executed: string[];
  /** Migrations this BenchMatch would run. */
  pending: string[];
  /** Migrations run on the file that this BenchMatch does not know: the file is from a newer BenchMatch. */
  unknown: string[];
  /** The BenchMatch version that last upgraded the schema, when the file says. */
  writtenBy: string | undefined;
}

/** Where the file's schema stands against this BenchMatch; reads only. */
export function schemaState(raw: RawDb): SchemaState {
  const hasTable = (name: string) => raw.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
  const executed = hasTable('kysely_migration') ? (raw.prepare('SELECT name FROM kysely_migration ORDER BY name').pluck().all() as string[]) : [];
  const known = Object.keys(MIGRATIONS).sort();
  return {
    executed,
    pending: known.filter((m) => !executed.includes(m)),
    unknown: executed.filter((m) => !(m in MIGRATIONS)),
    writtenBy: hasTable('settings') ? getSetting(raw, SCHEMA_WRITTEN_BY) : undefined,
  };
}

export async function migrateToLatest(db: Kysely<unknown>, raw: RawDb, path: string, existedBefore: boolean): Promise<MigrateResult> {
  const migrator = migratorFor(db);
  const infos = await migrator.getMigrations();
  const pending = infos.filter((m) => !m.executedAt);
  let backup: string | undefined;
  if (pending.length > 0 && existedBefore) {
    const from = infos.filter((m) => m.executedAt).at(-1)?.name ?? 'empty';
    backup = (await backupDatabase(raw, backupName(path, from))).path;
  }
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  const applied = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  // A newer BenchMatch that meets this file can then name the version that wrote its schema.
  if (applied.length > 0) putSetting(raw, SCHEMA_WRITTEN_BY, BENCHMATCH_VERSION);
  const latest = (await migrator.getMigrations()).filter((m) => m.executedAt).at(-1)?.name;
  return { applied, ...(backup ? { backup } : {}), latest };
}
