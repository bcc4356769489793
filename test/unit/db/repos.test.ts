// The repositories' reads against a real SQLite file agree with the snapshot (the import path's own
// reader), and the change log records field names, never values.
import { describe, expect, it } from 'vitest';
import { rawOf } from '../../../db/connection';
import { listChanges } from '../../../db/repos/change-log';
import { countEngineers, getEngineer, listEngineers } from '../../../db/repos/engineers';
import { readClient, readClientSummaries, readRole, readRoleSummaries } from '../../../db/repos/roles-edit';
import { readShortlistRecord, shortlistHeadById } from '../../../db/repos/shortlists-edit';
import { EXAMPLE, openTemp } from './helpers';

describe('repositories', () => {
  it('get/list return the same records the snapshot holds', async () => {
    const bench = await openTemp();
    await bench.importFile(EXAMPLE);
    const snap = bench.snapshot();
    const raw = rawOf(bench.db);
    expect(await getEngineer(bench.db, 'peng-0003')).toEqual(snap.engineers?.[1]);
    expect(await listEngineers(bench.db, { includeArchived: true })).toEqual(snap.engineers);
    expect(await listEngineers(bench.db, { includeArchived: true, limit: 1, offset: 1 })).toEqual([snap.engineers?.[1]]);
    expect(await countEngineers(bench.db, { includeArchived: true })).toBe(snap.engineers?.length);
    expect(readClient(raw, 'acme-health')).toEqual(snap.clients?.[0]);
    expect(readClientSummaries(raw).map(({ roles: _r, openRoles: _o, ...c }) => c)).toEqual(snap.clients);
    expect(readRole(raw, 'r-ai-senior')).toEqual(snap.roles?.[0]);
    expect(readRoleSummaries(raw, 'acme-health').map((r) => r.id)).toEqual(snap.roles?.filter((r) => r.clientId === 'acme-health').map((r) => r.id));
    expect(readShortlistRecord(raw, shortlistHeadById(raw, 'sl-1')!)).toEqual(snap.shortlists?.[0]);
    expect(await getEngineer(bench.db, 'nobody')).toBeUndefined();
    expect(readRole(raw, 'nobody')).toBeUndefined();
  });

  it('the change log holds field names and counts, never values', async () => {
    const bench = await openTemp();
    await bench.importFile(EXAMPLE);
    const e = bench.snapshot().engineers![0]!;
    const { id, assessments: _a, ...profile } = e;
    await bench.call('updateEngineer', { id, profile: { ...profile, name: 'Zelda Quux' } });
    const log = listChanges(rawOf(bench.db), { entity: 'engineer', entityId: e.id });
    expect(log[0]).toMatchObject({ action: 'update', entity: 'engineer', entity_id: e.id });
    expect(JSON.parse(log[0]!.detail!)).toEqual({ fields: ['name'] });
    expect(JSON.stringify(log)).not.toContain('Zelda');
  });
});
