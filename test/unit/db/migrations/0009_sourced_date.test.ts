import { describe, expect, it } from 'vitest';
import { migratorFor, MIGRATIONS } from '../../../../db/migrations';
import { migrationDb, migrationsBefore } from './helpers';

describe('migration 0009_sourced_date', () => {
  it('adds the sourced_date column to a bench with data (NULL: the wait counts from the day added), and down() removes it', async () => {
    const { raw, db } = migrationDb();
    const columns = () => (raw.prepare('PRAGMA table_info(engineers)').all() as { name: string }[]).map((c) => c.name);
    const before = migrationsBefore('0006');
    expect((await migratorFor(db, before).migrateToLatest()).error).toBeUndefined();
    raw.prepare("INSERT INTO engineers (id, name, name_key, country, time_zone, seniority, created_at, updated_at) VALUES ('e1', 'Ana', 'ana', 'BR', 'America/Sao_Paulo', 'mid', 'x', 'x')").run();
    expect(columns()).not.toContain('sourced_date');

    const upTo = migratorFor(db, { ...before, '0009_sourced_date': MIGRATIONS['0009_sourced_date']! });
    expect((await upTo.migrateToLatest()).error).toBeUndefined();
    expect(columns()).toContain('sourced_date');
    expect(raw.prepare('SELECT id, sourced_date FROM engineers').all()).toEqual([{ id: 'e1', sourced_date: null }]);

    expect((await upTo.migrateDown()).error).toBeUndefined();
    expect(columns()).not.toContain('sourced_date');
    expect(raw.prepare('SELECT id FROM engineers').all()).toEqual([{ id: 'e1' }]);
    await db.destroy();
  });
});
