// The client that joins the two halves (docs/team-design.md, "Sync"): the local SQLite side
// (db/team/local: capture, outbox, apply) and the team's PostgreSQL (db/team/server: connectTeam).
//
// Why it is safe to kill at any point: an outbox row is deleted only in the local transaction that
// records the server's answer for it, and the server takes a change id once (a resend is `duplicate`);
// each pulled page is applied in one local transaction together with its new high-water mark, so a page
// is either applied with its mark or not at all, and pulling again from the old mark is harmless.
import type { RawDb } from '../connection';
import type { RefusedChange, SyncResult, TeamRoleName } from '../../shared/api/team';
import {
  acknowledge,
  applyRemote,
  applySnapshot,
  flushOutbox,
  localSnapshot,
  pendingChanges,
  readSyncState,
  startCapture,
  stopCapture,
  undoRefused,
  writeSyncState,
} from './local';
import { connectTeam, type TeamClient } from './server';
import { parseTeamUrl, sameTeam } from './team-url';

/** Changes sent per push and received per pull: big enough to be quick, small enough to keep memory flat. */
export const PUSH_PAGE = 500;
export const PULL_PAGE = 2000;

export interface JoinResult {
  login: string;
  role: TeamRoleName;
  /** Records this laptop had that the team lacked, now sent. */
  sent: number;
  /** Fields received from the team bench. */
  received: number;
}

/** Opens a client for `url`, runs `work`, always closes it. */
async function withTeam<T>(url: string, work: (team: TeamClient) => Promise<T>): Promise<T> {
  const team = await connectTeam(url);
  try {
    return await work(team);
  } finally {
    await team.close().catch(() => undefined);
  }
}

/**
 * Binds this bench to the team bench at `url`. A fresh laptop receives the whole team bench; a laptop
 * with a bench of its own sends the records the team lacks, and records both hold take the team's
 * version. Joining the same team again only refreshes who and what role; another team is refused.
 */
export async function join(raw: RawDb, url: string): Promise<JoinResult> {
  const parts = parseTeamUrl(url);
  const state = readSyncState(raw);
  if (state.server && !sameTeam(state.server, parts.safe)) {
    throw new Error(`This bench is joined to ${state.server}; leave it first (benchmatch team leave).`);
  }
  return withTeam(url, async (team) => {
    const me = await team.whoami();
    if (state.server && state.capture) {
      // Already joined: remember the (possibly new) role and catch up.
      writeSyncState(raw, { login: me.login, role: me.role });
      const r = await syncWith(raw, team);
      return { login: me.login, role: me.role, sent: r.sent, received: r.received };
    }
    flushOutbox(raw);
    const snapshot = await team.snapshot();
    // One local transaction: the team's records over ours, ours the team lacks marked to send, capture
    // on, the mark at the snapshot's seq, the server (without password) and who we are.
    const received = raw.transaction(() => {
      const mine = localSnapshot(raw);
      const n = applySnapshot(raw, snapshot, mine);
      startCapture(raw);
      writeSyncState(raw, { server: parts.safe, login: me.login, role: me.role, pulled_seq: String(snapshot.seq) });
      return n;
    }).immediate();
    const r = await syncWith(raw, team);
    return { login: me.login, role: me.role, sent: r.sent, received: received + r.received };
  });
}

/** One sync against the team bench this file is joined to; `url` carries the password. */
export async function sync(raw: RawDb, url: string): Promise<SyncResult> {
  const state = readSyncState(raw);
  if (!state.server) throw new Error('This bench has not joined a team bench (benchmatch team join URL).');
  if (!sameTeam(state.server, url)) throw new Error(`The URL given is not the one this bench joined (${state.server}).`);
  return withTeam(url, (team) => syncWith(raw, team));
}

/** Flush, push every waiting change in pages, then pull every page after the mark. */
export async function syncWith(raw: RawDb, team: TeamClient): Promise<SyncResult> {
  flushOutbox(raw);
  let sent = 0;
  let conflicts = 0;
  const refused: RefusedChange[] = [];
  // Push: a page is answered change by change; the answers are recorded in one transaction.
  for (;;) {
    const page = pendingChanges(raw, PUSH_PAGE);
    if (page.length === 0) break;
    const answer = await team.push(page);
    const outcome = raw.transaction(() => {
      const ack = acknowledge(raw, answer.results);
      const undone = undoRefused(raw, answer.results.filter((r) => r.status === 'refused'));
      return { ack, undone };
    }).immediate();
    sent += outcome.ack.accepted;
    conflicts += outcome.ack.superseded;
    refused.push(...outcome.undone);
    // A page that made no progress (every change refused and undone is progress) would loop forever.
    if (outcome.ack.answered === 0) throw new Error('The team server answered none of the changes sent.');
  }
  // Pull: each page applied with its new mark in one transaction.
  let received = 0;
  for (;;) {
    const mark = Number(readSyncState(raw).pulled_seq ?? '0');
    const page = await team.pullAfter(mark, PULL_PAGE);
    if (page.changes.length === 0) break;
    const applied = raw.transaction(() => {
      const a = applyRemote(raw, page.changes);
      writeSyncState(raw, { pulled_seq: String(page.lastSeq) });
      return a;
    }).immediate();
    received += page.changes.length;
    conflicts += applied.conflicts;
  }
  writeSyncState(raw, { last_sync_at: new Date().toISOString() });
  return { sent, received, refused, conflicts };
}

/** Unbinds this bench: capture stops, the server and person are forgotten; the data stays. */
export function leave(raw: RawDb): void {
  raw.transaction(() => {
    stopCapture(raw);
    writeSyncState(raw, { server: null, login: null, role: null, pulled_seq: null, last_sync_at: null });
  }).immediate();
}
