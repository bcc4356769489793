// What the team server says about merges of duplicates (its refusals, in psql too): one place, in English
// like every server message; the laptop says them in the user's language (db/team/server-words.ts). Ids
// only, never a name. The laptop's own words (the sync's notice of dropped edits, a role that may not
// merge) are keyed in the errors catalog (section `team`).
export const MERGE_MESSAGES = {
  /** The server's refusal of a change about a record merged away (an offline laptop's stale edit, a tampered client). */
  merged: 'the record was merged into another one on the team bench; make the change on the kept record',
  malformed: 'a merge names the kept record (keptId) and the merged one (mergedId): two different engineer ids',
} as const;
