// Merging duplicates travels on a team bench (issues 12 and 15), against a real PostgreSQL and real
// SQLite files through the real service: A (admin) merges two records; B syncs and holds one person with
// the chosen values, the other's finalized assessments and shortlist places on the kept record, and the
// same export as A; a laptop joining afterwards too. B (account manager) undoes it; A syncs and has both
// again, as before. C, offline with an edit to the record merged away, drops it with a notice when it
// syncs; the server refuses such a change pushed straight. Sales may not merge, in the app or in SQL.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bench } from '../../../db/service/bench-service';
import { MERGE_MESSAGES } from '../../../db/team/merge-messages';
import type { ApiError } from '../../../shared/api/errors';
import { sayRefused } from '../../../shared/api/team';
import { generateDemoBench } from '../../../db/seed';
import { exportOf, openLaptop, prefixIds, syncOnce, teamTempDir } from './replicas';
import { useTeamServer } from './server-helpers';

const team = useTeamServer();

type Demo = ReturnType<typeof generateDemoBench>;

const assessmentIds = (e: { assessments?: { id?: string }[] }) => (e.assessments ?? []).map((a) => a.id);
const listsHolding = (bench: Demo | Record<string, unknown>, id: string) =>
  ((bench as Demo).shortlists ?? []).filter((s) => s.entries?.some((x) => x.engineerId === id)).map((s) => s.id).sort();

