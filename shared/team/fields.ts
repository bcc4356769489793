// Records <-> fields, the unit of sync (docs/team-design.md, "Records and fields"). Field lists come
// from the zod schemas, so a new schema field syncs without a new list. A missing field is null.
import {
  assessmentSchema, clientSchema, engineerSchema, idSchema, roleSchema, shortlistEntrySchema, shortlistSchema,
  type Assessment, type Client, type Engineer, type Role, type ShortlistEntry,
} from '../bench/schema';
import { PRESETS } from '../matching/score';
import { FIRM_FIELDS, firmProfileSchema, type FirmProfile } from '../firm/profile';
import { canonicalJson, contentHash, type Json } from './json';

export type { Json } from './json';
export type Fields = Record<string, Json>;

/** Entities in dependency order: applying in this order finds every referenced record already written. */
export const ENTITIES = ['client', 'engineer', 'role', 'shortlist', 'shortlist_entry', 'assessment', 'firm', 'document'] as const;
export type Entity = (typeof ENTITIES)[number];

/**
 * A merge of duplicate records is a record of its own kind, not a bench record: it has no rows to
 * materialize, every laptop applies it whole (db/team/local/merge.ts). Fields: `record` (MergeValue,
 * written once) and `undone` (true: the merge was undone).
 */
export const MERGE_ENTITY = 'merge' as const;
/** What a change can be about: a bench record, or a merge. */
export type SyncEntity = Entity | typeof MERGE_ENTITY;
export interface MergeValue {
  keptId: string;
  mergedId: string;
  /** The moved finalized assessments' places in the kept record's list, by their sync id before the move. */
  positions: Record<string, number>;
}

/**
 * The field of the server's tombstone for an erased person (an `engineer` change with no value): every
 * laptop that pulls it deletes the person. '~' starts no schema field; the server refuses it from people.
 */
export const ERASED_FIELD = '~erased';

/** A role with its weight preset (a field of roleSchema; null here when the role has none). */
export type RoleRecord = Omit<Role, 'preset'> & { preset?: string | null };
/** A shortlist's head: `order` is the pitch order (engineer ids), null when the list has no entries key. */
export interface ShortlistRecord { id: string; roleId: string; name: string; order: string[] | null }
/** One engineer on one shortlist; `removed` is the tombstone. */
export interface ShortlistEntryRecord extends ShortlistEntry { shortlistId: string; statusChangedAt: string | null; removed: boolean }
/** A finalized assessment (append-only). `amends` is the record id it corrects; `position` its place in the engineer's list. */
export interface AssessmentRecord { engineerId: string; amends: string | null; position: number; assessment: Assessment }

/**
 * A file kept with an engineer (the CV they came from). Id "<engineer id>/<sha256 of the bytes>": every
 * laptop derives the same id from the same file, and the content never changes under an id (a merge that
 * moves the file to another engineer is a tombstone here and a new record there). `bytes` is base64;
 * `removed` is the tombstone, which drops the bytes (null) so no laptop receives a deleted file.
 */
export interface DocumentRecord { engineerId: string; sha256: string; name: string; kind: string; addedAt: string; addedBy: string; bytes: string | null; removed: boolean }

export interface RecordOf {
  client: Client;
  engineer: Engineer;
  role: RoleRecord;
  shortlist: ShortlistRecord;
  shortlist_entry: ShortlistEntryRecord;
  assessment: AssessmentRecord;
  /** The firm's profile (Settings > Firm): one record, id 'firm'. */
  firm: FirmProfile;
  document: DocumentRecord;
}

const keysOf = (shape: object, without: string[]) => Object.keys(shape).filter((k) => !without.includes(k));
const rateShape = engineerSchema.shape.rate.unwrap().shape;
export const RATE_FIELDS = Object.keys(rateShape).map((k) => `rate.${k}`);
const ENGINEER_PLAIN = keysOf(engineerSchema.shape, ['id', 'assessments', 'rate']);
const ROLE_PLAIN = keysOf(roleSchema.shape, ['id', 'preset']);
const ENTRY_PLAIN = keysOf(shortlistEntrySchema.shape, ['engineerId']);

/**
 * Every field of each entity. Engineers add two presence marks beside the design's list: `rate`
 * (true when the record has a rate object, even `{}`) and `assessments` (true when it carries the key,
 * even `[]`), so an exported file is the same on every replica.
 */
export const FIELDS: Record<Entity, readonly string[]> = {
  client: keysOf(clientSchema.shape, ['id']),
  engineer: [...ENGINEER_PLAIN, 'rate', ...RATE_FIELDS, 'assessments'],
  role: [...ROLE_PLAIN, 'preset'],
  shortlist: [...keysOf(shortlistSchema.shape, ['id', 'entries']), 'order'],
  shortlist_entry: [...ENTRY_PLAIN, 'statusChangedAt', 'removed'],
  assessment: ['record'],
  firm: FIRM_FIELDS,
  document: ['name', 'kind', 'addedAt', 'addedBy', 'bytes', 'removed'],
};

