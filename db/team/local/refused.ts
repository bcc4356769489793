// Changes the server refused (shared/product/team.md, promise 5): listed in sync_refused with the
// reason, and undone here: the field takes the server's value again, or a record the server never had
// is removed. One transaction, capture off (an undo is not a local edit to send).
import { MERGE_ENTITY, splitDocumentId, type Entity } from '../../../shared/team/fields';
import type { RawDb } from '../../connection';
import { BaseStore } from './base';
import { materialize, noneTouched, assessmentPk } from './materialize';
import { pauseCapture } from './state';
import type { Json, RefusedRecord, Refusal, ServerRecord } from './types';

const key = (entity: Entity, id: string) => `${entity}\u0000${id}`;

/**
 * Undoes refused changes. `server` holds the server's fields for each refused record (fields null, or
 * no entry at all: the server never had it, so the record is removed here).
 */
export function undoRefused(raw: RawDb, refusals: readonly Refusal[], server: readonly ServerRecord[]): { undone: number; removed: number } {
  return raw.transaction(() => {
    const restore = pauseCapture(raw);
    const store = new BaseStore(raw);
    const touched = noneTouched();
    const serverBy = new Map(server.map((s) => [key(s.entity, s.recordId), s]));
    const row = raw.prepare('SELECT entity, record_id, field, value FROM sync_outbox WHERE change_id = ?');
    const log = raw.prepare('INSERT INTO sync_refused (change_id, entity, record_id, field, value, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const drop = raw.prepare('DELETE FROM sync_outbox WHERE change_id = ?');
    const remove = new Map<string, { entity: Entity; recordId: string }>();
    const now = new Date().toISOString();
    let undone = 0;
    for (const r of refusals) {
      const c = row.get(r.changeId) as { entity: Entity | typeof MERGE_ENTITY; record_id: string; field: string; value: string } | undefined;
      if (!c) continue;
      // A refused file's bytes are not copied into the list of refusals (they are megabytes, and personal).
      log.run(r.changeId, c.entity, c.record_id, c.field, c.entity === 'document' && c.field === 'bytes' ? 'null' : c.value, r.reason, now);
      drop.run(r.changeId);
      undone++;
      // A merge refused (the role changed since it was made) is listed; the merge stays here (db/team/local/merge.ts).
      if (c.entity === MERGE_ENTITY) continue;
      const sv = serverBy.get(key(c.entity, c.record_id));
      if (!sv?.fields) {
        remove.set(key(c.entity, c.record_id), { entity: c.entity, recordId: c.record_id });
        continue;
      }
      const base = store.ensure(c.entity, c.record_id);
      base.fields[c.field] = sv.fields[c.field] ?? null;
      const h = sv.hlcs?.[c.field];
      if (h) base.hlcs[c.field] = h;
      else delete base.hlcs[c.field];
      store.touch(c.entity, c.record_id);
      touched[c.entity].add(c.record_id);
    }
    for (const { entity, recordId } of remove.values()) {
      raw.prepare('DELETE FROM sync_outbox WHERE entity = ? AND record_id = ?').run(entity, recordId);
      if (entity === 'shortlist_entry') {
        // Off the list again; the tombstone stays local (the server never had the entry).
        store.ensure(entity, recordId).fields.removed = true;
        store.touch(entity, recordId);
        touched.shortlist_entry.add(recordId);
        continue;
      }
      removeRecord(raw, entity, recordId);
      store.drop(entity, recordId);
    }
    materialize(raw, store, touched, 'team');
    store.save();
    restore();
    return { undone, removed: remove.size };
  }).immediate();
}

/** Removes a record (and what hangs on it) from the bench: the server never had it. Entries are handled as tombstones above. */
export function removeRecord(raw: RawDb, entity: Entity, recordId: string): void {
  const run = (sql: string, ...args: unknown[]) => raw.prepare(sql).run(...args);
  const dropAssessments = (where: string, arg: unknown) => {
    run(`UPDATE assessments SET amends_pk = NULL WHERE amends_pk IN (SELECT pk FROM assessments WHERE ${where})`, arg);
    run(`DELETE FROM assessments WHERE ${where}`, arg);
  };
  const dropShortlists = (where: string, arg: unknown) => {
    run(`DELETE FROM shortlist_entries WHERE shortlist_pk IN (SELECT pk FROM shortlists WHERE ${where})`, arg);
    run(`DELETE FROM shortlists WHERE ${where}`, arg);
  };
  switch (entity) {
    case 'engineer':
      run('DELETE FROM shortlist_entries WHERE engineer_pk = (SELECT pk FROM engineers WHERE id = ?)', recordId);
      dropAssessments('engineer_pk = (SELECT pk FROM engineers WHERE id = ?)', recordId);
      run('DELETE FROM engineers WHERE id = ?', recordId);
      return;
    case 'client':
      dropShortlists('role_pk IN (SELECT r.pk FROM roles r JOIN clients c ON c.pk = r.client_pk WHERE c.id = ?)', recordId);
      run('DELETE FROM roles WHERE client_pk = (SELECT pk FROM clients WHERE id = ?)', recordId);
      run('DELETE FROM clients WHERE id = ?', recordId);
      return;
    case 'role':
      dropShortlists('role_pk = (SELECT pk FROM roles WHERE id = ?)', recordId);
      run('DELETE FROM roles WHERE id = ?', recordId);
      return;
    case 'shortlist':
      dropShortlists('id = ?', recordId);
      return;
    case 'firm':
      run('DELETE FROM firm_profile WHERE id = ?', recordId);
      return;
    case 'assessment': {
      const pk = assessmentPk(raw, recordId);
      if (pk !== undefined) dropAssessments('pk = ?', pk);
      return;
    }
    case 'document': {
      const { engineerId, sha256 } = splitDocumentId(recordId);
      run('DELETE FROM engineer_documents WHERE sha256 = ? AND engineer_pk = (SELECT pk FROM engineers WHERE id = ?)', sha256, engineerId);
      return;
    }
  }
}

/** Refused changes, newest first (for `sync` and the app to list). */
export function refusedChanges(raw: RawDb, limit = 100): RefusedRecord[] {
  return (raw.prepare('SELECT entity, record_id, field, value, reason, at FROM sync_refused ORDER BY id DESC LIMIT ?').all(limit) as {
    entity: Entity; record_id: string; field: string; value: string; reason: string; at: string;
  }[]).map((r) => ({ entity: r.entity, recordId: r.record_id, field: r.field, value: JSON.parse(r.value) as Json, reason: r.reason, at: r.at }));
}
