import type { Generated, Insertable, Selectable } from 'kysely';

/** Who changed what, when. `detail` holds ids and field names only, never personal data. */
export interface ChangeLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  detail: string | null;
}
export type ChangeLogRow = Selectable<ChangeLogTable>;
export type NewChangeLogRow = Insertable<ChangeLogTable>;

export interface SettingsTable {
  key: string;
  value: string;
}
export type SettingRow = Selectable<SettingsTable>;
