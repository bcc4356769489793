// Near-miss groups kept per prepared bench (one per bench version) and per ranking: building them means
// the failure numbers of every near miss, about 13k on the 100k demo bench, which cost more than the
// ranking itself (issue 13: `npm run bench` "match: warm" went from 14 to 40 ms). A warm re-ranking of
// the same role (the Match screen refreshing, `match` again in a long-lived service) reuses them; a
// what-if is another role as ranked, so another entry. A new bench version is a new PreparedBench, so
// its entries go with the old one (WeakMap), never stale.
import type { NearMissGroup } from './near-miss-groups';
import type { PreparedBench } from './prepare';

/** Rankings remembered per bench version: the saved role and a few what-ifs on the screen at once. */
const PER_BENCH = 16;
const cache = new WeakMap<PreparedBench, Map<string, NearMissGroup[]>>();

/**
 * Everything the groups depend on besides the bench: the role as ranked (what-ifs applied), its client's
 * time zone, the date, and the weights (members come in score order, which breaks ties between steps).
 */
export function groupsKey(role: unknown, timeZone: string | undefined, asOf: string, weights: unknown): string {
  return JSON.stringify([role, timeZone ?? null, asOf, weights]);
}

/** The groups of an earlier ranking with this key, as a copy the caller may change. */
export function cachedGroups(prepared: PreparedBench, key: string): NearMissGroup[] | undefined {
  const entries = cache.get(prepared);
  const hit = entries?.get(key);
  if (!hit || !entries) return undefined;
  // Most recently used last, so the oldest goes first when the map is full.
  entries.delete(key);
  entries.set(key, hit);
  return structuredClone(hit);
}

export function storeGroups(prepared: PreparedBench, key: string, groups: readonly NearMissGroup[]): void {
  let entries = cache.get(prepared);
  if (!entries) cache.set(prepared, (entries = new Map()));
  entries.set(key, structuredClone(groups) as NearMissGroup[]);
  if (entries.size > PER_BENCH) entries.delete(entries.keys().next().value!);
}
