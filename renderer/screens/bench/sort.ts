// The Bench table's order: the rows of the current answer sorted by one column (the URL keeps one),
// ties in the answer's own order (relevance for a search, id otherwise). The table and "Export view"
// both call this, so an exported view is in exactly the order on screen. Keys are read once per row
// and an index array is sorted, so 100k rows sort in tens of milliseconds; TanStack's sorted row
// model would first need a Row object (dozens of closures) per engineer.
import type { SortingState } from '@tanstack/react-table';
import type { EngineerRow } from '../../../shared/api/engineer-rows';
import { COLUMN_BY_ID } from './columns';

export function sortRows(rows: readonly EngineerRow[], sorting: SortingState): readonly EngineerRow[] {
  const s = sorting[0];
  const key = s ? COLUMN_BY_ID.get(s.id)?.sortKey : undefined;
  if (!s || !key) return rows;
  const keys = rows.map(key);
  const dir = s.desc ? -1 : 1;
  const order = Array.from(rows.keys());
  order.sort((a, b) => {
    const x = keys[a]!;
    const y = keys[b]!;
    return x < y ? -dir : x > y ? dir : a - b;
  });
  return order.map((i) => rows[i]!);
}
