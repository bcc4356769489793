// Clients and roles through the real service on a real SQLite file: saves validate by place and leave
// the bench exactly as it was when refused; accepted saves persist and are logged.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import type { Role } from '../../../shared/bench/schema';
import { changes, dump, seeded } from './helpers';

const refusal = async (p: Promise<unknown>) => {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(ApiError);
  return e as ApiError;
};

describe('clients', () => {
  it('creates, lists and edits a client, logging field names only', async () => {
    const bench = await seeded();
    const c = await bench.call('saveClient', { client: { id: 'acme', name: 'Acme Corp', timeZone: 'America/New_York', industry: 'Retail' }, create: true });
    expect(c).toEqual({ id: 'acme', name: 'Acme Corp', timeZone: 'America/New_York', industry: 'Retail' });
    await bench.call('saveClient', { client: { id: 'acme', name: 'Acme Corp', timeZone: 'Europe/Berlin', notes: 'prefers async' } });
    const list = (await bench.call('listClients', {})).clients;
    expect(list.find((x) => x.id === 'acme')).toMatchObject({ timeZone: 'Europe/Berlin', notes: 'prefers async', roles: 0, openRoles: 0 });
    const log = await changes(bench, 'client');
    expect(log.filter((l) => l.entity_id === 'acme').map((l) => [l.action, JSON.parse(l.detail!)])).toEqual([
      ['update', { fields: ['industry', 'notes', 'timeZone'] }],
      ['create', { fields: ['id', 'industry', 'name', 'timeZone'] }],
    ]);
    expect(JSON.stringify(log)).not.toContain('prefers async');
  });

  it('refuses a bad client by place and changes nothing', async () => {
    const bench = await seeded();
    const before = await dump(bench);
    const e = await refusal(bench.call('saveClient', { client: { id: 'bad id!', name: '', timeZone: 'Mars/Olympus' }, create: true } as never));
    expect(e.code).toBe('invalid_input');
    expect(e.problems?.map((p) => p.where).sort()).toEqual(['/client/id', '/client/name', '/client/timeZone']);
    const dup = await refusal(bench.call('saveClient', { client: { id: 'northwind-health', name: 'Copy' }, create: true }));
    expect(dup.problems).toEqual([{ where: '/client/id', message: 'a client with id northwind-health already exists' }]);
    expect(await dump(bench)).toBe(before);
  });
});

describe('roles', () => {
  const role = (over: Partial<Role> = {}): Role => ({
    id: 'role-ml-1', clientId: 'northwind-health', title: 'ML Engineer',
    mustHave: [{ skill: 'pytorch', minLevel: 3, minYears: 2 }], niceToHave: [{ skill: 'Kubernetes', weight: 2 }],
    seniority: ['senior', 'lead'], timeZone: 'America/New_York', coreHours: { start: '10:00', end: '16:00' },
    minOverlapHours: 4, minEnglish: 'B2', maxBillRate: 70, startDate: '2026-12-01', headcount: 2, requireVetted: true, status: 'open',
    ...over,
  });

  it('creates a role with its preset, reads it back, edits it, and logs each change', async () => {
    const bench = await seeded();
    const saved = await bench.call('saveRole', { role: role({ preset: 'skills first' }), create: true });
    expect(saved.role).toEqual(role({ preset: 'skills first' }));
    expect(saved.client.id).toBe('northwind-health');
    const again = await bench.call('getRole', { id: 'role-ml-1' });
    expect(again).toEqual(saved);
    await bench.call('saveRole', { role: role({ maxBillRate: 80, headcount: undefined }) });
    const edited = await bench.call('getRole', { id: 'role-ml-1' });
    expect(edited.role.maxBillRate).toBe(80);
    expect(edited.role.headcount).toBeUndefined();
    expect(edited.role.preset).toBeUndefined();
    await bench.call('setRoleStatus', { id: 'role-ml-1', status: 'on_hold' });
    const listed = (await bench.call('listRoles', { clientId: 'northwind-health' })).roles.find((r) => r.id === 'role-ml-1');
    expect(listed).toMatchObject({ status: 'on_hold', mustHave: ['pytorch'], shortlisted: 0, shortlistId: null, clientName: 'Northwind Health' });
    // The bench file carries the role as saved (it travels in exports).
    expect(bench.snapshot().roles?.find((r) => r.id === 'role-ml-1')).toEqual(role({ maxBillRate: 80, status: 'on_hold', headcount: undefined }));
    const log = (await changes(bench, 'role')).filter((l) => l.entity_id === 'role-ml-1').map((l) => [l.action, JSON.parse(l.detail!)]);
    expect(log).toEqual([
      ['status', { from: 'open', to: 'on_hold' }],
      ['update', { fields: ['headcount', 'maxBillRate', 'preset'] }],
      ['create', { fields: expect.arrayContaining(['id', 'mustHave', 'title', 'preset']) }],
    ]);
  });

  it('refuses a bad role by place (schema and cross-record checks) and changes nothing', async () => {
    const bench = await seeded();
    await bench.call('saveRole', { role: role(), create: true });
    const before = await dump(bench);
    const bad = await refusal(bench.call('saveRole', {
      role: { ...role(), id: 'role-2', mustHave: [{ skill: 'Python', minLevel: 9 }], minEnglish: 'D1', coreHours: { start: '25:00', end: '17:00' }, startDate: '2026-02-30', headcount: 0 },
      create: true,
    } as never));
    expect(bad.code).toBe('invalid_input');
    expect(bad.problems?.map((p) => p.where).sort()).toEqual(['/role/coreHours/start', '/role/headcount', '/role/minEnglish', '/role/mustHave/0/minLevel', '/role/startDate']);
    const cross = await refusal(bench.call('saveRole', {
      role: role({ id: 'role-ml-1', clientId: 'nobody', mustHave: [{ skill: 'PyTorch' }, { skill: 'pytorch' }], niceToHave: [{ skill: 'Pytorch' }] }),
      create: true,
    }));
    expect(cross.problems).toEqual([
      { where: '/role/clientId', message: 'there is no client with id nobody' },
      { where: '/role/id', message: 'a role with id role-ml-1 already exists' },
      { where: '/role/mustHave/1/skill', message: 'pytorch is already listed at /role/mustHave/0/skill' },
      { where: '/role/niceToHave/0/skill', message: 'Pytorch is already listed at /role/mustHave/0/skill' },
    ]);
    const missing = await refusal(bench.call('saveRole', { role: role({ id: 'role-none' }) }));
    expect(missing.code).toBe('not_found');
    expect(await dump(bench)).toBe(before);
  });
});
