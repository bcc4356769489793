// Bad drafts are refused by place and leave the database exactly as it was.
import { describe, expect, it } from 'vitest';
import { addDays, todayLocal } from '../../../shared/bench/dates';
import { checkDraft } from '../../../shared/vetting/draft';
import { ApiError } from '../../../shared/api/errors';
import { DRAFT, dumpTables, openFixture } from './fixture';

const problemsOf = async (p: Promise<unknown>) => {
  const e = (await p.then(() => undefined, (x: unknown) => x)) as ApiError;
  expect(e).toBeInstanceOf(ApiError);
  expect(e.code).toBe('invalid_input');
  return e.problems!.map((x) => x.where).sort();
};

describe('draft validation', () => {
  it('refuses scores outside 1-5, a future date, no assessor, nothing assessed: by place, data unchanged', async () => {
    const { bench, path } = await openFixture();
    const ok = await bench.call('saveDraft', { engineerId: 'e-2', draft: DRAFT });
    const before = dumpTables(path);
    const tomorrow = addDays(todayLocal(), 1);
    expect(await problemsOf(bench.call('saveDraft', { engineerId: 'e-2', draft: { ...DRAFT, scores: { systemDesign: 6, codeQuality: 0 } } }))).toEqual(['/draft/scores/codeQuality', '/draft/scores/systemDesign']);
    expect(await problemsOf(bench.call('saveDraft', { engineerId: 'e-2', ref: ok.ref, draft: { ...DRAFT, date: tomorrow } }))).toEqual(['/draft/date']);
    expect(await problemsOf(bench.call('saveDraft', { engineerId: 'e-2', ref: ok.ref, draft: { ...DRAFT, assessor: '   ' } }))).toEqual(['/draft/assessor']);
    expect(await problemsOf(bench.call('saveDraft', { engineerId: 'e-2', draft: { date: '2026-01-02', kind: 'english', assessor: 'Ana' } }))).toEqual(['/draft/scores']);
    expect(await problemsOf(bench.call('saveDraft', { engineerId: 'e-2', draft: { ...DRAFT, verifiedSkills: [{ name: 'Python', level: 9 }] } }))).toEqual(['/draft/verifiedSkills/0/level']);
    expect(await problemsOf(bench.call('saveDraft', { engineerId: 'e-2', draft: { ...DRAFT, date: '2026-02-30' } }))).toEqual(['/draft/date']);
    expect(dumpTables(path)).toEqual(before);
  });

  it('an English level alone, or one score alone, is enough', () => {
    const today = todayLocal();
    expect(checkDraft({ date: today, kind: 'english', assessor: 'Ana', englishLevel: 'B2' }, today).ok).toBe(true);
    expect(checkDraft({ date: today, kind: 'technical_interview', assessor: 'Ana', scores: { tradeOffs: 3 } }, today).ok).toBe(true);
    const twice = checkDraft({ ...DRAFT, verifiedSkills: [{ name: 'Python', level: 3 }, { name: 'python', level: 4 }] }, today);
    expect(twice.ok ? [] : twice.problems.map((p) => p.where)).toEqual(['/verifiedSkills/1/name']);
  });
});
