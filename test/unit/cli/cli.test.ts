// The real command line as a process: `node bin/benchmatch.js` against SQLite files in a temp folder.
// HOME and XDG_CONFIG_HOME point into the temp folder too, so the user's real default bench is never touched.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
let dir = '';

interface Run { code: number; stdout: string; stderr: string }

function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(root, 'bin/benchmatch.js'), ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: dir, XDG_CONFIG_HOME: path.join(dir, 'config'), ...env },
      maxBuffer: 64 * 1024 * 1024,
    }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

async function stats(db: string, env: Record<string, string> = {}): Promise<Record<string, number | string>> {
  const r = await run(db ? ['--db', db, 'stats', '--json'] : ['stats', '--json'], env);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, number | string>;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'benchmatch-cli-'));
  await new Promise<void>((resolve, reject) => {
    execFile(process.execPath, ['scripts/build.mjs', '--node-only'], { cwd: root }, (err, _o, stderr) => (err ? reject(new Error(stderr)) : resolve()));
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("benchmatch command line", { timeout: 240_000 }, () => {
  it('prints help with exit 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['seed', 'import', 'export', 'stats', 'backup']) expect(r.stdout).toContain(c);
  });

  it('exits 2 on usage errors', async () => {
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['--db', 'x.sqlite', 'seed', '--engineers', 'many'])).code).toBe(2);
    expect((await run(['--db', 'x.sqlite', 'import'])).code).toBe(2);
    expect(existsSync(path.join(dir, 'x.sqlite'))).toBe(false);
  });

  it('starts a new --db file empty', async () => {
    const s = await stats(path.join(dir, 'fresh.sqlite'));
    expect(s.engineers).toBe(0);
    expect(s.clients).toBe(0);
  });

  it('seeds, reports stats, exports and backs up', async () => {
    const db = path.join(dir, 'demo.sqlite');
    const seeded = await run(['--db', db, 'seed', '--engineers', '80', '--seed', '5']);
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toMatch(/created: 80 engineers/);
    // Piped: no progress bar on stderr.
    expect(seeded.stderr).toBe('');
    const s = await stats(db);
    expect(s.engineers).toBe(80);
    expect(Number(s.roles)).toBeGreaterThan(0);
    expect(Number(s.shortlists)).toBeGreaterThan(0);

    // Seeding again with the same seed updates the same ids: no duplicates.
    const again = await run(['--db', db, 'seed', '--engineers', '80', '--seed', '5']);
    expect(again.stdout).toMatch(/created: 0 engineers/);
    expect((await stats(db)).engineers).toBe(80);

    const text = await run(['--db', db, 'stats']);
    expect(text.stdout).toMatch(/engineers\s+80/);

    const out = path.join(dir, 'demo.bench.json');
    const exported = await run(['--db', db, 'export', out]);
    expect(exported.code).toBe(0);
    const file = JSON.parse(readFileSync(out, 'utf8')) as { format: string; engineers: unknown[] };
    expect(file.format).toBe('benchmatch.bench');
    expect(file.engineers).toHaveLength(80);

    const copy = path.join(dir, 'copy.sqlite');
    const backed = await run(['--db', db, 'backup', '--out', copy]);
    expect(backed.code).toBe(0);
    expect(statSync(copy).size).toBeGreaterThan(0);
    const check = new Database(copy, { readonly: true });
    try {
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(check.prepare('select count(*) as n from engineers').get()).toEqual({ n: 80 });
    } finally {
      check.close();
    }
  });

  it('refuses a bad file with exit 1, the place on stderr, and writes nothing', async () => {
    const db = path.join(dir, 'refuse.sqlite');
    await run(['--db', db, 'seed', '--engineers', '30']);
    const before = await stats(db);
    const bad = path.join(dir, 'bad.bench.json');
    writeFileSync(bad, JSON.stringify({
      format: 'benchmatch.bench', version: 1,
      engineers: [{ id: 'eng-99999', name: 'Test Person', country: 'BR', timeZone: 'Mars/Olympus', seniority: 'senior', skills: [{ name: 'Python', level: 7 }] }],
    }));
    const r = await run(['--db', db, 'import', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('/engineers/0/timeZone: ');
    expect(r.stderr).toContain('/engineers/0/skills/0/level: ');
    expect(r.stdout).toBe('');
    const after = await stats(db);
    expect({ ...after, fileBytes: 0 }).toEqual({ ...before, fileBytes: 0 });

    writeFileSync(path.join(dir, 'notjson.bench.json'), '{ nope');
    const nj = await run(['--db', db, 'import', 'notjson.bench.json']);
    expect(nj.code).toBe(1);
    expect(nj.stderr).not.toBe('');
  });

  it('imports a good file, and a dry run writes nothing', async () => {
    const db = path.join(dir, 'import.sqlite');
    const example = path.resolve(root, '../shared/bench-format/example.bench.json');
    const dry = await run(['--db', db, 'import', example, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/Dry run/);
    expect((await stats(db)).engineers).toBe(0);
    const real = await run(['--db', db, 'import', example]);
    expect(real.code).toBe(0);
    expect(real.stdout).toMatch(/created: [1-9]\d* engineers/);
    expect(Number((await stats(db)).engineers)).toBeGreaterThan(0);
  });

  it('creates and seeds only the default database (the desktop app\'s file) on first use', async () => {
    const s = await stats('');
    expect(s.path).toBe(path.join(dir, 'config', 'BenchMatch', 'bench.sqlite'));
    expect(s.engineers).toBe(500);
    expect(Number(s.openRoles)).toBeGreaterThan(0);
    // Second use: the same file, not seeded again.
    expect((await stats('')).engineers).toBe(500);
    rmSync(path.join(dir, 'config'), { recursive: true, force: true });
  });

  it('honours BENCHMATCH_DB, which starts empty too', async () => {
    const db = path.join(dir, 'from-env.sqlite');
    const s = await stats('', { BENCHMATCH_DB: db });
    expect(s.path).toBe(db);
    expect(s.engineers).toBe(0);
    expect(existsSync(path.join(dir, 'config'))).toBe(false);
  });
});
