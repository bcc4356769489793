// Joining (team's version for records both hold, local-only records sent), undoing refused changes,
// and records whose fields are not valid yet (reported, kept, applied once complete).
import { describe, expect, it } from 'vitest';
import type { RawDb } from '../../../db/connection';
import {
  applyRemote, applySnapshot, flushOutbox, localSnapshot, pendingChanges, readRecord, refusedChanges, undoRefused, type TeamRecord,
} from '../../../db/team/local';
import { CSV_EXAMPLE, EXAMPLE } from '../db/helpers';
import { exportText, openReplica, syncReplica, TeamLog } from './helpers';

/** The team bench as a join pulls it: every record with its fields' stamps (here: a synced replica's base). */
function teamOf(raw: RawDb): TeamRecord[] {
  return (raw.prepare('SELECT entity, record_id, fields, hlcs FROM sync_base').all() as { entity: TeamRecord['entity']; record_id: string; fields: string; hlcs: string }[])
    .map((r) => ({ entity: r.entity, recordId: r.record_id, fields: JSON.parse(r.fields), hlcs: JSON.parse(r.hlcs) }));
}

describe('joining a team bench', () => {
  it('takes the team version of records both hold and sends the records only this laptop has', async () => {
    const log = new TeamLog();
    const a = await openReplica('a');
    await a.bench.importFile(EXAMPLE);
    syncReplica(a, log);

    const b = await openReplica('b');
    await b.bench.call('importFile', { path: CSV_EXAMPLE });
    const { id: _id, assessments: _as, ...p } = await a.bench.call('getEngineer', { id: 'peng-0002' });
    await b.bench.call('importFile', { path: EXAMPLE }); // b also holds the example's records...
    await b.bench.call('updateEngineer', { id: 'peng-0002', profile: { ...p, city: 'Mendoza' } }); // ...one of them changed
    flushOutbox(b.raw);
    const local = localSnapshot(b.raw);
    expect(local.filter((r) => r.entity === 'engineer').map((r) => r.recordId).sort()).toEqual(['eng-csv-1', 'eng-csv-2', 'eng-csv-3', 'peng-0002', 'peng-0003', 'peng-0004']);

    const result = applySnapshot(b.raw, teamOf(a.raw));
    expect(result.unapplied).toEqual([]);
    expect((await b.bench.call('getEngineer', { id: 'peng-0002' })).city).toBe('Buenos Aires');
    const waiting = pendingChanges(b.raw, 10_000);
    expect(new Set(waiting.map((c) => c.recordId))).toEqual(new Set(['eng-csv-1', 'eng-csv-2', 'eng-csv-3']));
    expect(result.waiting).toBe(waiting.length);

    syncReplica(b, log);
    syncReplica(a, log);
    expect(exportText(a)).toBe(exportText(b));
    expect((await a.bench.call('getEngineer', { id: 'eng-csv-1' })).name).toBe('Valentina Ríos');
  });

  it('a fresh laptop takes the team bench whole', async () => {
    const log = new TeamLog();
    const a = await openReplica('a');
    await a.bench.importFile(EXAMPLE);
    syncReplica(a, log);
    const b = await openReplica('b');
    expect(applySnapshot(b.raw, teamOf(a.raw))).toMatchObject({ waiting: 0, unapplied: [] });
    expect(exportText(b)).toBe(exportText(a));
  });
});

describe('refused changes', () => {
  it('put back the server value, remove what the server never had, and are listed with the reason', async () => {
    const log = new TeamLog();
    const a = await openReplica('a');
    await a.bench.importFile(EXAMPLE);
    syncReplica(a, log);
    const before = readRecord(a.raw, 'engineer', 'peng-0003')!;
    const { id: _id, assessments: _as, ...p } = await a.bench.call('getEngineer', { id: 'peng-0003' });
    await a.bench.call('updateEngineer', { id: 'peng-0003', profile: { ...p, city: 'Lisbon' } });
    await a.bench.call('saveClient', { client: { id: 'new-co', name: 'New Co' }, create: true });
    flushOutbox(a.raw);
    const waiting = pendingChanges(a.raw);
    const refusals = waiting.map((c) => ({ changeId: c.changeId, reason: 'not allowed for sales' }));
    const r = undoRefused(a.raw, refusals, [{ entity: 'engineer', recordId: 'peng-0003', fields: before, hlcs: {} }]);
    expect(r).toEqual({ undone: waiting.length, removed: 1 });
    expect((await a.bench.call('getEngineer', { id: 'peng-0003' })).city).toBe(before.city);
    expect(readRecord(a.raw, 'client', 'new-co')).toBeUndefined();
    expect(pendingChanges(a.raw)).toEqual([]);
    flushOutbox(a.raw);
    expect(pendingChanges(a.raw)).toEqual([]); // the undo is not a change to send
    expect(refusedChanges(a.raw).map((x) => `${x.entity} ${x.recordId} ${x.field} ${x.reason}`).sort()).toEqual([
      'client new-co name not allowed for sales', 'engineer peng-0003 city not allowed for sales',
    ]);
  });
});

describe('records the fields do not make valid (yet)', () => {
  it('are reported, not thrown, kept, and applied once the missing part arrives', async () => {
    const a = await openReplica('a');
    const stamp = (n: number) => `17000000000${String(n).padStart(2, '0')}-00000-z.z`;
    const ch = (n: number, entity: TeamRecord['entity'], recordId: string, field: string, value: unknown) =>
      ({ changeId: `z.z:${n}`, entity, recordId, field, value: value as never, hlc: stamp(n), author: 'z' });
    const first = applyRemote(a.raw, [
      ch(1, 'engineer', 'e1', 'name', 'Ana'),
      ch(2, 'engineer', 'e1', 'country', 'Brazil'),
      ch(3, 'engineer', 'e2', 'name', 'Bo'),
    ]);
    expect(first.unapplied.map((u) => u.recordId)).toEqual(['e1', 'e2']);
    expect(first.unapplied[0]!.reason).toContain('country');
    expect(readRecord(a.raw, 'engineer', 'e1')).toBeUndefined();

    const rest = (id: string, n: number) => [ch(n, 'engineer', id, 'country', 'BR'), ch(n + 1, 'engineer', id, 'timeZone', 'America/Sao_Paulo'), ch(n + 2, 'engineer', id, 'seniority', 'mid'), ch(n + 3, 'engineer', id, 'skills', [])];
    const second = applyRemote(a.raw, rest('e1', 10));
    expect(second.unapplied.map((u) => u.recordId)).toEqual(['e2']); // retried, still incomplete
    expect(readRecord(a.raw, 'engineer', 'e1')).toMatchObject({ name: 'Ana', country: 'BR' });
    expect(applyRemote(a.raw, rest('e2', 20)).unapplied).toEqual([]);
    expect(readRecord(a.raw, 'engineer', 'e2')).toMatchObject({ name: 'Bo' });
    flushOutbox(a.raw);
    expect(pendingChanges(a.raw)).toEqual([]); // applying is not a local edit
  });
});
