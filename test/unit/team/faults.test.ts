// Promise 4 (nothing lost, nothing twice) and the command line's contract, end to end: the real CLI
// process, real SQLite files, one real PostgreSQL this file starts, stops and restarts. A process killed
// with SIGKILL mid-push or mid-pull, a server gone or restarted mid-sync: afterwards every change is on
// the server exactly once, every laptop exports the same bench, and integrity_check says ok.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrityCheck } from '../../../db/backup';
import { generateDemoBench } from '../../../db/seed';
import { openBench } from '../../../db/service/bench-service';
import { connectTeam, type TeamClient } from '../../../db/team/server/client';
import { startEmbeddedTeamServer, type EmbeddedTeamServer } from '../../../db/team/server/embedded';
import type { TeamRole } from '../../../shared/team/permissions';
import { buildCli, runCli, startCli, when, type Run } from './cli-run';
import { prefixIds } from './replicas';

let dir = '';
let server: EmbeddedTeamServer;
let admin: TeamClient;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'benchmatch-team-faults-'));
  // Run as root, PostgreSQL runs as "postgres" and must pass through this folder to its cluster.
  chmodSync(dir, 0o711);
  await buildCli();
  server = await startEmbeddedTeamServer({ dataDir: path.join(dir, 'pg') });
  admin = await connectTeam(server.adminUrl);
}, 180_000);
afterAll(async () => {
  await admin?.close().catch(() => undefined);
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function restartServer(): Promise<void> {
  await server.stop();
  server = await startEmbeddedTeamServer({ dataDir: path.join(dir, 'pg') });
}

let people = 0;
async function person(role: TeamRole): Promise<string> {
  return (await admin.addPerson(`Faults ${role} ${++people}`, role)).url;
}

const db = (name: string) => path.join(dir, `${name}.sqlite`);
const cli = (name: string, args: string[], url?: string): Promise<Run> => runCli(dir, ['--db', db(name), ...args], url ? { BENCHMATCH_TEAM_URL: url } : {});
const ok = (r: Run): Run => {
  expect(r.stderr, r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
};

async function status(name: string): Promise<{ waiting: number; login: string | null; server: string | null; role: string | null }> {
  return JSON.parse(ok(await cli(name, ['team', 'status', '--json'])).stdout) as { waiting: number; login: string; server: string; role: string };
}

/** The bench as `export` writes it, without exportedAt. */
async function exported(name: string): Promise<unknown> {
  const out = path.join(dir, `${name}-${Date.now()}.bench.json`);
  ok(await cli(name, ['export', out]));
  const { exportedAt: _ignored, ...rest } = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
  return rest;
}

async function adminSql<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string): Promise<R[]> {
  const c = new pg.Client({ connectionString: server.adminUrl });
  await c.connect();
  try {
    return (await c.query<R>(text)).rows;
  } finally {
    await c.end();
  }
}

/** Every change a login sent, and how many distinct ids among them (equal: none twice). */
async function serverCount(login: string): Promise<{ all: number; distinct: number }> {
  const c = new pg.Client({ connectionString: server.adminUrl });
  await c.connect();
  try {
    const r = await c.query<{ all: string; distinct: string }>('SELECT count(*) AS all, count(DISTINCT change_id) AS distinct FROM benchmatch.changes WHERE author = $1', [login]);
    return { all: Number(r.rows[0]!.all), distinct: Number(r.rows[0]!.distinct) };
  } finally {
    await c.end();
  }
}

/** A demo bench file whose ids carry `prefix`, so each test's records are its own on the shared team bench. */
function benchFile(engineers: number, seed: number, prefix: string): string {
  const file = path.join(dir, `demo-${prefix}-${engineers}-${seed}.bench.json`);
  if (!existsSync(file)) writeFileSync(file, prefixIds(JSON.stringify(generateDemoBench({ engineers, seed })), prefix));
  return file;
}

const loginOf = (url: string) => decodeURIComponent(new URL(url).username);

describe('team sync from the command line, under faults', { timeout: 300_000 }, () => {
  it('an unreachable server: exit 3 with one line, nothing lost; the next sync sends it all', async () => {
    const url = await person('admin');
    ok(await cli('offline', ['team', 'join', url]));
    ok(await cli('offline', ['import', benchFile(5, 21, 'off-')]));
    const before = await status('offline');
    expect(before.waiting).toBeGreaterThan(0);

    await server.stop();
    try {
      const r = await cli('offline', ['sync'], url);
      expect(r.code).toBe(3);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/cannot be reached.*nothing is lost/i);
      expect((await status('offline')).waiting).toBe(before.waiting);
    } finally {
      server = await startEmbeddedTeamServer({ dataDir: path.join(dir, 'pg') });
    }
    const r = ok(await cli('offline', ['sync', '--json'], url));
    const result = JSON.parse(r.stdout) as { sent: number; received: number; refused: unknown[]; conflicts: number };
    expect(result.sent).toBe(before.waiting);
    expect(result.refused).toEqual([]);
    expect((await status('offline')).waiting).toBe(0);
    expect(await serverCount(loginOf(url))).toEqual({ all: before.waiting, distinct: before.waiting });
  });

  it('kill -9 mid-push, then mid-pull: nothing lost, nothing twice, integrity ok', async () => {
    const aUrl = await person('admin');
    const bUrl = await person('admin');
    ok(await cli('push-a', ['team', 'join', aUrl]));
    ok(await cli('pull-b', ['team', 'join', bUrl]));
    ok(await cli('push-a', ['import', benchFile(400, 22, 'kill-')]));
    const waiting = (await status('push-a')).waiting;
    expect(waiting).toBeGreaterThan(5000);

    // Mid-push: killed once the server holds some of the changes but not all.
    const push = startCli(dir, ['--db', db('push-a'), 'sync'], { BENCHMATCH_TEAM_URL: aUrl });
    let ended = false;
    void push.exited.then(() => (ended = true));
    const caught = await when(async () => {
      const n = (await serverCount(loginOf(aUrl))).all;
      return n > 0 && n < waiting;
    }, () => ended);
    expect(caught, 'the push ended before it could be killed').toBe(true);
    push.child.kill('SIGKILL');
    expect((await push.exited).signal).toBe('SIGKILL');
    expect(integrityCheck(db('push-a'))).toBe('ok');
    const partly = await serverCount(loginOf(aUrl));
    expect(partly.all).toBeLessThan(waiting);

    const again = JSON.parse(ok(await cli('push-a', ['sync', '--json'], aUrl)).stdout) as { sent: number };
    expect(again.sent).toBeLessThanOrEqual(waiting);
    expect(await serverCount(loginOf(aUrl))).toEqual({ all: waiting, distinct: waiting });
    expect((await status('push-a')).waiting).toBe(0);

    // Mid-pull: killed once the first pages are applied (the mark moved) but not the last.
    const markOf = () => {
      const d = new Database(db('pull-b'), { readonly: true });
      try {
        return Number((d.prepare("SELECT value FROM sync_state WHERE key = 'pulled_seq'").get() as { value: string } | undefined)?.value ?? 0);
      } finally {
        d.close();
      }
    };
    const startMark = markOf();
    const pull = startCli(dir, ['--db', db('pull-b'), 'sync'], { BENCHMATCH_TEAM_URL: bUrl });
    let pullEnded = false;
    void pull.exited.then(() => (pullEnded = true));
    expect(await when(() => markOf() > startMark, () => pullEnded), 'the pull ended before it could be killed').toBe(true);
    pull.child.kill('SIGKILL');
    expect((await pull.exited).signal).toBe('SIGKILL');
    expect(integrityCheck(db('pull-b'))).toBe('ok');

    const rest = JSON.parse(ok(await cli('pull-b', ['sync', '--json'], bUrl)).stdout) as { conflicts: number };
    expect(rest.conflicts).toBe(0);
    expect(await exported('pull-b')).toEqual(await exported('push-a'));
  });

  it('a server restarted mid-sync: the sync fails cleanly or finishes; the next one completes, each change once', async () => {
    const url = await person('admin');
    ok(await cli('restart', ['team', 'join', url]));
    ok(await cli('restart', ['import', benchFile(300, 23, 'rst-')]));
    const waiting = (await status('restart')).waiting;
    const run = startCli(dir, ['--db', db('restart'), 'sync'], { BENCHMATCH_TEAM_URL: url });
    let ended = false;
    void run.exited.then(() => (ended = true));
    const caught = await when(async () => (await serverCount(loginOf(url))).all > 0, () => ended);
    expect(caught).toBe(true);
    await restartServer();
    const first = await run.exited;
    // Cut off: exit 3 ("cannot be reached"); or it finished between pages.
    expect([0, 3]).toContain(first.code);
    expect(integrityCheck(db('restart'))).toBe('ok');
    ok(await cli('restart', ['sync'], url));
    expect((await status('restart')).waiting).toBe(0);
    expect(await serverCount(loginOf(url))).toEqual({ all: waiting, distinct: waiting });
  });

  it('a change the role may not make is refused: listed with exit 1, undone on the laptop; the allowed one goes through', async () => {
    const amUrl = await person('admin');
    const salesUrl = await person('sales');
    ok(await cli('am', ['team', 'join', amUrl]));
    ok(await cli('am', ['import', benchFile(4, 24, 'ref-')]));
    ok(await cli('am', ['sync'], amUrl));
    ok(await cli('sales', ['team', 'join', salesUrl]));

    // Sales renames an engineer and changes a pitch note, by importing an edited export.
    const mine = path.join(dir, 'sales-edit.bench.json');
    ok(await cli('sales', ['export', mine]));
    const file = JSON.parse(readFileSync(mine, 'utf8')) as { engineers: Array<{ id: string; name: string }>; shortlists: Array<{ entries: Array<{ note?: string }> }> };
    const original = file.engineers[0]!.name;
    file.engineers[0]!.name = 'Renamed By Sales';
    file.shortlists[0]!.entries[0]!.note = 'Client asked for a second call';
    writeFileSync(mine, JSON.stringify(file));
    ok(await cli('sales', ['import', mine]));

    const r = await cli('sales', ['sync', '--json'], salesUrl);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout) as { sent: number; refused: Array<{ where: string; reason: string }> };
    expect(result.sent).toBe(1);
    expect(result.refused).toHaveLength(1);
    expect(result.refused[0]!.where).toContain(file.engineers[0]!.id);
    expect(result.refused[0]!.where).toContain('name');
    expect(result.refused[0]!.reason).toMatch(/sales/);
    expect(r.stderr).toContain(`${result.refused[0]!.where}: ${result.refused[0]!.reason}`);

    const after = JSON.parse(readFileSync(await exportTo('sales'), 'utf8')) as typeof file;
    expect(after.engineers[0]!.name).toBe(original);
    expect(after.shortlists[0]!.entries[0]!.note).toBe('Client asked for a second call');
    expect((await status('sales')).waiting).toBe(0);
    // The admin's laptop receives the note, not the name.
    ok(await cli('am', ['sync'], amUrl));
    const am = JSON.parse(readFileSync(await exportTo('am'), 'utf8')) as typeof file;
    expect(am.engineers[0]!.name).toBe(original);
    expect(am.shortlists[0]!.entries[0]!.note).toBe('Client asked for a second call');

    // The same refusal for a Spanish-speaking seller: said in Spanish (the server itself speaks English).
    ok(await cli('sales', ['import', mine]));
    const es = await cli('sales', ['--lang', 'es-419', 'sync'], salesUrl);
    expect(es.code).toBe(1);
    expect(es.stdout).toBe('Sincronización lista: 0 cambios enviados, 0 cambios recibidos y 1 rechazado.\n');
    expect(es.stderr).toBe(`benchmatch: El servidor del equipo rechazó 1 cambio; aquí se deshizo\ningeniero ${file.engineers[0]!.id}, campo name: el rol Ventas no puede cambiar el campo name de los registros de ingeniero\n`);
  });

  it('a tampered client pushing straight to the server is refused, and no laptop receives its change', async () => {
    const amUrl = await person('account_manager');
    ok(await cli('honest', ['team', 'join', amUrl]));
    ok(await cli('honest', ['sync'], amUrl));
    const before = await exported('honest');
    const engineerId = (before as { engineers: Array<{ id: string }> }).engineers[0]!.id;

    // Sales, with their own credentials and a forged later stamp, skips the app and calls push itself.
    const tamper = await connectTeam(await person('sales'));
    try {
      const results = await tamper.push([
        { changeId: 'forged:9999999999999-00000', entity: 'engineer', recordId: engineerId, field: 'name', value: 'Forged', hlc: '9999999999999-00000-forged' },
        { changeId: 'forged:9999999999999-00001', entity: 'engineer', recordId: engineerId, field: 'rate.costPerHour', value: 1, hlc: '9999999999999-00001-forged' },
      ]);
      expect(results.map((r) => r.status)).toEqual(['refused', 'refused']);
    } finally {
      await tamper.close();
    }
    const r = JSON.parse(ok(await cli('honest', ['sync', '--json'], amUrl)).stdout) as { received: number };
    expect(r.received).toBe(0);
    expect(await exported('honest')).toEqual(before);
  });

  it('says what is wrong in one line, and never shows or stores the password', async () => {
    const url = await person('admin');
    const password = decodeURIComponent(new URL(url).password);
    const wrong = new URL(url);
    wrong.password = 'not-the-password';

    const bad = await cli('secret', ['team', 'join', wrong.toString()]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/password/i);
    expect(bad.stderr).not.toContain('not-the-password');

    const joined = ok(await cli('secret', ['team', 'join', url]));
    const noPassword = await cli('secret', ['sync']);
    expect(noPassword.code).toBe(1);
    expect(noPassword.stderr).toContain('BENCHMATCH_TEAM_URL');

    const st = ok(await cli('secret', ['team', 'status']));
    const stJson = ok(await cli('secret', ['team', 'status', '--json']));
    expect(JSON.parse(stJson.stdout)).toMatchObject({ joined: true, login: loginOf(url), role: 'admin', waiting: 0 });
    for (const out of [joined.stdout, joined.stderr, st.stdout, stJson.stdout]) expect(out).not.toContain(password);
    expect(st.stdout).toContain(loginOf(url));
    // Not on disk: the database file and its write-ahead log hold no trace of it.
    for (const f of [db('secret'), `${db('secret')}-wal`]) if (existsSync(f)) expect(readFileSync(f).includes(Buffer.from(password))).toBe(false);

    // A server upgraded past this BenchMatch: one line saying to update, nothing changed here.
    const version = (await adminSql<{ value: string }>("SELECT value FROM benchmatch.meta WHERE key = 'schema_version'"))[0]!.value;
    await adminSql("UPDATE benchmatch.meta SET value = '99' WHERE key = 'schema_version'");
    try {
      const newer = await cli('secret', ['sync'], url);
      expect(newer.code).toBe(1);
      expect(newer.stderr.trim().split('\n')).toHaveLength(1);
      expect(newer.stderr).toMatch(/newer|update/i);
    } finally {
      // Back to the version it had (not a fixed one), so the tests after this one find the server as it was.
      await adminSql(`UPDATE benchmatch.meta SET value = '${Number(version)}' WHERE key = 'schema_version'`);
    }

    // Leaving keeps the data and forgets the server.
    ok(await cli('secret', ['team', 'leave']));
    expect(await status('secret')).toMatchObject({ server: null, login: null });
  });

  // Last: its 2,500 engineers join the file's team bench, which every later fresh laptop would receive whole.
  it('kill -9 mid-join: the bench is not on the team yet, an edit made then is kept, and joining again finishes the join', async () => {
    const aUrl = await person('admin');
    ok(await cli('join-a', ['import', benchFile(2500, 23, 'kjoin-')]));
    ok(await cli('join-a', ['team', 'join', aUrl]));
    const cUrl = await person('account_manager');
    const read = <T>(sql: string): T | undefined => {
      if (!existsSync(db('join-c'))) return undefined;
      const d = new Database(db('join-c'), { readonly: true, fileMustExist: true });
      try {
        return d.prepare(sql).pluck().get() as T | undefined;
      } catch {
        return undefined; // not migrated yet
      } finally {
        d.close();
      }
    };
    // Killed once a chunk of the team bench is written and the join has not finished.
    const joining = startCli(dir, ['--db', db('join-c'), 'team', 'join', cUrl]);
    let ended = false;
    void joining.exited.then(() => (ended = true));
    const caught = await when(() => (read<number>('SELECT count(*) FROM engineers') ?? 0) > 0 && read<string>("SELECT value FROM sync_state WHERE key = 'joining'") !== undefined, () => ended);
    expect(caught, 'the join ended before it could be killed').toBe(true);
    joining.child.kill('SIGKILL');
    expect((await joining.exited).signal).toBe('SIGKILL');
    expect(integrityCheck(db('join-c'))).toBe('ok');
    // Not on the team: no sync runs on half a team bench.
    expect((await status('join-c')).server).toBeNull();
    expect((await cli('join-c', ['sync'], cUrl)).code).not.toBe(0);

    // The person edits in the app before joining again: the edit is a waiting change, and stays.
    const id = read<string>('SELECT id FROM engineers ORDER BY pk LIMIT 1')!;
    const app = await openBench({ path: db('join-c') });
    try {
      const { id: _id, assessments: _a, ...profile } = await app.call('getEngineer', { id });
      await app.call('updateEngineer', { id, profile: { ...profile, summary: 'Edited between the kill and the join' } });
    } finally {
      await app.close();
    }

    ok(await cli('join-c', ['team', 'join', cUrl]));
    expect(integrityCheck(db('join-c'))).toBe('ok');
    expect((await status('join-c')).waiting).toBe(0);
    ok(await cli('join-a', ['sync'], aUrl));
    const a = await exported('join-a');
    expect(await exported('join-c')).toEqual(a);
    const edited = (a as { engineers: { id: string; summary?: string }[] }).engineers.find((e) => e.id === id);
    expect(edited?.summary).toBe('Edited between the kill and the join');
  });
});

async function exportTo(name: string): Promise<string> {
  const out = path.join(dir, `${name}-${Date.now()}.bench.json`);
  ok(await cli(name, ['export', out]));
  return out;
}