const put = (out: Fields, key: string, v: unknown) => {
  out[key] = v === undefined ? null : (v as Json);
};

export function toFields<E extends Entity>(entity: E, record: RecordOf[E]): Fields {
  const out: Fields = {};
  const r = record as unknown as Record<string, unknown>;
  switch (entity) {
    case 'engineer': {
      const e = record as Engineer;
      for (const k of ENGINEER_PLAIN) put(out, k, r[k]);
      out.rate = e.rate ? true : null;
      for (const k of RATE_FIELDS) put(out, k, (e.rate as Record<string, unknown> | undefined)?.[k.slice(5)]);
      out.assessments = e.assessments ? true : null;
      return out;
    }
    case 'role':
      for (const k of ROLE_PLAIN) put(out, k, r[k]);
      put(out, 'preset', r.preset);
      return out;
    case 'assessment': {
      const a = record as AssessmentRecord;
      out.record = { ...(a.assessment as Record<string, Json>), engineerId: a.engineerId, amends: a.amends, position: a.position };
      return out;
    }
    default:
      for (const k of FIELDS[entity]) put(out, k, r[k]);
      return out;
  }
}

const set = (o: Record<string, unknown>, k: string, v: Json | undefined) => {
  if (v !== null && v !== undefined) o[k] = v;
};

/**
 * The record a set of fields describes, not yet validated (see parseRecord). For an engineer,
 * `assessments` is `[]` or absent: the writer keeps the assessments it holds (they sync as records).
 */
export function fromFields<E extends Entity>(entity: E, recordId: string, f: Fields): RecordOf[E] {
  const o: Record<string, unknown> = {};
  switch (entity) {
    case 'engineer': {
      o.id = recordId;
      for (const k of ENGINEER_PLAIN) set(o, k, f[k]);
      const rate: Record<string, unknown> = {};
      for (const k of RATE_FIELDS) set(rate, k.slice(5), f[k]);
      // Keys in schema order, as the reader returns them.
      const ordered: Record<string, unknown> = {};
      for (const k of Object.keys(engineerSchema.shape)) {
        if (k === 'rate') {
          if (f.rate === true || Object.keys(rate).length) ordered.rate = rate;
        } else if (k === 'assessments') {
          if (f.assessments === true) ordered.assessments = [];
        } else if (k in o) ordered[k] = o[k];
      }
      return ordered as unknown as RecordOf[E];
    }
    case 'role':
      o.id = recordId;
      for (const k of ROLE_PLAIN) set(o, k, f[k]);
      set(o, 'preset', f.preset);
      return o as unknown as RecordOf[E];
    case 'shortlist':
      return { id: recordId, roleId: f.roleId, name: f.name, order: f.order ?? null } as unknown as RecordOf[E];
    case 'shortlist_entry': {
      const { shortlistId, engineerId } = splitEntryId(recordId);
      const x: Record<string, unknown> = { engineerId };
      for (const k of ENTRY_PLAIN) set(x, k, f[k]);
      return { ...x, shortlistId, statusChangedAt: f.statusChangedAt ?? null, removed: f.removed === true } as unknown as RecordOf[E];
    }
    case 'assessment': {
      const { engineerId, amends, position, ...assessment } = (f.record ?? {}) as Record<string, Json>;
      return { engineerId, amends: amends ?? null, position: position ?? 0, assessment } as unknown as RecordOf[E];
    }
    case 'firm':
      for (const k of FIELDS.firm) set(o, k, f[k]);
      return o as unknown as RecordOf[E];
    case 'document': {
      const { engineerId, sha256 } = splitDocumentId(recordId);
      return { engineerId, sha256, name: f.name, kind: f.kind, addedAt: f.addedAt, addedBy: f.addedBy, bytes: f.bytes ?? null, removed: f.removed === true } as unknown as RecordOf[E];
    }
    default:
      o.id = recordId;
      for (const k of FIELDS[entity]) set(o, k, f[k]);
      return o as unknown as RecordOf[E];
  }
}

const hasPresetField = 'preset' in roleSchema.shape;

