import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface RolesTable {
  pk: Generated<number>;
  id: string;
  client_pk: number;
  title: string;
  description: string | null;
  /** JSON array of seniorities, or NULL when absent. */
  seniority: string | null;
  has_must_have: number;
  has_nice_to_have: number;
  time_zone: string | null;
  core_start: string | null;
  core_end: string | null;
  min_overlap_hours: number | null;
  min_english: string | null;
  max_bill_rate: number | null;
  start_date: string | null;
  headcount: number | null;
  require_vetted: number | null;
  status: string | null;
  /** The role's weight preset as JSON {"preset": name} (the bench file's `preset`), or NULL (balanced). */
  weights: string | null;
  created_at: string;
  updated_at: string;
}
export type RoleRow = Selectable<RolesTable>;
export type NewRoleRow = Insertable<RolesTable>;
export type RoleUpdate = Updateable<RolesTable>;

export interface RoleRequirementsTable {
  role_pk: number;
  kind: 'must' | 'nice';
  position: number;
  /** The skill as written in the role profile. */
  skill: string;
  skill_id: number;
  min_level: number | null;
  min_years: number | null;
  weight: number | null;
}
export type RoleRequirementRow = Selectable<RoleRequirementsTable>;
export type NewRoleRequirementRow = Insertable<RoleRequirementsTable>;
