// What people read about merges of duplicates on a team bench (the server's refusals, in psql too, and
// the sync's notices): one place. Ids only, never a name.
export const MERGE_MESSAGES = {
  /** The server's refusal of a change about a record merged away (an offline laptop's stale edit, a tampered client). */
  merged: 'the record was merged into another one on the team bench; make the change on the kept record',
  malformed: 'a merge names the kept record (keptId) and the merged one (mergedId): two different engineer ids',
  /** The sync's notice for an offline laptop's waiting edits to a record the team merged away meanwhile. */
  dropped: (n: number, keptId: string) =>
    `merged into engineer ${keptId} on the team bench; ${n} waiting change${n === 1 ? '' : 's'} to the merged record ${n === 1 ? 'was' : 'were'} dropped here (make ${n === 1 ? 'it' : 'them'} again on ${keptId})`,
  notAllowedHere: (role: string) => `Your role on the team bench (${role}) may not merge or unmerge duplicate records.`,
} as const;
