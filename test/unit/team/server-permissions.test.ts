// The server decides who may do what (team.md promise 5), checked on a real PostgreSQL: the SQL
// matrix equals shared/team/permissions.ts cell by cell; every role's pushes are accepted or refused
// as the matrix says; and a person with their own login in psql can write nothing, and sales can read
// no cost rate.
import { describe, expect, it } from 'vitest';
import { parseSnapshotRecord, type TeamChange, type TeamClient } from '../../../db/team/server/client';
import { GRANTS, mayWrite, refusalReason, SENSITIVE_FIELDS, TEAM_ENTITIES, TEAM_ROLES, type WriteAction } from '../../../shared/team/permissions';
import { TeamError } from '../../../shared/team/team-error';
import { useTeamServer } from './server-helpers';

const server = useTeamServer();
const ACTIONS: WriteAction[] = ['create', 'change'];
/** Every field the matrix names, plus ordinary ones from each kind of record. */
const FIELDS = [...new Set([
  ...GRANTS.flatMap((g) => [...(g.fields === '*' ? [] : g.fields), ...(g.except ?? [])]),
  ...SENSITIVE_FIELDS.map((s) => s.field),
  'name', 'rate.billPerHour', 'record', 'order', 'removed', 'roleId', 'title', 'status', 'note', 'statusChangedAt',
])];
const ENTITIES = [...TEAM_ENTITIES, 'planet'];
const CELLS = TEAM_ROLES.flatMap((role) => ENTITIES.flatMap((entity) => FIELDS.flatMap((field) => ACTIONS.map((action) => ({ role, entity, field, action })))));

const NOW = Date.now();
let tick = 0;
const hlc = (node: string) => `${String(NOW + ++tick).padStart(13, '0')}-00000-${node}`;

/** An existing record of each kind, written by the superuser admin, for "change" cells. */
const EXISTING: Record<string, string> = {
  client: 'c-x', engineer: 'e-x', role: 'r-x', shortlist: 's-x', shortlist_entry: 's-x/e-x', assessment: 'a-x', firm: 'firm', document: `e-x/${'a'.repeat(64)}`, merge: 'm-x', planet: 'p-x',
};

async function seedExisting(admin: TeamClient): Promise<void> {
  const base: TeamChange[] = [
    { changeId: 'seed-c', entity: 'client', recordId: 'c-x', field: 'name', value: 'Acme', hlc: hlc('seed') },
    { changeId: 'seed-e', entity: 'engineer', recordId: 'e-x', field: 'name', value: 'Eng X', hlc: hlc('seed') },
    { changeId: 'seed-e-cost', entity: 'engineer', recordId: 'e-x', field: 'rate.costPerHour', value: 41, hlc: hlc('seed') },
    { changeId: 'seed-r', entity: 'role', recordId: 'r-x', field: 'title', value: 'Backend', hlc: hlc('seed') },
    { changeId: 'seed-s', entity: 'shortlist', recordId: 's-x', field: 'name', value: 'Pitch', hlc: hlc('seed') },
    { changeId: 'seed-se', entity: 'shortlist_entry', recordId: 's-x/e-x', field: 'status', value: 'proposed', hlc: hlc('seed') },
    { changeId: 'seed-a', entity: 'assessment', recordId: 'a-x', field: 'record', value: { engineerId: 'e-x', amends: null }, hlc: hlc('seed') },
    { changeId: 'seed-f', entity: 'firm', recordId: 'firm', field: 'name', value: 'Southbridge', hlc: hlc('seed') },
    { changeId: 'seed-d', entity: 'document', recordId: EXISTING.document!, field: 'name', value: 'cv.pdf', hlc: hlc('seed') },
    { changeId: 'seed-m', entity: 'merge', recordId: 'm-x', field: 'record', value: { keptId: 'e-kept-x', mergedId: 'e-gone-x', positions: {} }, hlc: hlc('seed') },
  ];
  const r = await admin.push(base);
  expect(r.every((x) => x.status === 'accepted' || x.status === 'duplicate')).toBe(true);
}

describe('the permission matrix', () => {
  it('is the same in SQL as in shared/team/permissions.ts, cell by cell, reasons included', async () => {
    const rows = await server.sql<{ i: string; reason: string | null }>(
      server.adminUrl,
      `SELECT i, benchmatch.refusal(c->>'role', c->>'entity', c->>'field', c->>'action') AS reason
         FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(c, i) ORDER BY i`,
      [JSON.stringify(CELLS)],
    );
    expect(rows.rows).toHaveLength(CELLS.length);
    const mismatches = CELLS.flatMap((cell, k) => {
      const want = refusalReason(cell.role, cell.entity, cell.field, cell.action) ?? null;
      const got = rows.rows[k]!.reason;
      return want === got ? [] : [{ ...cell, want, got }];
    });
    expect(mismatches).toEqual([]);
    // Both sides allow something and refuse something: the comparison is not of two empty matrices.
    const allowed = CELLS.filter((c) => mayWrite(c.role, c.entity, c.field, c.action)).length;
    expect(allowed).toBeGreaterThan(50);
    expect(allowed).toBeLessThan(CELLS.length - 50);
  });

  it('has one PostgreSQL group per role', async () => {
    const r = await server.sql<{ r: string }>(server.adminUrl, "SELECT rolname AS r FROM pg_roles WHERE rolname LIKE 'benchmatch\\_%' AND NOT rolcanlogin ORDER BY 1");
    expect(r.rows.map((x) => x.r)).toEqual(TEAM_ROLES.map((role) => `benchmatch_${role}`).sort());
  });
});

