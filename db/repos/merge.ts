// Merge and unmerge in the database, inside the caller's transaction. A merge writes the kept record
// through the bench writer (the one path for engineer rows), moves the other's assessments, shortlist
// entries and change-log history to it, and deletes the other; first it keeps the raw rows of both and
// where each moved row stood, so that unmerge can put every row back exactly (the same pks, positions,
// timestamps), which plain re-import could not (drafts, created_at, the log). Raw statements, like
// erasure: the rows are copied whole, whatever columns later migrations add.
import { randomUUID } from 'node:crypto';
import type { Engineer } from '../../shared/bench/schema';
import type { RawDb } from '../connection';
import { writeBench } from './bench-writer';
import { appendChange } from './change-log';

type Row = Record<string, unknown>;

interface Before {
  keep: { row: Row; skills: Row[] };
  other: { row: Row; skills: Row[] };
  /** The other's assessments, now the kept record's, with their old positions. */
  assessments: { pk: number; position: number }[];
  /** The other's shortlist entries now pointing at the kept record. */
  entries: { shortlist_pk: number; position: number }[];
  /** The other's entries in shortlists that already held the kept record: removed, kept here whole. */
  dropped: Row[];
  /** Change-log rows about the other, now about the kept record. */
  log: number[];
  /** The other's kept files (engineer_documents), now the kept record's. Absent in merges made before files were kept. */
  documents?: number[];
}

export interface MergeCounts {
  assessments: number;
  shortlistEntries: number;
  history: number;
  /** Kept files (CVs) moved. */
  documents: number;
}

function rowOf(raw: RawDb, id: string): Row | undefined {
  return raw.prepare('SELECT * FROM engineers WHERE id = ?').get(id) as Row | undefined;
}

function insertRow(raw: RawDb, table: string, row: Row): number {
  const cols = Object.keys(row);
  const r = raw.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map((c) => row[c]));
  return Number(r.lastInsertRowid);
}

/** `mergeId`: a merge received from the team bench keeps the id it was made with (its unmerge names it). */
export function mergeRecords(raw: RawDb, merged: Engineer, otherId: string, actor: string, mergeId = `merge-${randomUUID()}`): { mergeId: string; counts: MergeCounts } {
  if (!raw.inTransaction) throw new Error('mergeRecords must run inside a transaction');
  const keepRow = rowOf(raw, merged.id)!;
  const otherRow = rowOf(raw, otherId)!;
  const keepPk = keepRow.pk as number;
  const otherPk = otherRow.pk as number;
  const skillsOf = (pk: number) => raw.prepare('SELECT * FROM engineer_skills WHERE engineer_pk = ? ORDER BY position').all(pk) as Row[];
  const assessments = raw.prepare('SELECT pk, position FROM assessments WHERE engineer_pk = ? ORDER BY pk').all(otherPk) as { pk: number; position: number }[];
  const entries = raw.prepare('SELECT * FROM shortlist_entries WHERE engineer_pk = ?').all(otherPk) as Row[];
  const inKeepsList = raw.prepare('SELECT 1 FROM shortlist_entries WHERE shortlist_pk = ? AND engineer_pk = ?').pluck();
  const moved = entries.filter((e) => !inKeepsList.get(e.shortlist_pk, keepPk));
  const dropped = entries.filter((e) => !moved.includes(e));
  const log = raw.prepare("SELECT id FROM change_log WHERE entity = 'engineer' AND entity_id = ?").pluck().all(otherId) as number[];
  const documents = raw.prepare('SELECT pk FROM engineer_documents WHERE engineer_pk = ? ORDER BY pk').pluck().all(otherPk) as number[];
  const before: Before = {
    keep: { row: keepRow, skills: skillsOf(keepPk) },
    other: { row: otherRow, skills: skillsOf(otherPk) },
    assessments,
    entries: moved.map((e) => ({ shortlist_pk: e.shortlist_pk as number, position: e.position as number })),
    dropped,
    log,
    documents,
  };

  // The moved assessments follow the kept record's own, in their order.
  const offset = ((raw.prepare('SELECT max(position) FROM assessments WHERE engineer_pk = ?').pluck().get(keepPk) as number | null) ?? -1) + 1;
  const moveAssessment = raw.prepare('UPDATE assessments SET engineer_pk = ?, position = ? WHERE pk = ?');
  assessments.forEach((a, i) => moveAssessment.run(keepPk, offset + i, a.pk));
  const moveEntry = raw.prepare('UPDATE shortlist_entries SET engineer_pk = ? WHERE shortlist_pk = ? AND position = ?');
  for (const e of before.entries) moveEntry.run(keepPk, e.shortlist_pk, e.position);
  const dropEntry = raw.prepare('DELETE FROM shortlist_entries WHERE shortlist_pk = ? AND position = ?');
  for (const e of dropped) dropEntry.run(e.shortlist_pk, e.position);
  const repoint = raw.prepare('UPDATE change_log SET entity_id = ? WHERE id = ?');
  for (const id of log) repoint.run(merged.id, id);
  // Before the delete: the other's CVs would go with its row (ON DELETE CASCADE).
  const moveDocument = raw.prepare('UPDATE engineer_documents SET engineer_pk = ? WHERE pk = ?');
  for (const pk of documents) moveDocument.run(keepPk, pk);
  raw.prepare('DELETE FROM engineers WHERE pk = ?').run(otherPk);
  writeBench(raw, { format: 'benchmatch.bench', version: 1, engineers: [merged] }, { actor });

  const at = new Date().toISOString();
  raw.prepare('INSERT INTO merges (id, at, actor, kept_id, merged_id, before, undone_at) VALUES (?, ?, ?, ?, ?, ?, NULL)').run(mergeId, at, actor, merged.id, otherId, JSON.stringify(before));
  const counts = { assessments: assessments.length, shortlistEntries: entries.length, history: log.length, documents: documents.length };
  // Ids and counts only: the log never holds what the records said.
  appendChange(raw, { actor, action: 'merge', entity: 'engineer', entityId: merged.id, detail: { mergeId, merged: otherId, ...counts } }, at);
  return { mergeId, counts };
}

