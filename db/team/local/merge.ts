// Merges of duplicate records on a team bench (issue 15; docs/duplicates.md, "Team bench"). A merge is
// one `merge` change applied WHOLE on every laptop, in the local transaction that applies its page:
// the other record goes, its finalized assessments, shortlist entries and kept CV files move to the
// kept record exactly as db/repos/merge.ts moves them locally (the same function runs everywhere). What
// ordinary changes already carry travels as ordinary changes, sent before the merge in the same push:
// the kept record's chosen fields, and the shortlists (the moved entries, the other's tombstones, the
// order). Finalized assessments cannot travel that way (append-only): the merge carries their new places.
//
// Each laptop keeps its own `merges` row (the rows as they were here, for the undo) with, under `team`,
// the merged record's sync base and where each moved assessment's base went; an unmerge (`undone`)
// puts the rows back from it on every laptop, and the kept record's and the shortlists' values come back
// as ordinary changes from the laptop that undid it.
//
// An offline laptop's waiting edits to the record merged away are dropped when the merge arrives, and
// `sync` lists them (MERGE_MESSAGES.dropped): the edit was made to a record that no longer exists on the
// team bench, and writing it onto the kept record could overwrite a value the merge chose. Assessments
// finalized offline for it are not dropped: they move with the others and are sent as the kept record's.
// The server refuses any change about a merged-away record that still reaches it (a race, a tampered client).
import type { Engineer } from '../../../shared/bench/schema';
import { MERGE_ENTITY, type Entity, type MergeValue } from '../../../shared/team/fields';
import { changeId } from '../../../shared/team/hlc';
import type { RawDb } from '../../connection';
import { readEngineers } from '../../repos/bench-reader';
import { mergeRecords, readMerge, unmergeProblem, unmergeRecords, type MergeCounts } from '../../repos/merge';
import { BaseStore, type Base } from './base';
import type { Touched } from './materialize';
import { flushInTransaction, saveChanges } from './outbox';
import { assessmentsByPk } from './records';
import { nextStamp } from './state';
import type { Change, RemoteChange, ServerRecord } from './types';

export interface LocalMerge {
  /** The record that went. */
  engineerId: string;
  keptId: string;
  /** Waiting local changes to the merged record that were dropped (never to be sent). */
  dropped: number;
  /** The records those changes were about: the sync takes back the team's values for them (takeBackDropped). */
  records: { entity: Entity; recordId: string }[];
}

/** What a laptop keeps beside its merges row for the sync: the merged record's base, the moved assessments' sync ids. */
interface TeamStash {
  base: Base | null;
  assessments: { pk: number; from: string; to: string }[];
}

const finalPks = (raw: RawDb, engineerId: string): number[] =>
  raw.prepare("SELECT a.pk FROM assessments a JOIN engineers e ON e.pk = a.engineer_pk WHERE e.id = ? AND a.status = 'final' ORDER BY a.pk").pluck().all(engineerId) as number[];

const idsByPk = (raw: RawDb, pks: readonly number[]) => new Map(assessmentsByPk(raw, pks).map((r) => [r.pk, r]));

/**
 * Runs `move` (rows of finalized assessments change engineer or place) and makes their sync bases follow:
 * the base goes to the record's new sync id (an id-less assessment's id names its engineer) with the new
 * content and the old stamps, and the capture's marks for them go. The move is the merge's, not an edit:
 * nothing is sent for it (the team's copies are append-only; every laptop moves its own).
 */
function followAssessments<T>(raw: RawDb, store: BaseStore, pks: readonly number[], move: () => T): { result: T; moved: TeamStash['assessments'] } {
  const before = idsByPk(raw, pks);
  const result = move();
  const after = idsByPk(raw, pks);
  const unmark = raw.prepare("DELETE FROM sync_dirty WHERE entity = 'assessment' AND record_id = ?");
  const moved: TeamStash['assessments'] = [];
  for (const pk of pks) {
    const was = before.get(pk);
    const now = after.get(pk);
    if (!was || !now) continue;
    unmark.run(`@${pk}`);
    const hlcs = store.get('assessment', was.recordId)?.hlcs ?? {};
    if (now.recordId !== was.recordId) store.drop('assessment', was.recordId);
    store.seed('assessment', now.recordId, { fields: now.fields, hlcs, applied: true });
    moved.push({ pk, from: was.recordId, to: now.recordId });
  }
  return { result, moved };
}

