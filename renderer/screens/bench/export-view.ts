// What "Export view" sends besides the view's ids in the table's order (useBenchPage.allIds): the
// visible table columns as export column keys (shared/export/columns.ts BENCH_COLUMNS).
import type { VisibilityState } from '@tanstack/react-table';
import { BENCH_COLUMNS } from './columns';

/**
 * Table column id -> export column keys. The table shows the bill rate with its currency in one cell,
 * so it exports as two typed columns; a table column missing here (the select box) is not exported.
 */
export const EXPORT_KEYS: Record<string, readonly string[]> = {
  name: ['name'],
  country: ['country'],
  city: ['city'],
  seniority: ['seniority'],
  primaryRole: ['primaryRole'],
  skills: ['skills'],
  english: ['english'],
  availability: ['availability'],
  vetting: ['vetting'],
  billPerHour: ['billRate', 'currency'],
  timeZone: ['timeZone'],
  yearsExperience: ['yearsExperience'],
  tags: ['tags'],
};

/** The visible columns, in table order, as export keys. */
export function exportColumns(visibility: VisibilityState): string[] {
  return BENCH_COLUMNS.filter((c) => visibility[c.id] !== false).flatMap((c) => EXPORT_KEYS[c.id] ?? []);
}
