// sync_state: who this bench is on the team, the clock, the pull mark, and whether capture is on.
// The server URL is stored without its password (passwords live in the OS keychain, never here).
import { newNodeId, receive, tick } from '../../../shared/team/hlc';
import type { RawDb } from '../../connection';
import { installTriggers, removeTriggers } from './triggers';
import type { Identity, SyncState } from './types';

const get = (raw: RawDb, key: string): string | null =>
  (raw.prepare('SELECT value FROM sync_state WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null;

const put = (raw: RawDb, key: string, value: string | null) => {
  if (value === null) raw.prepare('DELETE FROM sync_state WHERE key = ?').run(key);
  else raw.prepare('INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
};

export function getState(raw: RawDb): SyncState {
  const node = get(raw, 'node');
  return {
    node: node || null,
    server: get(raw, 'server'),
    login: get(raw, 'login'),
    role: get(raw, 'role'),
    pulledSeq: Number(get(raw, 'pulled_seq') ?? 0),
    lastSyncAt: get(raw, 'last_sync_at'),
    clock: get(raw, 'clock') ?? '0000000000000-00000',
    capture: get(raw, 'capture') === '1',
    joining: get(raw, 'joining'),
  };
}

export interface StatePatch {
  server?: string | null;
  joining?: string | null;
  login?: string | null;
  role?: string | null;
  pulledSeq?: number;
  lastSyncAt?: string | null;
}

export function setState(raw: RawDb, patch: StatePatch): void {
  raw.transaction(() => {
    if (patch.server !== undefined) put(raw, 'server', patch.server === null ? null : withoutPassword(patch.server));
    if (patch.joining !== undefined) put(raw, 'joining', patch.joining === null ? null : withoutPassword(patch.joining));
    if (patch.login !== undefined) put(raw, 'login', patch.login);
    if (patch.role !== undefined) put(raw, 'role', patch.role);
    if (patch.pulledSeq !== undefined) put(raw, 'pulled_seq', String(patch.pulledSeq));
    if (patch.lastSyncAt !== undefined) put(raw, 'last_sync_at', patch.lastSyncAt);
  })();
}

/** A connection URL with any password removed (postgres://user:secret@host/db -> postgres://user@host/db). */
export function withoutPassword(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '';
    for (const k of [...u.searchParams.keys()]) if (k.toLowerCase() === 'password') u.searchParams.delete(k);
    return u.toString();
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1@');
  }
}

/**
 * Binds the bench to a team and turns capture on: from now every write to a synced table is recorded. Returns
 * the node id. With `joining`, the server is kept as the join under way (`joining`), not yet as the bench's
 * team: a join made of many transactions names its team only in its last one (finishJoin), so a join killed
 * half-way leaves a bench that is not on a team (no sync runs) and that the next join resumes.
 */
export function startCapture(raw: RawDb, identity: Identity, opts: { joining?: boolean } = {}): string {
  return raw.transaction(() => {
    const node = identity.node ?? (get(raw, 'node') || newNodeId(identity.login));
    put(raw, 'node', node);
    put(raw, 'login', identity.login);
    put(raw, 'role', identity.role);
    put(raw, opts.joining ? 'joining' : 'server', withoutPassword(identity.server));
    put(raw, 'capture', '1');
    installTriggers(raw);
    return node;
  }).immediate();
}

/** Stops recording local writes (leaving the team): the triggers go; waiting changes and marks stay. */
export function stopCapture(raw: RawDb): void {
  raw.transaction(() => {
    put(raw, 'capture', '0');
    removeTriggers(raw);
  }).immediate();
}

/** Turns capture off for the caller's transaction (apply, join, undo: their writes are not local edits); returns the restore. */
export function pauseCapture(raw: RawDb): () => void {
  const was = get(raw, 'capture');
  put(raw, 'capture', '0');
  return () => put(raw, 'capture', was ?? '0');
}

export function nodeOf(raw: RawDb): string {
  const node = get(raw, 'node');
  if (!node) throw new Error('This bench has no node id yet: join a team first (startCapture)');
  return node;
}

/** A fresh local stamp (the clock moves). */
export function nextStamp(raw: RawDb, now = Date.now()): string {
  const t = tick(get(raw, 'clock'), now, nodeOf(raw));
  put(raw, 'clock', t.clock);
  return t.stamp;
}

/** Moves the clock past a received stamp. */
export function receiveStamp(raw: RawDb, stamp: string, now = Date.now()): void {
  put(raw, 'clock', receive(get(raw, 'clock'), stamp, now));
}
