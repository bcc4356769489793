import { describe, expect, it } from 'vitest';
import { migratorFor, MIGRATIONS } from '../../../../db/migrations';
import { migrationDb, migrationsBefore } from './helpers';

describe('migration 0005_privacy', () => {
  it('adds the privacy column to a bench with data (NULL: no basis recorded yet), and down() removes it', async () => {
    const { raw, db } = migrationDb();
    const columns = () => (raw.prepare('PRAGMA table_info(engineers)').all() as { name: string }[]).map((c) => c.name);
    const before = migrationsBefore('0005');
    expect((await migratorFor(db, before).migrateToLatest()).error).toBeUndefined();
    raw.prepare("INSERT INTO engineers (id, name, name_key, country, time_zone, seniority, created_at, updated_at) VALUES ('e1', 'Ana', 'ana', 'BR', 'America/Sao_Paulo', 'mid', 'x', 'x')").run();
    expect(columns()).not.toContain('privacy');

    const upTo = migratorFor(db, { ...before, '0005_privacy': MIGRATIONS['0005_privacy']! });
    expect((await upTo.migrateToLatest()).error).toBeUndefined();
    expect(columns()).toContain('privacy');
    expect(raw.prepare('SELECT id, privacy FROM engineers').all()).toEqual([{ id: 'e1', privacy: null }]);

    expect((await upTo.migrateDown()).error).toBeUndefined();
    expect(columns()).not.toContain('privacy');
    expect(raw.prepare('SELECT id FROM engineers').all()).toEqual([{ id: 'e1' }]);
    await db.destroy();
  });
});
