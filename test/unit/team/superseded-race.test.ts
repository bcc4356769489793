// The race of a push answered `superseded`: another laptop's later edit of the same field lands on the
// server between this laptop's pull and its push. Made to happen every time by a client whose push first
// lets the other laptop sync. The sender must record the conflict too (its value lost), as every laptop does.
import { describe, expect, it } from 'vitest';
import { rawOf } from '../../../db/connection';
import { conflictsFor, readRecord } from '../../../db/team/local';
import { syncWith } from '../../../db/team/sync';
import { editSummary, exportOf, importDemo, openLaptop, teamTempDir } from './replicas';
import { useTeamServer } from './server-helpers';

const team = useTeamServer();

describe('a push answered superseded', { timeout: 120_000 }, () => {
  it('is recorded as a conflict on the laptop that sent it', async () => {
    const dir = teamTempDir();
    const a = await openLaptop(dir, 'race-a');
    const b = await openLaptop(dir, 'race-b');
    await importDemo(a, dir, 3, 47, 'rc-');
    await a.call('teamJoin', { url: await team.addPerson('admin') });
    const bUrl = await team.addPerson('account_manager');
    await b.call('teamJoin', { url: bUrl });
    const id = 'rc-eng-00001';

    await editSummary(b, id, 'B, earlier');
    await new Promise((r) => setTimeout(r, 5));
    await editSummary(a, id, 'A, later');

    // B's sync: its first pull finds nothing new; then, just before its push, A's later edit reaches the server.
    const client = await team.connect(bUrl);
    let raced = 0;
    const racing = {
      ...client,
      push: async (changes: Parameters<typeof client.push>[0]) => {
        if (raced++ === 0) await a.call('syncNow', {});
        return client.push(changes);
      },
    };
    const rawB = rawOf(b.db);
    const result = await syncWith(rawB, racing);
    expect(raced).toBeGreaterThan(0);
    expect(result.refused).toEqual([]);
    expect(readRecord(rawB, 'engineer', id)?.summary).toBe('A, later');
    const history = conflictsFor(rawB, 'engineer', id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ field: 'summary', lostValue: 'B, earlier', wonValue: 'A, later' });
    expect(result.conflicts).toBe(1);

    // A records it once too (the loser reaches it with the next pull), and both hold the same bench.
    await a.call('syncNow', {});
    expect(conflictsFor(rawOf(a.db), 'engineer', id)).toHaveLength(1);
    expect(await exportOf(b)).toEqual(await exportOf(a));
  });
});
