// Joining a team bench (shared/product/team.md, promise 7). A fresh laptop takes the team bench whole; a
// laptop that already has a bench sends the records the team lacks, and records both hold take the
// team's version. One transaction: a join killed half-way leaves the bench as it was.
import { MERGE_ENTITY, type Entity } from '../../../shared/team/fields';
import { changeId, compareStamps, tick } from '../../../shared/team/hlc';
import type { RawDb } from '../../connection';
import { BaseStore } from './base';
import { materialize, noneTouched } from './materialize';
import { diffInto, saveChanges } from './outbox';
import { documentIds, readAllRecords, readRecord } from './records';
import { addPending } from './apply';
import { benchWriter } from '../../repos/bench-writer';
import { nodeOf, pauseCapture, receiveStamp } from './state';
import { installTriggers, removeTriggers } from './triggers';
import type { Change, FieldRecord, RemoteChange, TeamRecord, Unapplied } from './types';
import { applyMerges } from './merge';

/**
 * The team's merges, in the order they were made (each merge's stamp; an undo after its merge), applied
 * as a pull would apply them: the snapshot holds the records as their own changes left them (the merged
 * record too, and its assessments under its id), the merges move them.
 */
function replayMerges(raw: RawDb, merges: readonly TeamRecord[]): void {
  if (merges.length === 0) return;
  const changes: RemoteChange[] = merges.flatMap((m): RemoteChange[] => [
    { changeId: `join:${m.recordId}`, entity: MERGE_ENTITY, recordId: m.recordId, field: 'record', value: m.fields.record ?? null, hlc: m.hlcs.record ?? '' },
    ...(m.fields.undone === true ? [{ changeId: `join:${m.recordId}:undone`, entity: MERGE_ENTITY, recordId: m.recordId, field: 'undone', value: true, hlc: m.hlcs.undone ?? '' } satisfies RemoteChange] : []),
  ]);
  changes.sort((x, y) => compareStamps(x.hlc, y.hlc));
  const store = new BaseStore(raw);
  const touched = noneTouched();
  applyMerges(raw, store, changes, touched, 'team');
  materialize(raw, store, touched, 'team');
  store.save();
}

/** Every record of this bench in field form (what it can offer the team). */
export function localSnapshot(raw: RawDb): FieldRecord[] {
  return readAllRecords(raw);
}

export interface JoinResult {
  /** Team records written here. */
  written: number;
  /** Waiting changes made from the records only this bench holds. */
  waiting: number;
  unapplied: Unapplied[];
}

const key = (entity: Entity, id: string) => `${entity}\u0000${id}`;

/** Team records are written a chunk at a time, so a 100k-record team bench need not sit in memory whole. */
const CHUNK = 10_000;
/** ...or once the kept files in a chunk pass this many base64 bytes. */
const CHUNK_BYTES = 32 * 1024 * 1024;

/**
 * Takes the team bench (every record with each field's stamp; an iterable, so the caller can stream the
 * server's pages). Needs the node id: call startCapture first. A join starts afresh: marks, waiting
 * changes and recorded bases from before are dropped (the team's version wins for records both hold;
 * records only here are sent whole). Shortlists are written last, once their local-only entries are known.
 */
export function applySnapshot(raw: RawDb, team: Iterable<TeamRecord>): JoinResult {
  return raw.transaction(() => {
    const node = nodeOf(raw);
    const restore = pauseCapture(raw);
    // Off for the initial apply, back at its end (same transaction): even idle (capture off, the WHEN
    // clause) a trigger costs every row write a lookup, and a join writes millions of rows.
    removeTriggers(raw);
    for (const t of ['sync_dirty', 'sync_outbox', 'sync_base']) raw.prepare(`DELETE FROM ${t}`).run();
    // What this bench holds before the team's records land: those the team lacks are sent at the end.
    // Kept files by id only: their bytes are read one at a time at the end, when one is the team's lack.
    const local = new Map(readAllRecords(raw, { documents: false }).map((r) => [key(r.entity, r.recordId), r]));
    const localDocuments = new Set(documentIds(raw));
    const shortlists = new Set<string>();
    let written = 0;
    let latest: string | null = null;
    let store = new BaseStore(raw);
    let touched = noneTouched();
    let inChunk = 0;
    let chunkBytes = 0;
    const writer = benchWriter(raw, { actor: 'team' });
    const writeChunk = () => {
      materialize(raw, store, touched, 'team', writer); // what cannot be written yet stays pending, retried below
      store.save();
      store = new BaseStore(raw);
      touched = noneTouched();
      inChunk = 0;
      chunkBytes = 0;
    };
    // Merges of duplicates (records of their own, no rows): replayed whole once the records are written.
    const merges: TeamRecord[] = [];
    for (const t of team) {
      if ((t.entity as string) === MERGE_ENTITY) {
        merges.push(t);
        continue;
      }
      store.seed(t.entity, t.recordId, { fields: t.fields, hlcs: t.hlcs, applied: true });
      local.delete(key(t.entity, t.recordId));
      if (t.entity === 'document') localDocuments.delete(t.recordId);
      written++;
      if (t.entity === 'shortlist' || t.entity === 'shortlist_entry') shortlists.add(t.recordId.split('/')[0]!);
      else touched[t.entity].add(t.recordId);
      for (const h of Object.values(t.hlcs)) if (compareStamps(h, latest) > 0) latest = h;
      // A chunk of kept files is cut by their size (base64 up to 13.4 MB each), not only by count.
      if (typeof t.fields.bytes === 'string') chunkBytes += t.fields.bytes.length;
      if (++inChunk >= CHUNK || chunkBytes >= CHUNK_BYTES) writeChunk();
    }
    writeChunk();
    if (latest) receiveStamp(raw, latest);

    let clock = raw.prepare("SELECT value FROM sync_state WHERE key = 'clock'").pluck().get() as string;
    const stamp = () => {
      const t = tick(clock, Date.now(), node);
      clock = t.clock;
      return t.stamp;
    };
    const changes: Change[] = [];
    for (const r of local.values()) {
      diffInto(store, r, stamp(), () => changeId(stamp()), changes);
      if (r.entity === 'shortlist' || r.entity === 'shortlist_entry') shortlists.add(r.recordId.split('/')[0]!);
    }
    saveChanges(raw, changes);
    let sent = changes.length;
    for (const id of localDocuments) {
      const fields = readRecord(raw, 'document', id);
      if (!fields) continue;
      const one: Change[] = [];
      sent += diffInto(store, { entity: 'document', recordId: id, fields }, stamp(), () => changeId(stamp()), one);
      saveChanges(raw, one);
    }
    raw.prepare("UPDATE sync_state SET value = ? WHERE key = 'clock'").run(clock);
    touched.shortlist = shortlists;
    addPending(raw, touched);
    const unapplied = materialize(raw, store, touched, 'team', writer);
    store.save();
    replayMerges(raw, merges);
    installTriggers(raw);
    restore();
    return { written, waiting: sent, unapplied };
  }).immediate();
}
