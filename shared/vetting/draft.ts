// What a vetting lead may save: an assessment without an id (the service names it), checked by the rules
// of issue 6: scores 1-5, a date not in the future, an assessor, and at least one score or an English
// level. The same schema runs in the form (inline messages) and in the service (nothing half-saved).
import { z } from 'zod';
import { problem, type Problem } from '../api/errors';
import { problemInWords } from '../bench/problem-words';
import { assessmentSchema } from '../bench/schema';

export const draftSchema = assessmentSchema.omit({ id: true }).extend({
  assessor: z.string().trim().min(1, 'the assessor: who ran the assessment').max(120),
});
export type AssessmentDraft = z.infer<typeof draftSchema>;

/** A placed message: `where` is a JSON pointer into the draft ("/scores/systemDesign"); keyed words. */
export type DraftProblem = Problem;

/** The rules zod cannot see alone: today's date and "something was assessed". */
export function draftRuleProblems(d: AssessmentDraft, today: string): DraftProblem[] {
  const out: DraftProblem[] = [];
  if (d.date > today) out.push(problem('/date', { key: 'errors:assessment.futureDate', params: { today } }));
  const scored = Object.values(d.scores ?? {}).some((v) => typeof v === 'number');
  if (!scored && !d.englishLevel) out.push(problem('/scores', { key: 'errors:assessment.nothingAssessed' }));
  const seen = new Set<string>();
  (d.verifiedSkills ?? []).forEach((v, i) => {
    const k = v.name.trim().toLowerCase();
    if (seen.has(k)) out.push(problem(`/verifiedSkills/${i}/name`, { key: 'errors:assessment.verifiedTwice', params: { skill: v.name } }));
    seen.add(k);
  });
  return out;
}

/** Every problem of a draft (schema and rules), or the parsed draft. */
export function checkDraft(input: unknown, today: string): { ok: true; draft: AssessmentDraft } | { ok: false; problems: DraftProblem[] } {
  const parsed = draftSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => problem(pointer(i.path), problemInWords(i))) };
  }
  const problems = draftRuleProblems(parsed.data, today);
  return problems.length ? { ok: false, problems } : { ok: true, draft: parsed.data };
}

function pointer(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '/' : path.map((p) => '/' + String(p)).join('');
}
