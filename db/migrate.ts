// Brings a database to the latest schema. A file that already held data gets a backup copy beside it
// before any pending migration touches it, so a failed or unwanted upgrade can be undone by hand.
import type { Kysely } from 'kysely';
import { backupDatabase, backupName } from './backup';
import type { RawDb } from './connection';
import { migratorFor } from './migrations';

export interface MigrateResult {
  applied: string[];
  backup?: string;
  latest: string | undefined;
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
  const latest = (await migrator.getMigrations()).filter((m) => m.executedAt).at(-1)?.name;
  return { applied, ...(backup ? { backup } : {}), latest };
}
