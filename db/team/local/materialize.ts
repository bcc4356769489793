// Rebuilds records from sync_base and writes them through the bench writer, so a record received from
// the team lands in exactly the rows an import of it would (assessments, which the writer only knows as
// part of an engineer, are inserted as the vetting screen's finalize leaves them). A record the fields do
// not make valid, or whose references are not here yet, stays pending in sync_base (applied = 0) with
// the reason, and is retried at the next apply.
import { fromFields, parseRecord, displayOrder, toFields, type AssessmentRecord, type DocumentRecord, type Entity, type RecordOf, type RoleRecord, type ShortlistEntryRecord, type ShortlistRecord } from '../../../shared/team/fields';
import type { Client, Engineer, Role, Shortlist, ShortlistEntry } from '../../../shared/bench/schema';
import { createHash } from 'node:crypto';
import type { RawDb } from '../../connection';
import { surelyValidAssessment, surelyValidEngineer, surelyValidId } from '../../bench-file/fast-check';
import { benchWriter, sameColumn, type BenchWriter } from '../../repos/bench-writer';
import { assessmentValues, ASSESSMENT_COLUMNS } from '../../repos/rows';
import { parseStamp } from '../../../shared/team/hlc';
import type { BaseStore } from './base';
import { recordConflict } from './conflicts';
import { getState } from './state';
import { assessmentsByPk } from './records';
import type { Unapplied } from './types';
import { writeFirm } from '../../repos/firm';
import type { FirmProfile } from '../../../shared/firm/profile';

export type Touched = Record<Entity, Set<string>>;
export const noneTouched = (): Touched => ({ client: new Set(), engineer: new Set(), role: new Set(), shortlist: new Set(), shortlist_entry: new Set(), assessment: new Set(), firm: new Set(), document: new Set() });

