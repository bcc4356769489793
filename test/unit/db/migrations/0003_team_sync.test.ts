import { describe, expect, it } from 'vitest';
import { migratorFor, MIGRATIONS } from '../../../../db/migrations';
import { TRIGGER_NAMES } from '../../../../db/team/local/triggers';
import { startCapture, stopCapture } from '../../../../db/team/local';
import { migrationDb, migrationsBefore } from './helpers';

describe('migration 0003_team_sync', () => {
  it('adds the sync tables to a 0002 database with data; joining adds the capture triggers, which mark only while capture is on; down() removes all', async () => {
    const { raw, db } = migrationDb();
    // Up to 0002 first, then up to this one only, so migrateDown() undoes 0003 whatever comes after it.
    const before = migrationsBefore('0003');
    expect((await migratorFor(db, before).migrateToLatest()).error).toBeUndefined();
    raw.prepare("INSERT INTO engineers (id, name, name_key, country, time_zone, seniority, created_at, updated_at) VALUES ('e1', 'Ana', 'ana', 'BR', 'America/Sao_Paulo', 'mid', 'x', 'x')").run();

    const all = migratorFor(db, { ...before, '0003_team_sync': MIGRATIONS['0003_team_sync']! });
    expect((await all.migrateToLatest()).error).toBeUndefined();
    const names = (type: string) => raw.prepare(`SELECT name FROM sqlite_master WHERE type = ? AND name LIKE 'sync%' ORDER BY name`).pluck().all(type);
    expect(names('table')).toEqual(['sync_base', 'sync_conflicts', 'sync_dirty', 'sync_outbox', 'sync_refused', 'sync_state']);
    expect(names('trigger')).toEqual([]); // a bench that never joins a team pays nothing on its writes
    expect(raw.prepare('SELECT id FROM engineers').pluck().all()).toEqual(['e1']);

    const dirty = () => raw.prepare('SELECT entity, record_id FROM sync_dirty').all();
    startCapture(raw, { login: 'ana', server: 'postgres://ana:pw@h/db', role: 'admin', node: 'n1' });
    // The triggers of tables made by later migrations (engineer_documents 0006, firm_profile 0012) wait for those tables.
    expect(names('trigger')).toEqual(TRIGGER_NAMES.filter((n) => !n.startsWith('sync_engineer_documents') && !n.startsWith('sync_firm_profile')).sort());
    expect(raw.prepare("SELECT value FROM sync_state WHERE key = 'server'").pluck().get()).toBe('postgres://ana@h/db');
    raw.prepare("UPDATE sync_state SET value = '0' WHERE key = 'capture'").run(); // paused (apply, join)
    raw.prepare("UPDATE engineers SET city = 'Recife' WHERE id = 'e1'").run();
    expect(dirty()).toEqual([]);
    raw.prepare("UPDATE sync_state SET value = '1' WHERE key = 'capture'").run();
    raw.prepare("UPDATE engineers SET city = 'Natal' WHERE id = 'e1'").run();
    expect(dirty()).toEqual([{ entity: 'engineer', record_id: 'e1' }]);
    const stamp = raw.prepare('SELECT hlc FROM sync_dirty').pluck().get() as string;
    expect(stamp).toMatch(/^\d{13}-00000-n1$/);
    expect(Math.abs(Number(stamp.slice(0, 13)) - Date.now())).toBeLessThan(60_000);
    // A clock ahead of the wall (a stamp received from a laptop in the future): the counter moves on.
    raw.prepare("UPDATE sync_state SET value = '9999999999998-99999' WHERE key = 'clock'").run();
    raw.prepare("UPDATE engineers SET city = 'Olinda' WHERE id = 'e1'").run();
    expect(raw.prepare('SELECT hlc FROM sync_dirty').pluck().get()).toBe('9999999999999-00000-n1');
    raw.prepare("UPDATE engineers SET city = 'Belém' WHERE id = 'e1'").run();
    expect(raw.prepare('SELECT hlc FROM sync_dirty').pluck().get()).toBe('9999999999999-00001-n1');

    stopCapture(raw);
    expect(names('trigger')).toEqual([]);
    startCapture(raw, { login: 'ana', server: 'postgres://h/db', role: 'admin' });
    expect((await all.migrateDown()).error).toBeUndefined();
    expect(names('table')).toEqual([]);
    expect(names('trigger')).toEqual([]);
    await db.destroy();
  });
});
