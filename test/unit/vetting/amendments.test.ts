// Amendments: a correction is a new record pointing at the one it corrects; it supersedes it in the
// bench (matching, exports) while the history keeps both, in order, with who and when.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { fromColumns } from '../../../shared/api/engineer-rows';
import { changeLog, DRAFT, openFixture } from './fixture';

describe('amendment chains', () => {
  it('reads back original, amendment, amendment of the amendment in order; the snapshot keeps only the last', async () => {
    const { bench } = await openFixture();
    await bench.call('updateSettings', { settings: { userName: 'Lucía Pérez' } });
    const a = await bench.call('saveDraft', { engineerId: 'e-2', draft: DRAFT });
    await bench.call('finalizeAssessment', { ref: a.ref });
    const b = await bench.call('startAmendment', { ref: a.ref });
    expect(b.amends).toBe(a.ref);
    expect(b.assessment.scores).toEqual(DRAFT.scores);
    // Opening it again returns the same draft rather than a second one.
    expect((await bench.call('startAmendment', { ref: a.ref })).ref).toBe(b.ref);
    await bench.call('saveDraft', { engineerId: 'e-2', ref: b.ref, draft: { ...DRAFT, scores: { ...DRAFT.scores, systemDesign: 2 }, recommendation: 'no', amendReason: 'System design was scored against the wrong level.' } });
    await bench.call('finalizeAssessment', { ref: b.ref });
    const c = await bench.call('startAmendment', { ref: b.ref });
    await bench.call('saveDraft', { engineerId: 'e-2', ref: c.ref, draft: { ...DRAFT, englishLevel: 'C1', amendReason: 'English was assessed again in a second call.' } });
    await bench.call('finalizeAssessment', { ref: c.ref });

    const history = await bench.call('listAssessments', { engineerId: 'e-2' });
    expect(history.map((r) => [r.ref, r.amends ?? null, r.supersededBy ?? null, r.status])).toEqual([
      [a.ref, null, b.ref, 'final'],
      [b.ref, a.ref, c.ref, 'final'],
      [c.ref, b.ref, null, 'final'],
    ]);
    for (const r of history) {
      expect(r.createdBy).toBe('Lucía Pérez');
      expect(r.finalizedAt! >= r.createdAt).toBe(true);
    }
    // The original can no longer be amended (that would fork the history); the current one can.
    const e = await bench.call('startAmendment', { ref: a.ref }).catch((x: unknown) => x as ApiError);
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).code).toBe('refused');
    expect((e as ApiError).hint).toContain(c.ref);

    const snap = bench.snapshot().engineers!.find((x) => x.id === 'e-2')!;
    expect(snap.assessments?.map((x) => x.id)).toEqual([c.ref]);
    expect(snap.assessments?.[0]?.englishLevel).toBe('C1');
    const rows = fromColumns((await bench.call('listEngineerRows', {})).columns);
    expect(rows.find((r) => r.id === 'e-2')?.english).toBe('C1');

    expect((await changeLog(bench)).filter((x) => x.entity === 'assessment').map((x) => x.action)).toEqual([
      'create_draft', 'finalize', 'start_amendment', 'edit_draft', 'finalize_amendment', 'start_amendment', 'edit_draft', 'finalize_amendment',
    ]);
  });
});
