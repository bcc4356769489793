// A finalized assessment cannot be changed through any API method; drafts can; the log records each step.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError, sayProblem } from '../../../shared/api/errors';
import { changeLog, DRAFT, dumpTables, openFixture } from './fixture';

async function refusal(p: Promise<unknown>): Promise<ApiError> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(ApiError);
  return e as ApiError;
}

describe('finalized assessments are immutable', () => {
  it('drafts save, change, finalize; then every path that would change the record refuses and nothing moves', async () => {
    const { bench, path } = await openFixture();
    const d = await bench.call('saveDraft', { engineerId: 'e-2', draft: DRAFT });
    expect(d.status).toBe('draft');
    expect(d.ref).toBe('e-2-a1');
    const d2 = await bench.call('saveDraft', { engineerId: 'e-2', ref: d.ref, draft: { ...DRAFT, notes: 'Walked through a RAG service in production.' } });
    expect(d2.assessment.notes).toContain('RAG');
    // Drafts are not part of the bench: matching and exports never see them.
    expect(bench.snapshot().engineers?.find((e) => e.id === 'e-2')?.assessments).toBeUndefined();

    const v = bench.version;
    const f = await bench.call('finalizeAssessment', { ref: d.ref });
    expect(f.status).toBe('final');
    expect(f.finalizedAt).toBeTruthy();
    expect(bench.version).toBeGreaterThan(v);
    expect(bench.snapshot().engineers?.find((e) => e.id === 'e-2')?.assessments?.map((a) => a.id)).toEqual(['e-2-a1']);

    const before = dumpTables(path);
    const attempts: [string, Promise<unknown>][] = [
      ['saveDraft', bench.call('saveDraft', { engineerId: 'e-2', ref: d.ref, draft: { ...DRAFT, recommendation: 'no' } })],
      ['discardDraft', bench.call('discardDraft', { ref: d.ref })],
      ['finalizeAssessment', bench.call('finalizeAssessment', { ref: d.ref })],
      ['saveDraft on an imported record', bench.call('saveDraft', { engineerId: 'e-1', ref: 'e-1-a1', draft: DRAFT })],
      ['discardDraft on an imported record', bench.call('discardDraft', { ref: 'e-1-a1' })],
    ];
    for (const [name, p] of attempts) {
      const e = await refusal(p);
      expect(e.code, name).toBe('refused');
      expect(e.message, name).toMatch(/finalized/);
    }
    // A profile edit rewrites the engineer but keeps its finalized assessments exactly.
    const e2 = await bench.call('getEngineer', { id: 'e-2' });
    const { id: _id, assessments: _a, ...profile } = e2;
    await bench.call('updateEngineer', { id: 'e-2', profile: { ...profile, summary: 'Edited' } });
    const after = dumpTables(path);
    const pick = (t: Record<string, unknown[]>) => (t.assessments as { id: string; status: string; scores: string; recommendation: string; notes: string }[]).map(({ id, status, scores, recommendation, notes }) => ({ id, status, scores, recommendation, notes }));
    expect(pick(after)).toEqual(pick(before));
    expect((await bench.call('getEngineer', { id: 'e-2' })).assessments?.[0]?.recommendation).toBe('yes');

    const actions = (await changeLog(bench)).filter((c) => c.entity === 'assessment').map((c) => [c.action, c.entity_id]);
    expect(actions).toEqual([['create_draft', 'e-2-a1'], ['edit_draft', 'e-2-a1'], ['finalize', 'e-2-a1']]);
  });

  it('a draft can be discarded (logged); an unknown ref is not_found', async () => {
    const { bench } = await openFixture();
    const d = await bench.call('saveDraft', { engineerId: 'e-3', draft: { date: '2026-01-02', kind: 'english', assessor: 'Ana', englishLevel: 'C1' } });
    await bench.call('discardDraft', { ref: d.ref });
    expect(await bench.call('listAssessments', { engineerId: 'e-3' })).toEqual([]);
    expect((await changeLog(bench, 'discard_draft')).map((c) => c.entity_id)).toEqual([d.ref]);
    expect((await refusal(bench.call('finalizeAssessment', { ref: 'nope' }))).code).toBe('not_found');
  });

  it('an import may carry a finalized assessment again unchanged, but never rewrite it; the refused file changes nothing', async () => {
    const { bench, path, dir } = await openFixture();
    const exported = join(dir, 'again.bench.json');
    await bench.exportFile(exported);
    await bench.importFile(exported, { actor: 'test' }); // identical: accepted

    const file = bench.snapshot();
    const n = file.engineers!.findIndex((e) => e.assessments?.some((a) => a.id === 'e-1-a1'));
    const m = file.engineers![n]!.assessments!.findIndex((a) => a.id === 'e-1-a1');
    file.engineers![n]!.assessments![m] = { ...file.engineers![n]!.assessments![m]!, recommendation: 'strong_no' };
    const changed = join(dir, 'changed.bench.json');
    writeFileSync(changed, JSON.stringify(file));

    const before = dumpTables(path);
    const e = await refusal(bench.importFile(changed, { actor: 'test' }));
    expect(e.code).toBe('refused');
    expect(e.problems?.[0]?.where).toBe(`/engineers/${n}/assessments/${m}`);
    expect(e.hint).toMatch(/amendment/);
    // A Spanish-speaking vetting lead reads why, with the assessment's kind and date in Spanish.
    expect(e.say('es-419')).toEqual({ message: 'El archivo modifica una evaluación finalizada; no se importó nada.', hint: 'Una evaluación finalizada no se puede reescribir: registra una corrección en la app.' });
    expect(sayProblem(e.problems![0]!, 'es-419').message).toMatch(/^no coincide con la evaluación finalizada del .+ \(.+\) que ya está en la banca$/);
    expect(sayProblem(e.problems![0]!, 'es-419').message).not.toMatch(/technical_interview|system_design|coding_exercise|reference_check/);
    expect(dumpTables(path)).toEqual(before);
  });
});
