import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * One engineer. Optional bench-file fields are NULL when absent so export omits them again;
 * has_* flags remember an explicitly empty list (`"assessments": []`) so round trips stay exact.
 */
export interface EngineersTable {
  pk: Generated<number>;
  id: string;
  name: string;
  /** fold(name), for duplicate detection and search. */
  name_key: string;
  email: string | null;
  country: string;
  city: string | null;
  time_zone: string;
  work_start: string | null;
  work_end: string | null;
  english_level: string | null;
  seniority: string;
  years_experience: number | null;
  primary_role: string | null;
  summary: string | null;
  has_rate: number;
  cost_per_hour: number | null;
  bill_per_hour: number | null;
  currency: string | null;
  availability_status: string | null;
  available_from: string | null;
  hours_per_week: number | null;
  vetting_status: string | null;
  /** JSON array text, or NULL when absent. */
  tags: string | null;
  links: string | null;
  has_assessments: number;
  /** NULL when absent in the file (means false). */
  archived: number | null;
  /** The legal basis and retention (JSON of the bench file's `privacy`), or NULL when none is recorded. */
  privacy: string | null;
  /** YYYY-MM-DD the engineer entered sourcing (0009_sourced_date). */
  sourced_date: string | null;
  created_at: string;
  updated_at: string;
}
export type EngineerRow = Selectable<EngineersTable>;
export type NewEngineerRow = Insertable<EngineersTable>;
export type EngineerUpdate = Updateable<EngineersTable>;

export interface EngineerSkillsTable {
  engineer_pk: number;
  position: number;
  skill_id: number;
  /** The name as written in the bench file ("k8s"); skill_id points at the canonical skill. */
  name: string;
  level: number;
  years: number | null;
  last_used: number | null;
}
export type EngineerSkillRow = Selectable<EngineerSkillsTable>;
export type NewEngineerSkillRow = Insertable<EngineerSkillsTable>;