export interface MergeRecord {
  id: string;
  at: string;
  actor: string;
  keptId: string;
  mergedId: string;
  undoneAt: string | null;
}

export function readMerge(raw: RawDb, mergeId: string): MergeRecord | undefined {
  const r = raw.prepare('SELECT id, at, actor, kept_id, merged_id, undone_at FROM merges WHERE id = ?').get(mergeId) as { id: string; at: string; actor: string; kept_id: string; merged_id: string; undone_at: string | null } | undefined;
  return r && { id: r.id, at: r.at, actor: r.actor, keptId: r.kept_id, mergedId: r.merged_id, undoneAt: r.undone_at };
}

/** Puts both records back as they were before the merge. The caller checks that it still can (unmergeProblem). */
export function unmergeRecords(raw: RawDb, mergeId: string, actor: string): void {
  if (!raw.inTransaction) throw new Error('unmergeRecords must run inside a transaction');
  const m = raw.prepare('SELECT kept_id, merged_id, before FROM merges WHERE id = ?').get(mergeId) as { kept_id: string; merged_id: string; before: string };
  const before = JSON.parse(m.before) as Before;
  const keepPk = before.keep.row.pk as number;
  const { pk: _pk, ...keepCols } = before.keep.row;
  raw.prepare(`UPDATE engineers SET ${Object.keys(keepCols).map((c) => `${c} = ?`).join(', ')} WHERE pk = ?`).run(...Object.values(keepCols), keepPk);
  raw.prepare('DELETE FROM engineer_skills WHERE engineer_pk = ?').run(keepPk);
  for (const s of before.keep.skills) insertRow(raw, 'engineer_skills', s);
  // The other's pk back when nobody took it since, so the bench reads in the same order as before.
  const pkFree = !raw.prepare('SELECT 1 FROM engineers WHERE pk = ?').get(before.other.row.pk);
  const { pk: _opk, ...otherCols } = before.other.row;
  const otherPk = insertRow(raw, 'engineers', pkFree ? before.other.row : otherCols);
  for (const s of before.other.skills) insertRow(raw, 'engineer_skills', { ...s, engineer_pk: otherPk });
  const moveAssessment = raw.prepare('UPDATE assessments SET engineer_pk = ?, position = ? WHERE pk = ?');
  for (const a of before.assessments) moveAssessment.run(otherPk, a.position, a.pk);
  const moveEntry = raw.prepare('UPDATE shortlist_entries SET engineer_pk = ? WHERE shortlist_pk = ? AND position = ? AND engineer_pk = ?');
  for (const e of before.entries) moveEntry.run(otherPk, e.shortlist_pk, e.position, keepPk);
  for (const e of before.dropped) insertRow(raw, 'shortlist_entries', { ...e, engineer_pk: otherPk });
  const repoint = raw.prepare('UPDATE change_log SET entity_id = ? WHERE id = ?');
  for (const id of before.log) repoint.run(m.merged_id, id);
  const moveDocument = raw.prepare('UPDATE engineer_documents SET engineer_pk = ? WHERE pk = ?');
  for (const pk of before.documents ?? []) moveDocument.run(otherPk, pk);
  const at = new Date().toISOString();
  raw.prepare('UPDATE merges SET undone_at = ? WHERE id = ?').run(at, mergeId);
  appendChange(raw, { actor, action: 'unmerge', entity: 'engineer', entityId: m.kept_id, detail: { mergeId, restored: m.merged_id } }, at);
}

