// The form's editable values and their conversion to the draft the API validates. Empty fields are
// left out of the draft, so a blank English level is "not assessed", never an empty string.
import type { AssessmentKind, Cefr, Recommendation, RedFlag, RubricKey, Seniority } from '../../../shared/bench/schema';
import type { AssessmentDraft } from '../../../shared/vetting/draft';
import { sayProblem, type Problem } from '../../../shared/api/errors';
import type { Language } from '../../../shared/i18n/languages';

export interface FormValues {
  kind: AssessmentKind;
  date: string;
  assessor: string;
  scores: Partial<Record<RubricKey, number>>;
  verifiedSkills: { name: string; level: number }[];
  englishLevel: Cefr | null;
  redFlags: RedFlag[];
  recommendation: Recommendation | null;
  recommendedSeniority: Seniority | null;
  notes: string;
  /** Why an amendment corrects the record it amends (asked only of amendments). */
  amendReason: string;
}

export function emptyValues(today: string, assessor: string): FormValues {
  return { kind: 'technical_interview', date: today, assessor, scores: {}, verifiedSkills: [], englishLevel: null, redFlags: [], recommendation: null, recommendedSeniority: null, notes: '', amendReason: '' };
}

export function toDraft(v: FormValues): AssessmentDraft {
  const scores = Object.fromEntries(Object.entries(v.scores).filter(([, s]) => typeof s === 'number'));
  return {
    date: v.date,
    kind: v.kind,
    assessor: v.assessor,
    ...(Object.keys(scores).length ? { scores } : {}),
    ...(v.verifiedSkills.length ? { verifiedSkills: v.verifiedSkills } : {}),
    ...(v.englishLevel ? { englishLevel: v.englishLevel } : {}),
    ...(v.redFlags.length ? { redFlags: v.redFlags } : {}),
    ...(v.recommendation ? { recommendation: v.recommendation } : {}),
    ...(v.recommendedSeniority ? { recommendedSeniority: v.recommendedSeniority } : {}),
    ...(v.notes.trim() ? { notes: v.notes } : {}),
    ...(v.amendReason.trim() ? { amendReason: v.amendReason } : {}),
  };
}

export function fromDraft(d: AssessmentDraft): FormValues {
  return {
    kind: d.kind,
    date: d.date,
    assessor: d.assessor,
    scores: { ...(d.scores ?? {}) },
    verifiedSkills: [...(d.verifiedSkills ?? [])],
    englishLevel: d.englishLevel ?? null,
    redFlags: [...(d.redFlags ?? [])],
    recommendation: d.recommendation ?? null,
    recommendedSeniority: d.recommendedSeniority ?? null,
    notes: d.notes ?? '',
    amendReason: d.amendReason ?? '',
  };
}

/** Problems keyed by the first part of their place ("/scores/systemDesign" -> "scores.systemDesign"). */
export function problemsByField(problems: readonly Problem[], lng: Language): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of problems) {
    const key = p.where.replace(/^\/draft/, '').replace(/^\//, '').split('/').slice(0, 2).join('.') || 'form';
    out[key] ??= sayProblem(p, lng).message;
  }
  return out;
}
