import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migratorFor } from '../../../../db/migrations';
import { startCapture } from '../../../../db/team/local';
import { keepDocument } from '../../../../db/repos/engineer-documents';
import { migrationDb, migrationsBefore } from './helpers';

const ENGINEER = "INSERT INTO engineers (id, name, name_key, country, time_zone, seniority, created_at, updated_at) VALUES (?, 'Ana', 'ana', 'BR', 'America/Sao_Paulo', 'mid', 'x', 'x')";
const idOf = (engineerId: string, bytes: string) => `${engineerId}/${createHash('sha256').update(bytes).digest('hex')}`;

describe('migration 0011_documents_sync', () => {
  it('on a bench already on a team: the old triggers (which marked the engineer) go, the files kept so far are marked to be sent', async () => {
    const { raw, db } = migrationDb();
    const before = migrationsBefore('0011');
    expect((await migratorFor(db, before).migrateToLatest()).error).toBeUndefined();
    raw.prepare(ENGINEER).run('e1');
    startCapture(raw, { login: 'ana', server: 'postgres://ana:pw@h/db', role: 'admin', node: 'n1' });
    // The triggers as the previous version made them: keeping a file marked its engineer only.
    for (const [name, event, row] of [['sync_engineer_documents_insert', 'INSERT', 'NEW'], ['sync_engineer_documents_delete', 'DELETE', 'OLD']] as const) {
      raw.exec(`DROP TRIGGER IF EXISTS ${name}`);
      raw.exec(`CREATE TRIGGER ${name} AFTER ${event} ON engineer_documents BEGIN
        INSERT OR REPLACE INTO sync_dirty (entity, record_id, hlc) SELECT 'engineer', (SELECT id FROM engineers WHERE pk = ${row}.engineer_pk), 'x'; END`);
    }
    for (const t of ['sync_engineer_documents_move_from', 'sync_engineer_documents_move_to']) raw.exec(`DROP TRIGGER IF EXISTS ${t}`);
    raw.transaction(() => keepDocument(raw, 'e1', { name: 'cv.pdf', kind: 'pdf', bytes: Buffer.from('%PDF-1.4 a') }, 'ana'))();
    raw.prepare('DELETE FROM sync_dirty').run();

    expect((await migratorFor(db).migrateToLatest()).error).toBeUndefined();
    expect(raw.prepare('SELECT entity, record_id FROM sync_dirty').all()).toEqual([{ entity: 'document', record_id: idOf('e1', '%PDF-1.4 a') }]);
    raw.prepare('DELETE FROM sync_dirty').run();
    // From now on each file is a record of its own; a move (a merge) marks both ids.
    raw.prepare(ENGINEER).run('e2');
    raw.prepare('DELETE FROM sync_dirty').run();
    raw.prepare("UPDATE engineer_documents SET engineer_pk = (SELECT pk FROM engineers WHERE id = 'e2')").run();
    expect(raw.prepare('SELECT entity, record_id FROM sync_dirty ORDER BY record_id').all()).toEqual([
      { entity: 'document', record_id: idOf('e1', '%PDF-1.4 a') },
      { entity: 'document', record_id: idOf('e2', '%PDF-1.4 a') },
    ]);
    await db.destroy();
  });

  it('on a bench not on a team: no triggers, nothing marked', async () => {
    const { raw, db } = migrationDb();
    expect((await migratorFor(db).migrateToLatest()).error).toBeUndefined();
    expect(raw.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_engineer_documents%'").all()).toEqual([]);
    expect(raw.prepare('SELECT count(*) FROM sync_dirty').pluck().get()).toBe(0);
    await db.destroy();
  });
});
