// What each sortable Bench column sorts by, from a row's values. The service sorts a whole view with
// these (db/service/bench-view/), so the table, "Export view" and a bookmarked `sort=` all give one order;
// ties keep the view's own order (relevance for a search, id otherwise).
import type { EngineerRow } from '../api/engineer-rows';

export const BENCH_SORT_COLUMNS = [
  'name', 'country', 'city', 'seniority', 'billPerHour', 'primaryRole', 'english', 'availability', 'vetting', 'timeZone', 'yearsExperience',
] as const;
export type BenchSortColumn = (typeof BENCH_SORT_COLUMNS)[number];

/** The row fields the sort keys read. */
export type SortFields = Pick<EngineerRow, 'name' | 'country' | 'city' | 'seniority' | 'billPerHour' | 'primaryRole' | 'english' | 'availability' | 'vetting' | 'timeZone' | 'yearsExperience'>;

const SENIORITY_ORDER = { junior: 1, mid: 2, senior: 3, lead: 4 } as const;
const lower = (s: string | undefined) => (s ?? '').toLowerCase();

/** Text sorts case-insensitively; an absent number sorts below every rate or year (-1). */
export const SORT_KEY: Record<BenchSortColumn, (r: SortFields) => string | number> = {
  name: (r) => lower(r.name),
  country: (r) => lower(r.country),
  city: (r) => lower(r.city),
  seniority: (r) => SENIORITY_ORDER[r.seniority],
  billPerHour: (r) => r.billPerHour ?? -1,
  primaryRole: (r) => lower(r.primaryRole),
  english: (r) => lower(r.english),
  availability: (r) => r.availability ?? '',
  vetting: (r) => r.vetting ?? '',
  timeZone: (r) => lower(r.timeZone),
  yearsExperience: (r) => r.yearsExperience ?? -1,
};

export function isSortColumn(id: string): id is BenchSortColumn {
  return (BENCH_SORT_COLUMNS as readonly string[]).includes(id);
}
