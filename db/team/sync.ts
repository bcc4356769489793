// The client that joins the two halves (docs/team-design.md, "Sync"): the local SQLite side
// (db/team/local: capture, outbox, apply) and the team's PostgreSQL (db/team/server: connectTeam).
//
// Why it is safe to kill at any point: an outbox row is deleted only in the local transaction that
// records the server's answer for it, and the server takes a change id once (a resend is `duplicate`);
// each pulled page is applied in one local transaction together with its new high-water mark, so a page
// is either applied with its mark or not at all, and pulling again from the old mark is harmless. A join
// killed half-way has not bound the bench (the server and the mark are written by its last transaction):
// joining again resumes it, applying the team's records again, which changes nothing twice.
import type { RawDb } from '../connection';
import type { RefusedChange, SyncResult, TeamRoleName } from '../../shared/api/team';
import { MERGE_ENTITY, type Entity, type SyncEntity } from '../../shared/team/fields';
import { acknowledge, flushOutbox, pendingChanges } from './local/outbox';
import { getState, setState, startCapture, stopCapture } from './local/state';
import { applyRemote, undoRefused } from './local';
import { applyJoinChunk, finishJoin, newJoinRun, noteJoinSeq, prepareJoin } from './local/join';
import type { KeyedText } from '../../shared/api/errors';
import { takeBackDropped } from './local/merge';
import type { LocalErasure, LocalMerge, RemoteChange, TeamRecord } from './local/types';
import { compactAfterErasure } from '../repos/erasure';
import { renderText } from '../../shared/api/errors';
import { changePlace, recordPlace, REFUSED_BY_SERVER, serverText } from './server-words';
import { connectTeam, parseSnapshotRecord, type PushResult, type TeamClient } from './server/client';
import { serverRecords } from './server-records';
import { parseTeamUrl, sameTeam } from './team-url';

/** Changes sent per push and received per pull: big enough to be quick, small enough to keep memory flat. */
export const PUSH_PAGE = 500;
export const PULL_PAGE = 2000;
/** Team records per page of a join, each written in one local transaction (fewer for kept files: the server cuts those pages). */
export const JOIN_PAGE = 5000;

export interface JoinResult {
  login: string;
  role: TeamRoleName;
  /** Changes sent: the records this laptop had that the team lacked. */
  sent: number;
  /** Records received from the team bench (and changes pulled after it). */
  received: number;
  refused: RefusedChange[];
}

/**
 * Runs one local step of a sync (a read, or one local transaction) and resolves to its result; `changed`
 * says whether it changed the bench. The service passes its write queue here, so a local edit waits for
 * these steps only, never for the network in between (a slow or stopped server must not freeze editing).
 */
export type LocalTurn = <T>(step: () => T, changed?: (result: T) => boolean) => Promise<T>;

/** No queue (a caller with the file to itself). */
const direct: LocalTurn = async (step) => step();

/** Opens a client for `url`, runs `work`, always closes it. */
async function withTeam<T>(url: string, work: (team: TeamClient) => Promise<T>): Promise<T> {
  const team = await connectTeam(url);
  try {
    return await work(team);
  } finally {
    await team.close().catch(() => undefined);
  }
}

/** How far a join is: team records written so far. */
export type JoinProgress = (fraction: number, label: KeyedText) => void;

/**
 * Binds this bench to the team bench at `url`. A fresh laptop receives the whole team bench; a laptop
 * with a bench of its own sends the records the team lacks, and records both hold take the team's
 * version. Joining the same team again only refreshes the role and syncs; another team is refused; a
 * join of the same team killed half-way is resumed.
 *
 * Each page of the team bench the server sends (5,000 records, fewer for kept files) is written as it
 * arrives, in one local transaction and one turn of `local` (db/team/local/join.ts): an edit made in the
 * app meanwhile waits for one page at most. The next page is asked for before this one is written, so
 * the server builds it while the laptop writes (at most two pages in memory).
 */
