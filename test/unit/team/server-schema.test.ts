// The team schema on a real embedded PostgreSQL: created once, re-running init changes nothing, and a
// server newer than this BenchMatch is refused with one clear line.
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { connectTeam } from '../../../db/team/server/client';
import { initTeamSchema, TEAM_MIGRATIONS, TEAM_SCHEMA_VERSION } from '../../../db/team/server/schema';
import { ERASED_FIELD } from '../../../shared/team/fields';
import { TeamError } from '../../../shared/team/team-error';
import { useTeamServer } from './server-helpers';

const server = useTeamServer();

async function adminQuery<R extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<R[]> {
  return (await server.sql<R>(server.adminUrl, text, params)).rows;
}

describe('team schema', () => {
  it('is created at the version this BenchMatch knows, with its tables, groups and functions', async () => {
    const [v] = await adminQuery<{ value: string }>("SELECT value FROM benchmatch.meta WHERE key = 'schema_version'");
    expect(Number(v!.value)).toBe(TEAM_SCHEMA_VERSION);
    const tables = await adminQuery<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = 'benchmatch' ORDER BY 1");
    expect(tables.map((r) => r.t)).toEqual(expect.arrayContaining(['changes', 'fields', 'grants', 'meta', 'people', 'sensitive_fields']));
    const groups = await adminQuery<{ r: string }>("SELECT rolname AS r FROM pg_roles WHERE rolname LIKE 'benchmatch\\_%' ORDER BY 1");
    expect(groups.map((g) => g.r)).toEqual(['benchmatch_account_manager', 'benchmatch_admin', 'benchmatch_sales', 'benchmatch_vetting_lead']);
    const definers = await adminQuery<{ f: string; secdef: boolean; config: string[] | null }>(
      "SELECT proname AS f, prosecdef AS secdef, proconfig AS config FROM pg_proc WHERE pronamespace = 'benchmatch'::regnamespace",
    );
    for (const name of ['push', 'whoami', 'add_person', 'log']) {
      const f = definers.find((d) => d.f === name);
      expect(f?.secdef, name).toBe(true);
      expect(f?.config?.some((c) => c.startsWith('search_path=')), name).toBe(true);
    }
  });

  it('upgrades a version 1 server with data to the newest version: old changes keep pulling, new ones carry their base, erasure works', async () => {
    await adminQuery('CREATE DATABASE upgrade_from_v1');
    const url = new URL(server.adminUrl);
    url.pathname = '/upgrade_from_v1';
    const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url.toString(), max: 1 }) }) });
    const v1 = { '0001_team_schema': TEAM_MIGRATIONS['0001_team_schema']! };
    expect((await new Migrator({ db, provider: { getMigrations: async () => v1 }, migrationTableSchema: 'benchmatch' }).migrateToLatest()).error).toBeUndefined();
    await db.destroy();
    await server.sql(url.toString(), "INSERT INTO benchmatch.changes (change_id, entity, record_id, field, value, hlc, won) VALUES ('n1:1', 'engineer', 'e-old', 'name', '\"Old One\"', '1764000000000-00000-n1', true)");

    expect(await initTeamSchema(url.toString())).toEqual({ from: 1, to: TEAM_SCHEMA_VERSION, applied: Object.keys(TEAM_MIGRATIONS).filter((m) => m > '0002').sort() });
    const admin = await connectTeam(url.toString());
    try {
      expect((await admin.pullAfter(0)).changes.map((c) => [c.changeId, c.base, c.won])).toEqual([['n1:1', null, true]]);
      await admin.push([{ changeId: 'n1:2', entity: 'engineer', recordId: 'e-new', field: 'name', value: 'New One', hlc: '1764000000001-00000-n1', base: null }]);
      await admin.push([{ changeId: 'n1:3', entity: 'engineer', recordId: 'e-new', field: 'name', value: 'New Name', hlc: '1764000000002-00000-n1', base: '1764000000001-00000-n1' }]);
      expect((await admin.pullAfter(1)).changes.map((c) => [c.changeId, c.base])).toEqual([['n1:2', null], ['n1:3', '1764000000001-00000-n1']]);
      expect(await admin.erasePerson('e-old')).toMatchObject({ engineerId: 'e-old', changes: 1 });
      expect((await admin.pullAfter(0)).changes.filter((c) => c.recordId === 'e-old').map((c) => c.field)).toEqual([ERASED_FIELD]);
    } finally {
      await admin.close();
    }
  });

  it('is idempotent: a second init applies nothing and keeps the data', async () => {
    const admin = await server.connect(server.adminUrl);
    await admin.push([{ changeId: 'n1:1', entity: 'client', recordId: 'c1', field: 'name', value: 'Acme', hlc: '1764000000000-00000-n1' }]);
    const again = await initTeamSchema(server.adminUrl);
    expect(again).toEqual({ from: TEAM_SCHEMA_VERSION, to: TEAM_SCHEMA_VERSION, applied: [] });
    const grants = await adminQuery<{ n: string }>('SELECT count(*) AS n FROM benchmatch.grants');
    const third = await initTeamSchema(server.adminUrl);
    expect(third.applied).toEqual([]);
    expect(await adminQuery<{ n: string }>('SELECT count(*) AS n FROM benchmatch.grants')).toEqual(grants);
    const fields = await adminQuery<{ value: unknown }>("SELECT value FROM benchmatch.fields WHERE record_id = 'c1'");
    expect(fields).toEqual([{ value: 'Acme' }]);
  });

  it('refuses a server whose schema is newer, in one line, without touching it', async () => {
    await adminQuery("UPDATE benchmatch.meta SET value = $1 WHERE key = 'schema_version'", [String(TEAM_SCHEMA_VERSION + 1)]);
    try {
      const init = await initTeamSchema(server.adminUrl).then(() => undefined, (e: unknown) => e);
      expect(init).toBeInstanceOf(TeamError);
      expect((init as TeamError).kind).toBe('newer_schema');
      expect((init as TeamError).message).toBe(`The team server's schema is version ${TEAM_SCHEMA_VERSION + 1}; this BenchMatch knows up to version ${TEAM_SCHEMA_VERSION}.`);
      const connect = await connectTeam(server.adminUrl).then(() => undefined, (e: unknown) => e);
      expect((connect as TeamError).kind).toBe('newer_schema');
      const [v] = await adminQuery<{ value: string }>("SELECT value FROM benchmatch.meta WHERE key = 'schema_version'");
      expect(v!.value).toBe(String(TEAM_SCHEMA_VERSION + 1));
    } finally {
      await adminQuery("UPDATE benchmatch.meta SET value = $1 WHERE key = 'schema_version'", [String(TEAM_SCHEMA_VERSION)]);
    }
  });

  it('says "no team schema" for a database without one', async () => {
    await adminQuery('CREATE DATABASE empty_one');
    const u = new URL(server.adminUrl);
    u.pathname = '/empty_one';
    const e = await connectTeam(u.toString()).then(() => undefined, (x: unknown) => x);
    expect((e as TeamError).kind).toBe('no_schema');
    expect((e as TeamError).message).toContain('has no BenchMatch team schema');
  });
});
