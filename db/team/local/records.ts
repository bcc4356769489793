// The bench's records in field form (shared/team/fields.ts), read with the bench reader's own
// functions so a record syncs exactly as it exports. Assessments are read as rows: the sync needs the
// superseded ones too (they are history every replica keeps) and each one's amends link and position.
import { assessmentRecordId, documentId, entryId, splitDocumentId, toFields, type Entity, type Fields } from '../../../shared/team/fields';
import type { RawDb } from '../../connection';
import type { AssessmentRow, ShortlistEntryRow } from '../../database';
import { readClients, readEngineers, readRoles, readShortlistRows, type ShortlistHeadRow } from '../../repos/bench-reader';
import { readClient, readRole } from '../../repos/roles-edit';
import { toAssessment } from '../../repos/rows';
import type { FieldRecord } from './types';
import { readFirm } from '../../repos/firm';
import { FIRM_RECORD_ID } from '../../../shared/firm/profile';

/** The firm's profile row exists (a bench migrated before 0012 has no table; one never set has no row). */
function hasFirm(raw: RawDb): boolean {
  const table = raw.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'firm_profile'").get();
  return table !== undefined && raw.prepare("SELECT 1 FROM firm_profile WHERE id = 'firm'").get() !== undefined;
}

type AssessmentRowWithEngineer = AssessmentRow & { engineer_id: string };

export function engineerFields(raw: RawDb, ids: readonly string[]): Map<string, Fields> {
  return new Map(readEngineers(raw, ids).map((e) => [e.id, toFields('engineer', e)]));
}

function roleFields(raw: RawDb, id: string): Fields | undefined {
  const role = readRole(raw, id);
  return role ? toFields('role', { ...role, preset: role.preset ?? null }) : undefined;
}

const entryFields = (x: Pick<ShortlistEntryRow, 'note' | 'status' | 'status_changed_at' | 'approved_note'>): Fields => ({
  note: x.note, status: x.status, approvedNote: x.approved_note, statusChangedAt: x.status_changed_at, removed: null,
});

/** A shortlist's head fields and its live entries (engineer id -> fields). */
export function shortlistFields(raw: RawDb, id: string): { head: Fields; entries: Map<string, Fields> } | undefined {
  const h = raw.prepare('SELECT s.*, r.id AS role_id FROM shortlists s JOIN roles r ON r.pk = s.role_pk WHERE s.id = ?').get(id) as ShortlistHeadRow | undefined;
  if (!h) return undefined;
  const rows = raw.prepare('SELECT x.*, e.id AS engineer_id FROM shortlist_entries x JOIN engineers e ON e.pk = x.engineer_pk WHERE x.shortlist_pk = ? ORDER BY x.position')
    .all(h.pk) as (ShortlistEntryRow & { engineer_id: string })[];
  return headAndEntries(h, rows);
}

function headAndEntries(h: ShortlistHeadRow, rows: (ShortlistEntryRow & { engineer_id: string })[]) {
  const head: Fields = { roleId: h.role_id, name: h.name, order: h.has_entries || rows.length ? rows.map((r) => r.engineer_id) : null };
  return { head, entries: new Map(rows.map((r) => [r.engineer_id, entryFields(r)])) };
}

const ASSESSMENT_SELECT = 'SELECT a.*, e.id AS engineer_id FROM assessments a JOIN engineers e ON e.pk = a.engineer_pk';

/** Finalized assessments as records; `rows` plus whatever rows they amend (for the amends ids). */
function assessmentRecords(raw: RawDb, rows: AssessmentRowWithEngineer[]): (FieldRecord & { pk: number })[] {
  const byPk = new Map(rows.map((r) => [r.pk, r]));
  const ridOf = (pk: number): string | null => {
    let r = byPk.get(pk);
    if (!r) {
      r = raw.prepare(`${ASSESSMENT_SELECT} WHERE a.pk = ?`).get(pk) as AssessmentRowWithEngineer | undefined;
      if (!r) return null;
      byPk.set(pk, r);
    }
    return assessmentRecordId(r.engineer_id, toAssessment(r));
  };
  return rows.map((r) => {
    const assessment = toAssessment(r);
    return {
      entity: 'assessment' as const,
      pk: r.pk,
      recordId: assessmentRecordId(r.engineer_id, assessment),
      fields: toFields('assessment', { engineerId: r.engineer_id, amends: r.amends_pk === null ? null : ridOf(r.amends_pk), position: r.position, assessment }),
    };
  });
}

/** Finalized assessments by row pk (the capture triggers mark "@pk"); drafts and missing rows are left out. */
export function assessmentsByPk(raw: RawDb, pks: readonly number[]): (FieldRecord & { pk: number })[] {
  const rows = raw.prepare(`${ASSESSMENT_SELECT} WHERE a.pk IN (SELECT value FROM json_each(?)) AND a.status = 'final' ORDER BY a.pk`).all(JSON.stringify(pks)) as AssessmentRowWithEngineer[];
  return assessmentRecords(raw, rows);
}

