// Waiting for another process's write. SQLite lets one writer at a time; its busy_timeout makes a
// second writer wait, but synchronously (better-sqlite3 blocks the thread: the server would stop
// answering) and silently, and after it a second import failed with "database is locked". Instead,
// before a write the service asks for the write lock without waiting; while another process holds
// it, it says so once and polls between turns of the event loop, up to a generous deadline.
import { setTimeout as sleep } from 'node:timers/promises';
import { ApiError, type KeyedText } from '../shared/api/errors';
import type { RawDb } from './connection';

/** Long enough for the largest import to finish (100k engineers take well under a minute). */
export const WRITE_WAIT_MS = 10 * 60_000;
const POLL_MS = 200;

export const WAITING_MESSAGE: KeyedText = { key: 'errors:progress.otherProcessWriting' };

/** Resolves once this connection could take the write lock (and let it go again); see the top. */
export async function waitForOtherWriters(raw: RawDb, opts: { deadlineMs?: number; onWait: (message: KeyedText) => void }): Promise<void> {
  const deadline = opts.deadlineMs ?? WRITE_WAIT_MS;
  const started = Date.now();
  let told = false;
  while (!writeLockFree(raw)) {
    if (!told) {
      opts.onWait(WAITING_MESSAGE);
      told = true;
    }
    if (Date.now() - started >= deadline) {
      throw ApiError.keyed('unavailable', { key: 'errors:bench.otherWriterTooLong', params: { seconds: Math.round(deadline / 1000) } }, { key: 'errors:bench.otherWriterTooLongHint' });
    }
    await sleep(POLL_MS);
  }
}

function writeLockFree(raw: RawDb): boolean {
  if (raw.inTransaction) return true;
  const timeout = raw.pragma('busy_timeout', { simple: true }) as number;
  raw.pragma('busy_timeout = 0');
  try {
    raw.exec('BEGIN IMMEDIATE');
    raw.exec('ROLLBACK');
    return true;
  } catch (e) {
    if (String((e as { code?: unknown }).code).startsWith('SQLITE_BUSY')) return false;
    throw e;
  } finally {
    raw.pragma(`busy_timeout = ${timeout}`);
  }
}
