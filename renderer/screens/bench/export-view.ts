// What "Export view" sends: the engineers of the current view in the order the table shows them, and
// the visible table columns as export column keys (shared/export/columns.ts BENCH_COLUMNS).
import type { SortingState, VisibilityState } from '@tanstack/react-table';
import type { EngineerRow } from '../../../shared/api/engineer-rows';
import { BENCH_COLUMNS } from './columns';
import { sortRows } from './sort';

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

/** The ids in the order the table shows them (the same sortRows). Only run when exporting. */
export function viewOrder(rows: readonly EngineerRow[], sorting: SortingState): string[] {
  return sortRows(rows, sorting).map((r) => r.id);
}