describe('push, for every role', () => {
  for (const role of TEAM_ROLES) {
    it(`${role}: each create and change is accepted or refused exactly as the matrix says`, async () => {
      const admin = await server.connect(server.adminUrl);
      await seedExisting(admin);
      const person = await server.connect(await server.addPerson(role));
      expect((await person.whoami()).role).toBe(role);
      const cells = ENTITIES.flatMap((entity) => FIELDS.flatMap((field) => ACTIONS.map((action) => ({ entity, field, action }))));
      const changes: TeamChange[] = cells.map((c, k) => ({
        changeId: `${role}-${k}`,
        entity: c.entity,
        recordId: c.action === 'change' ? EXISTING[c.entity]! : `${c.entity}-new-${role}-${k}`,
        field: c.field,
        // A merge's record must name two engineers (the server refuses a malformed one before asking the matrix).
        value: c.field === 'rate.costPerHour' ? 50 : c.entity === 'merge' && c.field === 'record' ? { keptId: `e-kept-${role}-${k}`, mergedId: `e-gone-${role}-${k}`, positions: {} } : `v${k}`,
        hlc: hlc(role),
      }));
      const results = await person.push(changes);
      const wrong = cells.flatMap((c, k) => {
        const want = mayWrite(role, c.entity, c.field, c.action) ? 'accepted' : 'refused';
        const got = results[k]!;
        const reasonOk = want === 'accepted' || got.reason === refusalReason(role, c.entity, c.field, c.action);
        return got.status === want && reasonOk ? [] : [{ ...c, want, got }];
      });
      expect(wrong).toEqual([]);
    });
  }

  it('refuses changing a finalized assessment to everyone, the superuser admin included', async () => {
    const admin = await server.connect(server.adminUrl);
    await seedExisting(admin);
    const [r] = await admin.push([{ changeId: 'amend-in-place', entity: 'assessment', recordId: 'a-x', field: 'record', value: { engineerId: 'e-x', amends: null, score: 5 }, hlc: hlc('admin') }]);
    expect(r).toMatchObject({ status: 'refused', reason: 'finalized assessments are append-only (record an amendment instead)' });
    const [amendment] = await admin.push([{ changeId: 'amendment', entity: 'assessment', recordId: 'a-x-2', field: 'record', value: { engineerId: 'e-x', amends: 'a-x' }, hlc: hlc('admin') }]);
    expect(amendment!.status).toBe('accepted');
  });

  it('sales may change an existing entry\'s status and note but not create an entry', async () => {
    const admin = await server.connect(server.adminUrl);
    await seedExisting(admin);
    const sales = await server.connect(await server.addPerson('sales'));
    const r = await sales.push([
      { changeId: 'sales-status', entity: 'shortlist_entry', recordId: 's-x/e-x', field: 'status', value: 'interviewing', hlc: hlc('sales') },
      { changeId: 'sales-new', entity: 'shortlist_entry', recordId: 's-x/e-new', field: 'status', value: 'proposed', hlc: hlc('sales') },
      { changeId: 'sales-remove', entity: 'shortlist_entry', recordId: 's-x/e-x', field: 'removed', value: true, hlc: hlc('sales') },
    ]);
    expect(r.map((x) => x.status)).toEqual(['accepted', 'refused', 'refused']);
  });
});

