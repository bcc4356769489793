// How the Bench asks `benchPage` for a block of its view's rows (useBenchPage, and main.tsx's early
// request through early-rows.ts, which must ask in exactly the same words to be taken).
import type { SortingState } from '@tanstack/react-table';
import { isSortColumn } from '../../../shared/bench-view/sort-keys';
import type { SearchFacets } from '../../../shared/search/types';
import type { api } from '../../api/client';

/** Rows per request: about four screens. Each keystroke's answer carries one block (its rows read and
 *  explained by the service), so a smaller block answers a keystroke sooner. */
export const BLOCK = 100;

export type PageInput = Parameters<typeof api.benchPage>[0];

/** The request for a view's rows from `offset`. */
export function pageRequest(q: string, facets: SearchFacets, sorting: SortingState, offset: number): PageInput {
  const s = sorting[0];
  return { query: q, facets, ...(s && isSortColumn(s.id) ? { sort: { column: s.id, desc: s.desc } } : {}), offset, limit: BLOCK };
}
