import { describe, expect, it } from 'vitest';
import { migratorFor, MIGRATIONS } from '../../../../db/migrations';
import { migrationDb, migrationsBefore } from './helpers';

describe('migration 0013_search_index', () => {
  it('marks every engineer for indexing, then every write to engineers or their skills, whoever makes it; down() removes it all', async () => {
    const { raw, db } = migrationDb();
    const before = migrationsBefore('0013');
    expect((await migratorFor(db, before).migrateToLatest()).error).toBeUndefined();
    const insert = raw.prepare("INSERT INTO engineers (id, name, name_key, country, time_zone, seniority, created_at, updated_at) VALUES (?, 'Ana', 'ana', 'BR', 'America/Sao_Paulo', 'mid', 'x', 'x')");
    const e1 = Number(insert.run('e1').lastInsertRowid);

    const upTo = migratorFor(db, { ...before, '0013_search_index': MIGRATIONS['0013_search_index']! });
    expect((await upTo.migrateToLatest()).error).toBeUndefined();
    const marked = () => raw.prepare('SELECT engineer_pk FROM search_dirty ORDER BY engineer_pk').pluck().all();
    expect(marked()).toEqual([e1]);

    raw.prepare('DELETE FROM search_dirty').run();
    const e2 = Number(insert.run('e2').lastInsertRowid);
    expect(marked()).toEqual([e2]);
    raw.prepare('DELETE FROM search_dirty').run();
    raw.prepare("UPDATE engineers SET city = 'Recife' WHERE pk = ?").run(e1);
    expect(marked()).toEqual([e1]);
    raw.prepare('DELETE FROM search_dirty').run();
    raw.prepare("INSERT INTO skills (id, name, key, category) VALUES (1, 'Python', 'python', 'language')").run();
    raw.prepare("INSERT INTO engineer_skills (engineer_pk, position, skill_id, name, level) VALUES (?, 0, 1, 'Python', 4)").run(e2);
    expect(marked()).toEqual([e2]);
    raw.prepare('DELETE FROM search_dirty').run();
    raw.prepare('DELETE FROM engineers WHERE pk = ?').run(e2);
    expect(marked()).toEqual([e2]);
    // A rolled-back write leaves no mark: the marks live in the writing transaction.
    raw.prepare('DELETE FROM search_dirty').run();
    expect(() => raw.transaction(() => {
      raw.prepare("UPDATE engineers SET city = 'Lima' WHERE pk = ?").run(e1);
      throw new Error('abandoned');
    })()).toThrow('abandoned');
    expect(marked()).toEqual([]);

    expect((await upTo.migrateDown()).error).toBeUndefined();
    expect(raw.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'search_%'").all()).toEqual([]);
    expect(raw.prepare('SELECT id FROM engineers').pluck().all()).toEqual(['e1']);
    await db.destroy();
  });
});
