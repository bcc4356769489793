// A server that stops answering mid-sync (every PostgreSQL process of the cluster SIGSTOPped, as a hung
// or overloaded server looks from a laptop) must not freeze local editing: a sync holds the bench's write
// queue only for its local steps, never across the network. Real PostgreSQL, real SQLite files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLUSTER_DIR } from '../../../db/team/server/embedded';
import { editSummary, exportOf, twoLaptops } from './replicas';
import { useTeamServer } from './server-helpers';

const team = useTeamServer();

/** The processes the postmaster started (backends, writers). Backends come and go, so this is read only
 *  once the postmaster itself is stopped and can start no more. */
function childrenOf(postmaster: number): number[] {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number).filter((pid) => {
    try {
      // Field 4 of /proc/PID/stat is the parent; the name before it may hold spaces, so read after ')'.
      return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').at(-1)!.trim().split(' ')[1]) === postmaster;
    } catch {
      return false; // gone meanwhile
    }
  });
}

/** Sends `sig` to each; a process that ended meanwhile (or a zombie the postmaster reaped) is not an error. */
function signal(pids: readonly number[], sig: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, sig);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e;
    }
  }
}

describe('a paused server', { timeout: 120_000 }, () => {
  it('a sync waiting on it does not hold up a local edit; the edit is sent once the server is back', async () => {
    const { a, b } = await twoLaptops((role) => team.addPerson(role), 'paused', 51, 'pz-');
    const id = 'pz-eng-00001';

    const postmaster = Number(readFileSync(join(team.dir, CLUSTER_DIR, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const pids = [postmaster];
    let syncSettled = false;
    try {
      signal([postmaster], 'SIGSTOP');
      pids.push(...childrenOf(postmaster));
      signal(pids, 'SIGSTOP');
      const syncing = a.call('syncNow', {}).finally(() => void (syncSettled = true));
      syncing.catch(() => undefined);
      await new Promise((r) => setTimeout(r, 200)); // the sync is now waiting on the server
      // The edit finishes while every server process is still stopped, so it cannot have waited for the sync.
      await editSummary(a, id, 'Edited while the server hung');
      expect(syncSettled, 'the edit waited for the sync').toBe(false);
      expect((await a.call('getEngineer', { id })).summary).toBe('Edited while the server hung');
    } finally {
      signal(pids, 'SIGCONT');
    }

    // Back: nothing was lost; the edit reaches the other laptop.
    await a.call('syncNow', {}).catch(() => a.call('syncNow', {}));
    await b.call('syncNow', {});
    expect((await b.call('getEngineer', { id })).summary).toBe('Edited while the server hung');
    expect(await exportOf(b)).toEqual(await exportOf(a));
  });
});
