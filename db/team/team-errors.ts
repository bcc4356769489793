// Failures talking to the team server, as the one clear line a person reads (product/team.md): the
// server unreachable (nothing lost, changes stay waiting), a wrong password, an expired login, a server
// newer than this app. `unavailable` errors make `benchmatch sync` exit 3 and the frame say "offline".
import { ApiError } from '../../shared/api/errors';

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);
const NETWORK_MESSAGE = /connection terminated|connection timeout|timeout expired|server closed the connection|Connection terminated unexpectedly|the database system is (starting up|shutting down)/i;

/** The team server could not be reached: nothing was lost, changes stay waiting. */
export function isUnreachable(e: unknown): boolean {
  const err = e as { code?: unknown; kind?: unknown; cause?: unknown; message?: unknown };
  if (err?.kind === 'unreachable') return true;
  if (typeof err?.code === 'string' && UNREACHABLE_CODES.has(err.code)) return true;
  if (typeof err?.message === 'string' && NETWORK_MESSAGE.test(err.message)) return true;
  if (e instanceof AggregateError) return e.errors.some(isUnreachable);
  return err?.cause ? isUnreachable(err.cause) : false;
}

/** Any failure of a team operation as an ApiError with one line (never the URL's password). */
export function teamApiError(e: unknown): ApiError {
  const err = e as { code?: unknown; kind?: unknown; message?: unknown };
  const message = typeof err?.message === 'string' ? err.message : String(e);
  if (isUnreachable(e)) {
    // The server half's TeamError names the server (never the password); ours adds what it means here.
    const said = err?.kind === 'unreachable' && typeof err.message === 'string' ? err.message : 'The team server cannot be reached.';
    return new ApiError('unavailable', `${said} Nothing is lost: your changes stay waiting.`, undefined, 'Check the network or ask whoever runs the team server; sync again later.');
  }
  // The server half's TeamError (wrong password, newer schema, ...) already says it in one line.
  if (e instanceof ApiError) return e;
  if (err?.code === '28P01' || err?.kind === 'auth') {
    return new ApiError('refused', 'The team server refused the password.', undefined, 'Use the URL (with the password) you were given; ask an admin for a new one if it changed.');
  }
  if (err?.code === '28000' || err?.kind === 'expired' || /expired|valid until/i.test(message)) {
    return new ApiError('refused', 'Your team login has expired or was removed.', undefined, 'Ask an admin of the team bench for a new login.');
  }
  if (err?.kind === 'schema_newer' || /newer/i.test(message)) {
    return new ApiError('refused', 'The team server runs a newer version of the team bench than this BenchMatch.', undefined, 'Update BenchMatch, then sync again.');
  }
  if (err?.code === '42501' || err?.kind === 'permission') {
    return new ApiError('refused', 'The team server refused this for your role.');
  }
  // Our own one-line errors (not joined, another team) pass through; their text never holds a password.
  return new ApiError('refused', stripPasswords(message));
}

/** Belt and braces: a driver message that quotes a connection string loses its password. */
export function stripPasswords(text: string): string {
  return text.replace(/(postgres(?:ql)?:\/\/[^:/@\s]+):[^@\s]*@/gi, '$1@');
}
