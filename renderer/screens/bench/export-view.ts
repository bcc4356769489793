// What "Export view" sends: the engineers of the current view in the order the table shows them, and
// the visible table columns as export column keys (shared/export/columns.ts BENCH_COLUMNS).
import { createTable, getCoreRowModel, getSortedRowModel, type SortingState, type VisibilityState } from '@tanstack/react-table';
import type { EngineerRow } from '../../../shared/api/engineers';
import { COLUMNS } from './columns';

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
  return COLUMNS.filter((c) => visibility[c.id!] !== false).flatMap((c) => EXPORT_KEYS[c.id!] ?? []);
}

/**
 * The ids in the order the table shows them. The table sorts on the client (BenchTable), so the same
 * columns and TanStack's own sorted row model reproduce its order, ties included (both fall back to
 * the row's place in the search answer). Only run when exporting, never per render.
 */
export function viewOrder(rows: readonly EngineerRow[], sorting: SortingState): string[] {
  if (!sorting.length) return rows.map((r) => r.id);
  const table = createTable<EngineerRow>({
    data: rows as EngineerRow[],
    columns: COLUMNS,
    getRowId: (r) => r.id,
    state: {},
    onStateChange: () => undefined,
    renderFallbackValue: null,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  table.setOptions((prev) => ({ ...prev, state: { ...table.initialState, sorting } }));
  return table.getSortedRowModel().rows.map((r) => r.id);
}
