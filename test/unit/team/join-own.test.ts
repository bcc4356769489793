// A laptop joining with a bench of its own, against a real PostgreSQL: a finalized assessment both hold
// under one id but with other content takes the team's (promise 7), and the laptop's own is kept in the
// record's history as the conflict it lost.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rawOf } from '../../../db/connection';
import { conflictsFor } from '../../../db/team/local';
import { exportOf, importDemo, openLaptop, prefixIds, teamTempDir } from './replicas';
import { useTeamServer } from './server-helpers';

const team = useTeamServer();

describe('joining with a bench of its own', { timeout: 120_000 }, () => {
  it("the team's finalized assessment wins over the laptop's under the same id; the laptop's is a recorded conflict", async () => {
    const dir = teamTempDir();
    const first = await openLaptop(dir, 'asm-first');
    const second = await openLaptop(dir, 'asm-second');
    const demo = await importDemo(first, dir, 3, 41, 'asm-');
    await first.call('teamJoin', { url: await team.addPerson('admin') });

    // The second laptop finalized its own assessment under the same id, with other notes, before joining.
    const engineer = demo.engineers!.find((e) => e.assessments?.some((a) => a.id))!;
    const assessmentId = `asm-${engineer.assessments!.find((a) => a.id)!.id!}`;
    const teamNotes = engineer.assessments!.find((a) => a.id)!.notes;
    const own = JSON.parse(prefixIds(JSON.stringify(demo), 'asm-')) as typeof demo;
    const mine = own.engineers!.flatMap((e) => e.assessments ?? []).find((a) => a.id === assessmentId)!;
    mine.notes = 'Only the second laptop wrote this';
    const file = join(dir, 'own.bench.json');
    writeFileSync(file, JSON.stringify(own));
    await second.importFile(file, { actor: 'test' });
    expect(readFileSync(file, 'utf8')).toContain('Only the second laptop');

    await second.call('teamJoin', { url: await team.addPerson('vetting_lead') });
    const held = (await second.call('getEngineer', { id: `asm-${engineer.id}` })).assessments!.find((a) => a.id === assessmentId)!;
    expect(held.notes).toBe(teamNotes);
    const history = conflictsFor(rawOf(second.db), 'assessment', assessmentId);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ field: 'record', lostValue: expect.objectContaining({ notes: 'Only the second laptop wrote this' }), wonValue: expect.objectContaining({ notes: teamNotes }) });
    expect((await second.call('teamStatus', {})).conflicts).toBe(1);

    // Nothing of the laptop's version travels: after both sync, both hold the team's.
    await second.call('syncNow', {});
    await first.call('syncNow', {});
    expect(await exportOf(second)).toEqual(await exportOf(first));
    expect(JSON.stringify(await exportOf(first))).not.toContain('Only the second laptop');
  });
});