export async function join(raw: RawDb, url: string, local: LocalTurn = direct, progress?: JoinProgress): Promise<JoinResult> {
  const parts = parseTeamUrl(url);
  const state = await local(() => getState(raw));
  const held = state.server ?? state.joining;
  if (held && !sameTeam(held, parts.safe)) {
    throw new Error(`This bench is joined to ${held}; leave it first (benchmatch team leave).`);
  }
  return withTeam(url, async (team) => {
    const me = await team.whoami();
    if (state.server && state.capture) {
      const r = await syncWith(raw, team, local);
      return { login: me.login, role: me.role, sent: r.sent, received: r.received, refused: r.refused };
    }
    const begin = (seq: number) => local(() => {
      // Capture on from here (an edit made while the join runs is a waiting change), the team named only at the end.
      startCapture(raw, { login: me.login, server: parts.safe, role: me.role }, { joining: true });
      // A join killed half-way left its bases and the edits made since: resumed, not started afresh.
      if (!state.joining) prepareJoin(raw);
      noteJoinSeq(raw, seq);
    }, () => true);
    const run = newJoinRun();
    let begun = false;
    let received = 0;
    // The page being written, and how it failed (seen by the next page or the end, never left unheard).
    let writing: Promise<void> = Promise.resolve();
    let failed: { error: unknown } | undefined;
    const written = async () => {
      await writing;
      if (failed) throw failed.error;
    };
    const snap = await team.snapshot(async (page) => {
      await written();
      if (!begun) {
        await begin(page.seq);
        begun = true;
      }
      received += page.records.length;
      const records = page.records;
      writing = local(() => applyJoinChunk(raw, records.map((r) => parseSnapshotRecord(r) as TeamRecord), run), (n) => n > 0).then(
        () => progress?.(0, { key: 'errors:progress.teamWriting', params: { n: run.written } }),
        (error: unknown) => void (failed = { error }),
      );
    }, { pageSize: JOIN_PAGE }).catch(async (e: unknown) => {
      // The connection failed: the page being written finishes (its own transaction) before the join says so.
      await writing;
      throw e;
    });
    await written();
    if (!begun) await begin(snap.seq); // an empty team bench
    await local(() => finishJoin(raw, run, { pulledSeq: snap.seq }), () => true);
    // The frame clears its progress once it reaches 1.
    progress?.(1, { key: 'errors:progress.done' });
    const r = await syncWith(raw, team, local);
    return { login: me.login, role: me.role, sent: r.sent, received: received + r.received, refused: r.refused };
  });
}

/** One sync against the team bench this file is joined to; `url` carries the password. */
export async function sync(raw: RawDb, url: string, local: LocalTurn = direct): Promise<SyncResult> {
  const state = await local(() => getState(raw));
  if (!state.server) throw new Error('This bench has not joined a team bench (benchmatch team join URL).');
  if (!sameTeam(state.server, url)) throw new Error(`The URL given is not the one this bench joined (${state.server}).`);
  return withTeam(url, (team) => syncWith(raw, team, local));
}

/**
 * Pull, push, pull. Pulling first is what lets a conflict be seen: an edit made here while another
 * laptop changed the same field is still waiting when the other value arrives, so the later one is kept
 * and the other recorded in the record's history (sync_conflicts). The last pull brings what arrived
 * meanwhile, and our own changes back (harmless), so the mark is current.
 */
export async function syncWith(raw: RawDb, team: TeamClient, local: LocalTurn = direct): Promise<SyncResult> {
  const me = await team.whoami();
  const node = await local(() => {
    // The role may have changed on the server since the last sync.
    if (getState(raw).role !== me.role) setState(raw, { role: me.role });
    flushOutbox(raw);
    return getState(raw).node;
  });
  const first = await pullAll(raw, team, node, local);
  const pushed = await pushAll(raw, team, me.role, local);
  const last = await pullAll(raw, team, node, local);
  const erased = [...first.erased, ...last.erased];
  const merged = [...first.merged, ...last.merged];
  // The team's values for what a merge dropped here, so an undo of the merge cannot bring the dropped edits back.
  const droppedKeys = uniqueKeys(merged.flatMap((m) => m.records));
  if (droppedKeys.length) {
    const held = await serverRecords(team.url, me.role, droppedKeys);
    await local(() => takeBackDropped(raw, held));
  }
  // An erased person's bytes leave the file too, not only its rows.
  if (erased.length) await local(() => compactAfterErasure(raw));
  await local(() => setState(raw, { lastSyncAt: new Date().toISOString() }));
  // Edits made here about a person the team erased meanwhile were dropped: said so, by id only.
  const dropped = erased.filter((e) => e.dropped > 0).map((e) => notice(e.engineerId, { key: 'errors:team.dropped.erased', params: { count: e.dropped } }));
  // Edits made here to a record the team merged into another meanwhile were dropped: said so, by id only.
  const unmerged = merged.filter((m) => m.dropped > 0).map((m) => notice(m.engineerId, { key: 'errors:team.dropped.merged', params: { count: m.dropped, keptId: m.keptId } }));
  return { sent: pushed.sent, received: first.received + last.received, refused: [...dropped, ...unmerged, ...pushed.refused], conflicts: first.conflicts + last.conflicts };
}

