// Changes waiting to be sent, as the frame and `team status` count them: outbox rows, plus records the
// capture triggers marked dirty and the outbox has not flushed yet (a write by another process).
import type { RawDb } from '../connection';
import { pendingCount } from './local';

export function waitingCount(raw: RawDb): number {
  return pendingCount(raw) + (raw.prepare('SELECT count(*) FROM sync_dirty').pluck().get() as number);
}
