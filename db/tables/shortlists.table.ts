import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface ShortlistsTable {
  pk: Generated<number>;
  id: string;
  role_pk: number;
  name: string;
  has_entries: number;
  created_at: string;
  updated_at: string;
}
export type ShortlistRow = Selectable<ShortlistsTable>;
export type NewShortlistRow = Insertable<ShortlistsTable>;
export type ShortlistUpdate = Updateable<ShortlistsTable>;

export interface ShortlistEntriesTable {
  shortlist_pk: number;
  position: number;
  engineer_pk: number;
  note: string | null;
  /** NULL when absent in the file (means proposed). */
  status: string | null;
  status_changed_at: string | null;
  /** The note as approved for the client's packets (migration 0012); NULL: not approved. */
  approved_note: string | null;
}
export type ShortlistEntryRow = Selectable<ShortlistEntriesTable>;
export type NewShortlistEntryRow = Insertable<ShortlistEntriesTable>;