/** Every waiting change, a page at a time; refused ones are undone here and listed. */
async function pushAll(raw: RawDb, team: TeamClient, role: TeamRoleName, local: LocalTurn): Promise<{ sent: number; refused: RefusedChange[] }> {
  let sent = 0;
  const refused: RefusedChange[] = [];
  for (;;) {
    const page = await local(() => pendingChanges(raw, PUSH_PAGE));
    if (page.length === 0) break;
    const results = await team.push(page);
    const answered = new Map(results.map((r) => [r.changeId, r]));
    const refusals = results.filter((r) => r.status === 'refused');
    const refusedChanges = page.filter((c) => answered.get(c.changeId)?.status === 'refused');
    // What the server holds for the refused records, to take back (read before the local transaction).
    // (A refused merge has no record to take back: it stays listed; see db/team/local/merge.ts.)
    const held = refusals.length ? await serverRecords(team.url, role, uniqueKeys(refusedChanges.filter(isRecordChange))) : [];
    await local(() => raw.transaction(() => {
      if (refusals.length) undoRefused(raw, refusals.map((r) => ({ changeId: r.changeId, reason: reasonOf(r) })), held);
      acknowledge(raw, [...answered.keys()]);
    }).immediate(), () => refusals.length > 0);
    for (const c of refusedChanges) refused.push(refusedChange(c.entity, c.recordId, c.field, reasonOf(answered.get(c.changeId)!)));
    sent += results.filter((r) => r.status !== 'refused').length;
    // An answer for none of the page would loop forever; the server answers every change it is sent.
    if (answered.size === 0) throw new Error('The team server answered none of the changes sent.');
  }
  return { sent, refused };
}

/** Every page after the mark, each applied in one transaction with its new mark. */
async function pullAll(raw: RawDb, team: TeamClient, node: string | null, local: LocalTurn): Promise<{ received: number; conflicts: number; erased: LocalErasure[]; merged: LocalMerge[] }> {
  let received = 0;
  let conflicts = 0;
  const erased: LocalErasure[] = [];
  const merged: LocalMerge[] = [];
  for (;;) {
    const mark = await local(() => getState(raw).pulledSeq);
    const page = await team.pullAfter(mark, PULL_PAGE);
    if (page.changes.length === 0) break;
    // Our own changes come back in the pull: this laptop holds them already (or a later value that
    // superseded them), so only the others' are applied and counted. After a big push this skips
    // applying it all again.
    const others = node ? page.changes.filter((c) => !c.changeId.startsWith(`${node}:`)) : page.changes;
    const applied = await local(() => raw.transaction(() => {
      const a = others.length ? applyRemote(raw, others as RemoteChange[]) : undefined;
      setState(raw, { pulledSeq: page.maxSeq });
      return a;
    }).immediate(), () => others.length > 0);
    received += others.length;
    conflicts += applied?.conflicts ?? 0;
    erased.push(...(applied?.erased ?? []));
    merged.push(...(applied?.merged ?? []));
    if (!page.more) break;
  }
  return { received, conflicts, erased, merged };
}

/** Unbinds this bench: capture stops, the server and person are forgotten; the data stays. */
export function leave(raw: RawDb): void {
  raw.transaction(() => {
    stopCapture(raw);
    setState(raw, { server: null, joining: null, login: null, role: null, lastSyncAt: null });
  }).immediate();
}

const keyOf = (entity: string, recordId: string) => `${entity}\u0000${recordId}`;

const isRecordChange = <C extends { entity: SyncEntity }>(c: C): c is C & { entity: Entity } => c.entity !== MERGE_ENTITY;

function uniqueKeys(changes: ReadonlyArray<{ entity: Entity; recordId: string }>): Array<{ entity: Entity; recordId: string }> {
  const seen = new Map<string, { entity: Entity; recordId: string }>();
  for (const c of changes) seen.set(keyOf(c.entity, c.recordId), { entity: c.entity, recordId: c.recordId });
  return [...seen.values()];
}

const reasonOf = (r: PushResult) => r.reason ?? REFUSED_BY_SERVER;

/** A refused change for people: the server's English (sync --json) and, when the laptop knows the words, the keys. */
function refusedChange(entity: string, recordId: string, field: string, reason: string): RefusedChange {
  const text = serverText(reason);
  return { where: `${entity} ${recordId} ${field}`, reason, place: changePlace(entity, recordId, field), ...(text ? { text } : {}) };
}

/** The laptop's own notice about an engineer's waiting changes it dropped (erased or merged by the team meanwhile). */
function notice(engineerId: string, text: KeyedText): RefusedChange {
  return { where: `engineer ${engineerId}`, reason: renderText(text, 'en'), place: recordPlace('engineer', engineerId), text };
}
