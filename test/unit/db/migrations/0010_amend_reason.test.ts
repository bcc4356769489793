import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migratorFor, MIGRATIONS } from '../../../../db/migrations';
import { tempDir } from '../helpers';

describe('migration 0010_amend_reason', () => {
  it('adds amend_reason to assessments with data (NULL: no reason recorded), and down() removes it', async () => {
    const raw = new BetterSqlite3(join(tempDir(), 'm.sqlite'));
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
    const columns = () => (raw.prepare('PRAGMA table_info(assessments)').all() as { name: string }[]).map((c) => c.name);
    const before = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < '0010'));
    expect((await migratorFor(db, before).migrateToLatest()).error).toBeUndefined();
    raw.prepare("INSERT INTO engineers (id, name, name_key, country, time_zone, seniority, created_at, updated_at) VALUES ('e1', 'Ana', 'ana', 'BR', 'America/Sao_Paulo', 'mid', 'x', 'x')").run();
    raw.prepare("INSERT INTO assessments (id, engineer_pk, position, date, kind, assessor, status, created_at, created_by) VALUES ('a1', 1, 0, '2026-01-02', 'technical_interview', 'Marta', 'final', 'x', 'x')").run();
    expect(columns()).not.toContain('amend_reason');

    const upTo = migratorFor(db, MIGRATIONS);
    // Up to this migration only, so that one step down is this migration's down().
    expect((await upTo.migrateTo('0010_amend_reason')).error).toBeUndefined();
    expect(columns()).toContain('amend_reason');
    expect(raw.prepare('SELECT id, amend_reason FROM assessments').all()).toEqual([{ id: 'a1', amend_reason: null }]);

    expect((await upTo.migrateDown()).error).toBeUndefined();
    expect(columns()).not.toContain('amend_reason');
    expect(raw.prepare('SELECT id FROM assessments').all()).toEqual([{ id: 'a1' }]);
    await db.destroy();
  });
});
