import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Canonical skills from the taxonomy plus custom skills met on import. */
export interface SkillsTable {
  id: Generated<number>;
  name: string;
  /** Folded key (skillKey): "k8s" and "Kubernetes" share one row. */
  key: string;
  category: string;
  custom: number;
}
export type SkillRow = Selectable<SkillsTable>;
export type NewSkillRow = Insertable<SkillsTable>;
export type SkillUpdate = Updateable<SkillsTable>;
