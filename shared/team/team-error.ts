// What can go wrong talking to the team server, as values the CLI, `sync` and the app branch on:
// "offline" is not "wrong password" is not "update BenchMatch". A TeamError is an ApiError (code
// 'refused', or 'internal' for a bug), so every transport that carries ApiErrors carries it; `kind`
// says which case. Messages never hold a password.
import { ApiError, renderText, type KeyedText } from '../api/errors';

export const TEAM_ERROR_KINDS = [
  /** No answer: connection refused, timed out, DNS failure, the server went away. Nothing is lost. */
  'unreachable',
  /** Wrong password, no such login, an expired login (PostgreSQL does not tell the client which), or no access from this address. */
  'auth',
  /** The server's team schema is newer than this BenchMatch knows. */
  'newer_schema',
  /** The server's team schema is older: an admin must run `team init`. */
  'older_schema',
  /** The database has no team schema (or the URL names the wrong database). */
  'no_schema',
  /** The server said no: not a team member, not allowed, bad input. */
  'refused',
] as const;
export type TeamErrorKind = (typeof TEAM_ERROR_KINDS)[number];

export class TeamError extends ApiError {
  constructor(
    public readonly kind: TeamErrorKind,
    message: string,
    hint?: string,
    text?: { message: KeyedText; hint?: KeyedText },
  ) {
    super('refused', message, undefined, hint, text);
    this.name = 'TeamError';
  }
  /** A TeamError whose words come from the errors catalog (English in message / hint, keys for the reader). */
  static keyedAs(kind: TeamErrorKind, message: KeyedText, hint?: KeyedText): TeamError {
    return new TeamError(kind, renderText(message, 'en'), hint ? renderText(hint, 'en') : undefined, { message, ...(hint ? { hint } : {}) });
  }
}

export const isTeamError = (e: unknown): e is TeamError => e instanceof TeamError;
