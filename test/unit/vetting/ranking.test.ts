// The ranking reflects a finalized assessment at once: a verified level below a role's minimum moves
// the engineer from the matches to the near misses; a draft changes nothing.
import { describe, expect, it } from 'vitest';
import { changeLog, openFixture } from './fixture';

describe('finalizing feeds the ranking', () => {
  it('a verified Python 3 drops e-2 from r-1 matches into its near misses (must_have:Python)', async () => {
    const { bench } = await openFixture();
    const ids = (r: { engineerId: string }[]) => r.map((m) => m.engineerId);
    const before = await bench.call('match', { roleId: 'r-1', asOf: '2026-01-15', all: true });
    expect(ids(before.matches)).toContain('e-2');

    const d = await bench.call('saveDraft', {
      engineerId: 'e-2',
      draft: { date: '2026-01-10', kind: 'coding_exercise', assessor: 'Marta Gil', scores: { codeQuality: 2 }, verifiedSkills: [{ name: 'python', level: 3 }], recommendation: 'no' },
    });
    const whileDraft = await bench.call('match', { roleId: 'r-1', asOf: '2026-01-15', all: true });
    expect(ids(whileDraft.matches)).toContain('e-2');

    await bench.call('finalizeAssessment', { ref: d.ref });
    const after = await bench.call('match', { roleId: 'r-1', asOf: '2026-01-15', all: true });
    expect(ids(after.matches)).not.toContain('e-2');
    expect(after.nearMisses.find((n) => n.engineerId === 'e-2')?.failed).toEqual(['must_have:Python']);
    const eng = await bench.call('getEngineer', { id: 'e-2' });
    expect(eng.assessments?.[0]?.verifiedSkills).toEqual([{ name: 'python', level: 3 }]);
  });

  it('setting the vetting status from a finalized assessment is logged; from a draft it is refused', async () => {
    const { bench } = await openFixture();
    const d = await bench.call('saveDraft', { engineerId: 'e-3', draft: { date: '2026-01-10', kind: 'technical_interview', assessor: 'Marta Gil', scores: { systemDesign: 5 }, recommendation: 'strong_yes' } });
    await expect(bench.call('setVettingStatus', { engineerId: 'e-3', status: 'vetted', fromAssessment: d.ref })).rejects.toMatchObject({ code: 'refused' });
    expect((await bench.call('vettingQueue', {})).map((q) => q.engineerId)).toEqual(['e-3', 'e-4']);
    expect((await bench.call('vettingQueue', {}))[0]?.drafts).toBe(1);

    await bench.call('finalizeAssessment', { ref: d.ref });
    const r = await bench.call('setVettingStatus', { engineerId: 'e-3', status: 'vetted', fromAssessment: d.ref });
    expect(r).toEqual({ engineerId: 'e-3', from: 'sourced', to: 'vetted' });
    expect((await bench.call('getEngineer', { id: 'e-3' })).vettingStatus).toBe('vetted');
    const log = await changeLog(bench, 'set_vetting_status');
    expect(log.map((l) => [l.entity, l.entity_id, JSON.parse(l.detail!)])).toEqual([['engineer', 'e-3', { from: 'sourced', to: 'vetted', assessment: d.ref }]]);
    // The queue shrinks; a match for the role now lists e-3 (vetted, Python 5).
    expect((await bench.call('vettingQueue', {})).map((q) => q.engineerId)).toEqual(['e-4']);
    expect((await bench.call('match', { roleId: 'r-1', asOf: '2026-01-15', all: true })).matches.map((m) => m.engineerId)).toContain('e-3');
    // Another engineer's assessment cannot set this one's status.
    await expect(bench.call('setVettingStatus', { engineerId: 'e-4', status: 'vetted', fromAssessment: d.ref })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