/** The record validated by the bench schemas (keys in schema order), or why it cannot be applied. */
export function parseRecord<E extends Entity>(entity: E, recordId: string, f: Fields): { ok: true; record: RecordOf[E] } | { ok: false; reason: string } {
  const r = fromFields(entity, recordId, f) as unknown as Record<string, unknown>;
  const fail = (e: { issues: { path: PropertyKey[]; message: string }[] }) => ({ ok: false as const, reason: e.issues.map((i) => `${i.path.join('.') || '/'}: ${i.message}`).join('; ') });
  switch (entity) {
    case 'engineer': {
      const p = engineerSchema.safeParse(r);
      return p.success ? { ok: true, record: p.data as RecordOf[E] } : fail(p.error);
    }
    case 'client': {
      const p = clientSchema.safeParse(r);
      return p.success ? { ok: true, record: p.data as RecordOf[E] } : fail(p.error);
    }
    case 'role': {
      const { preset, ...role } = r;
      if (preset !== undefined && !(typeof preset === 'string' && preset in PRESETS)) return { ok: false, reason: `preset: unknown preset ${String(preset)}` };
      const p = roleSchema.safeParse(hasPresetField && preset !== undefined ? { ...role, preset } : role);
      return p.success ? { ok: true, record: { ...p.data, preset: (preset as string | undefined) ?? null } as RecordOf[E] } : fail(p.error);
    }
    case 'shortlist': {
      const p = shortlistSchema.safeParse({ id: r.id, roleId: r.roleId, name: r.name });
      if (!p.success) return fail(p.error);
      const order = r.order;
      if (order !== null && !(Array.isArray(order) && order.every((x) => idSchema.safeParse(x).success))) return { ok: false, reason: 'order: a list of engineer ids' };
      return { ok: true, record: r as unknown as RecordOf[E] };
    }
    case 'shortlist_entry': {
      const { shortlistId: _s, statusChangedAt, removed: _r, ...entry } = r;
      const p = shortlistEntrySchema.safeParse(entry);
      if (!p.success) return fail(p.error);
      if (statusChangedAt !== null && typeof statusChangedAt !== 'string') return { ok: false, reason: 'statusChangedAt: a time or null' };
      return { ok: true, record: { ...r, ...p.data } as unknown as RecordOf[E] };
    }
    case 'assessment': {
      const a = r as unknown as AssessmentRecord;
      if (typeof a.engineerId !== 'string' || !idSchema.safeParse(a.engineerId).success) return { ok: false, reason: 'record.engineerId: an engineer id' };
      if (!(Number.isInteger(a.position) && a.position >= 0)) return { ok: false, reason: 'record.position: a whole number' };
      if (a.amends !== null && typeof a.amends !== 'string') return { ok: false, reason: 'record.amends: an assessment id or null' };
      const p = assessmentSchema.safeParse(a.assessment);
      return p.success ? { ok: true, record: { ...a, assessment: p.data } as RecordOf[E] } : fail(p.error);
    }
    case 'firm': {
      const p = firmProfileSchema.safeParse(r);
      return p.success ? { ok: true, record: p.data as RecordOf[E] } : fail(p.error);
    }
    case 'document': {
      const d = r as unknown as DocumentRecord;
      if (!idSchema.safeParse(d.engineerId).success || !/^[0-9a-f]{64}$/.test(d.sha256)) return { ok: false, reason: 'id: "<engineer id>/<sha256>"' };
      if (d.removed) return { ok: true, record: d as RecordOf[E] }; // a tombstone needs only its id
      for (const k of ['name', 'kind', 'addedAt', 'addedBy'] as const) if (typeof d[k] !== 'string') return { ok: false, reason: `${k}: text` };
      if ((typeof d.bytes !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(d.bytes))) return { ok: false, reason: 'bytes: the file in base64' };
      return { ok: true, record: d as RecordOf[E] };
    }
  }
  return { ok: false, reason: `unknown entity ${String(entity)}` };
}

export const documentId = (engineerId: string, sha256: string): string => `${engineerId}/${sha256}`;

export function splitDocumentId(recordId: string): { engineerId: string; sha256: string } {
  const i = recordId.lastIndexOf('/');
  return { engineerId: recordId.slice(0, i), sha256: recordId.slice(i + 1) };
}

export const entryId = (shortlistId: string, engineerId: string): string => `${shortlistId}/${engineerId}`;

export function splitEntryId(recordId: string): { shortlistId: string; engineerId: string } {
  const i = recordId.indexOf('/');
  return { shortlistId: recordId.slice(0, i), engineerId: recordId.slice(i + 1) };
}

/**
 * The sync id of a finalized assessment: its own id when it has one; else (imported without an id)
 * "~<engineer id>/<hash of its content>", which every replica computes alike from the same record and
 * which no bench id can take ('~' is not an id character).
 */
export function assessmentRecordId(engineerId: string, a: Assessment): string {
  if (a.id !== undefined) return a.id;
  return `~${engineerId}/${contentHash(canonicalJson(a))}`;
}

/**
 * The displayed order of a shortlist (every replica computes the same): entries not removed, by their
 * index in `order`; entries missing from `order` last, by engineer id.
 */
export function displayOrder(order: readonly string[] | null, live: Iterable<string>): string[] {
  const at = new Map((order ?? []).map((id, i) => [id, i] as const));
  return [...live].sort((a, b) => {
    const ia = at.get(a);
    const ib = at.get(b);
    if (ia !== undefined && ib !== undefined) return ia - ib;
    if (ia !== undefined) return -1;
    if (ib !== undefined) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}
