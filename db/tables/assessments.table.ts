import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Vetting assessments. Imports are final; the app writes drafts and finalizes them (amends_pk for corrections). */
export interface AssessmentsTable {
  pk: Generated<number>;
  id: string | null;
  engineer_pk: number;
  position: number;
  date: string;
  kind: string;
  assessor: string;
  /** JSON object of rubric scores, or NULL. */
  scores: string | null;
  verified_skills: string | null;
  english_level: string | null;
  red_flags: string | null;
  recommendation: string | null;
  recommended_seniority: string | null;
  notes: string | null;
  /** Why an amendment corrects the record it amends (migration 0010). */
  amend_reason: string | null;
  status: 'draft' | 'final';
  amends_pk: number | null;
  created_at: string;
  created_by: string;
  finalized_at: string | null;
}
export type AssessmentRow = Selectable<AssessmentsTable>;
export type NewAssessmentRow = Insertable<AssessmentsTable>;
export type AssessmentUpdate = Updateable<AssessmentsTable>;
