// The outbox: dirty marks (left by the capture triggers) become per-field changes by comparing each
// record with sync_base. Only fields that really differ become changes (an unchanged re-import sends
// nothing); each carries the mark's stamp (the time of the edit) and an id of its own. One transaction:
// a process killed mid-flush leaves the marks in place for the next flush.
import { displayOrder, FIELDS, type Entity, type Fields } from '../../../shared/team/fields';
import { changeId, tick } from '../../../shared/team/hlc';
import { sameJson } from '../../../shared/team/json';
import type { RawDb } from '../../connection';
import { BaseStore, heldForm } from './base';
import { assessmentsByPk, engineerFields, readRecord, shortlistFields } from './records';
import { nodeOf } from './state';
import type { Change, FieldRecord } from './types';

interface Mark { entity: Entity; record_id: string; hlc: string }

/** Turns every dirty mark into waiting changes; returns how many changes it recorded. */
export function flushOutbox(raw: RawDb): number {
  return raw.transaction(() => flushInTransaction(raw)).immediate();
}

/** flushOutbox for a caller already inside a transaction (apply and join flush first). */
export function flushInTransaction(raw: RawDb, store = new BaseStore(raw)): number {
  const marks = raw.prepare('SELECT entity, record_id, hlc FROM sync_dirty').all() as Mark[];
  if (marks.length === 0) return 0;
  const node = nodeOf(raw);
  let clock = (raw.prepare("SELECT value FROM sync_state WHERE key = 'clock'").pluck().get() as string | undefined) ?? null;
  const changes: Change[] = [];

  const newId = () => {
    const t = tick(clock, Date.now(), node);
    clock = t.clock;
    return changeId(t.stamp);
  };
  const record = (entity: Entity, recordId: string, current: Fields, hlc: string) => diffInto(store, { entity, recordId, fields: current }, hlc, newId, changes);

  const byEntity = (e: Entity) => marks.filter((m) => m.entity === e);
  const engineers = byEntity('engineer');
  const eFields = engineerFields(raw, engineers.map((m) => m.record_id));
  for (const m of engineers) {
    const f = eFields.get(m.record_id);
    if (f) record('engineer', m.record_id, f, m.hlc);
  }
  for (const e of ['client', 'role', 'firm'] as const) {
    for (const m of byEntity(e)) {
      const f = readRecord(raw, e, m.record_id);
      if (f) record(e, m.record_id, f, m.hlc);
    }
  }
  for (const m of byEntity('shortlist')) {
    const s = shortlistFields(raw, m.record_id);
    if (!s) continue;
    record('shortlist', m.record_id, s.head, m.hlc);
    for (const [engineerId, f] of s.entries) record('shortlist_entry', `${m.record_id}/${engineerId}`, f, m.hlc);
    // An entry the base knows and the list no longer holds was removed: its tombstone.
    for (const [engineerId, b] of store.entriesOf(m.record_id)) {
      if (!s.entries.has(engineerId)) record('shortlist_entry', `${m.record_id}/${engineerId}`, { ...b.fields, removed: true }, m.hlc);
    }
  }
  const assessments = byEntity('assessment');
  const hlcOfPk = new Map(assessments.map((m) => [Number(m.record_id.slice(1)), m.hlc]));
  for (const r of assessmentsByPk(raw, [...hlcOfPk.keys()])) record('assessment', r.recordId, r.fields, hlcOfPk.get(r.pk)!);

  for (const m of byEntity('document')) {
    const f = readRecord(raw, 'document', m.record_id);
    if (f) record('document', m.record_id, f, m.hlc);
    else {
      // Gone from the bench (deleted, or moved to another engineer by a merge): its tombstone, without the bytes.
      const b = store.get('document', m.record_id);
      if (b && b.fields.removed !== true) record('document', m.record_id, { ...b.fields, bytes: null, removed: true }, m.hlc);
    }
  }

  saveChanges(raw, changes);
  if (clock) raw.prepare("UPDATE sync_state SET value = ? WHERE key = 'clock'").run(clock);
  raw.prepare('DELETE FROM sync_dirty').run();
  store.save();
  return changes.length;
}

export function saveChanges(raw: RawDb, changes: readonly Change[]): void {
  const ins = raw.prepare('INSERT INTO sync_outbox (change_id, entity, record_id, field, value, hlc, base_hlc) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const c of changes) ins.run(c.changeId, c.entity, c.recordId, c.field, JSON.stringify(c.value), c.hlc, c.base ?? null);
}

/**
 * The fields of `current` that differ from the record's base become changes stamped `hlc` (ids from
 * `newId`), and the base takes them. Returns how many.
 */
export function diffInto(store: BaseStore, current: FieldRecord, hlc: string, newId: () => string, out: Change[]): number {
  const { entity, recordId } = current;
  const base = store.ensure(entity, recordId);
  let n = 0;
  for (const field of FIELDS[entity]) {
    const value = current.fields[field] ?? null;
    const before = base.fields[field] ?? null;
    if (sameJson(heldForm(entity, field, value), before) || sameJson(value, before)) continue;
    // The rows hold the order the base's order displays (entries the order misses go last): no reorder happened.
    if (field === 'order' && Array.isArray(before) && Array.isArray(value) && sameJson(displayOrder(before as string[], value as string[]), value)) continue;
    out.push({ changeId: newId(), entity, recordId, field, value, hlc, base: base.hlcs[field] ?? null });
    base.fields[field] = value;
    base.hlcs[field] = hlc;
    n++;
  }
  if (n > 0 || !base.applied) {
    base.applied = true;
    store.touch(entity, recordId);
  }
  return n;
}

/**
 * A push page also stops once its values pass this many bytes (the change that crosses it included), so
 * a page of kept CV files (up to 13.4 MB of base64 each) is sent a few at a time, never hundreds at once.
 */
export const PUSH_PAGE_BYTES = 16 * 1024 * 1024;

/** The oldest waiting changes, at most `limit` and about `maxBytes` of values, in the order they were recorded. */
export function pendingChanges(raw: RawDb, limit = 500, maxBytes = PUSH_PAGE_BYTES): Change[] {
  // Sizes first (numbers only), then the rows up to the cut: the values are read once, page by page.
  const sizes = raw.prepare('SELECT seq, length(value) AS n FROM sync_outbox ORDER BY seq LIMIT ?').all(limit) as { seq: number; n: number }[];
  let total = 0;
  let last = sizes.at(-1)?.seq ?? 0;
  for (const { seq, n } of sizes) {
    total += n;
    if (total >= maxBytes) {
      last = seq;
      break;
    }
  }
  const rows = raw.prepare('SELECT change_id, entity, record_id, field, value, hlc, base_hlc FROM sync_outbox WHERE seq <= ? ORDER BY seq LIMIT ?').all(last, limit) as {
    change_id: string; entity: Entity; record_id: string; field: string; value: string; hlc: string; base_hlc: string | null;
  }[];
  return rows.map((r) => ({ changeId: r.change_id, entity: r.entity, recordId: r.record_id, field: r.field, value: JSON.parse(r.value) as Change['value'], hlc: r.hlc, base: r.base_hlc }));
}

export function pendingCount(raw: RawDb): number {
  return raw.prepare('SELECT COUNT(*) FROM sync_outbox').pluck().get() as number;
}

/** Drops changes the server has answered for (accepted, duplicate or superseded). */
export function acknowledge(raw: RawDb, changeIds: readonly string[]): void {
  if (changeIds.length) raw.prepare('DELETE FROM sync_outbox WHERE change_id IN (SELECT value FROM json_each(?))').run(JSON.stringify(changeIds));
}
