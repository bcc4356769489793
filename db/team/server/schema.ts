// Creates or upgrades the team schema on a PostgreSQL (`team init`, and `team server` at every start).
// Versioned migrations run through Kysely's migrator (a static map, so they survive bundling), with
// its bookkeeping in the benchmatch schema; then the permission matrix is copied in. Idempotent: a
// second run changes nothing. A server whose schema is newer than this BenchMatch is left untouched.
import { Kysely, Migrator, PostgresDialect, type Migration, type MigrationProvider } from 'kysely';
import type pg from 'pg';
import { loadPg } from './pg';
import { TeamError } from '../../../shared/team/team-error';
import { classify, connectionConfig, type ConnectOptions } from './connection';
import { applyMatrix } from './matrix';
import { m0001_team_schema } from './migrations/0001_team_schema';
import { m0002_erase_and_bases } from './migrations/0002_erase_and_bases';
import { m0003_merges } from './migrations/0003_merges';
import { m0004_documents } from './migrations/0004_documents';

/** Add a migration: a new file NNNN_name.ts, one line here, and set its schema_version in meta. */
export const TEAM_MIGRATIONS: Record<string, Migration> = {
  '0001_team_schema': m0001_team_schema,
  '0002_erase_and_bases': m0002_erase_and_bases,
  '0003_merges': m0003_merges,
  '0004_documents': m0004_documents,
};
/** The schema version this BenchMatch knows (the number of its newest migration). */
export const TEAM_SCHEMA_VERSION = Number(Object.keys(TEAM_MIGRATIONS).sort().at(-1)!.slice(0, 4));

export interface InitResult {
  /** The version before (0: there was no team schema). */
  from: number;
  to: number;
  applied: string[];
}

/** Reads benchmatch.meta's schema_version; 0 when the schema does not exist yet. */
export async function serverSchemaVersion(client: pg.ClientBase): Promise<number> {
  const exists = await client.query<{ t: string | null }>("SELECT to_regclass('benchmatch.meta')::text AS t");
  if (!exists.rows[0]?.t) return 0;
  const r = await client.query<{ value: string }>("SELECT value FROM benchmatch.meta WHERE key = 'schema_version'");
  return Number(r.rows[0]?.value ?? 0);
}

export function newerSchemaError(version: number): TeamError {
  return TeamError.keyedAs('newer_schema', { key: 'errors:team.newerSchema', params: { version, knows: TEAM_SCHEMA_VERSION } }, { key: 'errors:team.newerSchemaHint' });
}

export async function initTeamSchema(adminUrl: string, opts: ConnectOptions = {}): Promise<InitResult> {
  const pool = new (await loadPg()).Pool({ ...(await connectionConfig(adminUrl, opts)), max: 1 });
  pool.on('error', () => undefined); // an idle client losing its server: the next query reports it
  try {
    const client = await pool.connect().catch((e: unknown) => { throw classify(e, adminUrl); });
    let from: number;
    try {
      from = await serverSchemaVersion(client);
    } finally {
      client.release();
    }
    if (from > TEAM_SCHEMA_VERSION) throw newerSchemaError(from);

    const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
    const migrator = new Migrator({ db, provider: new StaticProvider(TEAM_MIGRATIONS), migrationTableSchema: 'benchmatch' });
    const { error, results } = await migrator.migrateToLatest();
    if (error) throw classify(error, adminUrl);
    const applied = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);

    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      await applyMatrix(c);
      await c.query('COMMIT');
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw classify(e, adminUrl);
    } finally {
      c.release();
    }
    return { from, to: TEAM_SCHEMA_VERSION, applied };
  } catch (e) {
    throw classify(e, adminUrl);
  } finally {
    await pool.end().catch(() => undefined);
  }
}

class StaticProvider implements MigrationProvider {
  constructor(private readonly map: Record<string, Migration>) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return this.map;
  }
}
