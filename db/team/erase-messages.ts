// What the team server says about erasure (its refusals, in psql too, and the sync's notices): one
// place, in English like every server message. Never a name or any other personal data, only ids. The
// laptop's own refusals (not an admin, no password) are keyed in the errors catalog (section `erase`).
export const ERASE_MESSAGES = {
  notAdmin: 'only an admin may erase a person from the team bench',
  noId: 'erase_person needs an engineer id',
  erased: 'the person was erased from the team bench',
  reserved: 'fields starting with ~ are reserved for the server',
  /** The sync's notice for an offline laptop's edits about a person the team erased meanwhile. */
  dropped: (n: number) => `the person was erased from the team bench by an admin; ${n} waiting change${n === 1 ? '' : 's'} about them ${n === 1 ? 'was' : 'were'} dropped here`,
} as const;
