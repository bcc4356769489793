// An amendment's reason (issue 18): stored with the draft, kept when finalized, in the bench file and back,
// and carried by the team sync inside the assessment record, which the grants of those who record
// assessments cover. Real SQLite files; the service as the app calls it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { assessmentSchema } from '../../../shared/bench/schema';
import { mayWrite, refusalReason } from '../../../shared/team/permissions';
import { parseRecord, toFields } from '../../../shared/team/fields';
import { assessmentChanges } from '../../../shared/vetting/changes';
import { DRAFT, openFixture } from './fixture';

const REASON = 'The system design score was entered for the wrong candidate.';

describe('amendment reason', () => {
  it('is saved with the draft, kept when finalized, exported and imported again', async () => {
    const { bench, dir } = await openFixture();
    const a = await bench.call('saveDraft', { engineerId: 'e-2', draft: DRAFT });
    await bench.call('finalizeAssessment', { ref: a.ref });
    const b = await bench.call('startAmendment', { ref: a.ref });
    expect(b.assessment.amendReason).toBeUndefined();
    await bench.call('saveDraft', { engineerId: 'e-2', ref: b.ref, draft: { ...DRAFT, scores: { ...DRAFT.scores, systemDesign: 2 }, amendReason: REASON } });
    await bench.call('finalizeAssessment', { ref: b.ref });
    const history = await bench.call('listAssessments', { engineerId: 'e-2' });
    expect(history.map((r) => r.assessment.amendReason ?? null)).toEqual([null, REASON]);
    expect(assessmentChanges(history[0]!.assessment, history[1]!.assessment)).toEqual([{ kind: 'score', dimension: 'systemDesign', before: DRAFT.scores!.systemDesign, after: 2 }]);

    const out = join(dir, 'copy.bench.json');
    await bench.exportFile(out);
    const { bench: other } = await openFixture({ format: 'benchmatch.bench', version: 1 });
    await other.importFile(out, { actor: 'test' });
    const back = other.snapshot().engineers!.find((e) => e.id === 'e-2')!.assessments!;
    expect(back.map((x) => x.amendReason ?? null)).toEqual([REASON]);
  });

  it('is required to finalize an amendment, whoever calls the service; the draft stays open', async () => {
    const { bench } = await openFixture();
    const a = await bench.call('saveDraft', { engineerId: 'e-2', draft: DRAFT });
    await bench.call('finalizeAssessment', { ref: a.ref });
    const b = await bench.call('startAmendment', { ref: a.ref });
    await bench.call('saveDraft', { engineerId: 'e-2', ref: b.ref, draft: { ...DRAFT, englishLevel: 'C1', amendReason: '   ' } });
    const refused = await bench.call('finalizeAssessment', { ref: b.ref }).catch((e: unknown) => e as ApiError);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ code: 'invalid_input', problems: [expect.objectContaining({ where: '/amendReason' })] });
    expect((refused as ApiError).message).toContain(b.ref);
    const history = await bench.call('listAssessments', { engineerId: 'e-2' });
    expect(history.map((r) => [r.ref, r.status])).toEqual([[a.ref, 'final'], [b.ref, 'draft']]);
    await bench.call('saveDraft', { engineerId: 'e-2', ref: b.ref, draft: { ...DRAFT, englishLevel: 'C1', amendReason: REASON } });
    expect((await bench.call('finalizeAssessment', { ref: b.ref })).status).toBe('final');
  });

  it('is refused past 2,000 characters', () => {
    const r = assessmentSchema.safeParse({ date: '2026-01-02', kind: 'technical_interview', assessor: 'Marta Gil', englishLevel: 'B2', amendReason: 'x'.repeat(2001) });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['amendReason']);
  });

  it('travels in the synced assessment record, which vetting leads and admins may create and nobody may change', () => {
    const assessment = { id: 'e-2-a2', date: '2026-01-02', kind: 'technical_interview' as const, assessor: 'Marta Gil', englishLevel: 'C1' as const, amendReason: REASON };
    const fields = toFields('assessment', { engineerId: 'e-2', amends: 'e-2-a1', position: 1, assessment });
    expect(Object.keys(fields)).toEqual(['record']);
    expect(parseRecord('assessment', 'e-2-a2', fields)).toEqual({ ok: true, record: { engineerId: 'e-2', amends: 'e-2-a1', position: 1, assessment } });
    for (const role of ['admin', 'vetting_lead'] as const) expect(mayWrite(role, 'assessment', 'record', 'create')).toBe(true);
    for (const role of ['account_manager', 'sales'] as const) expect(mayWrite(role, 'assessment', 'record', 'create')).toBe(false);
    expect(refusalReason('vetting_lead', 'assessment', 'record', 'change')).toContain('append-only');
  });
});
