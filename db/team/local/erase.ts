// An erased person leaves this laptop (issue 14, docs/privacy.md): their record, assessments (drafts
// too) and shortlist entries, and every trace the sync keeps of them: dirty marks, waiting changes (an
// offline laptop's edits are dropped, never sent), bases, conflicts, refusals. Runs in the caller's
// transaction with capture off (the deletions are not edits to send: the server's tombstone says it all); the file's freed pages keep the old
// bytes until compactAfterErasure (db/repos/erasure.ts) runs after the commit.
import type { Entity } from '../../../shared/team/fields';
import type { RawDb } from '../../connection';
import { appendChange } from '../../repos/change-log';
import type { BaseStore } from './base';
import { removeRecord } from './refused';
import { pauseCapture } from './state';

export interface LocalErasure {
  engineerId: string;
  /** Waiting local changes about the person that were dropped (never to be sent). */
  dropped: number;
}

/**
 * The sync's records about a person: the engineer, their shortlist entries ("<list>/<id>"), their
 * assessments, their kept documents ("<id>/<sha256>"; dirty marks too: a file kept and not flushed yet).
 */
const PERSON_RECORDS = `
  SELECT entity, record_id FROM sync_base WHERE (entity = 'engineer' AND record_id = @id)
    OR (entity = 'shortlist_entry' AND substr(record_id, -(length(@id) + 1)) = '/' || @id)
    OR (entity = 'assessment' AND json_extract(fields, '$.record.engineerId') = @id)
    OR (entity = 'document' AND substr(record_id, 1, length(@id) + 1) = @id || '/')
  UNION SELECT entity, record_id FROM sync_outbox WHERE (entity = 'engineer' AND record_id = @id)
    OR (entity = 'shortlist_entry' AND substr(record_id, -(length(@id) + 1)) = '/' || @id)
    OR (entity = 'assessment' AND field = 'record' AND json_extract(value, '$.engineerId') = @id)
    OR (entity = 'document' AND substr(record_id, 1, length(@id) + 1) = @id || '/')
  UNION SELECT entity, record_id FROM sync_dirty WHERE entity = 'document' AND substr(record_id, 1, length(@id) + 1) = @id || '/'`;

export function eraseLocally(raw: RawDb, engineerId: string, actor: string, store?: BaseStore): LocalErasure {
  if (!raw.inTransaction) throw new Error('eraseLocally must run inside a transaction');
  const restore = pauseCapture(raw);
  const records = raw.prepare(PERSON_RECORDS).all({ id: engineerId }) as { entity: Entity; record_id: string }[];
  let dropped = 0;
  for (const { entity, record_id } of [...records, { entity: 'engineer' as Entity, record_id: engineerId }]) {
    for (const table of ['sync_outbox', 'sync_dirty', 'sync_base', 'sync_conflicts', 'sync_refused']) {
      const n = raw.prepare(`DELETE FROM ${table} WHERE entity = ? AND record_id = ?`).run(entity, record_id).changes;
      if (table === 'sync_outbox' || table === 'sync_dirty') dropped += n;
    }
    store?.drop(entity, record_id);
  }
  // Marks not flushed yet: the engineer's own, and its assessments' ("@<row pk>").
  dropped += raw.prepare(`DELETE FROM sync_dirty WHERE entity = 'assessment' AND record_id IN
    (SELECT '@' || a.pk FROM assessments a JOIN engineers e ON e.pk = a.engineer_pk WHERE e.id = ?)`).run(engineerId).changes;
  const held = raw.prepare('SELECT 1 FROM engineers WHERE id = ?').get(engineerId) !== undefined;
  removeRecord(raw, 'engineer', engineerId); // their kept files (engineer_documents) go with the row (ON DELETE CASCADE)
  // A merge keeps both records whole for its undo (db/repos/merge.ts); an erased person's cannot be undone.
  raw.prepare('DELETE FROM merges WHERE kept_id = ? OR merged_id = ?').run(engineerId, engineerId);
  // The log says that it happened, never what was there.
  if (held || dropped) appendChange(raw, { actor, action: 'erase', entity: 'engineer', entityId: engineerId, detail: { team: true, records: records.length, dropped } });
  restore();
  return { engineerId, dropped };
}
