// Joining a team bench (shared/product/team.md, promise 7). A fresh laptop takes the team bench whole; a
// laptop that already has a bench sends the records the team lacks, and records both hold take the
// team's version.
//
// A join is many short transactions, not one (a 100k-engineer team bench takes minutes to write, and the
// app must go on saving meanwhile): prepareJoin, then applyJoinChunk once per few thousand records, then
// finishJoin. Between them the capture triggers are on, so an edit made while the join runs is recorded
// like any other: flushed against the record's base (the team's version when its chunk has arrived, the
// laptop's own version from before the join otherwise), a waiting change stamped after the join began.
// A chunk never overwrites a field with a waiting change later than the team's stamp: the edit wins here
// as it will at the server. The bench is named as on the team only by finishJoin (sync_state.server): a
// join killed half-way leaves `joining` set, no sync runs, and joining again resumes (every chunk again:
// writing a record the same way twice changes nothing).
import { MERGE_ENTITY, type Entity } from '../../../shared/team/fields';
import { changeId, compareStamps, tick } from '../../../shared/team/hlc';
import type { RawDb } from '../../connection';
import { BaseStore } from './base';
import { materialize, noneTouched } from './materialize';
import { diffInto, flushInTransaction, saveChanges } from './outbox';
import { documentIds, engineerFields, readAllRecords, readRecord } from './records';
import { addPending } from './apply';
import { benchWriter, type BenchWriter } from '../../repos/bench-writer';
import { getState, nodeOf, pauseCapture, receiveStamp, setState } from './state';
import { installTriggers, removeTriggers } from './triggers';
import type { Change, FieldRecord, RemoteChange, TeamRecord, Unapplied } from './types';
import { applyMerges } from './merge';

/**
 * The mark a join leaves in the base of a record this bench held before the join: its stamps hold this
 * key first (`{"~local":...}`), until the team's version of the record arrives and replaces the base.
 * Those still marked at the end are the records the team lacks: sent whole. ('~' starts no field name.)
 */
const HELD_BEFORE = '~local';
const HELD_BEFORE_LIKE = `{"${HELD_BEFORE}"%`;

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

/** What a join carries from one chunk to the next (in memory: a resumed join starts a new one). */
export interface JoinRun {
  /** Team records written so far. */
  written: number;
  /** The latest stamp received (the clock moves past it). */
  latest: string | null;
  /** Merges of duplicates (records of their own, no rows): replayed whole once every record is written. */
  merges: TeamRecord[];
  /** One bench writer across chunks (it loads every id once), while nothing else writes the bench meanwhile. */
  writer?: BenchWriter;
  writerAt?: string;
}

export const newJoinRun = (): JoinRun => ({ written: 0, latest: null, merges: [] });

/** Records put in one base store before it is saved (a laptop's own bench can be 100k engineers). */
const SEED_BATCH = 5000;

/**
 * The first step of a join (in the caller's transaction; capture started with `joining`): marks, waiting
 * changes and bases from before go (the team's version wins for records both hold), and every record this
 * bench holds gets a base of its own fields marked HELD_BEFORE: an edit made while the join runs is then
 * flushed as what it changed, and the records still marked at the end are the team's lack.
 */
export function prepareJoin(raw: RawDb): void {
  for (const t of ['sync_dirty', 'sync_outbox', 'sync_base']) raw.prepare(`DELETE FROM ${t}`).run();
  raw.prepare("DELETE FROM sync_state WHERE key = 'join_seq'").run();
  const held = () => ({ [HELD_BEFORE]: '' });
  let store = new BaseStore(raw);
  let n = 0;
  const seed = (r: FieldRecord) => {
    store.seed(r.entity, r.recordId, { fields: r.fields, hlcs: held(), applied: true });
    if (++n % SEED_BATCH === 0 || r.entity === 'document') {
      store.save(); // a kept file's base keeps a mark, not its bytes (base.ts)
      store = new BaseStore(raw);
    }
  };
  for (const r of readAllRecords(raw, { documents: false })) seed(r);
  // Kept files one at a time: only their ids stay in memory.
  for (const id of documentIds(raw)) {
    const fields = readRecord(raw, 'document', id);
    if (fields) seed({ entity: 'document', recordId: id, fields });
  }
  store.save();
}

