// sync_base: each record's fields as last recorded or received, with each field's HLC stamp. A flush
// compares the bench against it (only real differences become changes); an apply merges into it by
// stamp (last writer wins per field) and rebuilds the record from it. Loaded and saved through one
// store per transaction so a record touched many times is read and written once.
import type { Entity, Fields, Json } from '../../../shared/team/fields';
import type { RawDb } from '../../connection';

export interface Base {
  fields: Fields;
  hlcs: Record<string, string>;
  /** false while the fields received do not make a valid record (retried at every apply). */
  applied: boolean;
  /** Why it could not be applied, for the report (not stored). */
  reason?: string;
}

const key = (entity: Entity, id: string) => `${entity}\u0000${id}`;

/**
 * What a base keeps for a kept document's bytes once the file is written here (docs/team-design.md, "Kept
 * documents"): the id already names the content, so a copy of megabytes in sync_base would only double
 * the bench file. Not base64 ('~' is no base64 character). A base not applied yet keeps the bytes: they
 * are what materialize will write.
 */
export const HELD_BYTES = '~held';

/** A value as a base compares it: a document's bytes (base64) count as HELD_BYTES, so a held file equals its bytes. */
export function heldForm(entity: Entity, field: string, value: Json): Json {
  return entity === 'document' && field === 'bytes' && typeof value === 'string' ? HELD_BYTES : value;
}

export class BaseStore {
  private readonly cache = new Map<string, Base | null>();
  private readonly changed = new Map<string, { entity: Entity; id: string }>();
  /** Entry bases created or seeded in this transaction, by shortlist id (not in the table yet). */
  private readonly newEntries = new Map<string, Set<string>>();
  private readonly getStmt;

  constructor(private readonly raw: RawDb) {
    this.getStmt = raw.prepare('SELECT fields, hlcs, applied FROM sync_base WHERE entity = ? AND record_id = ?');
  }

  get(entity: Entity, id: string): Base | undefined {
    const k = key(entity, id);
    let b = this.cache.get(k);
    if (b === undefined) {
      const row = this.getStmt.get(entity, id) as { fields: string; hlcs: string; applied: number } | undefined;
      b = row ? { fields: JSON.parse(row.fields) as Fields, hlcs: JSON.parse(row.hlcs) as Record<string, string>, applied: row.applied === 1 } : null;
      this.cache.set(k, b);
    }
    return b ?? undefined;
  }

  /** The base, created empty when the record was never recorded. */
  ensure(entity: Entity, id: string): Base {
    const b = this.get(entity, id);
    if (b) return b;
    const fresh: Base = { fields: {}, hlcs: {}, applied: true };
    this.cache.set(key(entity, id), fresh);
    this.noteEntry(entity, id);
    return fresh;
  }

  /** Records that the base of (entity, id) changed; saved by save(). */
  touch(entity: Entity, id: string): void {
    this.changed.set(key(entity, id), { entity, id });
  }

  /** Seeds the cache without a read (a join writes every record: no point asking for each). */
  seed(entity: Entity, id: string, base: Base): void {
    this.cache.set(key(entity, id), base);
    this.noteEntry(entity, id);
    this.touch(entity, id);
  }

  private noteEntry(entity: Entity, id: string) {
    if (entity !== 'shortlist_entry') return;
    const shortlistId = id.slice(0, id.indexOf('/'));
    (this.newEntries.get(shortlistId) ?? this.newEntries.set(shortlistId, new Set()).get(shortlistId)!).add(id);
  }

  drop(entity: Entity, id: string): void {
    this.cache.set(key(entity, id), null);
    this.touch(entity, id);
  }

  /** The entry bases of one shortlist (record ids "<shortlistId>/<engineerId>"), by engineer id. */
  entriesOf(shortlistId: string): Map<string, Base> {
    const out = new Map<string, Base>();
    const ids = this.raw.prepare("SELECT record_id FROM sync_base WHERE entity = 'shortlist_entry' AND record_id >= ? AND record_id < ?")
      .pluck().all(`${shortlistId}/`, `${shortlistId}0`) as string[];
    for (const id of ids) {
      const b = this.get('shortlist_entry', id);
      if (b) out.set(id.slice(shortlistId.length + 1), b);
    }
    for (const id of this.newEntries.get(shortlistId) ?? []) {
      const b = this.get('shortlist_entry', id);
      if (b) out.set(id.slice(shortlistId.length + 1), b);
    }
    return out;
  }

  save(): void {
    const put = this.raw.prepare('INSERT OR REPLACE INTO sync_base (entity, record_id, fields, hlcs, applied) VALUES (?, ?, ?, ?, ?)');
    const del = this.raw.prepare('DELETE FROM sync_base WHERE entity = ? AND record_id = ?');
    for (const [k, { entity, id }] of this.changed) {
      const b = this.cache.get(k);
      // A document written here keeps a mark, not its bytes (the cache too: a join's chunks free them).
      if (b && b.applied && entity === 'document') b.fields.bytes = heldForm(entity, 'bytes', b.fields.bytes ?? null);
      if (b) put.run(entity, id, JSON.stringify(b.fields), JSON.stringify(b.hlcs), b.applied ? 1 : 0);
      else del.run(entity, id);
    }
    this.changed.clear();
  }
}
