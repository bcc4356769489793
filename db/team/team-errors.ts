// Failures talking to the team server, as the one clear line a person reads (product/team.md): the
// server unreachable (nothing lost, changes stay waiting), a wrong password, an expired login, a server
// newer than this app. `unavailable` errors make `benchmatch sync` exit 3 and the frame say "offline".
import { ApiError } from '../../shared/api/errors';
import { serverText } from './server-words';

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
    const said = e instanceof ApiError && e.text ? e.text.message : { key: 'errors:team.unreachable' } as const;
    return ApiError.keyed('unavailable', { key: 'errors:team.nothingLost', params: { said } }, { key: 'errors:team.nothingLostHint' });
  }
  // A server function's refusal (not an admin, a login taken...) in the user's language; the server says it in English.
  const known = e instanceof ApiError && !e.text ? serverText(e.message) : undefined;
  if (e instanceof ApiError) return known ? new ApiError(e.code, e.message, e.problems, e.hint, { message: known }) : e;
  if (err?.code === '28P01' || err?.kind === 'auth') return ApiError.keyed('refused', { key: 'errors:team.password' }, { key: 'errors:team.passwordHint' });
  if (err?.code === '28000' || err?.kind === 'expired' || /expired|valid until/i.test(message)) {
    return ApiError.keyed('refused', { key: 'errors:team.expired' }, { key: 'errors:team.expiredHint' });
  }
  if (err?.kind === 'schema_newer' || /newer/i.test(message)) return ApiError.keyed('refused', { key: 'errors:team.newer' }, { key: 'errors:team.newerHint' });
  const raised = serverText(message);
  if (raised) return new ApiError('refused', message, undefined, undefined, { message: raised });
  if (err?.code === '42501' || err?.kind === 'permission') return ApiError.keyed('refused', { key: 'errors:team.forbidden' });
  // Anything else passes through in the words it came with; never a password.
  return new ApiError('refused', stripPasswords(message));
}

/** Belt and braces: a driver message that quotes a connection string loses its password. */
export function stripPasswords(text: string): string {
  return text.replace(/(postgres(?:ql)?:\/\/[^:/@\s]+):[^@\s]*@/gi, '$1@');
}
