// The two numbers the frame and `team status` show, read straight from the local sync tables
// (migration 0003): changes waiting to be sent (outbox rows, plus records marked dirty and not yet
// flushed) and conflicts recorded on this laptop.
import type { RawDb } from '../connection';

export function waitingCount(raw: RawDb): number {
  const row = raw.prepare('SELECT (SELECT count(*) FROM sync_outbox) + (SELECT count(*) FROM sync_dirty) AS n').get() as { n: number };
  return row.n;
}

export function conflictCount(raw: RawDb): number {
  return (raw.prepare('SELECT count(*) AS n FROM sync_conflicts').get() as { n: number }).n;
}
