// The change log: who changed what, when. Detail carries ids, field names and counts, never personal data.
import type { Kysely } from 'kysely';
import { rawOf, type RawDb } from '../connection';
import type { ChangeLogRow, Database } from '../database';

export interface ChangeEntry {
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  detail?: Record<string, unknown>;
}

export function appendChange(db: Kysely<Database> | RawDb, c: ChangeEntry, at = new Date().toISOString()): void {
  rawOf(db)
    .prepare('INSERT INTO change_log (at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)')
    .run(at, c.actor, c.action, c.entity, c.entityId, c.detail === undefined ? null : JSON.stringify(c.detail));
}

export async function listChanges(db: Kysely<Database>, opts: { entity?: string; entityId?: string; limit?: number } = {}): Promise<ChangeLogRow[]> {
  let q = db.selectFrom('change_log').selectAll().orderBy('id', 'desc').limit(opts.limit ?? 100);
  if (opts.entity) q = q.where('entity', '=', opts.entity);
  if (opts.entityId) q = q.where('entity_id', '=', opts.entityId);
  return q.execute();
}
