import { describe, expect, it } from 'vitest';
import { migratorFor, MIGRATIONS } from '../../../../db/migrations';
import { migrationDb } from './helpers';

const DROPPED = ['engineers_country', 'engineers_email', 'engineers_name_key'];

describe('migration 0002_drop_unread_indexes', () => {
  it('drops the three unread engineer indexes from a 0001 database with data, keeps the rows and the read indexes, and down() restores them', async () => {
    const { raw, db } = migrationDb();
    const indexes = () => raw.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'engineers_%' ORDER BY name").pluck().all();
    const first = migratorFor(db, { '0001_initial': MIGRATIONS['0001_initial']! });
    expect((await first.migrateToLatest()).error).toBeUndefined();
    raw.prepare("INSERT INTO engineers (id, name, name_key, email, country, time_zone, seniority, created_at, updated_at) VALUES ('e1', 'Ana', 'ana', 'a@x.io', 'BR', 'America/Sao_Paulo', 'mid', 'x', 'x')").run();
    expect(indexes()).toEqual(expect.arrayContaining(DROPPED));

    // Exactly the first two: a later migration must not become the one migrateDown() undoes.
    const both = migratorFor(db, { '0001_initial': MIGRATIONS['0001_initial']!, '0002_drop_unread_indexes': MIGRATIONS['0002_drop_unread_indexes']! });
    expect((await both.migrateToLatest()).error).toBeUndefined();
    expect(indexes()).toEqual(['engineers_archived', 'engineers_availability', 'engineers_vetting']);
    expect(raw.prepare('SELECT id, email FROM engineers').all()).toEqual([{ id: 'e1', email: 'a@x.io' }]);
    // The queries the app runs still use their indexes.
    const plan = raw.prepare("EXPLAIN QUERY PLAN SELECT pk FROM engineers WHERE vetting_status IN ('vetted')").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('engineers_vetting');

    expect((await both.migrateDown()).error).toBeUndefined();
    expect(indexes()).toEqual(expect.arrayContaining(DROPPED));
    await db.destroy();
  });
});
