import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, NO_MIGRATIONS, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openBench } from '../../../../db/index';
import { LATEST_MIGRATION, migratorFor, MIGRATIONS } from '../../../../db/migrations';
import { tempDir } from '../helpers';

const tablesOf = (raw: BetterSqlite3.Database) =>
  raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%' ORDER BY name").pluck().all();

describe('migration 0001_initial', () => {
  it('creates every table and index on a real database, and its down() removes them', async () => {
    const raw = new BetterSqlite3(join(tempDir(), 'm.sqlite'));
    raw.pragma('foreign_keys = ON');
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
    const migrator = migratorFor(db, { '0001_initial': MIGRATIONS['0001_initial']! });
    const up = await migrator.migrateToLatest();
    expect(up.error).toBeUndefined();
    expect(tablesOf(raw)).toEqual([
      'assessments', 'change_log', 'clients', 'engineer_skills', 'engineers', 'role_requirements', 'roles', 'settings',
      'shortlist_entries', 'shortlists', 'skills',
    ]);
    const indexes = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(['engineer_skills_skill', 'engineers_availability', 'engineers_vetting', 'engineers_archived', 'engineers_country']));
    // The skill -> engineers lookup uses its index.
    const plan = raw.prepare('EXPLAIN QUERY PLAN SELECT engineer_pk FROM engineer_skills WHERE skill_id = 3 AND level >= 4').all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('engineer_skills_skill');
    // Constraints hold: a level outside 1-5 and a dangling engineer are refused.
    raw.prepare("INSERT INTO skills (name, key, category) VALUES ('Python', 'python', 'language')").run();
    raw.prepare("INSERT INTO engineers (id, name, name_key, country, time_zone, seniority, created_at, updated_at) VALUES ('e1', 'A', 'a', 'BR', 'America/Sao_Paulo', 'mid', 'x', 'x')").run();
    expect(() => raw.prepare('INSERT INTO engineer_skills (engineer_pk, position, skill_id, name, level) VALUES (1, 0, 1, ?, 7)').run('Python')).toThrow(/CHECK/);
    expect(() => raw.prepare('INSERT INTO engineer_skills (engineer_pk, position, skill_id, name, level) VALUES (99, 0, 1, ?, 3)').run('Python')).toThrow(/FOREIGN KEY/);
    const down = await migrator.migrateDown();
    expect(down.error).toBeUndefined();
    expect(tablesOf(raw)).toEqual([]);
    await db.destroy();
  });

  it('saves a copy beside an existing file before running pending migrations, and none for a new file', async () => {
    const dir = tempDir();
    const path = join(dir, 'bench.sqlite');
    // A new file: migrated without a backup.
    await (await openBench({ path })).close();
    expect(readdirSync(dir).filter((f) => f.includes('.bak-'))).toEqual([]);
    // An existing file whose schema is behind: simulate by undoing the migration, keeping a row in settings-free state.
    const raw = new BetterSqlite3(path);
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
    expect((await migratorFor(db).migrateTo(NO_MIGRATIONS)).error).toBeUndefined();
    raw.exec('CREATE TABLE IF NOT EXISTS legacy_note (t TEXT); INSERT INTO legacy_note VALUES (\'kept\')');
    await db.destroy();
    const bench = await openBench({ path });
    const backups = readdirSync(dir).filter((f) => f.startsWith('bench.sqlite.bak-empty-'));
    expect(backups).toHaveLength(1);
    const copy = new BetterSqlite3(join(dir, backups[0]!), { readonly: true });
    expect(copy.prepare('SELECT t FROM legacy_note').pluck().get()).toBe('kept');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    expect((await bench.call('stats', {})).schemaVersion).toBe(LATEST_MIGRATION);
    await bench.close();
    // Opening again with nothing pending makes no further copy.
    await (await openBench({ path })).close();
    expect(readdirSync(dir).filter((f) => f.includes('.bak-'))).toHaveLength(1);
    expect(existsSync(path)).toBe(true);
  });
});
