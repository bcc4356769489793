import { describe, expect, it } from 'vitest';
import { migratorFor, MIGRATIONS } from '../../../../db/migrations';
import { migrationDb, migrationsBefore } from './helpers';

describe('migration 0010_amend_reason', () => {
  it('adds amend_reason to assessments with data (NULL: no reason recorded), and down() removes it', async () => {
    const { raw, db } = migrationDb();
    const columns = () => (raw.prepare('PRAGMA table_info(assessments)').all() as { name: string }[]).map((c) => c.name);
    const before = migrationsBefore('0010');
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