/** Why a merge can no longer be undone, or null when it can. */
export function unmergeProblem(raw: RawDb, m: MergeRecord): string | null {
  if (m.undoneAt) return `This merge was already undone on ${m.undoneAt.slice(0, 10)}.`;
  if (!rowOf(raw, m.keptId)) return `The kept record ${m.keptId} no longer exists, so the merge cannot be undone.`;
  if (rowOf(raw, m.mergedId)) return `A record with id ${m.mergedId} exists again, so the merged record cannot come back under that id.`;
  const dropped = (JSON.parse((raw.prepare('SELECT before FROM merges WHERE id = ?').pluck().get(m.id) as string)) as Before).dropped;
  const taken = raw.prepare('SELECT 1 FROM shortlist_entries WHERE shortlist_pk = ? AND position = ?');
  if (dropped.some((e) => taken.get(e.shortlist_pk, e.position))) return 'A shortlist changed since the merge where the merged record had a place, so the merge cannot be undone exactly.';
  return null;
}

/** Pairs marked "not a duplicate", as "a\0b" keys (a < b), the form findDuplicates skips. */
export function notDuplicateKeys(raw: RawDb): Set<string> {
  return new Set((raw.prepare('SELECT a_id, b_id FROM not_duplicates').raw().all() as [string, string][]).map(([a, b]) => `${a}\u0000${b}`));
}

export function setNotDuplicate(raw: RawDb, a: string, b: string, notDuplicate: boolean, actor: string): void {
  const [x, y] = a < b ? [a, b] : [b, a];
  if (notDuplicate) raw.prepare('INSERT OR IGNORE INTO not_duplicates (a_id, b_id, at, actor) VALUES (?, ?, ?, ?)').run(x, y, new Date().toISOString(), actor);
  else raw.prepare('DELETE FROM not_duplicates WHERE a_id = ? AND b_id = ?').run(x, y);
  appendChange(raw, { actor, action: notDuplicate ? 'not_duplicate' : 'maybe_duplicate', entity: 'engineer', entityId: x, detail: { other: y } });
}

/**
 * What the log holds about the kept record since the merge (its edits, its assessments' drafts and
 * finalizations, team changes received): an unmerge puts both records back exactly as they were before
 * the merge, so all of it would be lost. The caller asks before doing that.
 */
export function changesSinceMerge(raw: RawDb, m: MergeRecord): { count: number; lastAt: string | null } {
  // After the merge's own log row (by id: an edit in the same millisecond still counts).
  const mergeRow = raw.prepare("SELECT max(id) FROM change_log WHERE action = 'merge' AND entity_id = ? AND json_extract(detail, '$.mergeId') = ?").pluck().get(m.keptId, m.id) as number | null;
  const r = raw.prepare(`SELECT count(*) AS n, max(at) AS last FROM change_log
    WHERE id > ? AND ((entity = 'engineer' AND entity_id = ?) OR (entity = 'assessment' AND json_extract(detail, '$.engineer') = ?))`).get(mergeRow ?? Number.MAX_SAFE_INTEGER, m.keptId, m.keptId) as { n: number; last: string | null };
  return { count: r.n, lastAt: r.last };
}
