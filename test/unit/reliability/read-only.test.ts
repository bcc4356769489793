// Issue 21, item 2: a bench this user cannot write -- the file and its -wal and -shm read-only -- opens
// read-only on purpose: stats, search, match, export and backup work (the backup used to spin at 100%
// CPU forever, leaving a 0-byte file and a -journal), and a write says "this bench is read-only: <why>"
// with exit 3, changing nothing. The CLI runs as a user the permissions apply to (helpers.ts).
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrityCheck } from '../../../db/backup';
import { buildCli, EXAMPLE, removeDir, runCli, runNode, tempDir } from './helpers';

let dir = '';
let db = '';
beforeAll(async () => {
  await buildCli();
  dir = tempDir();
  db = join(dir, 'bench.sqlite');
  expect((await runCli(['--db', db, 'seed', '--engineers', '300', '--seed', '3'])).code).toBe(0);
  expect((await runCli(['--db', db, 'import', EXAMPLE])).code).toBe(0);
  // As the tester left it: a process that ended without closing the bench left its -wal (emptied by a
  // checkpoint) and -shm beside it; then all three were made read-only.
  const left = await runNode(['-e', `const D = require('better-sqlite3'); new D(${JSON.stringify(db)}).pragma('wal_checkpoint(TRUNCATE)'); process.exit(0);`]);
  expect(left.code).toBe(0);
  for (const f of [db, `${db}-wal`, `${db}-shm`]) chmodSync(f, 0o444);
});
afterAll(() => removeDir(dir));

describe('a read-only bench', { timeout: 120_000 }, () => {
  it('backs up (whole, checked) instead of hanging', async () => {
    const out = join(dir, 'copies');
    mkdirSync(out);
    chmodSync(out, 0o777);
    const r = await runCli(['--db', db, 'backup', '--out', join(out, 'copy.sqlite')], { unprivileged: true, timeoutMs: 45_000 });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['copy.sqlite']);
    expect(integrityCheck(join(out, 'copy.sqlite'))).toBe('ok');
    const copy = new BetterSqlite3(join(out, 'copy.sqlite'), { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM engineers').pluck().get()).toBe(303);
    copy.close();
  });

  it('an online backup that SQLite keeps answering "try again" stops at its deadline, says why, and leaves no file', async () => {
    const out = join(dir, 'stalled');
    mkdirSync(out);
    chmodSync(out, 0o777);
    const child = await runNode([join(import.meta.dirname, 'fixtures', 'stalled-backup.ts'), db, join(out, 'copy.sqlite')], { unprivileged: true, timeoutMs: 45_000 });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual({ ok: false, code: 'unavailable', message: expect.stringContaining('made no progress for 1 s, so it stopped; nothing was written') });
    expect(readdirSync(out)).toEqual([]);
  });

  it('answers stats, search, match and export', async () => {
    const stats = await runCli(['--db', db, 'stats', '--json'], { unprivileged: true });
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ engineers: 303 });
    const search = await runCli(['--db', db, 'search', 'python', '--json'], { unprivileged: true });
    expect(search.code).toBe(0);
    expect((JSON.parse(search.stdout) as { results: unknown[] }).results.length).toBeGreaterThan(0);
    const match = await runCli(['--db', db, 'match', '--role', 'r-ai-senior', '--json'], { unprivileged: true });
    expect(match.code).toBe(0);
    expect(JSON.parse(match.stdout)).toMatchObject({ roleId: 'r-ai-senior', evaluated: expect.any(Number) });
    const exported = join(dir, 'copies', 'all.bench.json');
    const exp = await runCli(['--db', db, 'export', exported], { unprivileged: true });
    expect(exp.code).toBe(0);
    expect((JSON.parse(readFileSync(exported, 'utf8')) as { engineers: unknown[] }).engineers).toHaveLength(303);
  });

  it('refuses a write with the reason and exit 3, changing nothing', async () => {
    const before = readFileSync(db);
    const r = await runCli(['--db', db, 'import', EXAMPLE], { unprivileged: true });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`This bench is read-only: the file ${db} is read-only for you`);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('a new bench in a read-only folder is refused with what to do, exit 3', async () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    const r = await runCli(['--db', join(locked, 'new.sqlite'), 'stats'], { unprivileged: true });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`Cannot create a bench at ${join(locked, 'new.sqlite')}: its folder ${locked} is read-only for you`);
    expect(r.stderr).toContain('Choose a file in a folder you can write to');
    expect(existsSync(join(locked, 'new.sqlite'))).toBe(false);
  });

  it('a bench alone in a read-only folder (no -wal or -shm yet) says it cannot be read there and what to do, exit 3', async () => {
    const folder = join(dir, 'alone');
    mkdirSync(folder);
    const lonely = join(folder, 'bench.sqlite');
    expect((await runCli(['--db', lonely, 'import', EXAMPLE])).code).toBe(0);
    // Benches are owner-only (0600); this one is shared read-only with the unprivileged user on purpose.
    chmodSync(lonely, 0o644);
    chmodSync(folder, 0o555);
    const r = await runCli(['--db', lonely, 'stats'], { unprivileged: true });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`Cannot read the bench at ${lonely}: its folder ${folder} is read-only for you`);
    expect(r.stderr).toContain('Copy the file to a folder you can write to');
  });
});
