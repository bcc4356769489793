import { describe, expect, it } from 'vitest';
import { addAssessment, finalizeAssessment, listAssessments } from '../../../db/repos/assessments';
import { listChanges } from '../../../db/repos/change-log';
import { getClient, listClients, upsertClient } from '../../../db/repos/clients';
import { getEngineer, listEngineers, upsertEngineer } from '../../../db/repos/engineers';
import { getRole, getRoleWeights, listRoles, setRoleWeights, upsertRole } from '../../../db/repos/roles';
import { getShortlist, setEntryStatus, upsertShortlist } from '../../../db/repos/shortlists';
import { ApiError } from '../../../shared/api/errors';
import type { Engineer } from '../../../shared/bench/schema';
import { EXAMPLE, openTemp } from './helpers';

describe('repositories over Kysely<Database>', () => {
  it('get/list return the same records the snapshot holds', async () => {
    const bench = await openTemp();
    await bench.importFile(EXAMPLE);
    const snap = bench.snapshot();
    expect(await getEngineer(bench.db, 'peng-0003')).toEqual(snap.engineers?.[1]);
    expect(await listEngineers(bench.db)).toEqual(snap.engineers);
    expect(await listEngineers(bench.db, { limit: 1, offset: 1 })).toEqual([snap.engineers?.[1]]);
    expect(await getClient(bench.db, 'acme-health')).toEqual(snap.clients?.[0]);
    expect(await listClients(bench.db)).toEqual(snap.clients);
    expect(await getRole(bench.db, 'r-ai-senior')).toEqual(snap.roles?.[0]);
    expect(await listRoles(bench.db, { clientId: 'acme-health' })).toEqual(snap.roles);
    expect(await getShortlist(bench.db, 'sl-1')).toEqual(snap.shortlists?.[0]);
    expect(await getEngineer(bench.db, 'nobody')).toBeUndefined();
  });

  it('upserts create then update in place, logging field names but no values', async () => {
    const bench = await openTemp();
    const e: Engineer = { id: 'e-1', name: 'Ana Souza', country: 'BR', timeZone: 'America/Sao_Paulo', seniority: 'mid', skills: [{ name: 'k8s', level: 3 }] };
    expect(upsertEngineer(bench.db, e, 'tester')).toBe('created');
    expect(upsertEngineer(bench.db, { ...e, seniority: 'senior', archived: true }, 'tester')).toBe('updated');
    expect(await getEngineer(bench.db, 'e-1')).toEqual({ ...e, seniority: 'senior', archived: true });
    expect(await listEngineers(bench.db)).toEqual([]);
    expect(await listEngineers(bench.db, { includeArchived: true })).toHaveLength(1);
    const log = await listChanges(bench.db, { entity: 'engineer', entityId: 'e-1' });
    expect(log.map((l) => l.action)).toEqual(['update', 'create']);
    expect(log[0]!.detail).not.toContain('Ana');
    expect(() => upsertEngineer(bench.db, { ...e, timeZone: 'Nowhere/Land' }, 'tester')).toThrow();
  });

  it('roles and shortlists refuse dangling references; weights and entry status are kept', async () => {
    const bench = await openTemp();
    await bench.importFile(EXAMPLE);
    const err = await upsertRole(bench.db, { id: 'r-x', clientId: 'ghost', title: 'X' }, 't').catch((x: unknown) => x);
    expect((err as ApiError).problems?.[0]?.where).toBe('/clientId');
    expect(upsertClient(bench.db, { id: 'c-2', name: 'Beta' }, 't')).toBe('created');
    expect(await upsertRole(bench.db, { id: 'r-x', clientId: 'c-2', title: 'X', mustHave: [{ skill: 'Go', minLevel: 3 }] }, 't')).toBe('created');
    await setRoleWeights(bench.db, 'r-x', { mustHave: 2 }, 't');
    expect(await getRoleWeights(bench.db, 'r-x')).toEqual({ mustHave: 2 });
    const bad = await upsertShortlist(bench.db, { id: 's-x', roleId: 'r-x', name: 'S', entries: [{ engineerId: 'ghost' }] }, 't').catch((x: unknown) => x);
    expect((bad as ApiError).problems?.[0]?.where).toBe('/entries/0/engineerId');
    await upsertShortlist(bench.db, { id: 's-x', roleId: 'r-x', name: 'S', entries: [{ engineerId: 'peng-0002' }] }, 't');
    await setEntryStatus(bench.db, 's-x', 'peng-0002', 'sent', 't');
    expect((await getShortlist(bench.db, 's-x'))?.entries).toEqual([{ engineerId: 'peng-0002', status: 'sent' }]);
  });

  it('draft assessments stay out of the bench until finalized; an amendment supersedes the original', async () => {
    const bench = await openTemp();
    await bench.importFile(EXAMPLE);
    const draft = await addAssessment(bench.db, 'peng-0002', { date: '2026-11-01', kind: 'english', assessor: 'Marta Gil', englishLevel: 'C1' }, { actor: 't' });
    expect(draft.status).toBe('draft');
    expect((await getEngineer(bench.db, 'peng-0002'))?.assessments).toHaveLength(1);
    expect(await listAssessments(bench.db, 'peng-0002', { includeDrafts: true })).toHaveLength(2);
    await finalizeAssessment(bench.db, draft.pk, 't');
    expect((await getEngineer(bench.db, 'peng-0002'))?.assessments).toHaveLength(2);
    const fix = await addAssessment(bench.db, 'peng-0002', { date: '2026-11-01', kind: 'english', assessor: 'Marta Gil', englishLevel: 'B2' }, { actor: 't', status: 'final', amendsPk: draft.pk });
    const after = await getEngineer(bench.db, 'peng-0002');
    expect(after?.assessments?.map((a) => a.englishLevel)).toEqual([undefined, 'B2']);
    expect(fix.amendsPk).toBe(draft.pk);
    await expect(finalizeAssessment(bench.db, draft.pk, 't')).rejects.toBeInstanceOf(ApiError);
  });
});
