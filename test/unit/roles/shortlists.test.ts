// Shortlists through the real service on a real SQLite file: add, reorder, note, status (with its
// date), remove and undo all persist across a reopen, travel in the bench file, and are logged.
import { describe, expect, it } from 'vitest';
import { openBench } from '../../../db/service/bench-service';
import { ApiError } from '../../../shared/api/errors';
import { changes, dump, seeded } from './helpers';

async function freshRole(bench: Awaited<ReturnType<typeof seeded>>) {
  await bench.call('saveRole', { role: { id: 'role-sl', clientId: 'northwind-health', title: 'Data Engineer' }, create: true });
  const ids = (bench.snapshot().engineers ?? []).filter((e) => !e.archived).slice(0, 3).map((e) => e.id);
  return { roleId: 'role-sl', ids: ids as [string, string, string] };
}

describe('shortlists', () => {
  it('add creates the role shortlist; adding twice changes nothing', async () => {
    const bench = await seeded();
    const { roleId, ids } = await freshRole(bench);
    expect((await bench.call('roleShortlist', { roleId })).shortlist).toBeNull();
    const first = await bench.call('addToShortlist', { roleId, engineerId: ids[0] });
    expect(first.added).toBe(true);
    expect(first.shortlist).toMatchObject({ id: 'shortlist-role-sl', roleId, name: 'Data Engineer shortlist' });
    expect(first.shortlist.entries.map((e) => [e.engineerId, e.status])).toEqual([[ids[0], 'proposed']]);
    expect(first.shortlist.entries[0]!.statusChangedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const again = await bench.call('addToShortlist', { roleId, engineerId: ids[0] });
    expect(again.added).toBe(false);
    expect(again.shortlist.entries).toHaveLength(1);
    const missing = await bench.call('addToShortlist', { roleId, engineerId: 'nobody' }).catch((e: unknown) => e as ApiError);
    expect(missing).toMatchObject({ code: 'not_found', problems: [{ where: '/engineerId', message: 'no such engineer' }] });
    expect((await bench.call('listRoles', {})).roles.find((r) => r.id === roleId)).toMatchObject({ shortlisted: 1, shortlistId: 'shortlist-role-sl' });
  });

  it('reorder, note, status, remove and undo persist across a reopen and are logged', async () => {
    const bench = await seeded();
    const { roleId, ids } = await freshRole(bench);
    for (const id of ids) await bench.call('addToShortlist', { roleId, engineerId: id });
    const sid = 'shortlist-role-sl';
    await bench.call('reorderShortlist', { shortlistId: sid, engineerIds: [ids[2], ids[0], ids[1]] });
    await bench.call('updateShortlistEntry', { shortlistId: sid, engineerId: ids[0], note: 'Led a Spark migration' });
    const before = (await bench.call('roleShortlist', { roleId })).shortlist!.entries.find((e) => e.engineerId === ids[0])!.statusChangedAt;
    await new Promise((r) => setTimeout(r, 5));
    const afterStatus = await bench.call('updateShortlistEntry', { shortlistId: sid, engineerId: ids[0], status: 'client_interview' });
    const changed = afterStatus.entries.find((e) => e.engineerId === ids[0])!;
    expect(changed.status).toBe('client_interview');
    expect(changed.statusChangedAt! > before!).toBe(true);
    // A note edit keeps the status date.
    const noteAgain = await bench.call('updateShortlistEntry', { shortlistId: sid, engineerId: ids[0], note: 'Led two Spark migrations' });
    expect(noteAgain.entries.find((e) => e.engineerId === ids[0])!.statusChangedAt).toBe(changed.statusChangedAt);

    const { removed, shortlist } = await bench.call('removeFromShortlist', { shortlistId: sid, engineerId: ids[0] });
    expect(shortlist.entries.map((e) => e.engineerId)).toEqual([ids[2], ids[1]]);
    expect(removed).toEqual({ shortlistId: sid, position: 1, entry: { engineerId: ids[0], note: 'Led two Spark migrations', status: 'client_interview', statusChangedAt: changed.statusChangedAt } });
    const restored = await bench.call('restoreShortlistEntry', removed);
    expect(restored.entries.map((e) => e.engineerId)).toEqual([ids[2], ids[0], ids[1]]);
    expect(restored.entries[1]).toMatchObject({ note: 'Led two Spark migrations', status: 'client_interview', statusChangedAt: changed.statusChangedAt });

    const path = bench.path;
    await bench.close();
    const reopened = await openBench({ path });
    try {
      const view = (await reopened.call('roleShortlist', { roleId })).shortlist!;
      expect(view.entries.map((e) => [e.engineerId, e.status, e.note ?? null])).toEqual([
        [ids[2], 'proposed', null], [ids[0], 'client_interview', 'Led two Spark migrations'], [ids[1], 'proposed', null],
      ]);
      // The bench file carries the shortlist (it travels in exports).
      expect(reopened.snapshot().shortlists?.find((s) => s.id === sid)?.entries?.map((e) => e.engineerId)).toEqual([ids[2], ids[0], ids[1]]);
      const log = (await changes(reopened, 'shortlist')).filter((l) => l.entity_id === sid).map((l) => l.action).reverse();
      expect(log).toEqual(['create', 'add', 'add', 'add', 'reorder', 'update-entry', 'update-entry', 'update-entry', 'remove', 'restore']);
      const sum = (await reopened.call('listShortlists', {})).shortlists.find((s) => s.id === sid);
      expect(sum).toMatchObject({ entries: 3, byStatus: { proposed: 2, client_interview: 1 }, roleTitle: 'Data Engineer' });
    } finally {
      await reopened.close();
    }
  });

  it('refuses a bad reorder or update by place and changes nothing', async () => {
    const bench = await seeded();
    const { roleId, ids } = await freshRole(bench);
    for (const id of ids.slice(0, 2)) await bench.call('addToShortlist', { roleId, engineerId: id });
    const sid = 'shortlist-role-sl';
    const before = await dump(bench);
    const e1 = (await bench.call('reorderShortlist', { shortlistId: sid, engineerIds: [ids[0], ids[2]] }).catch((e: unknown) => e)) as ApiError;
    expect(e1).toMatchObject({ code: 'invalid_input', problems: [{ where: '/engineerIds/1', message: `${ids[2]} is not on this shortlist` }] });
    const e2 = (await bench.call('reorderShortlist', { shortlistId: sid, engineerIds: [ids[0]] }).catch((e: unknown) => e)) as ApiError;
    expect(e2.problems).toEqual([{ where: '/engineerIds', message: 'lists 1 engineers; the shortlist has 2' }]);
    const e3 = (await bench.call('updateShortlistEntry', { shortlistId: sid, engineerId: ids[0], status: 'hired' } as never).catch((e: unknown) => e)) as ApiError;
    expect(e3.code).toBe('invalid_input');
    expect(e3.problems?.[0]?.where).toBe('/status');
    const e4 = (await bench.call('updateShortlistEntry', { shortlistId: sid, engineerId: ids[2], note: 'x' }).catch((e: unknown) => e)) as ApiError;
    expect(e4).toMatchObject({ code: 'not_found', problems: [{ where: '/engineerId' }] });
    const e5 = (await bench.call('removeFromShortlist', { shortlistId: 'nope', engineerId: ids[0] }).catch((e: unknown) => e)) as ApiError;
    expect(e5).toMatchObject({ code: 'not_found', problems: [{ where: '/shortlistId' }] });
    expect(await dump(bench)).toBe(before);
  });
});
