import { describe, expect, it } from 'vitest';
import { migratorFor, MIGRATIONS } from '../../../../db/migrations';
import { migrationDb, migrationsBefore } from './helpers';

describe('migration 0007_team_conflicts', () => {
  it('gives waiting changes a base stamp (NULL: unknown, as for changes recorded before) and a lost mark (0), and down() removes both', async () => {
    const { raw, db } = migrationDb();
    const columns = () => (raw.prepare('PRAGMA table_info(sync_outbox)').all() as { name: string }[]).map((c) => c.name);
    const before = migrationsBefore('0007');
    expect((await migratorFor(db, before).migrateToLatest()).error).toBeUndefined();
    raw.prepare("INSERT INTO sync_outbox (change_id, entity, record_id, field, value, hlc) VALUES ('n:1', 'engineer', 'e1', 'name', '\"Ana\"', '0000000000001-00000-n')").run();

    const upTo = migratorFor(db, { ...before, '0007_team_conflicts': MIGRATIONS['0007_team_conflicts']! });
    expect((await upTo.migrateToLatest()).error).toBeUndefined();
    expect(columns()).toEqual(expect.arrayContaining(['base_hlc', 'lost']));
    expect(raw.prepare('SELECT change_id, base_hlc, lost FROM sync_outbox').all()).toEqual([{ change_id: 'n:1', base_hlc: null, lost: 0 }]);

    expect((await upTo.migrateDown()).error).toBeUndefined();
    expect(columns()).not.toContain('base_hlc');
    expect(columns()).not.toContain('lost');
    expect(raw.prepare('SELECT change_id FROM sync_outbox').all()).toEqual([{ change_id: 'n:1' }]);
    await db.destroy();
  });
});
