// The one way ordinary queries reach the database: Kysely's typed builder (`q`) compiles the SQL, and
// these helpers run it synchronously on the better-sqlite3 handle, inside the caller's transaction
// (the service's writes are synchronous `raw.transaction(...)` blocks, which Kysely's async driver
// cannot join). Raw prepared statements are left to the measured hot paths only: the bulk import
// writer (repos/bench-writer.ts, skills.ts, bench-file/existing.ts) and the snapshot read
// (repos/bench-reader.ts), each naming its `npm run bench` figure.
import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, type Compilable } from 'kysely';
import type { RawDb } from '../connection';
import type { Database } from '../database';

/** Builds queries only (it has no connection): `q.selectFrom('roles')...`, then all/first/run. */
export const q = new Kysely<Database>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

function prepared(raw: RawDb, query: Compilable<unknown>) {
  const c = query.compile();
  return { stmt: raw.prepare(c.sql), params: c.parameters as unknown[] };
}

/** Every row of a select; the row type is the builder's. */
export function all<R>(raw: RawDb, query: Compilable<R>): R[] {
  const { stmt, params } = prepared(raw, query);
  return stmt.all(...params) as R[];
}

export function first<R>(raw: RawDb, query: Compilable<R>): R | undefined {
  const { stmt, params } = prepared(raw, query);
  return stmt.get(...params) as R | undefined;
}

/** Runs an insert, update or delete; returns the rows changed and the last inserted row id. */
export function run(raw: RawDb, query: Compilable<unknown>): { changes: number; lastInsertRowid: number } {
  const { stmt, params } = prepared(raw, query);
  const r = stmt.run(...params);
  return { changes: r.changes, lastInsertRowid: Number(r.lastInsertRowid) };
}
