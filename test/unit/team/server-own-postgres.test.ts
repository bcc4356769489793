// `team init` on a firm's own PostgreSQL, where the BenchMatch admin is NOT a superuser (as on managed
// hosting): a login that owns the database and may create roles. The schema, the groups and the
// functions must work with only those rights: people can be added, and they are held to their role.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { connectTeam } from '../../../db/team/server/client';
import { initTeamSchema, TEAM_SCHEMA_VERSION } from '../../../db/team/server/schema';
import { useTeamServer } from './server-helpers';

const server = useTeamServer();

/** The cluster as a firm would have it before BenchMatch: no team database, no benchmatch_ groups. */
async function freshClusterWithOwner(): Promise<string> {
  const su = new URL(server.adminUrl);
  su.pathname = '/postgres';
  const c = new pg.Client({ connectionString: su.toString() });
  await c.connect();
  try {
    await c.query('DROP DATABASE benchmatch WITH (FORCE)');
    for (const g of ['admin', 'account_manager', 'vetting_lead', 'sales']) await c.query(`DROP ROLE benchmatch_${g}`);
    await c.query("CREATE ROLE firm_owner LOGIN CREATEROLE PASSWORD 'owner-pw-123'");
    await c.query('CREATE DATABASE firm_bench OWNER firm_owner');
  } finally {
    await c.end();
  }
  const u = new URL(server.adminUrl);
  u.username = 'firm_owner';
  u.password = 'owner-pw-123';
  u.pathname = '/firm_bench';
  return u.toString();
}

describe('team init by a database owner who is not a superuser', () => {
  it('creates the schema, adds people, and holds them to their roles', async () => {
    const ownerUrl = await freshClusterWithOwner();
    expect(await initTeamSchema(ownerUrl)).toMatchObject({ from: 0, to: TEAM_SCHEMA_VERSION });
    expect((await initTeamSchema(ownerUrl)).applied).toEqual([]);

    const owner = await connectTeam(ownerUrl);
    try {
      expect((await owner.whoami()).role).toBe('admin');
      const sales = await owner.addPerson('Sal Es', 'sales');
      const am = await owner.addPerson('Acc Man', 'account_manager');
      expect(new URL(sales.url).pathname).toBe('/firm_bench');

      const amClient = await connectTeam(am.url);
      const salesClient = await connectTeam(sales.url);
      try {
        const now = Date.now();
        const r = await amClient.push([
          { changeId: 'o1', entity: 'engineer', recordId: 'e1', field: 'name', value: 'Eng', hlc: `${now}-00000-am` },
          { changeId: 'o2', entity: 'engineer', recordId: 'e1', field: 'rate.costPerHour', value: 30, hlc: `${now}-00001-am` },
          { changeId: 'o3', entity: 'engineer', recordId: 'e1', field: 'vettingStatus', value: 'vetted', hlc: `${now}-00002-am` },
        ]);
        expect(r.map((x) => x.status)).toEqual(['accepted', 'accepted', 'refused']);
        const pulled = await salesClient.pullAfter(0);
        expect(pulled.changes.map((c) => c.field)).toEqual(['name']);
        const [refused] = await salesClient.push([{ changeId: 'o4', entity: 'engineer', recordId: 'e1', field: 'name', value: 'x', hlc: `${now}-00003-s` }]);
        expect(refused!.status).toBe('refused');
      } finally {
        await amClient.close();
        await salesClient.close();
      }
      const direct = new pg.Client({ connectionString: sales.url });
      await direct.connect();
      try {
        const e = await direct.query('DELETE FROM benchmatch.changes').then(() => undefined, (x: { code?: string }) => x);
        expect(e?.code).toBe('42501');
      } finally {
        await direct.end();
      }
      expect((await owner.log()).map((x) => x.changeId)).toEqual(['o1', 'o2']);
    } finally {
      await owner.close();
    }
  });
});
