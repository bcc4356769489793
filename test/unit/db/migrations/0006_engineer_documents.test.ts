import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migratorFor, MIGRATIONS } from '../../../../db/migrations';
import { startCapture } from '../../../../db/team/local';
import { keepDocument } from '../../../../db/repos/engineer-documents';
import { migrationDb, migrationsBefore } from './helpers';

describe('migration 0006_engineer_documents', () => {
  it('on a bench already on a team, adds the table with its capture triggers: keeping a CV marks it (a document record)', async () => {
    const { raw, db } = migrationDb();
    const before = migrationsBefore('0006');
    expect((await migratorFor(db, before).migrateToLatest()).error).toBeUndefined();
    raw.prepare("INSERT INTO engineers (id, name, name_key, country, time_zone, seniority, created_at, updated_at) VALUES ('e1', 'Ana', 'ana', 'BR', 'America/Sao_Paulo', 'mid', 'x', 'x')").run();
    startCapture(raw, { login: 'ana', server: 'postgres://ana:pw@h/db', role: 'admin', node: 'n1' });
    raw.prepare('DELETE FROM sync_dirty').run();

    expect((await migratorFor(db, { ...before, '0006_engineer_documents': MIGRATIONS['0006_engineer_documents']! }).migrateToLatest()).error).toBeUndefined();
    raw.transaction(() => keepDocument(raw, 'e1', { name: 'cv.pdf', kind: 'pdf', bytes: Buffer.from('%PDF-1.4') }, 'ana'))();
    const id = `e1/${createHash('sha256').update('%PDF-1.4').digest('hex')}`;
    expect(raw.prepare('SELECT entity, record_id FROM sync_dirty').all()).toEqual([{ entity: 'document', record_id: id }]);
    raw.prepare('DELETE FROM sync_dirty').run();
    raw.prepare('DELETE FROM engineer_documents').run();
    expect(raw.prepare('SELECT entity, record_id FROM sync_dirty').all()).toEqual([{ entity: 'document', record_id: id }]);
    await db.destroy();
  });
});
