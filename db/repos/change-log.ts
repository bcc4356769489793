// The change log: who changed what, when. Detail carries ids, field names and counts, never personal data.
import type { RawDb } from '../connection';
import type { ChangeLogRow } from '../database';
import { all, q, run } from './query';

export interface ChangeEntry {
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  detail?: Record<string, unknown>;
}

export function appendChange(raw: RawDb, c: ChangeEntry, at = new Date().toISOString()): void {
  run(raw, q.insertInto('change_log').values({
    at, actor: c.actor, action: c.action, entity: c.entity, entity_id: c.entityId, detail: c.detail === undefined ? null : JSON.stringify(c.detail),
  }));
}

/** The latest changes first, optionally of one entity kind or one record. */
export function listChanges(raw: RawDb, opts: { entity?: string; entityId?: string; limit?: number } = {}): ChangeLogRow[] {
  let query = q.selectFrom('change_log').selectAll().orderBy('id', 'desc').limit(opts.limit ?? 100);
  if (opts.entity) query = query.where('entity', '=', opts.entity);
  if (opts.entityId) query = query.where('entity_id', '=', opts.entityId);
  return all(raw, query);
}
