// The sync loop and the service's team methods on real SQLite files and one real PostgreSQL: a same-field
// conflict (the later edit wins everywhere and the loser's value stays in the record's history), a laptop
// with its own bench joining, sales never receiving cost rates, background sync bringing an edit within
// seconds (LISTEN/NOTIFY), the password held only in memory, leaving.
import { describe, expect, it } from 'vitest';
import { rawOf } from '../../../db/connection';
import { conflictsFor } from '../../../db/team/local';
import { teamRuntimeOf } from '../../../db/team/runtime';
import { sayRefused } from '../../../shared/api/team';
import { closeLaptop, editSummary, exportOf, importDemo, openLaptop, teamTempDir, twoLaptops } from './replicas';
import { useTeamServer } from './server-helpers';

const team = useTeamServer();

describe('team sync through the service', { timeout: 120_000 }, () => {
  it('a same-field conflict: the later edit wins on every laptop; the overwritten value is in the history', async () => {
    const { a, b } = await twoLaptops((role) => team.addPerson(role), 'conflict', 31, 'cf-');
    const id = a.snapshot().engineers![0]!.id;
    const edit = (bench: typeof a, summary: string) => editSummary(bench, id, summary);
    // Apart: A edits first, B later (its stamp is later); both also edit different fields, which never conflict.
    await edit(a, 'A says: strong on Kafka');
    await new Promise((r) => setTimeout(r, 5));
    await edit(b, 'B says: prefers backend');
    const { id: _i, assessments: _y, ...p } = await a.call('getEngineer', { id });
    await a.call('updateEngineer', { id, profile: { ...p, primaryRole: 'Staff Backend Engineer' } });

    const ra = (await a.call('syncNow', {})).result;
    const rb = (await b.call('syncNow', {})).result;
    await a.call('syncNow', {});
    expect(ra.refused).toEqual([]);
    expect(rb.refused).toEqual([]);
    for (const bench of [a, b]) {
      const e = await bench.call('getEngineer', { id });
      expect(e.summary).toBe('B says: prefers backend');
      expect(e.primaryRole).toBe('Staff Backend Engineer');
    }
    // Both laptops record the conflict, with both values, who and when: B, whose edit was still waiting
    // when A's arrived, and A, whose value was replaced by an edit made without seeing it (its base).
    for (const bench of [a, b]) {
      const history = conflictsFor(rawOf(bench.db), 'engineer', id);
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({ field: 'summary', lostValue: 'A says: strong on Kafka', wonValue: 'B says: prefers backend' });
      expect((await bench.call('teamStatus', {})).conflicts).toBe(1);
    }
    expect(rb.conflicts).toBe(1);
    // An ordinary update (made after seeing the value it replaces) is no conflict, on either laptop.
    await edit(a, 'A, after reading B');
    await a.call('syncNow', {});
    await b.call('syncNow', {});
    expect((await b.call('getEngineer', { id })).summary).toBe('A, after reading B');
    for (const bench of [a, b]) expect(conflictsFor(rawOf(bench.db), 'engineer', id)).toHaveLength(1);
    expect(await exportOf(a)).toEqual(await exportOf(b));
  });

  it('the later edit synced first: the earlier one is still sent as a loser, and both laptops record the conflict', async () => {
    const { a, b } = await twoLaptops((role) => team.addPerson(role), 'loser', 33, 'ls-');
    const id = 'ls-eng-00001';
    const edit = (bench: typeof a, summary: string) => editSummary(bench, id, summary);
    await edit(b, 'B, earlier');
    await new Promise((r) => setTimeout(r, 5));
    await edit(a, 'A, later');
    await a.call('syncNow', {}); // the later edit reaches the server first
    const rb = (await b.call('syncNow', {})).result;
    await a.call('syncNow', {});
    expect(rb.refused).toEqual([]);
    for (const bench of [a, b]) {
      expect((await bench.call('getEngineer', { id })).summary).toBe('A, later');
      const history = conflictsFor(rawOf(bench.db), 'engineer', id);
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({ field: 'summary', lostValue: 'B, earlier', wonValue: 'A, later' });
      expect((await bench.call('teamStatus', {})).waiting).toBe(0);
    }
    // The server's history holds the loser, with its author.
    const log = await (await team.connect(team.adminUrl)).log({ entity: 'engineer', recordId: id });
    expect(log.filter((e) => e.field === 'summary').map((e) => [e.value, e.won])).toEqual(expect.arrayContaining([['B, earlier', false], ['A, later', true]]));
    expect(await exportOf(a)).toEqual(await exportOf(b));
  });

  it('a laptop with a bench of its own: what the team lacks is sent, what both hold takes the team version', async () => {
    const dir = teamTempDir();
    const first = await openLaptop(dir, 'own-first');
    const second = await openLaptop(dir, 'own-second');
    const third = await openLaptop(dir, 'own-third');
    await importDemo(first, dir, 3, 32, 'own-');
    await first.call('teamJoin', { url: await team.addPerson('admin') });
    // The second laptop holds a longer copy of the same bench, with one profile edited before joining.
    await importDemo(second, dir, 5, 32, 'own-');
    const id = 'own-eng-00001';
    const ours = (bench: typeof first) => bench.snapshot().engineers!.filter((e) => e.id.startsWith('own-'));
    const { id: _i, assessments: _a, ...profile } = await second.call('getEngineer', { id });
    await second.call('updateEngineer', { id, profile: { ...profile, summary: 'Only on the second laptop' } });
    const joined = await second.call('teamJoin', { url: await team.addPerson('admin') });
    expect(joined.waiting).toBe(0);
    expect((await second.call('getEngineer', { id })).summary).toBe((await first.call('getEngineer', { id })).summary);

    await first.call('syncNow', {});
    expect(ours(first)).toHaveLength(5);
    await third.call('teamJoin', { url: await team.addPerson('account_manager') });
    expect(ours(third)).toHaveLength(5);
    expect(await exportOf(third)).toEqual(await exportOf(first));
    expect(await exportOf(second)).toEqual(await exportOf(first));
  });

  it('sales never receive cost rates; a change they may not make is refused, shown and undone', async () => {
    const dir = teamTempDir();
    const admin = await openLaptop(dir, 'rates-admin');
    await importDemo(admin, dir, 4, 33, 'rt-');
    await admin.call('teamJoin', { url: await team.addPerson('admin') });
    expect(admin.snapshot().engineers!.some((e) => e.rate?.costPerHour !== undefined)).toBe(true);
    const sales = await openLaptop(dir, 'rates-sales');
    const s = await sales.call('teamJoin', { url: await team.addPerson('sales') });
    expect(s.role).toBe('sales');
    const engineers = sales.snapshot().engineers!;
    expect(engineers.length).toBeGreaterThanOrEqual(4);
    for (const e of engineers) expect(e.rate?.costPerHour).toBeUndefined();
    expect(engineers.some((e) => e.rate?.billPerHour !== undefined)).toBe(true);
    // Not in the local file either (the sync tables included).
    const bases = rawOf(sales.db).prepare("SELECT fields FROM sync_base WHERE entity = 'engineer'").pluck().all() as string[];
    expect(bases.length).toBeGreaterThanOrEqual(4);
    for (const f of bases) expect((JSON.parse(f) as Record<string, unknown>)['rate.costPerHour'] ?? null).toBeNull();

    // A rename sales may not make is refused, listed, shown in the state, and undone on the laptop.
    const target = engineers.find((e) => e.id.startsWith('rt-'))!;
    const { id, assessments: _a, ...profile } = await sales.call('getEngineer', { id: target.id });
    await sales.call('updateEngineer', { id, profile: { ...profile, name: 'Renamed by sales' } });
    const { result, status } = await sales.call('syncNow', {});
    expect(result.refused).toEqual([expect.objectContaining({ where: `engineer ${id} name`, reason: "the sales role may not change engineer records' name" })]);
    // The Spanish-speaking seller reads it in Spanish (Settings > Team and `benchmatch sync` say it so).
    expect(sayRefused(result.refused[0]!, 'es-419')).toEqual({ where: `ingeniero ${id}, campo name`, reason: 'el rol Ventas no puede cambiar el campo name de los registros de ingeniero' });
    expect(status).toMatchObject({ state: 'refused', waiting: 0 });
    expect((await sales.call('getEngineer', { id })).name).toBe(target.name);
    // A sync that only receives keeps showing it.
    expect((await sales.call('syncNow', {})).status.state).toBe('refused');
  });

  it('an entry a vetting lead may not add is taken off their list, and still arrives when an account manager adds it', async () => {
    // Found by the convergence property: the refused add left a local tombstone that hid the later, allowed add.
    const dir = teamTempDir();
    const admin = await openLaptop(dir, 'entry-admin');
    await importDemo(admin, dir, 5, 35, 'en-');
    await admin.call('teamJoin', { url: await team.addPerson('admin') });
    const lead = await openLaptop(dir, 'entry-lead');
    await lead.call('teamJoin', { url: await team.addPerson('vetting_lead') });
    const manager = await openLaptop(dir, 'entry-manager');
    await manager.call('teamJoin', { url: await team.addPerson('account_manager') });
    const shortlist = admin.snapshot().shortlists!.find((s) => s.id.startsWith('en-'))!;
    const onList = new Set((shortlist.entries ?? []).map((e) => e.engineerId));
    const outsider = admin.snapshot().engineers!.find((e) => e.id.startsWith('en-') && !e.archived && !onList.has(e.id))!;
    const listed = async (b: typeof admin) => (await b.call('roleShortlist', { roleId: shortlist.roleId })).shortlist!.entries.map((e) => e.engineerId);

    await lead.call('addToShortlist', { roleId: shortlist.roleId, engineerId: outsider.id });
    const refused = (await lead.call('syncNow', {})).result.refused;
    expect(refused.map((r) => r.where)).toContain(`shortlist_entry ${shortlist.id}/${outsider.id} status`);
    expect(await listed(lead)).not.toContain(outsider.id);

    await manager.call('addToShortlist', { roleId: shortlist.roleId, engineerId: outsider.id });
    expect((await manager.call('syncNow', {})).result.refused).toEqual([]);
    for (const b of [admin, lead]) await b.call('syncNow', {});
    for (const b of [admin, lead, manager]) expect(await listed(b)).toContain(outsider.id);
    expect(await exportOf(lead)).toEqual(await exportOf(admin));
  });

  it('background sync brings an edit from one laptop to another within seconds, without asking', async () => {
    const dir = teamTempDir();
    const a = await openLaptop(dir, 'bg-a');
    const b = await openLaptop(dir, 'bg-b');
    await importDemo(a, dir, 3, 34, 'bg-');
    await a.call('teamJoin', { url: await team.addPerson('admin') });
    await b.call('teamJoin', { url: await team.addPerson('admin') });
    teamRuntimeOf(a).startBackground();
    teamRuntimeOf(b).startBackground();
    try {
      const id = a.snapshot().engineers![0]!.id;
      const applied = (await b.call('teamStatus', {})).applied;
      const { id: _i, assessments: _a, ...profile } = await a.call('getEngineer', { id });
      await a.call('updateEngineer', { id, profile: { ...profile, summary: 'Sent in the background' } });
      await expect.poll(async () => (await b.call('getEngineer', { id })).summary, { timeout: 10_000, interval: 50 }).toBe('Sent in the background');
      // The sync that brought it finishes (its last pull) after the row is visible; then the count grows.
      await expect.poll(async () => (await b.call('teamStatus', {})).applied, { timeout: 10_000 }).toBeGreaterThan(applied);
      const status = await b.call('teamStatus', {});
      expect(status.problem).toBeUndefined();
      expect(status.background).toBe(true);
      await expect.poll(async () => (await a.call('teamStatus', {})).state, { timeout: 10_000 }).toBe('synced');
    } finally {
      await teamRuntimeOf(a).stopBackground();
      await teamRuntimeOf(b).stopBackground();
    }
  });

  it('the password lives in memory only: a reopened bench needs it again; another login is refused; leaving stops recording', async () => {
    const dir = teamTempDir();
    let a = await openLaptop(dir, 'pw');
    const url = await team.addPerson('admin');
    await a.call('teamJoin', { url });
    await closeLaptop(a);
    a = await openLaptop(dir, 'pw');
    const st = await a.call('teamStatus', {});
    expect(st).toMatchObject({ joined: true, state: 'needs_password', login: decodeURIComponent(new URL(url).username) });
    expect(st.server).not.toContain(new URL(url).password);
    await expect(a.call('syncNow', {})).rejects.toMatchObject({ code: 'refused', message: expect.stringMatching(/password/) });
    await expect(a.call('syncNow', { url: await team.addPerson('admin') })).rejects.toMatchObject({ message: expect.stringMatching(/not the team bench this bench joined/) });
    expect((await a.call('syncNow', { url })).status.state).toBe('synced');

    await importDemo(a, dir, 2, 35, 'pw-');
    expect((await a.call('teamStatus', {})).waiting).toBeGreaterThan(0);
    const left = await a.call('teamLeave', {});
    expect(left).toMatchObject({ joined: false, state: 'not_joined', waiting: 0 });
    expect(a.snapshot().engineers!.length).toBeGreaterThan(0);
  });
});
