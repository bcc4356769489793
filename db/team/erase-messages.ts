// What the team server says about erasure (its refusals, in psql too): one place, in English like every
// server message; the laptop says them in the user's language (db/team/server-words.ts). Never a name or
// any other personal data, only ids. The laptop's own refusals (not an admin, no password) and the sync's
// notice of dropped edits are keyed in the errors catalog (sections `erase`, `team`).
export const ERASE_MESSAGES = {
  notAdmin: 'only an admin may erase a person from the team bench',
  noId: 'erase_person needs an engineer id',
  erased: 'the person was erased from the team bench',
  reserved: 'fields starting with ~ are reserved for the server',
} as const;