/** Statements prepared once per materialize (a join writes 100k+ records through them). */
function statements(raw: RawDb) {
  const has = (table: string) => {
    const st = raw.prepare(`SELECT 1 FROM ${table} WHERE id = ?`);
    return (id: string) => st.get(id) !== undefined;
  };
  const cols = [...ASSESSMENT_COLUMNS, 'engineer_pk', 'position', 'status', 'amends_pk', 'created_at', 'created_by', 'finalized_at'];
  return {
    hasClient: has('clients'),
    hasRole: has('roles'),
    hasEngineer: has('engineers'),
    hasAssessmentId: has('assessments'),
    engineerPk: raw.prepare('SELECT pk FROM engineers WHERE id = ?').pluck(),
    finalById: raw.prepare("SELECT pk FROM assessments WHERE id = ? AND status = 'final'").pluck(),
    idlessOf: raw.prepare("SELECT a.pk FROM assessments a JOIN engineers e ON e.pk = a.engineer_pk WHERE e.id = ? AND a.id IS NULL AND a.status = 'final'").pluck(),
    insertAssessment: raw.prepare(`INSERT INTO assessments (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`),
    setPosition: raw.prepare('UPDATE assessments SET position = ? WHERE pk = ? AND position <> ?'),
    heldContent: raw.prepare(`SELECT ${ASSESSMENT_COLUMNS.join(', ')} FROM assessments WHERE pk = ?`).raw(),
    replaceContent: raw.prepare(`UPDATE assessments SET ${ASSESSMENT_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE pk = ?`),
    documentHeld: raw.prepare('SELECT 1 FROM engineer_documents WHERE engineer_pk = ? AND sha256 = ?').pluck(),
    insertDocument: raw.prepare('INSERT INTO engineer_documents (engineer_pk, name, kind, bytes, sha256, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    deleteDocument: raw.prepare('DELETE FROM engineer_documents WHERE sha256 = ? AND engineer_pk = (SELECT pk FROM engineers WHERE id = ?)'),
    stampEntry: raw.prepare('UPDATE shortlist_entries SET status_changed_at = ? WHERE shortlist_pk = (SELECT pk FROM shortlists WHERE id = ?) AND engineer_pk = (SELECT pk FROM engineers WHERE id = ?)'),
  };
}
type Statements = ReturnType<typeof statements>;

/** `writer`: one bench writer for a whole join (it loads every id once; building one per chunk cost more than the writes). */
export function materialize(raw: RawDb, store: BaseStore, touched: Touched, actor: string, writer?: BenchWriter): Unapplied[] {
  const unapplied: Unapplied[] = [];
  const pending = (entity: Entity, recordId: string, reason: string) => {
    const b = store.get(entity, recordId);
    if (b && b.applied) {
      b.applied = false;
      store.touch(entity, recordId);
    }
    unapplied.push({ entity, recordId, reason });
  };
  const done = (entity: Entity, recordId: string) => {
    const b = store.get(entity, recordId);
    if (b && !b.applied) {
      b.applied = true;
      store.touch(entity, recordId);
    }
  };
  function parsed<E extends Entity>(entity: E, ids: Iterable<string>) {
    const out: { id: string; record: RecordOf[E] }[] = [];
    for (const id of ids) {
      const b = store.get(entity, id);
      if (!b) continue;
      const p = parseRecord(entity, id, b.fields);
      if (p.ok) out.push({ id, record: p.record });
      else pending(entity, id, p.reason);
    }
    return out;
  }

  const st = statements(raw);
  // Built on first use: it loads every client, engineer and role id, which a page of assessments does not need.
  let built = writer;
  const w = () => (built ??= benchWriter(raw, { actor }));
  const clients = parsed('client', touched.client);
  if (clients.length) w().clients(clients.map((c) => c.record as Client));
  clients.forEach((c) => done('client', c.id));

  // The import's own fast pre-check first: zod costs tens of microseconds per engineer.
  const engineers: { id: string; record: Engineer }[] = [];
  const unsure: string[] = [];
  for (const id of touched.engineer) {
    const b = store.get('engineer', id);
    if (!b) continue;
    const e = fromFields('engineer', id, b.fields);
    if (surelyValidEngineer(e)) engineers.push({ id, record: e });
    else unsure.push(id);
  }
  engineers.push(...parsed('engineer', unsure));
  if (engineers.length) w().engineers(engineers.map((e) => e.record as Engineer), 0);
  engineers.forEach((e) => done('engineer', e.id));

  for (const { id, record } of parsed('role', touched.role)) {
    // The preset is a role field of the bench format: the writer stores it with the role.
    const { preset, ...rest } = record as RoleRecord;
    const role: Role = preset ? { ...rest, preset: preset as NonNullable<Role['preset']> } : rest;
    if (!st.hasClient(role.clientId)) {
      pending('role', id, `its client ${role.clientId} is not in the bench yet`);
      continue;
    }
    w().roles([role]);
    done('role', id);
  }

  const shortlistIds = new Set(touched.shortlist);
  for (const id of touched.shortlist_entry) shortlistIds.add(id.slice(0, id.indexOf('/')));
  for (const id of shortlistIds) writeShortlist(st, store, id, w, pending, done);

  for (const { id, record } of parsed('firm', touched.firm)) {
    writeFirm(raw, record as FirmProfile);
    done('firm', id);
  }

  // The fast pre-check first here too (zod was a third of a join's CPU at 10k engineers); parseRecord's own
  // checks of the sync wrapper are repeated as they are.
  const assessments: { id: string; record: RecordOf['assessment'] }[] = [];
  const unsureAssessments: string[] = [];
  for (const id of touched.assessment) {
    const b = store.get('assessment', id);
    if (!b) continue;
    const a = fromFields('assessment', id, b.fields);
    if (surelyValidId(a.engineerId) && Number.isInteger(a.position) && a.position >= 0 && (a.amends === null || typeof a.amends === 'string') && surelyValidAssessment(a.assessment)) {
      assessments.push({ id, record: a });
    } else unsureAssessments.push(id);
  }
  assessments.push(...parsed('assessment', unsureAssessments));
  for (const { id, record } of assessments) {
    const reason = insertAssessment(raw, st, id, record as AssessmentRecord, actor, store.get('assessment', id)?.hlcs.record ?? null);
    if (reason) pending('assessment', id, reason);
    else done('assessment', id);
  }

  for (const { id, record } of parsed('document', touched.document)) {
    const reason = writeDocument(st, record as DocumentRecord);
    if (reason) pending('document', id, reason);
    else done('document', id);
  }
  return unapplied;
}

/** Keeps (or, for a tombstone, deletes) a file with its engineer; returns why not when it cannot yet. */
function writeDocument(st: Statements, d: DocumentRecord): string | undefined {
  if (d.removed) {
    st.deleteDocument.run(d.sha256, d.engineerId);
    return undefined;
  }
  const engineerPk = st.engineerPk.get(d.engineerId) as number | undefined;
  if (engineerPk === undefined) return `engineer ${d.engineerId} is not in the bench yet`;
  if (st.documentHeld.get(engineerPk, d.sha256)) return undefined; // content never changes under an id
  const bytes = Buffer.from(d.bytes!, 'base64');
  // The id names the content: bytes that do not hash to it were damaged on the way, and are not kept.
  if (createHash('sha256').update(bytes).digest('hex') !== d.sha256) return 'bytes: the file does not match its sha256';
  st.insertDocument.run(engineerPk, d.name, d.kind, bytes, d.sha256, d.addedAt, d.addedBy);
  return undefined;
}


/** A shortlist with its entries from their bases: the live ones, in the displayed order (shared/team/fields.ts). */
function writeShortlist(st: Statements, store: BaseStore, id: string, w: () => BenchWriter, pending: (e: Entity, id: string, why: string) => void, done: (e: Entity, id: string) => void) {
  const head = store.get('shortlist', id);
  if (!head) return; // entries whose shortlist has not arrived yet: written with it
  const p = parseRecord('shortlist', id, head.fields);
  if (!p.ok) return pending('shortlist', id, p.reason);
  const s = p.record as ShortlistRecord;
  if (!st.hasRole(s.roleId)) return pending('shortlist', id, `its role ${s.roleId} is not in the bench yet`);
  const live = new Map<string, ShortlistEntryRecord>();
  for (const [engineerId, b] of store.entriesOf(id)) {
    const rid = `${id}/${engineerId}`;
    const e = parseRecord('shortlist_entry', rid, b.fields);
    if (!e.ok) pending('shortlist_entry', rid, e.reason);
    else if (e.record.removed) done('shortlist_entry', rid);
    else if (!st.hasEngineer(engineerId)) pending('shortlist_entry', rid, `engineer ${engineerId} is not in the bench yet`);
    else {
      live.set(engineerId, e.record as ShortlistEntryRecord);
      done('shortlist_entry', rid);
    }
  }
  const order = displayOrder(s.order, live.keys());
  const entries = order.map((engineerId): ShortlistEntry => {
    const { shortlistId: _s, statusChangedAt: _c, removed: _r, ...entry } = live.get(engineerId)!;
    return entry;
  });
  const record: Shortlist = { id, roleId: s.roleId, name: s.name, ...(s.order !== null || entries.length ? { entries } : {}) };
  w().shortlists([record]);
  // The writer stamps a changed status with its own clock; the team's date is the one every laptop shows.
  for (const [engineerId, e] of live) st.stampEntry.run(e.statusChangedAt, id, engineerId);
  done('shortlist', id);
}

/**
 * Inserts a finalized assessment the bench does not hold yet; returns why not when it cannot. One held
 * here with other content (a laptop that finalized its own under an id the team also has, before
 * joining) takes the team's: the team's finalized assessment is the one every laptop holds (promise 7),
 * and this laptop's is kept in the record's history as a conflict it lost.
 */
function insertAssessment(raw: RawDb, st: Statements, recordId: string, a: AssessmentRecord, actor: string, hlc: string | null): string | undefined {
  const held = assessmentPk(raw, recordId, st);
  if (held !== undefined) {
    // Append-only content; only its place in the list moves (an import or a profile save renumbers the list).
    st.setPosition.run(a.position, held, a.position);
    const team = assessmentValues(a.assessment);
    const stored = st.heldContent.get(held) as unknown[];
    if (team.every((v, i) => sameColumn(v, stored[i]))) return undefined;
    const lost = assessmentsByPk(raw, [held])[0]?.fields.record ?? null;
    st.replaceContent.run(...team, held);
    recordConflict(raw, {
      entity: 'assessment', recordId, field: 'record', lostValue: lost, lostHlc: null, lostAuthor: getState(raw).login,
      wonValue: toFields('assessment', a).record ?? null, wonHlc: hlc ?? '', wonAuthor: hlc ? parseStamp(hlc).node : null,
    });
    return undefined;
  }
  const engineerPk = st.engineerPk.get(a.engineerId) as number | undefined;
  if (engineerPk === undefined) return `engineer ${a.engineerId} is not in the bench yet`;
  if (a.assessment.id !== undefined && st.hasAssessmentId(a.assessment.id)) return `another assessment here already has the id ${a.assessment.id}`;
  let amendsPk: number | null = null;
  if (a.amends !== null) {
    amendsPk = assessmentPk(raw, a.amends, st) ?? null;
    if (amendsPk === null) return `the assessment it amends (${a.amends}) is not in the bench yet`;
  }
  const now = new Date().toISOString();
  st.insertAssessment.run(...assessmentValues(a.assessment), engineerPk, a.position, 'final', amendsPk, now, actor, now);
  return undefined;
}

/** The row pk of a finalized assessment by its sync id. */
export function assessmentPk(raw: RawDb, recordId: string, st: Pick<Statements, 'finalById' | 'idlessOf'> = statements(raw)): number | undefined {
  if (!recordId.startsWith('~')) return st.finalById.get(recordId) as number | undefined;
  const pks = st.idlessOf.all(recordId.slice(1, recordId.indexOf('/'))) as number[];
  // Few id-less records per engineer: compute each one's sync id.
  if (pks.length === 0) return undefined;
  return assessmentsByPk(raw, pks).find((r) => r.recordId === recordId)?.pk;
}