/** Keeps the sequence of the first snapshot a join applies (a resumed join pulls from there: finishJoin). */
export function noteJoinSeq(raw: RawDb, seq: number): void {
  raw.prepare("INSERT OR IGNORE INTO sync_state (key, value) VALUES ('join_seq', ?)").run(String(seq));
}

/** Changes made by this connection and commits by others: a writer built before a different value may hold stale ids. */
const writesSoFar = (raw: RawDb) => `${raw.prepare('SELECT total_changes()').pluck().get() as number}/${raw.pragma('data_version', { simple: true }) as number}`;

/**
 * Writes one chunk of the team's records (dependency order, as the server sends them) in one transaction
 * (the caller's if it has one). Local edits not flushed yet become waiting changes first; a field with a
 * waiting change stamped after the team's keeps the local value. Returns how many records it wrote.
 */
export function applyJoinChunk(raw: RawDb, records: readonly TeamRecord[], run: JoinRun): number {
  return raw.transaction(() => {
    const restore = pauseCapture(raw);
    // Off for the chunk, back at its end (same transaction): even idle (capture off, the WHEN clause) a
    // trigger costs every row write a lookup, and a join writes millions of rows.
    removeTriggers(raw);
    const store = new BaseStore(raw);
    flushInTransaction(raw, store);
    const waiting = waitingByRecord(raw);
    const markLost = raw.prepare('UPDATE sync_outbox SET lost = 1 WHERE entity = ? AND record_id = ? AND field = ? AND lost = 0');
    const touched = noneTouched();
    let written = 0;
    for (const t of records) {
      for (const h of Object.values(t.hlcs)) if (compareStamps(h, run.latest) > 0) run.latest = h;
      if ((t.entity as string) === MERGE_ENTITY) {
        run.merges.push(t);
        continue;
      }
      const mine = waiting.size ? waiting.get(`${t.entity}\u0000${t.recordId}`) : undefined;
      if (mine) {
        // An edit made here since the join began: later than the team's stamp, it stays (and wins at the server).
        const here = store.get(t.entity, t.recordId);
        for (const [field, hlc] of mine) {
          if (compareStamps(hlc, t.hlcs[field] ?? null) > 0) {
            t.fields[field] = here?.fields[field] ?? null;
            t.hlcs[field] = hlc;
          } else markLost.run(t.entity, t.recordId, field);
        }
      }
      store.seed(t.entity, t.recordId, { fields: t.fields, hlcs: t.hlcs, applied: true });
      if (t.entity === 'shortlist_entry') touched.shortlist.add(t.recordId.slice(0, t.recordId.indexOf('/')));
      else touched[t.entity].add(t.recordId);
      written++;
    }
    if (run.writer && run.writerAt !== writesSoFar(raw)) run.writer = undefined;
    run.writer ??= benchWriter(raw, { actor: 'team' });
    // What cannot be written yet (a reference in a later chunk) stays pending: retried by finishJoin.
    materialize(raw, store, touched, 'team', run.writer);
    store.save();
    if (run.latest) receiveStamp(raw, run.latest);
    installTriggers(raw);
    restore();
    run.written += written;
    run.writerAt = writesSoFar(raw);
    return written;
  }).immediate();
}

/** The fields of each record with waiting changes (not lost), with the latest stamp of each. */
function waitingByRecord(raw: RawDb): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const rows = raw.prepare('SELECT entity, record_id, field, max(hlc) AS hlc FROM sync_outbox WHERE lost = 0 GROUP BY entity, record_id, field').all() as { entity: string; record_id: string; field: string; hlc: string }[];
  for (const r of rows) {
    const k = `${r.entity}\u0000${r.record_id}`;
    (out.get(k) ?? out.set(k, new Map()).get(k)!).set(r.field, r.hlc);
  }
  return out;
}

/**
 * The last step of a join (one transaction): the records the team lacks (still marked HELD_BEFORE) become
 * waiting changes, whole, with fresh stamps; what was left pending is retried and every shortlist written
 * once more (its entries may have come in several chunks); the team's merges are replayed; the bench is
 * named as on the team, with the snapshot's sequence as its pull mark.
 */
