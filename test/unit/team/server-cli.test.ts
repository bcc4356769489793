// The team server's commands as real processes: `team server` starts an embedded PostgreSQL, prints
// the admin URL and saves it owner-only, and stops PostgreSQL on SIGTERM or Ctrl+C (SIGINT); a second
// run reuses the data. `team user add --json` prints a URL that connects; `team init` and `team log`
// work with the admin URL; exit statuses are 0, 1 (refused), 2 (usage), 3 (unreachable).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTeam } from '../../../db/team/server/client';
import { freePort } from '../../../db/team/server/embedded';
import { TEAM_SCHEMA_VERSION } from '../../../db/team/server/schema';
import { TeamError } from '../../../shared/team/team-error';

const root = path.resolve(__dirname, '../../..');
let dir = '';
const children: ChildProcess[] = [];

interface Run { code: number; stdout: string; stderr: string }

function run(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(root, 'bin/benchmatch.js'), ...args], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir } }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

interface Running { child: ChildProcess; stdout: () => string; stderr: () => string; adminUrl: string; exited: Promise<number | null> }

/** Starts `team server` (in its own process group, as a terminal would) and waits until it prints that Ctrl+C stops it. */
async function startServer(data: string, extra: string[] = []): Promise<Running> {
  const child = spawn(process.execPath, [path.join(root, 'bin/benchmatch.js'), 'team', 'server', '--data', data, ...extra], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir }, detached: true });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr.on('data', (b: Buffer) => (err += b.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const check = () => (out.includes('Ctrl+C stops') ? resolve() : undefined);
    child.stdout.on('data', check);
    void exited.then((code) => reject(new Error(`team server exited ${code}: ${err}`)));
  });
  const adminUrl = out.split('\n').find((l) => l.startsWith('postgres://'))!;
  return { child, stdout: () => out, stderr: () => err, adminUrl, exited };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'benchmatch-team-cli-'));
  // As root, PostgreSQL runs as "postgres" and must pass through this folder to reach its cluster.
  chmodSync(dir, 0o711);
  await new Promise<void>((resolve, reject) => {
    execFile(process.execPath, ['scripts/build.mjs', '--node-only'], { cwd: root }, (err, _o, stderr) => (err ? reject(new Error(stderr)) : resolve()));
  });
});
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

