// The Bench's unfiltered view straight from the engineers table (its id index): how many there are and
// their ids in order, the archived left out unless asked for. Synchronous, for the service's page handler.
import type { RawDb } from '../connection';

const where = (includeArchived: boolean) => (includeArchived ? '' : ' WHERE archived IS NOT 1');

export function countEngineerRows(raw: RawDb, includeArchived: boolean): number {
  return raw.prepare(`SELECT count(*) FROM engineers${where(includeArchived)}`).pluck().get() as number;
}

export function engineerIdsInOrder(raw: RawDb, includeArchived: boolean): string[] {
  return raw.prepare(`SELECT id FROM engineers${where(includeArchived)} ORDER BY id`).pluck().all() as string[];
}