describe('a person in psql with their own login', () => {
  const WRITES: Array<[string, string]> = [
    ['changes', 'won = won'], ['fields', 'hlc = hlc'], ['people', 'display = display'],
    ['meta', 'value = value'], ['grants', 'may_change = true'], ['sensitive_fields', 'hidden_from = hidden_from'],
  ];

  for (const role of TEAM_ROLES) {
    it(`${role}: may not INSERT, UPDATE, DELETE or TRUNCATE any table, nor create objects in the schema`, async () => {
      const url = await server.addPerson(role);
      const statements = WRITES.flatMap(([table, set]) => [
        `INSERT INTO benchmatch.${table} DEFAULT VALUES`,
        `UPDATE benchmatch.${table} SET ${set}`,
        `DELETE FROM benchmatch.${table}`,
        `TRUNCATE benchmatch.${table}`,
      ]).concat([
        'CREATE TABLE benchmatch.mine (a int)',
        'CREATE FUNCTION benchmatch.caller_role() RETURNS text LANGUAGE sql AS $$ SELECT \'admin\' $$',
        'ALTER TABLE benchmatch.changes DISABLE ROW LEVEL SECURITY',
        // An admin is in that group already (and it grants no writes); the others may not take it.
        ...(role === 'admin' ? [] : ['SET ROLE benchmatch_admin']),
      ]);
      const notRefused: string[] = [];
      for (const text of statements) {
        const err = await server.sql(url, text).then(() => undefined, (e: { code?: string }) => e);
        if (err?.code !== '42501') notRefused.push(`${text} (${err?.code ?? 'succeeded'})`);
      }
      expect(notRefused).toEqual([]);
      const counts = await server.sql<{ n: string }>(server.adminUrl, 'SELECT count(*) AS n FROM benchmatch.grants');
      expect(Number(counts.rows[0]!.n)).toBe(GRANTS.length);
    });
  }

  for (const role of TEAM_ROLES.filter((r) => r !== 'admin')) {
    it(`${role}: may not add people or read the audit log`, async () => {
      const url = await server.addPerson(role);
      for (const text of ["SELECT benchmatch.add_person('mallory', 'Mallory', 'admin', 'SCRAM-SHA-256$4096:x$y:z')", 'SELECT * FROM benchmatch.log()']) {
        const err = await server.sql(url, text).then(() => undefined, (e: { code?: string }) => e);
        expect(err?.code, text).toBe('42501');
      }
      const client = await server.connect(url);
      const e = await client.addPerson('Mallory', 'admin').then(() => undefined, (x: unknown) => x);
      expect(e).toBeInstanceOf(TeamError);
      expect((e as TeamError).kind).toBe('refused');
      const exists = await server.sql(server.adminUrl, "SELECT 1 FROM pg_roles WHERE rolname LIKE 'mallory%'");
      expect(exists.rowCount).toBe(0);
    });
  }

  it('sales: cannot select the cost column, and sees no cost row, in psql, in a pull or in a snapshot', async () => {
    const admin = await server.connect(server.adminUrl);
    await admin.push([
      { changeId: 'cost-name', entity: 'engineer', recordId: 'e-cost', field: 'name', value: 'Eng Cost', hlc: hlc('admin') },
      { changeId: 'cost-rate', entity: 'engineer', recordId: 'e-cost', field: 'rate.costPerHour', value: 41, hlc: hlc('admin') },
    ]);
    const salesUrl = await server.addPerson('sales');
    for (const text of ['SELECT * FROM benchmatch.changes', 'SELECT secret_value FROM benchmatch.fields', 'SELECT * FROM benchmatch.fields']) {
      const err = await server.sql(salesUrl, text).then(() => undefined, (e: { code?: string }) => e);
      expect(err?.code, text).toBe('42501');
    }
    // (Other tests here also write engineers' cost rates; e-cost's is 41.)
    const cost = "entity = 'engineer' AND field = 'rate.costPerHour'";
    expect((await server.sql(salesUrl, `SELECT value FROM benchmatch.fields WHERE ${cost}`)).rowCount).toBe(0);
    expect((await server.sql(salesUrl, `SELECT seq FROM benchmatch.changes WHERE ${cost}`)).rowCount).toBe(0);
    expect((await server.sql(server.adminUrl, `SELECT secret_value FROM benchmatch.fields WHERE ${cost} AND record_id = 'e-cost'`)).rows).toEqual([{ secret_value: 41 }]);
    expect((await server.sql(server.adminUrl, `SELECT count(*)::int AS n FROM benchmatch.changes WHERE ${cost} AND value IS NOT NULL`)).rows).toEqual([{ n: 0 }]);
    // The same rows, as sales' own laptop would pull them.
    const sales = await server.connect(salesUrl);
    const pulled = await sales.pullAfter(0, 100000);
    expect(pulled.changes.some((c) => c.recordId === 'e-cost')).toBe(true);
    expect(pulled.changes.filter((c) => c.entity === 'engineer' && c.field === 'rate.costPerHour')).toEqual([]);
    const snap: string[] = [];
    await sales.snapshot((p) => void snap.push(...p.records.map(parseSnapshotRecord).filter((r) => r.entity === 'engineer').flatMap((r) => Object.keys(r.fields))));
    expect(snap).toContain('name');
    expect(snap).not.toContain('rate.costPerHour');
    // An account manager does receive it.
    const am = await server.connect(await server.addPerson('account_manager'));
    const amSnap: unknown[] = [];
    await am.snapshot((p) => void amSnap.push(...p.records.map(parseSnapshotRecord).filter((r) => r.recordId === 'e-cost').map((r) => r.fields['rate.costPerHour'])));
    expect(amSnap).toEqual([41]);
  });

  it('a login in no team group is refused by name', async () => {
    await server.sql(server.adminUrl, "CREATE ROLE outsider LOGIN PASSWORD 'outsider-pw-1'");
    const u = new URL(server.adminUrl);
    u.username = 'outsider';
    u.password = 'outsider-pw-1';
    const e = await server.connect(u.toString()).then(() => undefined, (x: unknown) => x);
    expect((e as TeamError).kind).toBe('refused');
    expect((e as TeamError).message).toBe('The login outsider is not a member of this team bench.');
    const direct = await server.sql(u.toString(), 'SELECT benchmatch.push($1::jsonb)', ['[]']).then(() => undefined, (x: { code?: string }) => x);
    expect(direct?.code).toBe('42501');
  });
});