describe('merging duplicates on a team bench', { timeout: 240_000 }, () => {
  it('travels whole to every laptop, and so does its undo; offline edits to the merged record are dropped with a notice', async () => {
    const dir = teamTempDir();
    const demo = JSON.parse(prefixIds(JSON.stringify(generateDemoBench({ engineers: 12, seed: 83 })), 'mg-')) as Demo;
    const assessed = (e: NonNullable<Demo['engineers']>[number]) => (e.assessments ?? []).some((a) => a.id);
    const shortlisted = (id: string) => listsHolding(demo, id).length > 0;
    const other = demo.engineers!.find((e) => assessed(e) && shortlisted(e.id))!;
    const keep = demo.engineers!.find((e) => e.id !== other.id && assessed(e))!;
    expect(other && keep, 'the demo bench has two assessed engineers, one shortlisted').toBeTruthy();
    const file = join(dir, 'merge.bench.json');
    writeFileSync(file, JSON.stringify(demo));

    const a = await openLaptop(dir, 'merge-a');
    await a.importFile(file, { actor: 'test' });
    await a.call('teamJoin', { url: await team.addPerson('admin') });
    const amUrl = await team.addPerson('account_manager');
    const b = await openLaptop(dir, 'merge-b');
    await b.call('teamJoin', { url: amUrl });
    const c = await openLaptop(dir, 'merge-c');
    await c.call('teamJoin', { url: await team.addPerson('account_manager') });
    const salesUrl = await team.addPerson('sales');
    const s = await openLaptop(dir, 'merge-s');
    await s.call('teamJoin', { url: salesUrl });
    const before = await exportOf(a);
    expect(await exportOf(b)).toEqual(before);

    // C goes offline and edits the record that is about to be merged away: the edit waits.
    const { id: _id, assessments: _as, ...profile } = await c.call('getEngineer', { id: other.id });
    await c.call('updateEngineer', { id: other.id, profile: { ...profile, summary: 'Edited offline before the merge' } });
    expect((await c.call('teamStatus', {})).waiting).toBeGreaterThan(0);

    // Sales may not merge: the app refuses, and so does the server to a change pushed with the sales login.
    const salesRefusal = await s.call('mergeEngineers', { keep: keep.id, other: other.id, choices: {} }).catch((e: unknown) => e);
    expect(salesRefusal).toMatchObject({ code: 'refused', message: 'Your role on the team bench (Sales) may not merge or unmerge duplicate records.' });
    expect((salesRefusal as ApiError).say('es-419').message).toBe('Tu rol en la banca del equipo (Ventas) no permite fusionar registros duplicados ni deshacer fusiones.');
    const salesClient = await team.connect(salesUrl);
    const [salesAnswer] = await salesClient.push([{ changeId: 'sales:merge:1', entity: 'merge', recordId: 'merge-by-sales', field: 'record', value: { keptId: keep.id, mergedId: other.id, positions: {} }, hlc: `${Date.now()}-00000-sales` }]);
    expect(salesAnswer).toMatchObject({ status: 'refused', reason: 'the sales role may not merge or unmerge duplicate records' });
    await expect(team.sql(salesUrl, "INSERT INTO benchmatch.fields (entity, record_id, field, value, hlc, seq, first_seq) VALUES ('merge', 'x', 'record', '{}', '0', 1, 1)")).rejects.toMatchObject({ code: '42501' });

    // A merges, taking the other record's city and summary.
    const merge = await a.call('mergeEngineers', { keep: keep.id, other: other.id, choices: { city: 'other', summary: 'other' } });
    expect(merge.counts.assessments).toBeGreaterThan(0);
    const onA = await a.call('getEngineer', { id: keep.id });
    expect(onA.city).toBe(other.city);
    expect(onA.summary).toBe(other.summary);
    expect(assessmentIds(onA)).toEqual(expect.arrayContaining(assessmentIds(other)));
    expect((await syncOnce(a)).refused).toEqual([]);

    // B syncs: one person with the merged values and the moved rows, the same bench as A.
    expect((await syncOnce(b)).refused).toEqual([]);
    await expect(b.call('getEngineer', { id: other.id })).rejects.toMatchObject({ code: 'not_found' });
    const onB = await b.call('getEngineer', { id: keep.id });
    expect(onB).toEqual(onA);
    const merged = await exportOf(b);
    expect(listsHolding(merged, keep.id)).toEqual(expect.arrayContaining(listsHolding(before, other.id)));
    expect(listsHolding(merged, other.id)).toEqual([]);
    expect(merged).toEqual(await exportOf(a));
    expect(merged).not.toEqual(before);

    // C comes back: its waiting edit to the merged record is dropped, said by id; then it holds the same bench.
    const cSync = await syncOnce(c);
    expect(cSync.refused).toEqual([expect.objectContaining({ where: `engineer ${other.id}`, reason: `merged into engineer ${keep.id} on the team bench; 1 waiting change to the merged record was dropped here (make it again on ${keep.id})` })]);
    expect(sayRefused(cSync.refused[0]!, 'pt-BR')).toEqual({ where: `engenheiro ${other.id}`, reason: `mesclado com o engenheiro ${keep.id} no banco de talentos da equipe; 1 alteração pendente do registro mesclado foi descartada aqui (refaça-a em ${keep.id})` });
    expect((await c.call('teamStatus', {})).waiting).toBe(0);
    expect(await exportOf(c)).toEqual(merged);
    // A stale change about the merged record, pushed straight with a person's own login, is refused.
    const direct = await team.connect(amUrl);
    const [stale] = await direct.push([{ changeId: 'stale:merged:1', entity: 'engineer', recordId: other.id, field: 'summary', value: 'stale', hlc: `${Date.now()}-00000-stale` }]);
    expect(stale).toMatchObject({ status: 'refused', reason: MERGE_MESSAGES.merged });

    // A laptop joining after the merge replays it: the same bench.
    const late = await openLaptop(dir, 'merge-late');
    await late.call('teamJoin', { url: await team.addPerson('account_manager') });
    expect(await exportOf(late)).toEqual(merged);

    // B (an account manager) undoes the merge; A syncs and has both records again, as before the merge.
    expect((await b.call('unmerge', { mergeId: merge.mergeId })).restored).toBe(other.id);
    expect((await syncOnce(b)).refused).toEqual([]);
    expect((await syncOnce(a)).refused).toEqual([]);
    expect((await a.call('getEngineer', { id: other.id })).name).toBe(other.name);
    const undone = await exportOf(a);
    expect(undone).toEqual(await exportOf(b));
    expect(undone).toEqual(before);
    for (const laptop of [c, late, s] as Bench[]) {
      await syncOnce(laptop);
      if (laptop !== s) expect(await exportOf(laptop), 'after the undo').toEqual(undone);
    }
    // The record is back on the team: a change about it is taken again.
    const [fresh] = await direct.push([{ changeId: 'after-undo:1', entity: 'engineer', recordId: other.id, field: 'summary', value: 'after the undo', hlc: `${Date.now()}-00000-fresh` }]);
    expect(fresh).toMatchObject({ status: 'accepted' });
  });
});