export function finishJoin(raw: RawDb, run: JoinRun, opts: { pulledSeq?: number } = {}): JoinResult {
  return raw.transaction(() => {
    const node = nodeOf(raw);
    const restore = pauseCapture(raw);
    removeTriggers(raw);
    const store = new BaseStore(raw);
    flushInTransaction(raw, store);
    if (run.latest) receiveStamp(raw, run.latest);
    let clock = raw.prepare("SELECT value FROM sync_state WHERE key = 'clock'").pluck().get() as string;
    const stamp = () => {
      const t = tick(clock, Date.now(), node);
      clock = t.clock;
      return t.stamp;
    };
    const lacking = raw.prepare('SELECT entity, record_id FROM sync_base WHERE hlcs LIKE ?').all(HELD_BEFORE_LIKE) as { entity: Entity; record_id: string }[];
    const touched = noneTouched();
    const engineers = engineerFields(raw, lacking.filter((r) => r.entity === 'engineer').map((r) => r.record_id));
    let sent = 0;
    for (const { entity, record_id: id } of lacking) {
      // Sent whole, against no base: the team has never had it.
      store.drop(entity, id);
      const fields = entity === 'engineer' ? engineers.get(id) : readRecord(raw, entity, id);
      if (!fields) continue; // deleted while the join ran
      const changes: Change[] = [];
      sent += diffInto(store, { entity, recordId: id, fields }, stamp(), () => changeId(stamp()), changes);
      saveChanges(raw, changes); // record by record: a kept file's bytes are in memory one at a time
      if (entity === 'shortlist' || entity === 'shortlist_entry') touched.shortlist.add(id.split('/')[0]!);
    }
    raw.prepare("UPDATE sync_state SET value = ? WHERE key = 'clock'").run(clock);
    for (const id of raw.prepare("SELECT record_id FROM sync_base WHERE entity = 'shortlist'").pluck().all() as string[]) touched.shortlist.add(id);
    addPending(raw, touched);
    if (run.writer && run.writerAt !== writesSoFar(raw)) run.writer = undefined;
    const unapplied = materialize(raw, store, touched, 'team', run.writer ?? benchWriter(raw, { actor: 'team' }));
    store.save();
    replayMerges(raw, run.merges);
    const { joining } = getState(raw);
    if (joining) setState(raw, { server: joining, joining: null });
    // The first attempt's snapshot when the join was resumed: what changed on the team since then (an
    // erasure, a merge) is pulled after the join, even what a later snapshot no longer shows.
    const first = raw.prepare("SELECT value FROM sync_state WHERE key = 'join_seq'").pluck().get() as string | undefined;
    raw.prepare("DELETE FROM sync_state WHERE key = 'join_seq'").run();
    if (opts.pulledSeq !== undefined) setState(raw, { pulledSeq: first === undefined ? opts.pulledSeq : Math.min(Number(first), opts.pulledSeq) });
    installTriggers(raw);
    restore();
    run.writer = undefined;
    return { written: run.written, waiting: sent, unapplied };
  }).immediate();
}

/** Records a chunk of applySnapshot holds (a join through the server writes the server's pages: db/team/sync.ts). */
export const JOIN_CHUNK = 4000;
/** ...or once the kept files in it pass this many base64 bytes. */
export const JOIN_CHUNK_BYTES = 32 * 1024 * 1024;

/**
 * The whole join in ONE transaction, from records at hand (tests, the local bench suite): the chunked
 * steps in a row. Needs the node id: call startCapture first.
 */
export function applySnapshot(raw: RawDb, team: Iterable<TeamRecord>): JoinResult {
  return raw.transaction(() => {
    nodeOf(raw);
    prepareJoin(raw);
    const run = newJoinRun();
    let chunk: TeamRecord[] = [];
    let bytes = 0;
    for (const t of team) {
      chunk.push(t);
      // A chunk of kept files is cut by their size (base64 up to 13.4 MB each), not only by count.
      if (typeof t.fields.bytes === 'string') bytes += t.fields.bytes.length;
      if (chunk.length >= JOIN_CHUNK || bytes >= JOIN_CHUNK_BYTES) {
        applyJoinChunk(raw, chunk, run);
        chunk = [];
        bytes = 0;
      }
    }
    applyJoinChunk(raw, chunk, run);
    return finishJoin(raw, run);
  }).immediate();
}
