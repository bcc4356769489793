// How BenchMatch connects to a team server: pg settings from a URL (sslmode and the rest pass through
// pg's own URL parsing), short timeouts so `sync` can say "offline" fast, and PostgreSQL's errors
// turned into TeamErrors that say what to do. Nothing here ever prints a password.
import type pg from 'pg';
import { loadPg } from './pg';
import type { KeyedText } from '../../../shared/api/errors';
import { TeamError } from '../../../shared/team/team-error';
import { serverText } from '../server-words';

export const DEFAULT_CONNECT_TIMEOUT_MS = 5000;
/** A query unanswered this long means the server or the network is gone (a dead TCP link never errors by itself). */
export const DEFAULT_QUERY_TIMEOUT_MS = 120_000;

export interface ConnectOptions {
  /** How long to wait for the server to answer a new connection (default 5 s). */
  connectTimeoutMs?: number;
  /** How long one query may go unanswered (default 2 min; a push of 1000 changes takes about a second). */
  queryTimeoutMs?: number;
  /** Shown in pg_stat_activity, so an admin can tell BenchMatch's sessions apart. */
  applicationName?: string;
}

export function poolConfig(url: string, opts: ConnectOptions = {}): pg.PoolConfig {
  checkUrl(url);
  return {
    connectionString: url,
    connectionTimeoutMillis: opts.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    query_timeout: opts.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS,
    keepAlive: true,
    // Notice a dropped link (a laptop's Wi-Fi gone) within seconds rather than the OS's two hours.
    keepAliveInitialDelayMillis: 10_000,
    application_name: opts.applicationName ?? 'benchmatch',
    max: 3,
    idleTimeoutMillis: 30_000,
  };
}

const SSL_PARAMS = ['sslmode', 'ssl', 'sslcert', 'sslkey', 'sslrootcert', 'sslnegotiation'];

/**
 * poolConfig, with TLS settled. A URL that says nothing about TLS gets libpq's default, "prefer": TLS
 * when the server offers it (not verified, as libpq's prefer), plain when it does not. A URL with
 * sslmode (verify-full to check the certificate) is passed to pg as it is.
 */
export async function connectionConfig(url: string, opts: ConnectOptions = {}): Promise<pg.PoolConfig> {
  const base = poolConfig(url, opts);
  if (SSL_PARAMS.some((p) => new URL(url).searchParams.has(p))) return base;
  const tls = { ...base, ssl: { rejectUnauthorized: false } };
  const probe = new (await loadPg()).Client(tls);
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    return tls;
  } catch (e) {
    if (/does not support SSL/i.test((e as Error).message)) return base;
    throw classify(e, url);
  } finally {
    await probe.end().catch(() => undefined);
  }
}

/** The URL with its password replaced, for messages and status lines. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(an unreadable server URL)';
  }
}

function checkUrl(url: string): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw TeamError.keyedAs('refused', { key: 'errors:team.notAUrl' }, { key: 'errors:team.notAUrlHint' });
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
    throw TeamError.keyedAs('refused', { key: 'errors:team.badScheme', params: { scheme: `${u.protocol}//` } });
  }
}

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'EPIPE', 'EADDRNOTAVAIL']);
const UNREACHABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);

/** Any error from pg (or ours) as a TeamError; `where` names the server without its password. */
export function classify(err: unknown, url: string): TeamError {
  if (err instanceof TeamError) return err;
  const e = err as { code?: string; message?: string };
  const code = e?.code ?? '';
  const message = e?.message ?? String(err);
  const where = hostOf(url);
  if (UNREACHABLE_CODES.has(code) || UNREACHABLE_SQLSTATES.has(code) || /timeout|terminated unexpectedly|Connection terminated/i.test(message)) {
    const reach = { key: 'errors:team.reachHint' } as const;
    return code
      ? TeamError.keyedAs('unreachable', { key: 'errors:team.unreachableAt', params: { where, code } }, reach)
      : TeamError.keyedAs('unreachable', { key: 'errors:team.unreachableNoAnswer', params: { where } }, reach);
  }
  if (code === '28P01' || code === '28000') {
    return TeamError.keyedAs('auth', { key: 'errors:team.loginRefused', params: { where } }, { key: 'errors:team.loginRefusedHint' });
  }
  if (code === '3D000') return TeamError.keyedAs('no_schema', { key: 'errors:team.noDatabase', params: { where } });
  if (code === '3F000' || code === '42883' || code === '42P01') {
    return TeamError.keyedAs('no_schema', { key: 'errors:team.noSchema', params: { where } }, { key: 'errors:team.noSchemaHint' });
  }
  // EXECUTE on the admin functions is granted to admins only; say so rather than name the function.
  const fn = code === '42501' ? /permission denied for function (\w+)/.exec(message)?.[1] : undefined;
  if (fn && ADMIN_ONLY[fn]) return TeamError.keyedAs('refused', { key: ADMIN_ONLY[fn] });
  if (/self[- ]signed|certificate|SSL|TLS/i.test(message)) {
    return TeamError.keyedAs('refused', { key: 'errors:team.tls', params: { where, message } }, { key: 'errors:team.tlsHint' });
  }
  // The server's own words (a function's refusal) in the user's language when the laptop knows them.
  const known = serverText(message);
  return known ? new TeamError('refused', message, undefined, { message: known }) : new TeamError('refused', message);
}

const ADMIN_ONLY: Record<string, KeyedText['key']> = {
  log: 'errors:team.server.logNotAdmin',
  add_person: 'errors:team.server.addNotAdmin',
};

function hostOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}`;
  } catch {
    return 'the given URL';
  }
}
