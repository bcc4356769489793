import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migratorFor, MIGRATIONS } from '../../../../db/migrations';
import { tempDir } from '../helpers';
import { migrationsBefore } from './helpers';

const before = migrationsBefore('0012');
const upTo = { ...before, '0012_client_packets': MIGRATIONS['0012_client_packets']! };

function open() {
  const raw = new BetterSqlite3(join(tempDir(), 'm.sqlite'));
  return { raw, db: new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) }) };
}

describe('migration 0012_client_packets', () => {
  it('adds approved_note to shortlist entries (NULL: nothing approved yet) and the one-row firm_profile table; down() removes both', async () => {
    const { raw, db } = open();
    expect((await migratorFor(db, before).migrateToLatest()).error).toBeUndefined();
    const columns = () => (raw.prepare('PRAGMA table_info(shortlist_entries)').all() as { name: string }[]).map((c) => c.name);
    expect(columns()).not.toContain('approved_note');
    const m = migratorFor(db, upTo);
    expect((await m.migrateToLatest()).error).toBeUndefined();
    expect(columns()).toContain('approved_note');
    raw.prepare("INSERT INTO firm_profile (id, name, updated_at) VALUES ('firm', 'Southbridge', 'x')").run();
    // One firm: any other id is refused by the table itself.
    expect(() => raw.prepare("INSERT INTO firm_profile (id, name, updated_at) VALUES ('other', 'X', 'x')").run()).toThrow(/CHECK/);
    expect((await m.migrateDown()).error).toBeUndefined();
    expect(columns()).not.toContain('approved_note');
    expect(raw.prepare("SELECT name FROM sqlite_master WHERE name = 'firm_profile'").get()).toBeUndefined();
    await db.destroy();
  });

  it('on a bench already capturing for a team, adds the capture triggers of firm_profile', async () => {
    const { raw, db } = open();
    expect((await migratorFor(db, before).migrateToLatest()).error).toBeUndefined();
    raw.prepare("INSERT OR REPLACE INTO sync_state (key, value) VALUES ('capture', '1'), ('clock', '0000000000000-00000'), ('node', 'ana.x1')").run();
    expect((await migratorFor(db, upTo).migrateToLatest()).error).toBeUndefined();
    raw.prepare("INSERT INTO firm_profile (id, name, updated_at) VALUES ('firm', 'Southbridge', 'x')").run();
    expect(raw.prepare('SELECT entity, record_id FROM sync_dirty').all()).toEqual([{ entity: 'firm', record_id: 'firm' }]);
    await db.destroy();
  });
});
