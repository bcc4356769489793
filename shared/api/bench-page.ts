// The Bench table's rows, a window at a time: the screen sends its view (query, facets, sort) and the
// rows it is about to draw; the service answers that window (columns, as engineer-rows.ts), how many
// engineers the view holds, the facet counts and why each row matched. A 100k bench never travels
// whole: the table asks for the window TanStack Virtual shows (issue 20).
import { z } from 'zod';
import { BENCH_SORT_COLUMNS } from '../bench-view/sort-keys';
import type { FacetCounts } from '../search/types';
import type { MatchReason } from '../search/why';
import { method } from './define';
import type { EngineerRowColumns } from './engineer-rows';
import { searchFacetsSchema } from './search';

/** Most rows one answer carries: several screens, so a fast scroll needs few requests. */
export const BENCH_PAGE_MAX = 500;

export const benchViewSchema = {
  query: z.string().max(1000),
  facets: searchFacetsSchema.optional(),
  sort: z.strictObject({ column: z.enum(BENCH_SORT_COLUMNS), desc: z.boolean() }).optional(),
  includeArchived: z.boolean().optional(),
};

export interface BenchPage {
  /** Engineers in the view (the query and facets over the bench). */
  total: number;
  /** Engineers on the bench (archived ones only with includeArchived): the "of N" beside a narrowed total. */
  benchCount: number;
  /** The first row's place in the view; the columns hold rows offset.. offset+length-1. */
  offset: number;
  columns: EngineerRowColumns;
  /** Per row, which field each word of the query matched (null: none said). */
  matched: (MatchReason[] | null)[];
  /** Per row, why a concept query ("machine learning") matched (null: not a concept query). */
  why: (string | null)[];
  facets: FacetCounts;
  /** Changes whenever the bench does: windows of different versions are not mixed. */
  version: number;
  /** With `allIds`: every engineer of the view in order (select all, "Export view"). */
  ids?: string[];
}

export const benchPageApi = {
  benchPage: method(z.strictObject({
    ...benchViewSchema,
    offset: z.number().int().min(0),
    limit: z.number().int().min(0).max(BENCH_PAGE_MAX),
    allIds: z.boolean().optional(),
  }))<BenchPage>(),
};
