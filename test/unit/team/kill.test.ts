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
import { applyRemote, flushOutbox, getState, pendingChanges, startCapture, type Change, type TeamRecord } from '../../../db/team/local';
import { applyJoinChunk, finishJoin, newJoinRun, prepareJoin } from '../../../db/team/local/join';
import { dumpTables, PUBLIC, tempDir } from '../db/helpers';
import { exportText, openReplica, syncReplica, TeamLog, type Replica } from './helpers';

async function killMidway(db: string, mode: 'flush' | 'apply' | 'join', changesFile?: string): Promise<string> {
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

/** A new bench file, migrated and closed (what a laptop holds before it joins). */
async function openLaptopFile(name: string): Promise<string> {
  const r = await openReplica(name);
  const path = await closed(r);
  const raw = open(path);
  // openReplica starts capture as a joined replica; a laptop about to join is not on a team yet.
  raw.prepare("DELETE FROM sync_state WHERE key IN ('server', 'capture')").run();
  raw.close();
  return path;
}

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

  it('mid-page of a join: the page is as before, the bench not on the team; the join resumed lands every record once', async () => {
    const log = new TeamLog();
    const a = await openReplica('a');
    await a.bench.importFile(PUBLIC);
    syncReplica(a, log);
    // The team bench as the server's snapshot sends it: every record with its fields' stamps, in dependency order.
    const order = ['client', 'engineer', 'role', 'shortlist', 'shortlist_entry', 'assessment', 'firm', 'document', 'merge'];
    const team = (a.raw.prepare('SELECT entity, record_id, fields, hlcs FROM sync_base').all() as { entity: TeamRecord['entity']; record_id: string; fields: string; hlcs: string }[])
      .map((r) => ({ entity: r.entity, recordId: r.record_id, fields: JSON.parse(r.fields), hlcs: JSON.parse(r.hlcs) }) as TeamRecord)
      .sort((x, y) => order.indexOf(x.entity) - order.indexOf(y.entity) || (x.recordId < y.recordId ? -1 : 1));
    const half = Math.floor(team.length / 2);

    // A fresh laptop begins the join and writes the first page; the second is killed mid-transaction.
    const b = await openLaptopFile('b');
    const raw = open(b);
    startCapture(raw, { login: 'b', server: 'postgres://b:secret@localhost/team', role: 'admin', node: 'b.nodeb' }, { joining: true });
    prepareJoin(raw);
    applyJoinChunk(raw, team.slice(0, half), newJoinRun());
    raw.close();
    const page = join(tempDir(), 'join-page.json');
    writeFileSync(page, JSON.stringify(team.slice(half)));
    const before = dumpTables(b);
    expect(await killMidway(b, 'join', page)).toMatch(/joined [1-9]\d*/);
    expect(integrityCheck(b)).toBe('ok');
    expect(dumpTables(b)).toEqual(before);

    const again = open(b);
    expect(getState(again)).toMatchObject({ server: null, joining: 'postgres://b@localhost/team', capture: true });
    // Resumed: every page again (the first one twice), then the end.
    const run = newJoinRun();
    applyJoinChunk(again, team.slice(0, half), run);
    applyJoinChunk(again, team.slice(half), run);
    expect(finishJoin(again, run, { pulledSeq: log.changes.length })).toMatchObject({ written: team.length, waiting: 0, unapplied: [] });
    expect(getState(again)).toMatchObject({ server: 'postgres://b@localhost/team', joining: null, pulledSeq: log.changes.length });
    expect(again.prepare('SELECT count(*) FROM sync_outbox').pluck().get()).toBe(0);
    again.close();
    // The same bench as the team's.
    const joined = { ...a, raw: open(b) };
    expect(exportText(joined)).toBe(exportText(a));
    joined.raw.close();
  });
});
