// Opens the bench database: one better-sqlite3 handle, wrapped in Kysely for typed queries. The raw
// handle stays reachable (rawOf) because bulk import/export and the synchronous snapshot need prepared
// statements and synchronous reads that Kysely's async driver cannot give.
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './database';

export type RawDb = BetterSqlite3.Database;

const raws = new WeakMap<Kysely<Database>, RawDb>();
const bindings = new WeakMap<RawDb, string>();

export interface Connection {
  db: Kysely<Database>;
  raw: RawDb;
}

/**
 * Opens (creating if needed) an SQLite file with the pragmas every BenchMatch database uses. `readOnly`
 * opens an existing file for reading only (db/read-only.ts says when): no pragma that writes is set.
 */
export function openConnection(path: string, nativeBinding?: string, readOnly = false): Connection {
  const raw = new BetterSqlite3(path, { ...(nativeBinding ? { nativeBinding } : {}), ...(readOnly ? { readonly: true, fileMustExist: true } : {}) });
  if (readOnly) configureReader(raw);
  else configure(raw);
  if (nativeBinding) bindings.set(raw, nativeBinding);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  raws.set(db, raw);
  return { db, raw };
}

/** WAL lets readers (backup, a second CLI) proceed during writes; NORMAL sync is safe under WAL. */
export function configure(raw: RawDb): void {
  raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  raw.pragma('synchronous = NORMAL');
}

/** A read-only handle keeps the file's journal mode (changing it would write). */
function configureReader(raw: RawDb): void {
  raw.pragma('busy_timeout = 5000');
  // Reading the header here makes a file that is not a database fail at open, as a writer's pragmas do.
  raw.pragma('journal_mode');
}

/** The native binding a handle was opened with (Electron's build of better-sqlite3), for a second connection. */
export function bindingOf(raw: RawDb): string | undefined {
  return bindings.get(raw);
}

/** The better-sqlite3 handle behind a Kysely instance opened by openConnection. */
export function rawOf(db: Kysely<Database> | RawDb): RawDb {
  if (db instanceof Kysely) {
    const raw = raws.get(db);
    if (!raw) throw new Error('This Kysely instance was not opened by openConnection');
    return raw;
  }
  return db;
}
