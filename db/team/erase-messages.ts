// What people read about erasure on a team bench (the server's refusals, in psql too, and the sync's
// notices): one place. Never a name or any other personal data, only ids.
export const ERASE_MESSAGES = {
  notAdmin: 'only an admin may erase a person from the team bench',
  noId: 'erase_person needs an engineer id',
  erased: 'the person was erased from the team bench',
  reserved: 'fields starting with ~ are reserved for the server',
  /** The sync's notice for an offline laptop's edits about a person the team erased meanwhile. */
  dropped: (n: number) => `the person was erased from the team bench by an admin; ${n} waiting change${n === 1 ? '' : 's'} about them ${n === 1 ? 'was' : 'were'} dropped here`,
  notAdminHere: 'Only an admin may erase a person from a team bench.',
  noPassword: 'Give the team URL with your password again to erase on the team bench (Settings > Team, or BENCHMATCH_TEAM_URL).',
} as const;
