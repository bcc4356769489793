// Issue 21, items 2 and 3: a backup says so clearly when SQLite cannot read the bench, and is whole or
// absent (its deadline: read-only.test.ts); the automatic copy before a schema migration goes the same way.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase, integrityCheck } from '../../../db/backup';
import { openBench, type Bench } from '../../../db/index';
import { migratorFor, MIGRATIONS } from '../../../db/migrations';
import { engineersFile, removeDir, tempDir } from './helpers';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function benchWithEngineers(count: number): Promise<{ dir: string; bench: Bench }> {
  const dir = tempDir();
  cleanup.push(() => removeDir(dir));
  const bench = await openBench({ path: join(dir, 'bench.sqlite') });
  cleanup.push(() => bench.close());
  const file = join(dir, 'e.bench.json');
  writeFileSync(file, JSON.stringify(engineersFile(count, 'bk')));
  await bench.importFile(file);
  return { dir, bench };
}

/** Another process's connection holding the bench exclusively: nobody else can read it meanwhile. */
function holdExclusively(path: string): BetterSqlite3.Database {
  const other = new BetterSqlite3(path);
  other.pragma('locking_mode = EXCLUSIVE');
  other.exec("BEGIN EXCLUSIVE; INSERT INTO settings (key, value) VALUES ('held', 'x') ON CONFLICT (key) DO NOTHING; COMMIT");
  cleanup.push(() => other.close());
  return other;
}

describe('backup when SQLite cannot read the bench', () => {
  it('says so when the bench cannot be read at all, and leaves no file', async () => {
    const { dir, bench } = await benchWithEngineers(50);
    await bench.close();
    holdExclusively(bench.path);
    const reader = new BetterSqlite3(bench.path);
    cleanup.push(() => reader.close());
    reader.pragma('busy_timeout = 50');
    const out = join(dir, 'copy.sqlite');
    await expect(backupDatabase(reader, out)).rejects.toMatchObject({ code: expect.stringMatching(/unavailable/) });
    expect(readdirSync(dir).filter((f) => f.includes('copy'))).toEqual([]);
  });
});

describe('the automatic copy before a schema migration', () => {
  it('is a whole, checked copy of the old file under its .bak name, with nothing else left beside it', async () => {
    const dir = tempDir();
    cleanup.push(() => removeDir(dir));
    const path = join(dir, 'bench.sqlite');
    // A bench at the first schema, with a row in it.
    const raw = new BetterSqlite3(path);
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
    expect((await migratorFor(db, { '0001_initial': MIGRATIONS['0001_initial']! }).migrateToLatest()).error).toBeUndefined();
    raw.prepare("INSERT INTO clients (id, name, time_zone, created_at, updated_at) VALUES ('c1', 'Acme', 'America/New_York', 'x', 'x')").run();
    await db.destroy();
    const old = readFileSync(path);

    const bench = await openBench({ path });
    cleanup.push(() => bench.close());
    const copies = readdirSync(dir).filter((f) => f.startsWith('bench.sqlite.bak-0001_initial-'));
    expect(copies).toHaveLength(1);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.includes('journal'))).toEqual([]);
    const copy = join(dir, copies[0]!);
    expect(integrityCheck(copy)).toBe('ok');
    const reader = new BetterSqlite3(copy, { readonly: true });
    expect(reader.prepare('SELECT name FROM clients').pluck().all()).toEqual(['Acme']);
    expect(reader.prepare('SELECT name FROM kysely_migration').pluck().all()).toEqual(['0001_initial']);
    reader.close();
    expect(old.length).toBeGreaterThan(0);
  });
});