interface DocumentRow { engineer_id: string; sha256: string; name: string; kind: string; added_at: string; added_by: string; bytes: Buffer }
const DOCUMENT_SELECT = 'SELECT e.id AS engineer_id, d.sha256, d.name, d.kind, d.added_at, d.added_by, d.bytes FROM engineer_documents d JOIN engineers e ON e.pk = d.engineer_pk';

/** A kept file in field form: the bytes as base64 (JSON carries text; see docs/team-design.md, "Kept documents"). */
const documentFields = (d: DocumentRow): Fields => toFields('document', {
  engineerId: d.engineer_id, sha256: d.sha256, name: d.name, kind: d.kind, addedAt: d.added_at, addedBy: d.added_by, bytes: d.bytes.toString('base64'), removed: false,
});

/** One record's fields as the bench holds it now; undefined when it does not hold it (for an entry: not on the list). */
export function readRecord(raw: RawDb, entity: Entity, recordId: string): Fields | undefined {
  switch (entity) {
    case 'engineer':
      return engineerFields(raw, [recordId]).get(recordId);
    case 'client': {
      const c = readClient(raw, recordId);
      return c ? toFields('client', c) : undefined;
    }
    case 'role':
      return roleFields(raw, recordId);
    case 'shortlist':
      return shortlistFields(raw, recordId)?.head;
    case 'shortlist_entry': {
      const i = recordId.indexOf('/');
      return shortlistFields(raw, recordId.slice(0, i))?.entries.get(recordId.slice(i + 1));
    }
    case 'firm':
      return hasFirm(raw) ? toFields('firm', readFirm(raw)) : undefined;
    case 'assessment': {
      const engineerId = recordId.startsWith('~') ? recordId.slice(1, recordId.indexOf('/')) : undefined;
      const rows = (engineerId === undefined
        ? raw.prepare(`${ASSESSMENT_SELECT} WHERE a.id = ? AND a.status = 'final'`).all(recordId)
        : raw.prepare(`${ASSESSMENT_SELECT} WHERE e.id = ? AND a.id IS NULL AND a.status = 'final'`).all(engineerId)) as AssessmentRowWithEngineer[];
      return assessmentRecords(raw, rows).find((r) => r.recordId === recordId)?.fields;
    }
    case 'document': {
      const { engineerId, sha256 } = splitDocumentId(recordId);
      const d = raw.prepare(`${DOCUMENT_SELECT} WHERE e.id = ? AND d.sha256 = ? ORDER BY d.pk LIMIT 1`).get(engineerId, sha256) as DocumentRow | undefined;
      return d && documentFields(d);
    }
  }
}

/** The sync ids of every kept document ("<engineer id>/<sha256>"), without their bytes. */
export function documentIds(raw: RawDb): string[] {
  return raw.prepare('SELECT DISTINCT e.id || \'/\' || d.sha256 FROM engineer_documents d JOIN engineers e ON e.pk = d.engineer_pk ORDER BY d.pk').pluck().all() as string[];
}

/**
 * Every record the bench holds, in field form and dependency order (what a join sends the team).
 * `documents: false` leaves kept files out (a join reads them one at a time: documentIds, readRecord).
 */
export function readAllRecords(raw: RawDb, opts: { documents?: boolean } = {}): FieldRecord[] {
  const out: FieldRecord[] = [];
  for (const c of readClients(raw)) out.push({ entity: 'client', recordId: c.id, fields: toFields('client', c) });
  for (const e of readEngineers(raw)) out.push({ entity: 'engineer', recordId: e.id, fields: toFields('engineer', e) });
  for (const r of readRoles(raw)) out.push({ entity: 'role', recordId: r.id, fields: toFields('role', { ...r, preset: r.preset ?? null }) });
  const { heads, entries } = readShortlistRows(raw);
  for (const h of heads) {
    const s = headAndEntries(h, entries.get(h.pk) ?? []);
    out.push({ entity: 'shortlist', recordId: h.id, fields: s.head });
    for (const [engineerId, fields] of s.entries) out.push({ entity: 'shortlist_entry', recordId: entryId(h.id, engineerId), fields });
  }
  if (hasFirm(raw)) out.push({ entity: 'firm', recordId: FIRM_RECORD_ID, fields: toFields('firm', readFirm(raw)) });
  for (const { pk: _pk, ...r } of assessmentRecords(raw, raw.prepare(`${ASSESSMENT_SELECT} WHERE a.status = 'final' ORDER BY a.pk`).all() as AssessmentRowWithEngineer[])) out.push(r);
  if (opts.documents === false) return out;
  for (const d of raw.prepare(`${DOCUMENT_SELECT} ORDER BY d.pk`).iterate() as IterableIterator<DocumentRow>) {
    out.push({ entity: 'document', recordId: documentId(d.engineer_id, d.sha256), fields: documentFields(d) });
  }
  return out;
}
