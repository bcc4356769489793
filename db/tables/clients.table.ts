import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface ClientsTable {
  pk: Generated<number>;
  id: string;
  name: string;
  time_zone: string | null;
  industry: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}
export type ClientRow = Selectable<ClientsTable>;
export type NewClientRow = Insertable<ClientsTable>;
export type ClientUpdate = Updateable<ClientsTable>;