function stash(raw: RawDb, mergeId: string, s: TeamStash): void {
  raw.prepare("UPDATE merges SET before = json_set(before, '$.team', json(?)) WHERE id = ?").run(JSON.stringify(s), mergeId);
}

function stashOf(raw: RawDb, mergeId: string): TeamStash | undefined {
  const t = raw.prepare("SELECT json_extract(before, '$.team') FROM merges WHERE id = ?").pluck().get(mergeId) as string | null | undefined;
  return t ? (JSON.parse(t) as TeamStash) : undefined;
}

function mergeChange(raw: RawDb, mergeId: string, field: 'record' | 'undone', value: MergeValue | true): Change {
  const hlc = nextStamp(raw);
  return { changeId: changeId(nextStamp(raw)), entity: MERGE_ENTITY, recordId: mergeId, field, value: value as unknown as Change['value'], hlc, base: null };
}

/** The merge of `otherId` into `merged.id` made on this laptop of a team bench, with its change. In the caller's transaction, capture on. */
export function mergeOnTeam(raw: RawDb, store: BaseStore, merged: Engineer, otherId: string, actor: string): { mergeId: string; counts: MergeCounts } {
  if (!raw.inTransaction) throw new Error('mergeOnTeam must run inside a transaction');
  flushInTransaction(raw, store); // earlier edits are changes of their own, sent before the merge
  const otherBase = store.get('engineer', otherId) ?? null;
  const { result, moved } = followAssessments(raw, store, finalPks(raw, otherId), () => mergeRecords(raw, merged, otherId, actor));
  // The record that went: no change of its own (the merge says it), no base left to diff against.
  raw.prepare("DELETE FROM sync_dirty WHERE entity = 'engineer' AND record_id = ?").run(otherId);
  store.drop('engineer', otherId);
  stash(raw, result.mergeId, { base: otherBase, assessments: moved });
  const positions = Object.fromEntries(moved.map((m) => [m.from, (store.get('assessment', m.to)!.fields.record as { position: number }).position]));
  // The kept record's fields and the shortlists: ordinary changes, in the outbox before the merge.
  flushInTransaction(raw, store);
  store.save();
  saveChanges(raw, [mergeChange(raw, result.mergeId, 'record', { keptId: merged.id, mergedId: otherId, positions })]);
  return result;
}

/** Waiting changes about the record merged away: dropped (see the top of this file); returns how many and about what. */
function dropWaiting(raw: RawDb, mergedId: string): { dropped: number; records: LocalMerge['records'] } {
  const about = `(entity = 'engineer' AND record_id = @id) OR (entity = 'shortlist_entry' AND substr(record_id, -(length(@id) + 1)) = '/' || @id)`;
  const records = raw.prepare(`SELECT DISTINCT entity, record_id AS recordId FROM sync_outbox WHERE ${about}`).all({ id: mergedId }) as LocalMerge['records'];
  const dropped = raw.prepare(`DELETE FROM sync_outbox WHERE ${about}`).run({ id: mergedId }).changes;
  return { dropped, records };
}

/**
 * The team's values for records whose waiting edits a merge dropped here (`server`: read after the pull):
 * the dropped values must not come back with an undo of the merge, so the merged record's kept base (what
 * an unmerge restores here) and the shortlist entries' bases take the team's values.
 */
export function takeBackDropped(raw: RawDb, server: readonly ServerRecord[]): void {
  raw.transaction(() => {
    const store = new BaseStore(raw);
    for (const r of server) {
      if (!r.fields) continue;
      const base: Base = { fields: r.fields, hlcs: r.hlcs ?? {}, applied: true };
      if (r.entity === 'engineer') {
        raw.prepare("UPDATE merges SET before = json_set(before, '$.team.base', json(?)) WHERE merged_id = ? AND undone_at IS NULL").run(JSON.stringify(base), r.recordId);
      } else if (store.get(r.entity, r.recordId)) {
        store.seed(r.entity, r.recordId, base);
      }
    }
    store.save();
  }).immediate();
}

