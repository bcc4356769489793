// Every write path leaves its records dirty (the capture triggers), and a flush turns exactly the fields
// that changed into waiting changes: imports (file and CSV), the engineer form, roles with a preset,
// every shortlist action, vetting (finalize, amend, status). Real service, real SQLite files.
import { describe, expect, it } from 'vitest';
import { acknowledge, flushOutbox, pendingChanges, stopCapture, type Change } from '../../../db/team/local';
import { CSV_EXAMPLE, EXAMPLE } from '../db/helpers';
import { openReplica, type Replica } from './helpers';

/** Flushes and takes every waiting change (as a push that the server accepted would). */
function drain(r: Replica): Change[] {
  flushOutbox(r.raw);
  const list = pendingChanges(r.raw, 1_000_000);
  acknowledge(r.raw, list.map((c) => c.changeId));
  return list;
}

const brief = (list: Change[]) => list.map((c) => `${c.entity} ${c.recordId} ${c.field}`).sort();

describe('capture', () => {
  it('records an import field by field, and an unchanged re-import records nothing', async () => {
    const r = await openReplica('a');
    await r.bench.importFile(EXAMPLE);
    const first = drain(r);
    const where = new Set(first.map((c) => `${c.entity} ${c.recordId}`));
    for (const id of ['peng-0002', 'peng-0003', 'peng-0004']) expect(where).toContain(`engineer ${id}`);
    expect(where).toContain('client acme-health');
    expect(where).toContain('role r-ai-senior');
    expect(where).toContain('shortlist sl-1');
    expect(where).toContain('shortlist_entry sl-1/peng-0002');
    expect(where).toContain('assessment peng-0004-en');
    expect(first.find((c) => c.recordId === 'peng-0002' && c.field === 'rate.costPerHour')?.value).toBe(44);
    expect(first.find((c) => c.recordId === 'sl-1' && c.field === 'order')?.value).toEqual(['peng-0002', 'peng-0003']);
    // Ids unique, stamps in the HLC form.
    expect(new Set(first.map((c) => c.changeId)).size).toBe(first.length);
    for (const c of first) expect(c.hlc).toMatch(/^\d{13}-\d{5}-a\.nodea$/);

    await r.bench.importFile(EXAMPLE);
    expect(drain(r)).toEqual([]);
  });

  it('records a CSV import and a profile edit (only the field that changed)', async () => {
    const r = await openReplica('a');
    await r.bench.call('importFile', { path: CSV_EXAMPLE });
    expect(brief(drain(r))).toContain('engineer eng-csv-1 name');
    const e = await r.bench.call('getEngineer', { id: 'eng-csv-1' });
    const { id: _id, assessments: _a, ...profile } = e;
    await r.bench.call('updateEngineer', { id: 'eng-csv-1', profile: { ...profile, city: 'Cali' } });
    const changes = drain(r);
    expect(brief(changes)).toEqual(['engineer eng-csv-1 city']);
    expect(changes[0]!.value).toBe('Cali');
  });

  it('records a role saved with a preset, and its status', async () => {
    const r = await openReplica('a');
    await r.bench.importFile(EXAMPLE);
    drain(r);
    const { role } = await r.bench.call('getRole', { id: 'r-ai-senior' });
    await r.bench.call('saveRole', { role: { ...role, title: 'Senior AI engineer', preset: 'time zone first' } });
    const changes = drain(r);
    expect(brief(changes)).toEqual(['role r-ai-senior preset', 'role r-ai-senior title']);
    expect(changes.find((c) => c.field === 'preset')!.value).toBe('time zone first');
    await r.bench.call('setRoleStatus', { id: 'r-ai-senior', status: 'on_hold' });
    expect(drain(r).map((c) => [c.field, c.value])).toEqual([['status', 'on_hold']]);
  });

  it('records every shortlist action: add, reorder, status, note, remove (a tombstone)', async () => {
    const r = await openReplica('a');
    await r.bench.importFile(EXAMPLE);
    drain(r);
    await r.bench.call('addToShortlist', { roleId: 'r-ai-senior', engineerId: 'peng-0004' });
    // Appended last, where the displayed-order rule already puts an entry the order does not list: no order change.
    expect(brief(drain(r))).toEqual(['shortlist_entry sl-1/peng-0004 status', 'shortlist_entry sl-1/peng-0004 statusChangedAt']);
    await r.bench.call('reorderShortlist', { shortlistId: 'sl-1', engineerIds: ['peng-0004', 'peng-0002', 'peng-0003'] });
    expect(drain(r).map((c) => [c.field, c.value])).toEqual([['order', ['peng-0004', 'peng-0002', 'peng-0003']]]);
    await r.bench.call('updateShortlistEntry', { shortlistId: 'sl-1', engineerId: 'peng-0002', status: 'sent', note: 'Strong on data' });
    expect(brief(drain(r))).toEqual(['shortlist_entry sl-1/peng-0002 note', 'shortlist_entry sl-1/peng-0002 status', 'shortlist_entry sl-1/peng-0002 statusChangedAt']);
    await r.bench.call('removeFromShortlist', { shortlistId: 'sl-1', engineerId: 'peng-0003' });
    const removed = drain(r);
    // The tombstone alone: the order left without it displays the same.
    expect(brief(removed)).toEqual(['shortlist_entry sl-1/peng-0003 removed']);
    expect(removed.find((c) => c.field === 'removed')!.value).toBe(true);
  });

  it('records a finalized assessment (never a draft), an amendment pointing at what it corrects, and a vetting status', async () => {
    const r = await openReplica('a');
    await r.bench.importFile(EXAMPLE);
    drain(r);
    const draft = { date: '2026-11-20', kind: 'technical_interview' as const, assessor: 'Ana', recommendation: 'yes' as const, scores: { communication: 4, systemDesign: 3 } };
    const d = await r.bench.call('saveDraft', { engineerId: 'peng-0002', draft });
    expect(drain(r)).toEqual([]);
    const f = await r.bench.call('finalizeAssessment', { ref: d.ref });
    expect(f.ref).toMatch(/\.nodea$/); // a joined laptop's assessment ids carry its node
    const [created] = drain(r);
    expect(created).toMatchObject({ entity: 'assessment', recordId: f.ref, field: 'record' });
    expect(created!.value).toMatchObject({ engineerId: 'peng-0002', amends: null, assessor: 'Ana' });

    const amend = await r.bench.call('startAmendment', { ref: f.ref });
    await r.bench.call('saveDraft', { engineerId: 'peng-0002', ref: amend.ref, draft: { ...draft, recommendation: 'strong_yes', amendReason: 'The recommendation was entered too low.' } });
    await r.bench.call('finalizeAssessment', { ref: amend.ref });
    const amended = drain(r);
    expect(amended.map((c) => c.recordId)).toEqual([amend.ref]);
    expect(amended[0]!.value).toMatchObject({ amends: f.ref, recommendation: 'strong_yes' });

    await r.bench.call('setVettingStatus', { engineerId: 'peng-0002', status: 'rejected', fromAssessment: amend.ref });
    expect(drain(r).map((c) => [c.recordId, c.field, c.value])).toEqual([['peng-0002', 'vettingStatus', 'rejected']]);
  });

  it('records nothing while capture is off', async () => {
    const r = await openReplica('a');
    stopCapture(r.raw);
    await r.bench.importFile(EXAMPLE);
    expect(r.raw.prepare('SELECT COUNT(*) FROM sync_dirty').pluck().get()).toBe(0);
    expect(drain(r)).toEqual([]);
  });
});