describe('benchmatch team server, init, user add, log', { timeout: 180_000 }, () => {
  it('runs a team server, adds people, stops cleanly on SIGTERM and on Ctrl+C, and reuses its data', async () => {
    const data = path.join(dir, 'team');
    const first = await startServer(data);
    expect(first.stdout()).toContain(`Created the team schema (version ${TEAM_SCHEMA_VERSION}).`);
    const urlFile = path.join(data, 'admin-url');
    expect(statSync(urlFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(urlFile, 'utf8').trim()).toBe(first.adminUrl);
    const port = new URL(first.adminUrl).port;

    const added = await run(['team', 'user', 'add', '--server', first.adminUrl, '--name', 'Sam Sales', '--role', 'sales', '--json']);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    const person = JSON.parse(added.stdout) as { name: string; role: string; url: string };
    expect(Object.keys(person).sort()).toEqual(['name', 'role', 'url']);
    expect(person).toMatchObject({ name: 'Sam Sales', role: 'sales' });
    const sam = await connectTeam(person.url);
    expect(await sam.whoami()).toEqual({ login: 'sam_sales', name: 'Sam Sales', role: 'sales' });
    await sam.close();

    const admin = await connectTeam(first.adminUrl);
    await admin.push([{ changeId: 'cli:1', entity: 'client', recordId: 'c-cli', field: 'name', value: 'Acme', hlc: `${Date.now()}-00000-cli` }]);
    await admin.close();
    const log = await run(['team', 'log', '--server', first.adminUrl, '--record', 'c-cli', '--json']);
    expect(log.code).toBe(0);
    expect((JSON.parse(log.stdout) as { entries: Array<{ field: string; value: unknown; author: string }> }).entries.map((e) => [e.field, e.value, e.author])).toEqual([['name', 'Acme', 'admin']]);
    const plainLog = await run(['team', 'log', '--server', first.adminUrl]);
    expect(plainLog.stdout).toMatch(/admin {2}client c-cli {2}name = "Acme"/);
    const salesLog = await run(['team', 'log', '--server', person.url]);
    expect(salesLog.code).toBe(1);
    expect(salesLog.stderr).toContain('only an admin may read the audit log');

    const init = await run(['team', 'init', '--server', first.adminUrl]);
    expect(init.code).toBe(0);
    expect(init.stdout).toBe(`The team schema on postgres://admin:***@127.0.0.1:${port}/benchmatch is up to date (version ${TEAM_SCHEMA_VERSION}).\n`);

    // A server whose schema is newer than this BenchMatch: one line, exit 1, nothing touched.
    const sql = new pg.Client({ connectionString: first.adminUrl });
    await sql.connect();
    await sql.query("UPDATE benchmatch.meta SET value = '99' WHERE key = 'schema_version'");
    const newer = await run(['team', 'init', '--server', first.adminUrl]);
    expect(newer.code).toBe(1);
    expect(newer.stderr).toBe(`benchmatch: The team server's schema is version 99; this BenchMatch knows up to version ${TEAM_SCHEMA_VERSION}. Update BenchMatch on this computer.\n`);
    expect((await run(['team', 'log', '--server', first.adminUrl])).code).toBe(1);
    await sql.query("UPDATE benchmatch.meta SET value = $1 WHERE key = 'schema_version'", [String(TEAM_SCHEMA_VERSION)]);
    await sql.end();

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.stdout()).toContain('PostgreSQL stopped.');
    expect(existsSync(path.join(data, 'postgres', 'postmaster.pid'))).toBe(false);
    const gone = await connectTeam(first.adminUrl).then(() => undefined, (e: unknown) => e);
    expect((gone as TeamError).kind).toBe('unreachable');

    // Loopback only by default: 127.0.0.2 (also this machine) gets no answer.
    const other = new URL(person.url);
    other.hostname = '127.0.0.2';
    // While something else holds its port, a second run refuses rather than move (people's URLs name the port).
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(Number(port), '127.0.0.1', () => resolve()));
    const blocked = await run(['team', 'server', '--data', data]);
    await new Promise((resolve) => squatter.close(resolve));
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain(`Port ${port}, this team server's port, is in use`);

    const second = await startServer(data);
    expect(second.adminUrl).toBe(first.adminUrl);
    expect(((await connectTeam(other.toString()).then(() => undefined, (e: unknown) => e)) as TeamError).kind).toBe('unreachable');
    expect(second.stdout()).toContain(`Team schema version ${TEAM_SCHEMA_VERSION}.`);
    const again = await connectTeam(person.url);
    expect((await again.whoami()).login).toBe('sam_sales');
    await again.close();
    // Ctrl+C in a terminal signals the whole process group: PostgreSQL gets SIGINT too, and may be gone
    // before `team server` asks it to stop.
    process.kill(-second.child.pid!, 'SIGINT');
    expect(await second.exited).toBe(0);
    expect(second.stdout()).toContain('PostgreSQL stopped.');
    expect(existsSync(path.join(data, 'postgres', 'postmaster.pid'))).toBe(false);

    // PostgreSQL dying under it: `team server` says so and exits 1 instead of waiting for a signal.
    const third = await startServer(data);
    const postmaster = Number(readFileSync(path.join(data, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(postmaster, 'SIGKILL');
    expect(await third.exited).toBe(1);
    expect(third.stderr()).toMatch(/^benchmatch: PostgreSQL stopped on its own/);
  });

  it('--listen accepts password logins from other addresses', async () => {
    const s = await startServer(path.join(dir, 'team3'), ['--listen', '127.0.0.1,127.0.0.2']);
    try {
      const added = await run(['team', 'user', 'add', '--server', s.adminUrl, '--name', 'Remote Rita', '--role', 'account_manager', '--json']);
      const url = new URL((JSON.parse(added.stdout) as { url: string }).url);
      url.hostname = '127.0.0.2';
      const rita = await connectTeam(url.toString());
      expect((await rita.whoami()).login).toBe('remote_rita');
      await rita.close();
      url.password = 'not-her-password';
      expect(((await connectTeam(url.toString()).then(() => undefined, (e: unknown) => e)) as TeamError).kind).toBe('auth');
    } finally {
      s.child.kill('SIGTERM');
      await s.exited;
    }
  });

  it('exit statuses: 2 for usage, 3 when the server is unreachable, 1 for a wrong password', async () => {
    expect((await run(['team', 'user', 'add', '--server', 'postgres://a:b@127.0.0.1:1/x', '--name', 'X', '--role', 'boss'])).code).toBe(2);
    expect((await run(['team', 'init'])).code).toBe(2);
    const port = await freePort();
    const down = await run(['team', 'init', '--server', `postgres://admin:hunter2-secret@127.0.0.1:${port}/benchmatch`]);
    expect(down.code).toBe(3);
    expect(down.stderr).toBe(`benchmatch: The team server at 127.0.0.1:${port} cannot be reached (ECONNREFUSED). Is the server running, and is the address right?\n`);

    const s = await startServer(path.join(dir, 'team2'));
    try {
      const u = new URL(s.adminUrl);
      u.password = 'wrong-password-1';
      const bad = await run(['team', 'user', 'add', '--server', u.toString(), '--name', 'X', '--role', 'sales']);
      expect(bad.code).toBe(1);
      expect(bad.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect(bad.stderr).toContain('refused the login');
      expect(bad.stderr).not.toContain('wrong-password-1');
    } finally {
      s.child.kill('SIGTERM');
      await s.exited;
    }
  });
});
