// Issue 21, item 5: a damaged file, a file from a newer BenchMatch and a backup to put back each get a
// message that says what happened and what to do (no stack trace), with the README's exit status:
// 3 when the bench cannot do what was asked, 1 for refused input. `benchmatch restore` checks the
// backup, keeps the damaged file aside and leaves a bench that works.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrityCheck } from '../../../db/backup';
import { buildCli, EXAMPLE, removeDir, runCli, tempDir } from './helpers';

let dir = '';
beforeAll(async () => {
  await buildCli();
  dir = tempDir();
});
afterAll(() => removeDir(dir));

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+/);

async function seeded(name: string): Promise<string> {
  const db = join(dir, name, 'bench.sqlite');
  mkdirSync(join(dir, name));
  expect((await runCli(['--db', db, 'import', EXAMPLE])).code).toBe(0);
  return db;
}

describe('a damaged bench', { timeout: 120_000 }, () => {
  it('"file is not a database": exit 3, names the latest backup and the restore command; restore brings it back', async () => {
    const db = await seeded('notadb');
    const backup = await runCli(['--db', db, 'backup']);
    expect(backup.code).toBe(0);
    const copy = readdirSync(join(dir, 'notadb')).find((f) => f.startsWith('bench-backup-'))!;
    writeFileSync(db, Buffer.alloc(8192, 'not a bench '));

    const r = await runCli(['--db', db, 'stats']);
    expect(r.code).toBe(3);
    noStack(r.stderr);
    expect(r.stderr).toContain(`The bench file ${db} is damaged or is not a BenchMatch database (SQLite says: file is not a database).`);
    expect(r.stderr).toContain(`The latest backup is ${join(dir, 'notadb', copy)}`);
    expect(r.stderr).toContain(`restore "${join(dir, 'notadb', copy)}"`);

    const restored = await runCli(['--db', db, 'restore', join(dir, 'notadb', copy)]);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    const aside = readdirSync(join(dir, 'notadb')).find((f) => f.startsWith('bench.sqlite.before-restore-'))!;
    expect(restored.stdout).toContain(`The previous file is kept as ${join(dir, 'notadb', aside)}`);
    expect(readFileSync(join(dir, 'notadb', aside)).subarray(0, 12).toString()).toBe('not a bench ');
    const stats = await runCli(['--db', db, 'stats', '--json']);
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ engineers: 3, roles: 1 });
  });

  it('"malformed" pages: exit 3 with the same advice, and no backup beside it says so', async () => {
    const db = await seeded('malformed');
    // Pages of the engineers table overwritten, as a failing disk would.
    const size = statSync(db).size;
    const fd = openSync(db, 'r+');
    writeSync(fd, Buffer.alloc(size - 4096 * 2, 0xde), 0, size - 4096 * 2, 4096 * 2);
    closeSync(fd);
    const r = await runCli(['--db', db, 'search', 'python']);
    expect(r.code).toBe(3);
    noStack(r.stderr);
    expect(r.stderr).toMatch(/is damaged or is not a BenchMatch database \(SQLite says: .*(malformed|not a database)/);
    expect(r.stderr).toContain(`No backup was found beside it. If you have one elsewhere, restore it with: benchmatch --db "${db}" restore BACKUP_FILE`);
  });

  it('restore refuses a damaged backup (exit 1) and leaves the bench as it was', async () => {
    const db = await seeded('badbackup');
    const bad = join(dir, 'badbackup', 'bad.sqlite');
    writeFileSync(bad, Buffer.alloc(4096, 'x'));
    const before = readFileSync(db);
    const r = await runCli(['--db', db, 'restore', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad} is damaged too`);
    expect(readFileSync(db).equals(before)).toBe(true);
    expect(readdirSync(join(dir, 'badbackup')).sort()).toEqual(['bad.sqlite', 'bench.sqlite']);
  });
});

describe('restore from a bench in use', { timeout: 60_000 }, () => {
  it('refuses a file whose -wal still holds pages (exit 1), saying to back it up first', async () => {
    const db = await seeded('live');
    const other = await seeded('live-source');
    const live = new BetterSqlite3(other);
    live.pragma('wal_autocheckpoint = 0');
    live.prepare("INSERT INTO settings (key, value) VALUES ('k', 'v')").run();
    try {
      const before = readFileSync(db);
      const r = await runCli(['--db', db, 'restore', other]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${other} is a live database with unsaved pages in ${other}-wal; the bench was not changed.`);
      expect(readFileSync(db).equals(before)).toBe(true);
    } finally {
      live.close();
    }
  });
});

describe('a bench from a newer BenchMatch', { timeout: 120_000 }, () => {
  it('says which version made it; stats, export and backup still work; a write says to update (exit 3)', async () => {
    const db = await seeded('newer');
    const raw = new BetterSqlite3(db);
    raw.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('0099_future', '2030-01-01T00:00:00.000Z')").run();
    raw.prepare("INSERT INTO settings (key, value) VALUES ('schemaWrittenBy', '9.1.0') ON CONFLICT (key) DO UPDATE SET value = excluded.value").run();
    raw.close();

    const stats = await runCli(['--db', db, 'stats', '--json']);
    expect(stats.stderr).toBe('');
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ engineers: 3, schemaVersion: '0099_future' });
    const out = join(dir, 'newer', 'out.bench.json');
    expect((await runCli(['--db', db, 'export', out])).code).toBe(0);
    expect((JSON.parse(readFileSync(out, 'utf8')) as { engineers: unknown[] }).engineers).toHaveLength(3);
    const copy = join(dir, 'newer', 'copy.sqlite');
    expect((await runCli(['--db', db, 'backup', '--out', copy])).code).toBe(0);
    expect(integrityCheck(copy)).toBe('ok');

    const write = await runCli(['--db', db, 'import', EXAMPLE]);
    expect(write.code).toBe(3);
    noStack(write.stderr);
    expect(write.stderr).toContain('This bench is read-only: it was made by a newer BenchMatch (version 9.1.0, schema 0099_future;');
    expect(write.stderr).toContain('Update BenchMatch to change it');
    expect(write.stderr).not.toContain('corrupted migrations');
    expect(existsSync(`${db}.bak-0099_future`)).toBe(false);
  });
});
