import type { Insertable, Selectable } from 'kysely';

/** One merge of `merged_id` into `kept_id`; `before` is the JSON of what unmerge puts back (repos/merge.ts). */
export interface MergesTable {
  id: string;
  at: string;
  actor: string;
  kept_id: string;
  merged_id: string;
  before: string;
  undone_at: string | null;
}
export type MergeRow = Selectable<MergesTable>;
export type NewMergeRow = Insertable<MergesTable>;

/** A pair a person said is two people (`a_id` < `b_id`), never shown as duplicates again. */
export interface NotDuplicatesTable {
  a_id: string;
  b_id: string;
  at: string;
  actor: string;
}
export type NotDuplicateRow = Selectable<NotDuplicatesTable>;
