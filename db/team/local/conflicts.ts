// sync_conflicts: a field two people changed while apart. The later edit (by HLC) wins everywhere; the
// value that lost stays here with who and when, for the record's history in the app.
import type { Entity } from '../../../shared/team/fields';
import type { RawDb } from '../../connection';
import type { Conflict } from './types';

export function recordConflict(raw: RawDb, c: Omit<Conflict, 'at'> & { at?: string }): void {
  raw.prepare(`INSERT INTO sync_conflicts (entity, record_id, field, lost_value, lost_hlc, lost_author, won_value, won_hlc, won_author, at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    c.entity, c.recordId, c.field, JSON.stringify(c.lostValue), c.lostHlc, c.lostAuthor, JSON.stringify(c.wonValue), c.wonHlc, c.wonAuthor, c.at ?? new Date().toISOString(),
  );
}

interface ConflictRow {
  entity: Entity; record_id: string; field: string; lost_value: string; lost_hlc: string | null; lost_author: string | null;
  won_value: string; won_hlc: string; won_author: string | null; at: string;
}

const toConflict = (r: ConflictRow): Conflict => ({
  entity: r.entity, recordId: r.record_id, field: r.field,
  lostValue: JSON.parse(r.lost_value) as Conflict['lostValue'], lostHlc: r.lost_hlc, lostAuthor: r.lost_author,
  wonValue: JSON.parse(r.won_value) as Conflict['wonValue'], wonHlc: r.won_hlc, wonAuthor: r.won_author, at: r.at,
});

/** The conflicts recorded for one record, oldest first. */
export function conflictsFor(raw: RawDb, entity: Entity, recordId: string): Conflict[] {
  return (raw.prepare('SELECT * FROM sync_conflicts WHERE entity = ? AND record_id = ? ORDER BY id').all(entity, recordId) as ConflictRow[]).map(toConflict);
}

export function conflictCount(raw: RawDb): number {
  return raw.prepare('SELECT COUNT(*) FROM sync_conflicts').pluck().get() as number;
}
