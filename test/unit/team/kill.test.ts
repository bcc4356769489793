// A process killed in the middle of a flush or an apply: the file passes integrity_check, nothing is
// lost (the marks or the page are still there to redo) and nothing is applied twice (redoing it gives
// the same bench as doing it once).
import { spawn } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { integrityCheck } from '../../../db/backup';
import { importBenchFile } from '../../../db/bench-file/import';
import { configure } from '../../../db/connection';
import { applyRemote, flushOutbox, getState, pendingChanges, type Change } from '../../../db/team/local';
import { dumpTables, PUBLIC, tempDir } from '../db/helpers';
import { exportText, openReplica, syncReplica, TeamLog, type Replica } from './helpers';

async function killMidway(db: string, mode: 'flush' | 'apply', changesFile?: string): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fixtures', 'kill-child.ts'), db, mode, ...(changesFile ? [changesFile] : [])], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exit = new Promise<NodeJS.Signals | null>((res) => child.on('exit', (_c, signal) => res(signal)));
  await new Promise<void>((res, rej) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('mid-transaction')) {
        child.kill('SIGKILL');
        res();
      }
    });
    child.on('exit', () => rej(new Error(`child exited before mid-transaction: ${out} ${err}`)));
  });
  expect(await exit).toBe('SIGKILL');
  expect(out).not.toContain('done');
  return out;
}

const open = (path: string) => {
  const raw = new BetterSqlite3(path);
  configure(raw);
  return raw;
};
/** Every table as dumpTables gives it, the HLC clock aside (receiving a stamp moves it on, by design). */
const withoutClock = (d: Record<string, unknown[]>) => ({ ...d, sync_state: d.sync_state!.filter((r) => (r as { key: string }).key !== 'clock') });
const brief = (list: Change[]) => list.map((c) => `${c.entity} ${c.recordId} ${c.field} ${JSON.stringify(c.value)}`).sort();

async function closed(r: Replica): Promise<string> {
  await r.bench.close();
  return r.bench.path;
}

describe('a process killed mid-sync', () => {
  it('mid-flush: the marks stay, the next flush records every change once', async () => {
    const a = await openReplica('a');
    // Straight through the importer: the service flushes the marks after every write (the team
    // runtime's hook), and this test needs them left for the killed flush.
    importBenchFile(a.raw, PUBLIC, { actor: 'test' });
    const path = await closed(a);
    const twin = join(tempDir(), 'twin.sqlite');
    copyFileSync(path, twin);
    const before = dumpTables(path);

    expect(await killMidway(path, 'flush')).toMatch(/flushed [1-9]\d*/);
    expect(integrityCheck(path)).toBe('ok');
    expect(dumpTables(path)).toEqual(before);

    const raw = open(path);
    const expected = open(twin);
    const n = flushOutbox(raw);
    expect(n).toBe(flushOutbox(expected));
    expect(brief(pendingChanges(raw, 1e6))).toEqual(brief(pendingChanges(expected, 1e6)));
    expect(new Set(pendingChanges(raw, 1e6).map((c) => c.changeId)).size).toBe(n);
    raw.close();
    expected.close();
  });

  it('mid-apply: the page and the pull mark are as before; applying it again lands it exactly once', async () => {
    const log = new TeamLog();
    const a = await openReplica('a');
    await a.bench.importFile(PUBLIC);
    syncReplica(a, log);
    const b = await openReplica('b');
    const path = await closed(b);
    const page = join(tempDir(), 'page.json');
    writeFileSync(page, JSON.stringify(log.after(0)));
    const before = dumpTables(path);

    expect(await killMidway(path, 'apply', page)).toMatch(/applied [1-9]\d*/);
    expect(integrityCheck(path)).toBe('ok');
    expect(dumpTables(path)).toEqual(before);

    const raw = open(path);
    expect(getState(raw).pulledSeq).toBe(0);
    const first = applyRemote(raw, log.after(0), { pulledSeq: log.changes.length });
    expect(first.unapplied).toEqual([]);
    const once = withoutClock(dumpTables(path));
    // Received again (a pull that died before its mark was stored): nothing changes but the clock.
    expect(applyRemote(raw, log.after(0)).applied).toBe(0);
    expect(withoutClock(dumpTables(path))).toEqual(once);
    raw.close();
    // The same export as a replica that took the page in one go.
    const again = await openReplica('b2');
    syncReplica(again, log);
    const reopened = { ...again, raw: open(path) };
    expect(exportText(reopened)).toBe(exportText(again));
    reopened.raw.close();
  });
});