/** The undo of a merge made on this laptop of a team bench, with its change. In the caller's transaction, capture on. */
export function unmergeOnTeam(raw: RawDb, store: BaseStore, mergeId: string, actor: string): void {
  if (!raw.inTransaction) throw new Error('unmergeOnTeam must run inside a transaction');
  flushInTransaction(raw, store);
  // First in the outbox: the server must hear that the record is back before the changes about it.
  saveChanges(raw, [mergeChange(raw, mergeId, 'undone', true)]);
  undoWithBases(raw, store, mergeId, () => unmergeRecords(raw, mergeId, actor));
  // The kept record's old values and the shortlists as they were: ordinary changes.
  flushInTransaction(raw, store);
  store.save();
}

/** Runs an unmerge and puts the sync bases back: the restored record's, and the moved assessments' under their old ids. */
function undoWithBases(raw: RawDb, store: BaseStore, mergeId: string, unmerge: () => void): void {
  const m = readMerge(raw, mergeId)!;
  const s = stashOf(raw, mergeId);
  followAssessments(raw, store, s?.assessments.map((a) => a.pk) ?? [], unmerge);
  if (s?.base) store.seed('engineer', m.mergedId, s.base);
}

/**
 * Applies merge changes received from the team (a pull page, or a join's merges), in their order, in the
 * caller's transaction with capture off. `touched` gets the kept and restored records, so the caller's
 * materialize writes them from their bases (their fields travel as ordinary changes).
 */
export function applyMerges(raw: RawDb, store: BaseStore, changes: readonly RemoteChange[], touched: Touched, actor: string): LocalMerge[] {
  const out: LocalMerge[] = [];
  for (const c of changes) {
    if (c.won === false) continue;
    if (c.field === 'record') {
      const v = c.value as unknown as MergeValue;
      if (readMerge(raw, c.recordId)) continue; // applied here already (this laptop's own)
      const [kept] = readEngineers(raw, [v.keptId]);
      const hasOther = raw.prepare('SELECT 1 FROM engineers WHERE id = ?').get(v.mergedId) !== undefined;
      if (!kept || !hasOther) continue; // nothing to merge here (one of them was never received, or erased)
      const { dropped, records } = dropWaiting(raw, v.mergedId);
      const otherBase = store.get('engineer', v.mergedId) ?? null;
      const { assessments: _a, ...keptRecord } = kept;
      const pks = finalPks(raw, v.mergedId);
      const syncIds = [...idsByPk(raw, pks)].map(([pk, r]) => [pk, r.recordId] as const);
      const { moved } = followAssessments(raw, store, pks, () => {
        const r = mergeRecords(raw, keptRecord as Engineer, v.mergedId, actor, c.recordId);
        // The places the merging laptop gave the moved assessments: the same list order everywhere.
        const setPosition = raw.prepare('UPDATE assessments SET position = ? WHERE pk = ?');
        for (const [pk, id] of syncIds) if (v.positions[id] !== undefined) setPosition.run(v.positions[id], pk);
        return r;
      });
      // Assessments finalized here for the merged record and not sent yet go as the kept record's.
      const redirect = raw.prepare('UPDATE sync_outbox SET record_id = ?, value = ? WHERE entity = ? AND record_id = ?');
      for (const m of moved) redirect.run(m.to, JSON.stringify(store.get('assessment', m.to)!.fields.record), 'assessment', m.from);
      store.drop('engineer', v.mergedId);
      stash(raw, c.recordId, { base: otherBase, assessments: moved });
      touched.engineer.add(v.keptId);
      out.push({ engineerId: v.mergedId, keptId: v.keptId, dropped, records });
    } else if (c.field === 'undone' && c.value === true) {
      const m = readMerge(raw, c.recordId);
      if (!m || m.undoneAt || unmergeProblem(raw, m)) continue;
      undoWithBases(raw, store, m.id, () => unmergeRecords(raw, m.id, actor));
      touched.engineer.add(m.keptId);
      touched.engineer.add(m.mergedId);
    }
  }
  return out;
}
